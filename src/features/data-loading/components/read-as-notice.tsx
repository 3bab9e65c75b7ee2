import { useAppStore } from '@/store/app-store';

import { readLastDifferently } from '../lib/dataset-service';

/** Says which known format a file was recognised as, with a way to read it differently. */
export function ReadAsNotice() {
  const readAs = useAppStore((s) => (s.load.status === 'ready' ? s.readAs : null));
  const setReadAs = useAppStore((s) => s.setReadAs);
  if (!readAs) return null;
  return (
    <div className="data-status notice" role="status" data-testid="read-as-notice">
      <span>Read as {readAs}.</span>
      <button type="button" onClick={() => void readLastDifferently(useAppStore)}>
        Read it differently…
      </button>
      <button type="button" onClick={() => setReadAs(null)}>
        Dismiss
      </button>
    </div>
  );
}
