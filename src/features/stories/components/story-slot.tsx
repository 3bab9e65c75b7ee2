import { lazy, Suspense } from 'react';

import { useAppStore } from '@/store/app-store';

// Most readers never open a story: the player's code comes with the first one.
const StoryPlayer = lazy(() => import('./story-player'));

/** Where the story being told is shown, when there is one. */
export function StorySlot() {
  const telling = useAppStore((s) => s.story !== null);
  if (!telling) return null;
  return (
    <Suspense fallback={null}>
      <StoryPlayer />
    </Suspense>
  );
}
