import { lazy, Suspense } from 'react';

import { useOpenings } from '@/components/use-openings';

import { currentLink } from '../lib/current-link';

// Most visits never share: the dialog loads on the first click.
const ShareDialog = lazy(() => import('./share-dialog'));

/** Opens the share dialog on the link as it is at the click. */
export function ShareButton() {
  const { opening, open, closed } = useOpenings<string>();
  return (
    <>
      <button type="button" onClick={() => open(currentLink())}>
        Share
      </button>
      {opening && (
        <Suspense fallback={null}>
          <ShareDialog key={opening.key} link={opening.value} onClosed={closed} />
        </Suspense>
      )}
    </>
  );
}
