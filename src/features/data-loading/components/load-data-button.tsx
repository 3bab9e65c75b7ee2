import { lazy, Suspense } from 'react';

import { useOpenings } from '@/components/use-openings';

// Most visits read the bundled or linked dataset: the dialog loads on the first click.
const LoadDataDialog = lazy(() => import('./load-data-dialog'));

/** Opens "Load data", a new dialog each time. */
export function LoadDataButton() {
  const { opening, open, closed } = useOpenings();
  return (
    <>
      <button type="button" onClick={() => open()}>
        Load data
      </button>
      {opening && (
        <Suspense fallback={null}>
          <LoadDataDialog key={opening.key} onClosed={closed} />
        </Suspense>
      )}
    </>
  );
}
