import { lazy, Suspense } from 'react';

import { useOpenings } from '@/components/use-openings';
import { useAppStore } from '@/store/app-store';

// The list of stories loads on the first click, like the other dialogs.
const StoriesDialog = lazy(() => import('./stories-dialog'));

/** Opens the list of the dataset's stories, to tell one, edit one or write a new one. */
export function StoriesButton() {
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const count = useAppStore((s) => s.stories.length);
  const { opening, open, closed } = useOpenings();
  if (!hasDataset) return null;
  return (
    <>
      <button type="button" onClick={() => open()} data-testid="stories-button">
        Stories
        {count > 0 && (
          <span className="tabular stories-count"> ({count.toLocaleString('en')})</span>
        )}
      </button>
      {opening && (
        <Suspense fallback={null}>
          <StoriesDialog key={opening.key} onClosed={closed} />
        </Suspense>
      )}
    </>
  );
}
