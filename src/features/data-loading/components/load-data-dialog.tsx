import { useRef, useState, type FormEvent } from 'react';

import { useModalOnMount } from '@/components/use-modal-on-mount';
import { useAppStore } from '@/store/app-store';

import { loadDefault, loadFromFile, loadFromUrl } from '../lib/dataset-service';

const ACCEPTED_FILES =
  '.json,.geojson,.csv,.tsv,.txt,application/json,application/geo+json,text/csv,text/tab-separated-values';

/**
 * "Load data": a file, a link, or back to the bundled dataset. Loaded and opened by its button
 * (load-data-button.tsx), once per opening.
 */
export default function LoadDataDialog({ onClosed }: { onClosed: () => void }) {
  const dialogRef = useModalOnMount();
  const fileRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);

  const close = () => dialogRef.current?.close();

  const submitUrl = (event: FormEvent) => {
    event.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim(), location.href);
    } catch {
      setUrlError('That is not a web address.');
      return;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      setUrlError('Only http and https addresses can be loaded.');
      return;
    }
    setUrlError(null);
    close();
    void loadFromUrl(useAppStore, parsed.href, { resetView: true });
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="load-data-title" onClose={onClosed}>
      <h2 id="load-data-title">Load a dataset</h2>
      <p className="muted">
        Chronomap JSON, GeoJSON, CSV or TSV, up to 100 MB: in Chronomap’s format or any other (you
        choose which columns give the date and the place). Files stay on this computer. You can also
        drop a file anywhere on the page.
      </p>
      <div className="dialog-row">
        <button type="button" onClick={() => fileRef.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept={ACCEPTED_FILES}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            close();
            void loadFromFile(useAppStore, file);
          }}
        />
      </div>
      <form className="dialog-row" onSubmit={submitUrl}>
        <label className="field grow">
          <span>Or load from a link</span>
          <input
            type="url"
            inputMode="url"
            placeholder="https://example.org/events.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'load-url-error' : undefined}
          />
        </label>
        <button type="submit">Load</button>
      </form>
      {urlError && (
        <p id="load-url-error" className="field-error">
          {urlError}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            close();
            void loadDefault(useAppStore, { resetView: true });
          }}
        >
          Back to the default dataset
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
