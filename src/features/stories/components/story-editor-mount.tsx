import { lazy, Suspense } from 'react';

import { PanelBoundary } from '@/components/panel-boundary';
import { useAppStore } from '@/store/app-store';
import { PHONE_QUERY, useMediaQuery } from '@/utils/use-media-query';

import { startNewStory } from '../lib/new-story';

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

const NEW = 'new';
const EDIT = 'edit:';

/**
 * "New story" and "Edit story", until the header's list of stories offers them: one select, in
 * the header, or beside the sheets' tabs on a phone (whose header has no room left).
 */
export function StoryEntries({ phone }: { phone: boolean }) {
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const stories = useAppStore((s) => s.stories);
  const onPhone = useMediaQuery(PHONE_QUERY);
  if (!hasDataset || onPhone !== phone) return null;
  return (
    <select
      aria-label="Stories"
      style={phone ? { flex: 1, minHeight: 40, minWidth: 0 } : undefined}
      value=""
      onChange={(e) => {
        const { value } = e.target;
        if (value === NEW) startNewStory(useAppStore);
        else if (value.startsWith(EDIT))
          useAppStore.getState().setEditingStory(value.slice(EDIT.length));
      }}
    >
      <option value="">Stories…</option>
      {stories.map((story) => (
        <option key={story.id} value={EDIT + story.id}>
          Edit “{story.title}”
        </option>
      ))}
      <option value={NEW}>New story</option>
    </select>
  );
}
