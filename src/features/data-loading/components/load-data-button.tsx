import { lazy, Suspense, useState } from 'react';

// Most visits read the bundled or linked dataset: the dialog loads on the first click.
const LoadDataDialog = lazy(() => import('./load-data-dialog'));

/** Opens "Load data", a new dialog each time. */
export function LoadDataButton() {
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpening(opening + 1)}>
        Load data
      </button>
      {opening > 0 && (
        <Suspense fallback={null}>
          <LoadDataDialog key={opening} onClosed={() => setOpening(0)} />
        </Suspense>
      )}
    </>
  );
}
