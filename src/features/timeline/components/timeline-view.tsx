import { useCallback, useRef } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { formatWindow, formatWindowEnd } from '@/utils/time-format';

import { TimelinePlot, type TimelineHandle } from './timeline-plot';

export function TimelineView() {
  const handle = useRef<TimelineHandle | null>(null);
  const onReady = useCallback((next: TimelineHandle | null) => {
    handle.current = next;
  }, []);
  const visible = useAppStore((s) => selectVisibleEvents(s).length);
  const total = useAppStore(selectTotalCount);
  const window = useAppStore((s) => s.window);
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  const setWindow = useAppStore((s) => s.setWindow);

  return (
    <section className="timeline-panel" aria-label="Timeline">
      <div className="timeline-toolbar">
        <span className="count" data-testid="timeline-count">
          <strong>{visible.toLocaleString('en')}</strong> of {total.toLocaleString('en')} events
        </span>
        <span className="window-readout" data-testid="window-readout">
          {window
            ? mode === 'cumulative'
              ? `Up to ${formatWindowEnd(window.end)}`
              : formatWindow(window.start, window.end)
            : 'All dates · drag across the timeline to pick a window'}
        </span>
        <span className="toolbar-spacer" />
        <label className="mode-toggle">
          <input
            type="checkbox"
            checked={mode === 'cumulative'}
            onChange={(e) => setMode(e.target.checked ? 'cumulative' : 'window')}
          />
          Cumulative
        </label>
        {window && (
          <button type="button" onClick={() => setWindow(null)}>
            Clear window
          </button>
        )}
        <div className="button-group" role="group" aria-label="Timeline zoom">
          <button type="button" aria-label="Zoom in" onClick={() => handle.current?.zoomBy(2)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => handle.current?.zoomBy(0.5)}>
            −
          </button>
          <button type="button" onClick={() => handle.current?.fitAll()}>
            Fit all
          </button>
        </div>
      </div>
      <TimelinePlot onReady={onReady} />
    </section>
  );
}
