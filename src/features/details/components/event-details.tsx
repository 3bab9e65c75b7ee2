import { useAppStore } from '@/store/app-store';
import { selectSelectedEvent } from '@/store/selectors';
import type { ChronoEvent, Dataset, EventSource } from '@/domain/events/types';
import { formatEventDate, formatInZone } from '@/utils/time-format';

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
    </li>
  );
}

function LocalTime({ event }: { event: ChronoEvent }) {
  const zone = event.location?.timezone;
  if (!zone) return null;
  const hasTime = event.end - event.start <= 1;
  const local = formatInZone(event.start, zone, hasTime);
  if (!local || !hasTime) return null;
  return <div className="muted">Local time: {local}</div>;
}

function Place({ event }: { event: ChronoEvent }) {
  const location = event.location;
  if (!location) return <p className="muted">No place was published for this event.</p>;
  return (
    <div>
      <div>{[location.name, location.country].filter(Boolean).join(', ') || 'Unnamed place'}</div>
      <div className="muted">
        {PRECISION_TEXT[location.precision]}
        {location.radiusKm ? ` (within about ${location.radiusKm} km)` : ''}
        {location.note ? `: ${location.note}` : ''}
      </div>
    </div>
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
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const dataset = useAppStore((s) => s.dataset);
  const select = useAppStore((s) => s.select);
  if (!event || !dataset) {
    return (
      <section className="details-panel empty" aria-label="Event details">
        <p className="muted">
          Select an event on the map, the timeline or the list to read about it.
        </p>
      </section>
    );
  }
  const category = dataset.categories.find((c) => c.id === event.category);
  return (
    <section className="details-panel" aria-label="Event details" data-testid="event-details">
      <header className="details-header">
        <h2 id="details-title">{event.title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          onClick={() => select(null)}
        >
          ×
        </button>
      </header>
      <dl className="details-facts">
        <dt>Date</dt>
        <dd>
          <span className="tabular">{formatEventDate(event)}</span>{' '}
          <span className="muted">UTC</span>
          <LocalTime event={event} />
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
            <dd>{event.actors.join(', ')}</dd>
          </>
        )}
        {event.casualties && (
          <>
            <dt>Casualties</dt>
            <dd>
              {[
                event.casualties.killed !== undefined ? `${event.casualties.killed} killed` : null,
                event.casualties.injured !== undefined
                  ? `${event.casualties.injured} injured`
                  : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        {event.confidence && (
          <>
            <dt>Confidence</dt>
            <dd>{event.confidence}</dd>
          </>
        )}
      </dl>
      {event.summary && <p className="summary">{event.summary}</p>}
      {event.disputed && (
        <p className="disputed">
          <strong>Disputed:</strong> {event.disputed}
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
    </section>
  );
}
