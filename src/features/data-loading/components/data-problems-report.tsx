import { useMemo, useRef, useState } from 'react';

import { DialogClose } from '@/components/dialog-close';
import {
  groupProblems,
  problemsOf,
  summariseRecords,
  type ProblemGroup,
} from '@/domain/events/group-problems';
import { skippedRowsCsv, skippedRowsFileName } from '@/domain/events/skipped-rows';
import {
  describeProblem,
  recordNoun,
  type DataProblem,
  type RecordKind,
} from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import type { LoadReport } from '@/store/slices/data-slice';
import { downloadText } from '@/utils/download';
import { countOf } from '@/utils/plural';

import { readLastDifferently } from '../lib/dataset-service';

/** Enough to fix a file; a file with a million bad rows needs fixing at its source anyway. */
const SHOWN = 500;
/** Kinds of problem listed per section: values are folded into patterns, so few files have more. */
const GROUPS_SHOWN = 200;

function ProblemLine({ problem, kind }: { problem: DataProblem; kind: RecordKind }) {
  return (
    <li className={problem.severity}>
      <span className="problem-severity">
        {problem.severity === 'error' ? 'Skipped' : 'Warning'}
      </span>{' '}
      {describeProblem(problem, kind)}
    </li>
  );
}

interface GroupProps {
  group: ProblemGroup;
  problems: readonly DataProblem[];
  kind: RecordKind;
}

/** Every problem of a group, one a line, listed only once the reader opens it. */
function GroupDetails({ group, problems, kind }: GroupProps) {
  const [open, setOpen] = useState(false);
  const listed = useMemo(
    () => (open ? problemsOf(problems, group, SHOWN) : []),
    [open, problems, group],
  );
  return (
    <details className="problem-all" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show all {group.count.toLocaleString('en')}</summary>
      {open && (
        <>
          <ul className="problems-list">
            {listed.map((problem, i) => (
              <ProblemLine key={i} problem={problem} kind={kind} />
            ))}
          </ul>
          {group.count > SHOWN && (
            <p className="muted">
              The first {SHOWN.toLocaleString('en')} are listed;{' '}
              {countOf(group.count - SHOWN, 'more problem')} of this kind are not.
            </p>
          )}
        </>
      )}
    </details>
  );
}

/** Problems of the file itself (record 0), each a line: each names its own place in the file. */
function FileProblems({ group, problems, kind }: GroupProps) {
  const listed = useMemo(() => problemsOf(problems, group, SHOWN), [problems, group]);
  return listed.map((problem, i) => <ProblemLine key={i} problem={problem} kind={kind} />);
}

/** One kind of problem: how many records it hit, what it says, which records. */
function GroupLine({ group, problems, kind }: GroupProps) {
  // Record 0 is the file as a whole, not a record to name.
  const records = group.records[0] === 0 ? group.records.slice(1) : group.records;
  // A problem of its own reads best as itself, with the record's id.
  if (group.count === 1) return <ProblemLine problem={group.example} kind={kind} />;
  // The file's own problems (its stories', its categories') each name where they are: all listed.
  if (records.length === 0) return <FileProblems group={group} problems={problems} kind={kind} />;
  const what = `${group.field ? `${group.field} ` : ''}${group.message}`;
  return (
    <li className={`problem-group ${group.severity}`}>
      <span className="problem-severity">
        {countOf(records.length, recordNoun(kind))}{' '}
        {group.severity === 'error' ? 'skipped' : 'loaded with a warning'}:
      </span>{' '}
      {what} <span className="problem-records">— {summariseRecords(records)}</span>
      <GroupDetails group={group} problems={problems} kind={kind} />
    </li>
  );
}

function GroupSection({
  title,
  groups,
  problems,
  kind,
}: {
  title: string;
  groups: readonly ProblemGroup[];
  problems: readonly DataProblem[];
  kind: RecordKind;
}) {
  if (groups.length === 0) return null;
  return (
    <section className="problem-section" aria-label={title}>
      <h3>{title}</h3>
      <ul className="problems-list">
        {groups.slice(0, GROUPS_SHOWN).map((group) => (
          <GroupLine key={group.key} group={group} problems={problems} kind={kind} />
        ))}
      </ul>
      {groups.length > GROUPS_SHOWN && (
        <p className="muted">
          …and {countOf(groups.length - GROUPS_SHOWN, 'other kind')} of problem.
        </p>
      )}
    </section>
  );
}

