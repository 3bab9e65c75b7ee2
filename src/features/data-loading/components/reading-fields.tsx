import { useId } from 'react';

import { patternColumns } from '@/domain/reading/title-pattern';
import { placeModeOf, type PlaceMode } from '@/domain/reading/place-mode';
import type { Reading, Table } from '@/domain/reading/types';

type SingleField =
  | 'date'
  | 'endDate'
  | 'time'
  | 'lat'
  | 'lon'
  | 'point'
  | 'place'
  | 'country'
  | 'category'
  | 'datePrecision'
  | 'placePrecision'
  | 'killed'
  | 'id';

interface FieldProps {
  table: Table;
  reading: Reading;
  onChange: (next: Reading) => void;
}

/** The first filled cell of a column, so a choice shows what it would read. */
function exampleOf(table: Table, column: string): string {
  const at = table.columns.indexOf(column);
  for (const row of table.rows.slice(0, 50)) {
    const cell = row[at]?.trim();
    if (cell) return cell.length > 28 ? `${cell.slice(0, 27)}…` : cell;
  }
  return '';
}

function without<K extends keyof Reading>(reading: Reading, field: K): Reading {
  const next = { ...reading };
  delete next[field];
  return next;
}

/** One column for one field, or none. */
export function ColumnSelect({
  table,
  reading,
  onChange,
  field,
  label,
  required = false,
}: FieldProps & { field: SingleField; label: string; required?: boolean }) {
  const id = useId();
  const value = (reading[field] as string | undefined) ?? '';
  return (
    <div className="reading-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        required={required}
        onChange={(e) =>
          onChange(
            e.target.value ? { ...reading, [field]: e.target.value } : without(reading, field),
          )
        }
      >
        <option value="">{required ? 'Choose a column…' : '— none —'}</option>
        {table.columns.map((column) => {
          const example = exampleOf(table, column);
          return (
            <option key={column} value={column}>
              {example ? `${column} (${example})` : column}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** Several columns for one field (actors, sources): each ticked column adds its values. */
export function ColumnChecklist({
  table,
  reading,
  onChange,
  field,
  label,
}: FieldProps & { field: 'actors' | 'sources'; label: string }) {
  const chosen = reading[field] ?? [];
  const toggle = (column: string, on: boolean) => {
    const next = on ? [...chosen, column] : chosen.filter((c) => c !== column);
    onChange(next.length ? { ...reading, [field]: next } : without(reading, field));
  };
  return (
    <fieldset className="reading-field reading-checklist">
      <legend>{label}</legend>
      <div className="reading-checklist-items">
        {table.columns.map((column) => (
          <label key={column}>
            <input
              type="checkbox"
              checked={chosen.includes(column)}
              onChange={(e) => toggle(column, e.target.checked)}
            />{' '}
            {column}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A pattern such as "{first_name} {last_name}", with a picker that inserts a column. */
export function PatternInput({
  table,
  reading,
  onChange,
  field,
  label,
  hint,
}: FieldProps & { field: 'title' | 'summary'; label: string; hint: string }) {
  const id = useId();
  const value = reading[field] ?? '';
  const unknown = patternColumns(value).filter((column) => !table.columns.includes(column));
  const set = (text: string) =>
    onChange(text || field === 'title' ? { ...reading, [field]: text } : without(reading, field));
  return (
    <div className="reading-field reading-pattern">
      <label htmlFor={id}>{label}</label>
      <div className="reading-pattern-row">
        <input
          id={id}
          type="text"
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-describedby={`${id}-hint`}
          aria-invalid={unknown.length ? true : undefined}
          spellCheck={false}
        />
        <select
          aria-label={`Add a column to the ${label.toLowerCase()}`}
          value=""
          onChange={(e) => {
            if (e.target.value) set(`${value}${value ? ' ' : ''}{${e.target.value}}`);
          }}
        >
          <option value="">Add a column…</option>
          {table.columns.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      </div>
      <small id={`${id}-hint`} className={unknown.length ? 'field-error' : 'muted'}>
        {unknown.length
          ? `No column ${unknown.map((c) => `"${c}"`).join(', ')} in this file.`
          : hint}
      </small>
    </div>
  );
}

/** Where the coordinates come from: two columns, one, the GeoJSON geometry, or only place names. */
export function PlaceModeSelect({ table, reading, onChange }: FieldProps) {
  const id = useId();
  const mode = placeModeOf(reading);
  const change = (next: PlaceMode) => {
    let base = without(without(without(without(reading, 'lat'), 'lon'), 'point'), 'geometry');
    if (next === 'geometry') base = { ...base, geometry: true };
    if (next === 'pair') {
      base = { ...base, lat: table.columns[0] ?? '', lon: table.columns[1] ?? '' };
    }
    if (next === 'point') base = { ...base, point: table.columns[0] ?? '' };
    onChange(base);
  };
  return (
    <div className="reading-field">
      <label htmlFor={id}>Coordinates from</label>
      <select id={id} value={mode} onChange={(e) => change(e.target.value as PlaceMode)}>
        <option value="pair">Latitude and longitude columns</option>
        <option value="point">One column with both (“lat, lon” or WKT POINT)</option>
        {table.geometries && <option value="geometry">The features’ geometry</option>}
        <option value="name">None: look the place names up</option>
      </select>
    </div>
  );
}
