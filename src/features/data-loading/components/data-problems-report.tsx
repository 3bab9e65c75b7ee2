import { useRef } from 'react';

import { DialogClose } from '@/components/dialog-close';
import { describeProblem } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { countOf } from '@/utils/plural';

/** Enough to fix a file; a file with a million bad rows needs fixing at its source anyway. */
const SHOWN = 500;

/** The records that did not load (or loaded without a value), each named by number, id and field. */
export default function DataProblemsReport() {
  const problems = useAppStore((s) => s.problems);
  const kind = useAppStore((s) => s.recordKind);
  const loaded = useAppStore((s) => s.dataset?.events.length ?? 0);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const dialogRef = useRef<HTMLDialogElement>(null);
  if (!ready || problems.length === 0) return null;
  const skipped = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.record)).size;
  const warned = new Set(problems.filter((p) => p.severity === 'warning').map((p) => p.record))
    .size;
  const noun = kind === 'row' ? 'row' : kind === 'feature' ? 'feature' : 'record';
  const summary = [
    skipped ? `${countOf(skipped, noun)} skipped` : null,
    warned ? `${warned.toLocaleString('en')} loaded with warnings` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="data-status warning" role="status" data-testid="data-problems-banner">
      {loaded === 0 ? (
        <span>
          <strong>This dataset is empty:</strong> no event could load ({summary}).
        </span>
      ) : (
        <span>
          Loaded {countOf(loaded, 'event')}; {summary}.
        </span>
      )}
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        Show data problems
      </button>
      <dialog ref={dialogRef} className="dialog wide" aria-labelledby="problems-title">
        <section aria-label="Data problems">
          <h2 id="problems-title">Data problems</h2>
          <p className="muted">
            Skipped {noun}s are not shown anywhere; fix them in the file and load it again. Every
            other {kind === 'row' ? 'row' : 'record'} loaded.
          </p>
          <ul className="problems-list">
            {problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i} className={problem.severity}>
                <span className="problem-severity">
                  {problem.severity === 'error' ? 'Skipped' : 'Warning'}
                </span>{' '}
                {describeProblem(problem, kind)}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN && (
            <p className="muted">…and {(problems.length - SHOWN).toLocaleString('en')} more.</p>
          )}
          <DialogClose />
        </section>
      </dialog>
    </div>
  );
}
