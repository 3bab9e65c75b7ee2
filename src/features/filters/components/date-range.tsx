import { useAppStore } from '@/store/app-store';

const DAY = 86_400_000;

const toInput = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromInput = (value: string) => {
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) ? ms : null;
};

/** The time window as two dates (inclusive), bound both ways to the timeline's brush. */
export function DateRange() {
  const window = useAppStore((s) => s.window);
  const extent = useAppStore((s) => s.dataset?.extent ?? null);
  const setWindow = useAppStore((s) => s.setWindow);
  const min = extent ? toInput(extent[0]) : undefined;
  const max = extent ? toInput(extent[1] - 1) : undefined;

  const change = (which: 'from' | 'to', value: string) => {
    const day = fromInput(value);
    if (day === null || !extent) return;
    const start = which === 'from' ? day : (window?.start ?? Math.floor(extent[0] / DAY) * DAY);
    const end = which === 'to' ? day + DAY : (window?.end ?? Math.ceil(extent[1] / DAY) * DAY);
    if (end > start) setWindow({ start, end });
  };

  return (
    <fieldset className="date-range">
      <legend>Dates (UTC)</legend>
      <label>
        <span>From</span>
        <input
          type="date"
          min={min}
          max={max}
          value={window ? toInput(window.start) : ''}
          onChange={(e) => change('from', e.target.value)}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="date"
          min={min}
          max={max}
          value={window ? toInput(Math.max(window.start, window.end - DAY)) : ''}
          onChange={(e) => change('to', e.target.value)}
        />
      </label>
    </fieldset>
  );
}
