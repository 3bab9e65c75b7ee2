import { lazy, Suspense } from 'react';

import { PanelBoundary } from '@/components/panel-boundary';
import { useAppStore } from '@/store/app-store';

// Most visits never write a story: the editor loads when one is opened in it.
const StoryEditor = lazy(() => import('./story-editor'));

/** The story editor, when a story is open in it (the store's `editingStory`). */
export function StoryEditorMount({ phone }: { phone: boolean }) {
  const editing = useAppStore((s) => s.editingStory);
  if (editing === null) return null;
  return (
    <PanelBoundary name="story editor" label="Story editor">
      <Suspense fallback={null}>
        <StoryEditor storyId={editing} phone={phone} />
      </Suspense>
    </PanelBoundary>
  );
}