/**
 * Skipped records and warned ones, each record once. The file (record 0) is never a skipped
 * record: it loaded, without a story or step it had skipped.
 */
function countRecords(problems: readonly DataProblem[]) {
  const skippedRecords = new Set<number>();
  const warnedRecords = new Set<number>();
  for (const problem of problems)
    (problem.severity === 'error' && problem.record !== 0 ? skippedRecords : warnedRecords).add(
      problem.record,
    );
  return { skipped: skippedRecords.size, warned: warnedRecords.size };
}

/** A group that skipped parts of the file itself (a story, a step), not records. */
const skipsFileParts = (group: ProblemGroup) =>
  group.severity === 'error' && group.records[0] === 0;

/** "Show data problems" and the dialog it opens: the file's problems grouped by what is wrong. */
function ProblemsDialog({ report }: { report: LoadReport }) {
  const { problems, recordKind: kind, skippedRows, title } = report;
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Grouping waits for the dialog: a million problems take a moment, and most never open it.
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => (open ? groupProblems(problems) : []), [open, problems]);
  const noun = recordNoun(kind);
  const rows = skippedRows && skippedRows.rows.length > 0 ? skippedRows : null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        Show data problems
      </button>
      <dialog
        ref={dialogRef}
        className="dialog wide"
        aria-labelledby="problems-title"
        onClose={() => setOpen(false)}
      >
        <section aria-label="Data problems">
          <h2 id="problems-title">Data problems</h2>
          <p className="muted">
            Skipped {noun}s are not shown anywhere; fix them in the file and load it again. Every
            other {kind === 'row' ? 'row' : 'record'} loaded.
          </p>
          {rows && (
            <p className="problem-download">
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    skippedRowsCsv(rows, problems),
                    skippedRowsFileName(title),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                Download skipped rows (CSV)
              </button>{' '}
              <span className="muted">
                {countOf(rows.rows.length, noun)} as in the file, each with its problems in a last
                column.
              </span>
            </p>
          )}
          {(kind === 'row' || kind === 'feature') && (
            <p className="problem-download">
              <button
                type="button"
                onClick={() => {
                  dialogRef.current?.close();
                  void readLastDifferently(useAppStore);
                }}
              >
                Choose how to read this file…
              </button>{' '}
              <span className="muted">
                Pick the {kind === 'row' ? 'columns' : 'properties'} that give the date, the title
                and the place.
              </span>
            </p>
          )}
          <GroupSection
            title={`Skipped ${noun}s`}
            groups={groups.filter((group) => group.severity === 'error' && !skipsFileParts(group))}
            problems={problems}
            kind={kind}
          />
          <GroupSection
            title="Skipped stories and steps"
            groups={groups.filter(skipsFileParts)}
            problems={problems}
            kind={kind}
          />
          <GroupSection
            title="Loaded with warnings"
            groups={groups.filter((group) => group.severity === 'warning')}
            problems={problems}
            kind={kind}
          />
          <DialogClose />
        </section>
      </dialog>
    </>
  );
}

/** The problems of a file none of whose records loaded, beside the error that says so. */
export function FailedLoadProblems() {
  const report = useAppStore((s) => (s.load.status === 'error' ? s.load.report : undefined));
  return report && report.problems.length > 0 ? <ProblemsDialog report={report} /> : null;
}

/** The records that did not load (or loaded without a value), grouped by what is wrong. */
export default function DataProblemsReport() {
  const problems = useAppStore((s) => s.problems);
  const kind = useAppStore((s) => s.recordKind);
  const loaded = useAppStore((s) => s.dataset?.events.length ?? 0);
  const title = useAppStore((s) => s.dataset?.title ?? '');
  const skippedRows = useAppStore((s) => s.skippedRows);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const { skipped, warned } = useMemo(() => countRecords(problems), [problems]);
  const report = useMemo(
    () => ({ problems, recordKind: kind, skippedRows, title }),
    [problems, kind, skippedRows, title],
  );
  if (!ready || problems.length === 0) return null;
  const summary = [
    skipped ? `${countOf(skipped, recordNoun(kind))} skipped` : null,
    warned ? `${warned.toLocaleString('en')} loaded with warnings` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="data-status warning" role="status" data-testid="data-problems-banner">
      <span>
        Loaded {countOf(loaded, 'event')}; {summary}.
      </span>
      <ProblemsDialog report={report} />
    </div>
  );
}
