import { lazy, Suspense, useState } from 'react';

import { useAppStore, type AppState } from '@/store/app-store';

import { currentLink } from '../lib/current-link';

// Most visits never export: the dialog loads on the first click.
const ExportDialog = lazy(() => import('./export-dialog'));

/** Opens the export dialog on the view, and its link, as they are at the click. */
export function ExportButton() {
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const [opening, setOpening] = useState<{ id: number; state: AppState; link: string } | null>(
    null,
  );
  if (!hasDataset) return null;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          setOpening({
            id: (opening?.id ?? 0) + 1,
            state: useAppStore.getState(),
            link: currentLink(),
          })
        }
      >
        Export
      </button>
      {opening && (
        <Suspense fallback={null}>
          <ExportDialog
            key={opening.id}
            state={opening.state}
            link={opening.link}
            onClosed={() => setOpening(null)}
          />
        </Suspense>
      )}
    </>
  );
}
