import { lazy, Suspense } from 'react';

import { useAppStore } from '@/store/app-store';

// Most files are in Chronomap's format or a known one: the dialog's code comes only when needed.
const ReadingDialog = lazy(() => import('./reading-dialog'));

/** Asks how to read a file that is not in Chronomap's format (see reading-dialog.tsx). */
export function ReadingStep() {
  const pending = useAppStore((s) => s.pendingReading);
  return pending ? (
    <Suspense fallback={null}>
      <ReadingDialog key={pending.fileName + pending.head.columns.join()} pending={pending} />
    </Suspense>
  ) : null;
}
