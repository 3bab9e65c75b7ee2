import { useEffect, useId, useState, type KeyboardEvent } from 'react';

import { DAY } from '@/domain/time/units';
import { useAppStore } from '@/store/app-store';
import type { parseDateInput as parseDateInputType } from '@/utils/parse-date-input';
import { formatInstant } from '@/utils/time-format';

import './date-range.css';

const floorDay = (ms: number) => Math.floor(ms / DAY) * DAY;
const ceilDay = (ms: number) => Math.ceil(ms / DAY) * DAY;

interface DateFieldProps {
  label: string;
  /** The day shown (UTC midnight), or null when there is no window. */
  day: number | null;
  /** Where ↑/↓ start from when there is no window. */
  fallbackDay: number | null;
  placeholder: string | undefined;
  hintId: string;
  /** Applies a day; returns why it cannot be applied, or null. */
  apply: (day: number) => string | null;
}

/**
 * One text field per date instead of <input type=date>: a native date input follows the
 * browser's locale ("mm/dd/yyyy") where the rest of the app says "10 Jan 2024", and is three
 * Tab stops. Typing is applied on Enter or on leaving the field, so a half-typed date never
 * moves the window (nor writes a history entry).
 */
type DateParser = typeof parseDateInputType;
let parser: DateParser | null = null;
/** The reader of typed dates is a chunk of its own, fetched once the fields are on screen. */
const loadParser = (): Promise<DateParser> =>
  parser
    ? Promise.resolve(parser)
    : import('@/utils/parse-date-input').then((module) => (parser = module.parseDateInput));

function DateField({ label, day, fallbackDay, placeholder, hintId, apply }: DateFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shownDay, setShownDay] = useState(day);
  const errorId = useId();
  // A window set elsewhere (brush, slider, Play) replaces whatever was being typed.
  if (shownDay !== day) {
    setShownDay(day);
    setDraft(null);
    setError(null);
  }

  const settle = (result: string | null) => {
    setError(result);
    if (result === null) setDraft(null);
  };

  const commit = (text: string) => {
    if (text.trim() === '') return settle(null);
    const read = (parse: DateParser) => {
      const parsed = parse(text);
      settle(parsed.ok ? apply(parsed.day) : parsed.message);
    };
    // At once when the reader is in (it is, soon after the fields appear): a later commit would
    // land after the next field's typing and wipe it.
    if (parser) read(parser);
    else void loadParser().then(read);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      if (draft !== null) commit(draft);
    } else if (e.key === 'Escape') {
      if (draft === null && error === null) return;
      // Only the typing is undone; a second Esc reaches the drawer or sheet and closes it.
      e.preventDefault();
      settle(null);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const typed = draft === null || !parser ? null : parser(draft);
      const base = typed?.ok ? typed.day : (day ?? fallbackDay);
      if (base === null) return;
      e.preventDefault();
      const step = (e.shiftKey ? 7 : 1) * (e.key === 'ArrowUp' ? DAY : -DAY);
      settle(apply(base + step));
    }
  };

  return (
    <div className="date-field">
      <label>
        <span>{label}</span>
        <input
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={draft ?? (day === null ? '' : formatInstant(day))}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => void loadParser()}
          onBlur={() => {
            if (draft !== null) commit(draft);
          }}
        />
      </label>
      {/* Outside the label, so the message is the field's description and not its name. */}
      <span id={errorId} className="field-error date-error" aria-live="polite">
        {error}
      </span>
    </div>
  );
}

/** The time window as two dates (inclusive), bound both ways to the timeline's brush. */
export function DateRange() {
  useEffect(() => void loadParser(), []);
  const window = useAppStore((s) => s.window);
  const extent = useAppStore((s) => s.dataset?.extent ?? null);
  const setWindow = useAppStore((s) => s.setWindow);
  const hintId = useId();
  const firstDay = extent ? floorDay(extent[0]) : null;
  const lastDay = extent ? floorDay(extent[1] - 1) : null;
  // Both show whole days: the first day the window touches, and the last (its end is exclusive).
  const fromDay = window ? floorDay(window.start) : null;
  const toDay = window ? Math.max(floorDay(window.start), floorDay(window.end - 1)) : null;

  const apply = (which: 'from' | 'to', day: number): string | null => {
    if (!extent) return 'The dates apply once the data is in.';
    const start = which === 'from' ? day : (window?.start ?? floorDay(extent[0]));
    const end = which === 'to' ? day + DAY : (window?.end ?? ceilDay(extent[1]));
    if (end <= start) {
      return which === 'from'
        ? `From must be on or before ${formatInstant(floorDay(end - 1))}.`
        : `To must be on or after ${formatInstant(floorDay(start))}.`;
    }
    setWindow({ start, end });
    return null;
  };

  return (
    <fieldset className="date-range">
      <legend>Dates (UTC)</legend>
      <DateField
        label="From"
        day={fromDay}
        fallbackDay={firstDay}
        placeholder={firstDay === null ? undefined : formatInstant(firstDay)}
        hintId={hintId}
        apply={(day) => apply('from', day)}
      />
      <DateField
        label="To"
        day={toDay}
        fallbackDay={lastDay}
        placeholder={lastDay === null ? undefined : formatInstant(lastDay)}
        hintId={hintId}
        apply={(day) => apply('to', day)}
      />
      <span id={hintId} className="visually-hidden">
        A date such as 10 Jan 2024 or 2024-01-10. Up and down arrows change it by a day, with Shift
        by a week.
      </span>
    </fieldset>
  );
}
