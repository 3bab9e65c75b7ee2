import { lazy, Suspense } from 'react';

import { loadDefault, retryLastLoad } from '../lib/dataset-service';
import { useAppStore } from '@/store/app-store';

// Only a file none of whose records loaded has problems to show beside its error.
const FailedLoadProblems = lazy(() =>
  import('./data-problems-report').then((module) => ({ default: module.FailedLoadProblems })),
);

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Loading progress and load errors, with the next step to take. */
export function DataStatus() {
  const load = useAppStore((s) => s.load);
  // While the reading dialog waits for the reader, nothing is loading: the dialog speaks.
  const waitingForReader = useAppStore((s) => s.pendingReading !== null);
  if (waitingForReader) return null;
  if (load.status === 'loading') {
    const { loadedBytes, totalBytes, phase } = load;
    return (
      <div className="data-status" role="status">
        <span>
          {phase === 'parse'
            ? `Reading ${formatBytes(loadedBytes)}…`
            : `Loading dataset… ${formatBytes(loadedBytes)}${totalBytes ? ` of ${formatBytes(totalBytes)}` : ''}`}
        </span>
        <progress
          max={totalBytes ?? undefined}
          value={totalBytes ? loadedBytes : undefined}
          aria-label="Loading dataset"
        />
      </div>
    );
  }
  if (load.status === 'error') {
    // The same bytes read again fail the same way: only a network or server failure can mend.
    const canRetry = load.errorKind !== 'empty' && load.errorKind !== 'format';
    return (
      <div className="data-status error" role="alert">
        <strong>The dataset could not be loaded.</strong> <span>{load.message}</span>
        {load.report && (
          <Suspense fallback={null}>
            <FailedLoadProblems />
          </Suspense>
        )}
        {canRetry && (
          <button type="button" onClick={() => void retryLastLoad(useAppStore)}>
            Retry
          </button>
        )}
        {load.source.kind !== 'default' && (
          <button type="button" onClick={() => void loadDefault(useAppStore)}>
            Back to the default dataset
          </button>
        )}
      </div>
    );
  }
  return null;
}
