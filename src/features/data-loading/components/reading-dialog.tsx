import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';

import { useModalOnMount } from '@/components/use-modal-on-mount';
import { placeModeOf } from '@/domain/reading/place-mode';
import { previewReading } from '@/domain/reading/preview-reading';
import { patternColumns } from '@/domain/reading/title-pattern';
import type { Reading } from '@/domain/reading/types';
import { useAppStore } from '@/store/app-store';
import type { PendingReading } from '@/store/slices/reading-slice';

import { answerReading } from '../lib/dataset-service';

import { ColumnChecklist, ColumnSelect, PatternInput, PlaceModeSelect } from './reading-fields';
import { ReadingPreviewPanel } from './reading-preview';
import './reading-dialog.css';

/** Why Load cannot read the file yet, or null when it can. */
function blockerOf(reading: Reading, columns: readonly string[]): string | null {
  if (!reading.date) return 'Choose the column that gives the date.';
  if (!reading.title.trim()) return 'Give a title: a column, or a pattern of columns.';
  const unknown = patternColumns(`${reading.title} ${reading.summary ?? ''}`).filter(
    (column) => !columns.includes(column),
  );
  if (unknown.length) return `The file has no column ${unknown.map((c) => `"${c}"`).join(', ')}.`;
  return null;
}

/**
 * The reading step: a file not in Chronomap's format, with a proposed reading of its columns
 * that the reader can change before Load. Loaded only when such a file arrives.
 */
export default function ReadingDialog({ pending }: { pending: PendingReading }) {
  const dialogRef = useModalOnMount();
  const titleId = useId();
  const { head, proposal, fileName, fileFormat } = pending;
  const [reading, setReading] = useState<Reading>(proposal.reading);
  const shown = useDeferredValue(reading);
  const preview = useMemo(() => previewReading(head, shown), [head, shown]);
  const blocker = blockerOf(reading, head.columns);
  const fieldProps = { table: head, reading, onChange: setReading };
  const mode = placeModeOf(reading);
  const what = fileFormat === 'csv' ? 'columns' : 'properties';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocker) return;
    answerReading(useAppStore, reading);
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog wide reading-dialog"
      aria-labelledby={titleId}
      // Escape, or Cancel: the file is not loaded and what was shown stays.
      onClose={() => {
        if (useAppStore.getState().pendingReading === pending) answerReading(useAppStore, null);
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>How should “{fileName}” be read?</h2>
        <p className="muted">
          This file is not in Chronomap’s format. Here is how its {what} would become events; change
          any choice and the preview follows. Nothing leaves this computer.
        </p>
        {pending.linkReadingIgnored && (
          <p className="reading-note" role="note">
            The link said how to read this file, but the file no longer has those {what}.
          </p>
        )}
        {proposal.noDate && <p className="reading-note">{proposal.noDate}</p>}
        <div className="reading-grid">
          <fieldset className="reading-group">
            <legend>When</legend>
            <ColumnSelect {...fieldProps} field="date" label="Date" required />
            {proposal.questions.dateOrder && (
              <fieldset className="reading-field reading-question">
                <legend>Dates like 03/04/2024 mean</legend>
                <label>
                  <input
                    type="radio"
                    name="date-order"
                    checked={reading.dateOrder !== 'mdy'}
                    onChange={() => setReading({ ...reading, dateOrder: 'dmy' })}
                  />{' '}
                  3 April (day first)
                </label>
                <label>
                  <input
                    type="radio"
                    name="date-order"
                    checked={reading.dateOrder === 'mdy'}
                    onChange={() => setReading({ ...reading, dateOrder: 'mdy' })}
                  />{' '}
                  March 4 (month first)
                </label>
              </fieldset>
            )}
            <ColumnSelect {...fieldProps} field="endDate" label="End date" />
            <ColumnSelect {...fieldProps} field="time" label="Time of day" />
            <ColumnSelect {...fieldProps} field="datePrecision" label="Date precision" />
          </fieldset>
          <fieldset className="reading-group">
            <legend>What</legend>
            <PatternInput
              {...fieldProps}
              field="title"
              label="Title"
              hint="A column in braces, or several: {first_name} {last_name}."
            />
            <PatternInput
              {...fieldProps}
              field="summary"
              label="Summary"
              hint="Optional; a column or a pattern, like the title."
            />
            <ColumnSelect {...fieldProps} field="category" label="Category" />
            <ColumnSelect {...fieldProps} field="killed" label="People killed" />
            <ColumnSelect {...fieldProps} field="id" label="Id (unique per row)" />
          </fieldset>
          <fieldset className="reading-group">
            <legend>Where</legend>
            <PlaceModeSelect {...fieldProps} />
            {mode === 'pair' && (
              <>
                <ColumnSelect {...fieldProps} field="lat" label="Latitude" />
                <ColumnSelect {...fieldProps} field="lon" label="Longitude" />
              </>
            )}
            {mode === 'point' && <ColumnSelect {...fieldProps} field="point" label="Coordinates" />}
            {mode !== 'geometry' && mode !== 'name' && (
              <label className="reading-check">
                <input
                  type="checkbox"
                  checked={reading.swapLatLon === true}
                  onChange={(e) => setReading({ ...reading, swapLatLon: e.target.checked })}
                />{' '}
                Latitude and longitude are the other way round
                {proposal.questions.swapped && (
                  <span className="muted"> (the values fit only this way)</span>
                )}
              </label>
            )}
            <ColumnSelect {...fieldProps} field="place" label="Place name" />
            <ColumnSelect {...fieldProps} field="country" label="Country" />
            <ColumnSelect {...fieldProps} field="placePrecision" label="Place precision" />
          </fieldset>
          <fieldset className="reading-group">
            <legend>Who and sources</legend>
            <ColumnChecklist {...fieldProps} field="actors" label="Actors (split on ; or |)" />
            <ColumnChecklist {...fieldProps} field="sources" label="Sources (links or names)" />
          </fieldset>
        </div>
        <ReadingPreviewPanel preview={preview} table={head} reading={shown} />
        <div className="dialog-actions">
          {/* Beside the Load it disables, which stays in sight while the form scrolls. */}
          {blocker && (
            <p className="field-error" role="alert">
              {blocker}
            </p>
          )}
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={blocker !== null}>
            Load
          </button>
        </div>
      </form>
    </dialog>
  );
}
