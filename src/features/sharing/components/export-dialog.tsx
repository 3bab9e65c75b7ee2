import { useState } from 'react';

import { DialogClose } from '@/components/dialog-close';
import { useModalOnMount } from '@/components/use-modal-on-mount';
import { citation } from '@/domain/events/citation';
import type { ChronoEvent, Dataset } from '@/domain/events/types';
import type { AppState } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';
import { downloadText, exportBaseName } from '@/utils/download';
import { countOf } from '@/utils/plural';
import { formatWindow, formatWindowEnd } from '@/utils/time-format';

import { copyText } from '@/utils/copy-text';

/** Words for the active filters, for the citation. */
function filtersText(state: AppState, dataset: Dataset): string | null {
  const { categories, actors } = state;
  const query = state.query.trim();
  const parts: string[] = [];
  if (categories) {
    const labels = dataset.categories.filter((c) => categories.includes(c.id)).map((c) => c.label);
    parts.push(`categories: ${labels.join(', ') || 'none'}`);
  }
  if (actors.length) parts.push(`actors: ${actors.join(', ')}`);
  if (query) parts.push(`search: “${query}”`);
  return parts.length ? parts.join('; ') : null;
}

function windowText({ window, mode }: AppState): string | null {
  if (!window) return null;
  return mode === 'cumulative'
    ? `up to ${formatWindowEnd(window.end)}`
    : formatWindow(window.start, window.end);
}

/** The view as it was when the dialog opened: the files and the citation describe the same events. */
interface ExportedView {
  dataset: Dataset;
  events: ChronoEvent[];
  citation: string;
}

function exportedView(state: AppState, link: string): ExportedView | null {
  const { dataset } = state;
  if (!dataset) return null;
  const events = selectVisibleEvents(state);
  return {
    dataset,
    events,
    citation: citation({
      title: dataset.title,
      shown: events.length,
      total: dataset.events.length,
      windowText: windowText(state),
      filtersText: filtersText(state, dataset),
      accessed: new Date(),
      link,
    }),
  };
}

/**
 * Download what the view shows (CSV, GeoJSON, JSON) and cite it. Loaded and opened by the Export
 * button (export-button.tsx), once per opening. The view is read when it opens, not subscribed to:
 * playback running behind an open dialog does not change what it exports, and closing it lets go
 * of the events (a million, perhaps).
 */
export default function ExportDialog({
  state,
  link,
  onClosed,
}: {
  state: AppState;
  link: string;
  onClosed: () => void;
}) {
  const dialogRef = useModalOnMount();
  const [view] = useState(() => exportedView(state, link));
  const [status, setStatus] = useState('');

  const save = async (format: 'csv' | 'geojson' | 'json') => {
    if (!view) return;
    const { dataset, events } = view;
    // The writers (and the CSV library) load on first use: most visits never export.
    const { toCsv, toDatasetJson, toGeoJson } = await import('@/domain/events/export');
    const base = exportBaseName(dataset.title, new Date());
    // The reader's stories, those written or edited here included; a CSV has no place for them.
    const { stories } = state;
    if (format === 'csv')
      downloadText(toCsv(dataset, events), `${base}.csv`, 'text/csv;charset=utf-8');
    else if (format === 'geojson')
      downloadText(
        toGeoJson(dataset, events, dataset.title, stories),
        `${base}.geojson`,
        'application/geo+json',
      );
    else
      downloadText(
        toDatasetJson(dataset, events, dataset.title, stories),
        `${base}.json`,
        'application/json',
      );
  };
  const copyCitation = async () => {
    setStatus(await copyText(view?.citation ?? '', 'Citation'));
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="export-title" onClose={onClosed}>
      <h2 id="export-title">Export this view</h2>
      <p className="muted">
        The {countOf(view?.events.length ?? 0, 'event')} in view when you opened this, in date
        order. Each file loads back into Chronomap.
      </p>
      <div className="dialog-row">
        <button type="button" onClick={() => void save('csv')}>
          Download CSV
        </button>
        <button type="button" onClick={() => void save('geojson')}>
          Download GeoJSON
        </button>
        <button type="button" onClick={() => void save('json')}>
          Download JSON
        </button>
      </div>
      <label className="field">
        <span>Cite this view</span>
        <textarea
          readOnly
          rows={4}
          value={view?.citation ?? ''}
          onFocus={(e) => e.target.select()}
          data-testid="citation"
        />
      </label>
      <div className="dialog-row">
        <button type="button" onClick={() => void copyCitation()}>
          Copy citation
        </button>
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
      <DialogClose />
    </dialog>
  );
}
