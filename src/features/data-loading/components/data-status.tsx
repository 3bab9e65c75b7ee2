import { lazy, Suspense } from 'react';

import { loadDefault, retryLastLoad } from '../lib/dataset-service';
import { useAppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';
import { countOf } from '@/utils/plural';

// Only a file none of whose records loaded has problems to show beside its error.
const FailedLoadProblems = lazy(() =>
  import('./data-problems-report').then((module) => ({ default: module.FailedLoadProblems })),
);

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function nameOf(source: DatasetSource): string | null {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'url') return source.url.split(/[?#]/)[0]!.split('/').pop() || source.url;
  return null;
}

/**
 * Says which file has just been shown, for those who cannot see the map change: a picked file
 * may carry the same title and counts as the one before it. Always in the page, so that a screen
 * reader hears each new text. Problems have their own banner.
 */
function LoadedAnnouncement() {
  const load = useAppStore((s) => s.load);
  const events = useAppStore((s) => s.dataset?.events.length ?? 0);
  const name = load.status === 'ready' ? nameOf(load.source) : null;
  return (
    <div className="visually-hidden" role="status" data-testid="load-announcement">
      {name && `Loaded “${name}”: ${countOf(events, 'event')}.`}
    </div>
  );
}

/** Loading progress and load errors, with the next step to take. */
export function DataStatus() {
  return (
    <>
      <LoadedAnnouncement />
      <LoadProgressOrError />
    </>
  );
}

function LoadProgressOrError() {
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
