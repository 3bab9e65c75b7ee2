import { lazy, Suspense, useState } from 'react';

import { currentLink } from '../lib/current-link';

// Most visits never share: the dialog loads on the first click.
const ShareDialog = lazy(() => import('./share-dialog'));

/** Opens the share dialog on the link as it is at the click. */
export function ShareButton() {
  const [opening, setOpening] = useState<{ id: number; link: string } | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpening({ id: (opening?.id ?? 0) + 1, link: currentLink() })}
      >
        Share
      </button>
      {opening && (
        <Suspense fallback={null}>
          <ShareDialog key={opening.id} link={opening.link} onClosed={() => setOpening(null)} />
        </Suspense>
      )}
    </>
  );
}
