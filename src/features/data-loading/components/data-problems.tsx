import { lazy, Suspense } from 'react';

import { useAppStore } from '@/store/app-store';

// Most datasets load whole: the report's code comes only for one that has problems.
const DataProblemsReport = lazy(() => import('./data-problems-report'));

/** Says what did not load, once a dataset with problems is in (see data-problems-report.tsx). */
export function DataProblems() {
  const show = useAppStore((s) => s.load.status === 'ready' && s.problems.length > 0);
  return show ? (
    <Suspense fallback={null}>
      <DataProblemsReport />
    </Suspense>
  ) : null;
}
