import { lazy, Suspense } from 'react';

import { useOpenings } from '@/components/use-openings';
import { useAppStore, type AppState } from '@/store/app-store';

import { currentLink } from '../lib/current-link';

// Most visits never export: the dialog loads on the first click.
const ExportDialog = lazy(() => import('./export-dialog'));

/** Opens the export dialog on the view, and its link, as they are at the click. */
export function ExportButton() {
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const { opening, open, closed } = useOpenings<{ state: AppState; link: string }>();
  if (!hasDataset) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => open({ state: useAppStore.getState(), link: currentLink() })}
      >
        Export
      </button>
      {opening && (
        <Suspense fallback={null}>
          <ExportDialog
            key={opening.key}
            state={opening.value.state}
            link={opening.value.link}
            onClosed={closed}
          />
        </Suspense>
      )}
    </>
  );
}
