import { useRef, useState } from 'react';

import { citation } from '@/domain/events/citation';
import { useAppStore } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';
import { formatWindow, formatWindowEnd } from '@/utils/time-format';

import { downloadText, exportBaseName } from '../lib/download';

function currentLink(): string {
  (window.chronomap?.['url'] as { flush?: () => void } | undefined)?.flush?.();
  return location.href;
}

/** Words for the active filters, for the citation. */
function useFiltersText(): string | null {
  const dataset = useAppStore((s) => s.dataset);
  const categories = useAppStore((s) => s.categories);
  const actors = useAppStore((s) => s.actors);
  const query = useAppStore((s) => s.query.trim());
  const parts: string[] = [];
  if (categories && dataset) {
    const labels = dataset.categories.filter((c) => categories.includes(c.id)).map((c) => c.label);
    parts.push(`categories: ${labels.join(', ') || 'none'}`);
  }
  if (actors.length) parts.push(`actors: ${actors.join(', ')}`);
  if (query) parts.push(`search: “${query}”`);
  return parts.length ? parts.join('; ') : null;
}

/** Download what the view shows (CSV, GeoJSON, JSON) and cite it. */
export function ExportDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dataset = useAppStore((s) => s.dataset);
  const events = useAppStore(selectVisibleEvents);
  const window = useAppStore((s) => s.window);
  const mode = useAppStore((s) => s.mode);
  const filtersText = useFiltersText();
  const [cite, setCite] = useState('');
  const [status, setStatus] = useState('');
  if (!dataset) return null;

  const windowText = window
    ? mode === 'cumulative'
      ? `up to ${formatWindowEnd(window.end)}`
      : formatWindow(window.start, window.end)
    : null;
  const open = () => {
    setCite(
      citation({
        title: dataset.title,
        shown: events.length,
        total: dataset.events.length,
        windowText,
        filtersText,
        accessed: new Date(),
        link: currentLink(),
      }),
    );
    setStatus('');
    dialogRef.current?.showModal();
  };
  const save = async (format: 'csv' | 'geojson' | 'json') => {
    // The writers (and the CSV library) load on first use: most visits never export.
    const { toCsv, toDatasetJson, toGeoJson } = await import('@/domain/events/export');
    const base = exportBaseName(dataset.title, new Date());
    if (format === 'csv') downloadText(toCsv(events), `${base}.csv`, 'text/csv;charset=utf-8');
    else if (format === 'geojson')
      downloadText(toGeoJson(dataset, events), `${base}.geojson`, 'application/geo+json');
    else downloadText(toDatasetJson(dataset, events), `${base}.json`, 'application/json');
  };
  const copyCitation = async () => {
    try {
      await navigator.clipboard.writeText(cite);
      setStatus('Citation copied to the clipboard.');
    } catch {
      setStatus('Could not copy: select the text and copy it yourself.');
    }
  };

  return (
    <>
      <button type="button" onClick={open}>
        Export
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby="export-title">
        <h2 id="export-title">Export this view</h2>
        <p className="muted">
          The {events.length.toLocaleString('en')} events that pass the current filters, in date
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
            value={cite}
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
        <div className="dialog-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
