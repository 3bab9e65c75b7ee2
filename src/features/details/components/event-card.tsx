/** The details of one selected event: loaded once there is data to read, not with the first paint. */
import { knowsTimeOfDay } from '@/domain/events/dates';
import type { Casualties, ChronoEvent, Dataset, EventSource } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';
import { formatEventDate, formatInZone } from '@/utils/time-format';

import { neighbours } from '@/domain/events/step-event';

const PRECISION_TEXT = {
  exact: 'Exact location',
  approximate: 'Approximate location',
  region: 'Region only',
} as const;

const RELATION_TEXT = {
  'response-to': 'Response to',
  'follow-up': 'Follow-up of',
  'same-incident': 'Same incident as',
} as const;

const DATE_PRECISION_NOTE = {
  day: null,
  month: 'Only the month is known.',
  year: 'Only the year is known.',
  approximate: 'The exact date is not known.',
} as const;

const SOURCE_KIND_TEXT = {
  primary: 'Primary source',
  report: 'Report',
  claim: 'Claim of a party',
} as const;

function SourceItem({ source }: { source: EventSource }) {
  const label = source.title || source.href || source.rawUrl || 'Untitled source';
  return (
    <li>
      {source.publisher && <span className="source-publisher">{source.publisher}: </span>}
      {source.href ? (
        <a href={source.href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {source.rawUrl && source.title && <span className="muted"> ({source.rawUrl})</span>}
      {source.note && <span className="muted"> ({source.note})</span>}
      {source.kind && (
        <span className={`source-kind source-kind-${source.kind}`}>
          {SOURCE_KIND_TEXT[source.kind]}
        </span>
      )}
    </li>
  );
}

/** The UTC date, and the clock time at the place when both the time and the zone are known. */
function EventDate({ event }: { event: ChronoEvent }) {
  const zone = event.location?.timezone;
  const local = zone && knowsTimeOfDay(event) ? formatInZone(event.start, zone) : null;
  const place = event.location?.name ?? 'the place';
  const note = DATE_PRECISION_NOTE[event.datePrecision];
  return (
    <>
      <span className="tabular">{formatEventDate(event)}</span> <span className="muted">UTC</span>
      {local && <div className="muted">{`Local time in ${place}: ${local}`}</div>}
      {note && <div className="muted">{note}</div>}
    </>
  );
}

function Place({ event }: { event: ChronoEvent }) {
  const location = event.location;
  if (!location) return <p className="muted">No place was published for this event.</p>;
  return (
    <div>
      <div>
        {[location.name, location.country, location.sea].filter(Boolean).join(', ') ||
          'Unnamed place'}
      </div>
      <div className="muted">
        {PRECISION_TEXT[location.precision]}
        {location.radiusKm ? ` (within about ${Math.round(location.radiusKm)} km)` : ''}
        {location.note ? `: ${location.note}` : ''}
      </div>
    </div>
  );
}

const counted = ({ killed, injured }: { killed?: number; injured?: number }) =>
  [
    killed !== undefined ? `${killed} killed` : null,
    injured !== undefined ? `${injured} injured` : null,
  ]
    .filter(Boolean)
    .join(', ');

function CasualtyCounts({ casualties }: { casualties: Casualties }) {
  const total = counted(casualties);
  return (
    <>
      {total && <div>{total}</div>}
      {casualties.byParty && (
        <ul className="casualty-parties">
          {casualties.byParty.map((party, i) => (
            <li key={i}>
              {party.party}: {counted(party) || 'no count given'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Actors({ event }: { event: ChronoEvent }) {
  const setActors = useAppStore((s) => s.setActors);
  return (
    <ul className="inline-list">
      {event.actors.map((actor) => (
        <li key={actor}>
          <button
            type="button"
            className="link-button"
            title={`Show only events involving ${actor}`}
            onClick={() => setActors([actor])}
          >
            {actor}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Related({ event, dataset }: { event: ChronoEvent; dataset: Dataset }) {
  const select = useAppStore((s) => s.select);
  if (event.related.length === 0) return null;
  return (
    <>
      <h3>Related</h3>
      <ul className="related">
        {event.related.map((link) => {
          const other = dataset.byId.get(link.id);
          if (!other) return null;
          return (
            <li key={`${link.relation}-${link.id}`}>
              {RELATION_TEXT[link.relation]}{' '}
              <button type="button" className="link-button" onClick={() => select(other.id)}>
                {other.title}
              </button>{' '}
              <span className="muted">({formatEventDate(other)})</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Stepper({ event }: { event: ChronoEvent }) {
  const visible = useAppStore(selectVisibleEvents);
  const select = useAppStore((s) => s.select);
  const { previous, next, position } = neighbours(visible, event);
  return (
    <nav className="details-stepper" aria-label="Browse events">
      <button
        type="button"
        disabled={!previous}
        onClick={() => previous && select(previous.id)}
        aria-keyshortcuts="k"
      >
        ‹ Previous
      </button>
      <span className="muted tabular">
        {position >= 0 ? `${position + 1} of ${visible.length}` : 'Outside the filters'}
      </span>
      <button
        type="button"
        disabled={!next}
        onClick={() => next && select(next.id)}
        aria-keyshortcuts="j"
      >
        Next ›
      </button>
    </nav>
  );
}

export default function EventCard({ event, dataset }: { event: ChronoEvent; dataset: Dataset }) {
  const select = useAppStore((s) => s.select);
  const category = dataset.categories.find((c) => c.id === event.category);
  return (
    <>
      <header className="details-header">
        <h2 id="details-title">{event.title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          aria-keyshortcuts="Escape"
          onClick={() => select(null)}
        >
          ×
        </button>
      </header>
      <Stepper event={event} />
      <dl className="details-facts">
        <dt>Date</dt>
        <dd>
          <EventDate event={event} />
        </dd>
        <dt>Place</dt>
        <dd>
          <Place event={event} />
        </dd>
        <dt>Category</dt>
        <dd>
          <span className="swatch" style={{ background: category?.color }} aria-hidden="true" />
          {category?.label ?? event.category}
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              <Actors event={event} />
            </dd>
          </>
        )}
        {event.casualties && (
          <>
            <dt>Casualties</dt>
            <dd>
              <CasualtyCounts casualties={event.casualties} />
            </dd>
          </>
        )}
        {event.confidence && (
          <>
            <dt>Confidence</dt>
            <dd>
              {event.confidence}
              {event.confidenceNote && <div className="muted">{event.confidenceNote}</div>}
            </dd>
          </>
        )}
      </dl>
      {event.summary && <p className="summary">{event.summary}</p>}
      {event.disputed && (
        <p className="disputed">
          <strong>Sources disagree:</strong> {event.disputed}
        </p>
      )}
      <h3>Sources</h3>
      {event.sources.length > 0 ? (
        <ul className="sources">
          {event.sources.map((source, i) => (
            <SourceItem key={i} source={source} />
          ))}
        </ul>
      ) : (
        <p className="muted">No sources given.</p>
      )}
      <Related event={event} dataset={dataset} />
    </>
  );
}
