import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectSelectedEvent } from '@/store/selectors';

import { scrollToTop } from '../lib/scroll-to-top';

const loadCard = () => import('./event-card');
const EventCard = lazy(loadCard);

export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const dataset = useAppStore((s) => s.dataset);
  const panel = useRef<HTMLElement>(null);
  const id = event?.id;
  // A new selection reads from its title, wherever the last one was scrolled to.
  useLayoutEffect(() => {
    if (panel.current) scrollToTop(panel.current);
  }, [id]);
  // The card's code comes while the reader looks at the data, so a first click does not wait.
  useEffect(() => {
    if (!dataset) return;
    const idle = globalThis.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 200));
    idle(() => void loadCard());
  }, [dataset]);
  if (!event || !dataset) {
    return (
      <section ref={panel} className="details-panel empty" aria-label="Event details">
        <p className="muted">
          Select an event on the map, the timeline or the list to read about it.
        </p>
      </section>
    );
  }
  return (
    <section
      ref={panel}
      className="details-panel"
      aria-label="Event details"
      data-testid="event-details"
    >
      <Suspense fallback={<h2 id="details-title">{event.title}</h2>}>
        <EventCard event={event} dataset={dataset} />
      </Suspense>
    </section>
  );
}
