import type { ReadingPreview } from '@/domain/reading/preview-reading';
import type { Reading, Table } from '@/domain/reading/types';
import { formatEventDate } from '@/utils/time-format';
import { countOf } from '@/utils/plural';

/** A row's place name and country as the reading reads them, before any look-up. */
function namedPlace(table: Table, reading: Reading, record: number): string {
  const row = table.rows[record - 1];
  const cell = (column: string | undefined) =>
    column === undefined ? '' : (row?.[table.columns.indexOf(column)]?.trim() ?? '');
  return [cell(reading.place), cell(reading.country)].filter(Boolean).join(', ');
}

/**
 * Where a previewed event is: its place name and coordinates; or, with no coordinates, the
 * name the gazetteer will look up when the file loads; or that it has none.
 */
function placeText(event: ReadingPreview['events'][number], table: Table, reading: Reading) {
  const location = event.location;
  if (!location) {
    const named = namedPlace(table, reading, event.record);
    return named ? `${named} (to look up)` : '—';
  }
  const name = [location.name, location.country].filter(Boolean).join(', ');
  const at = `${location.lat.toFixed(3)}, ${location.lon.toFixed(3)}`;
  return name ? `${name} (${at})` : at;
}

/** The first events as they would load, and how many rows load or are skipped, and why. */
export function ReadingPreviewPanel({
  preview,
  table,
  reading,
}: {
  preview: ReadingPreview;
  /** The head the preview read, and the reading it read it with, for names still to look up. */
  table: Table;
  reading: Reading;
}) {
  const { read, total, loaded, skipped, warned, reasons, toLookUp } = preview;
  const of =
    read < total
      ? `Of the first ${countOf(read, 'row')} (of ${total.toLocaleString('en')})`
      : `Of ${countOf(read, 'row')}`;
  return (
    <section className="reading-preview" aria-labelledby="reading-preview-title">
      <h3 id="reading-preview-title">Preview</h3>
      <p className="reading-counts" role="status" data-testid="reading-counts">
        {of}: <strong>{loaded.toLocaleString('en')} would load</strong>
        {skipped > 0 && <>, {skipped.toLocaleString('en')} skipped</>}
        {warned > 0 && <>, {warned.toLocaleString('en')} with warnings</>}.
        {toLookUp > 0 && (
          <>
            {' '}
            {countOf(toLookUp, 'row')} with a place name and no coordinates will be placed from the
            offline gazetteer.
          </>
        )}
      </p>
      {reasons.length > 0 && (
        <ul className="reading-reasons">
          {reasons.slice(0, 6).map((reason) => (
            <li key={`${reason.severity}${reason.text}`} className={reason.severity}>
              <span className="problem-severity">
                {reason.severity === 'error' ? 'Skipped' : 'Warning'}
              </span>{' '}
              {reason.count.toLocaleString('en')} × {reason.text} (first: row {reason.firstRow})
            </li>
          ))}
        </ul>
      )}
      <div
        className="reading-table-wrap"
        tabIndex={0}
        aria-label="The first events as they would load"
      >
        <table className="reading-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Place</th>
              <th scope="col">Category</th>
            </tr>
          </thead>
          <tbody>
            {preview.events.map((event) => (
              <tr key={event.record}>
                <td>{event.record}</td>
                <td>{formatEventDate(event)}</td>
                <td>{event.title}</td>
                <td>{placeText(event, table, reading)}</td>
                <td>{event.category === 'uncategorised' ? '—' : event.category}</td>
              </tr>
            ))}
            {preview.events.length === 0 && (
              <tr>
                <td colSpan={5}>No row would load with this reading.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
