import { useEffect, useState } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { PLAYBACK_SPEEDS, type LaneMode, type PlaybackSpeed } from '@/store/slices/time-slice';
import { countOf, plural } from '@/utils/plural';
import { formatWindow, formatWindowEnd } from '@/utils/time-format';

import { SPEED_LABEL } from '../lib/playback';
import { step } from '../lib/timeline-store';

import { TimelinePlot } from './timeline-plot';

/** A polite summary of the window once it stops moving, for screen reader users. */
function useWindowAnnouncement(text: string): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 700);
    return () => clearTimeout(timer);
  }, [text]);
  return announced;
}

function PlaybackControls() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const loop = useAppStore((s) => s.loop);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const setLoop = useAppStore((s) => s.setLoop);
  return (
    <div className="button-group" role="group" aria-label="Playback">
      <button
        type="button"
        className="play-button"
        aria-pressed={playing}
        onClick={() => setPlaying(!playing)}
      >
        {/* Both labels take room, the idle one unseen, so the button keeps its width. */}
        <span aria-hidden={playing} className={playing ? 'idle-label' : undefined}>
          ▶ Play
        </span>
        <span aria-hidden={!playing} className={playing ? undefined : 'idle-label'}>
          ❚❚ Pause
        </span>
      </button>
      <select
        aria-label="Playback speed"
        value={speed}
        onChange={(e) => setSpeed(e.target.value as PlaybackSpeed)}
      >
        {PLAYBACK_SPEEDS.map((value) => (
          <option key={value} value={value}>
            {SPEED_LABEL[value]}
          </option>
        ))}
      </select>
      <label className="mode-toggle loop-toggle">
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
        Loop
      </label>
      <button
        type="button"
        aria-label="Previous event"
        title="Previous event (←)"
        onClick={() => step(-1)}
      >
        ◀
      </button>
      <button type="button" aria-label="Next event" title="Next event (→)" onClick={() => step(1)}>
        ▶
      </button>
    </div>
  );
}

export function TimelineView() {
  const visible = useAppStore((s) => selectVisibleEvents(s).length);
  const total = useAppStore(selectTotalCount);
  const window = useAppStore((s) => s.window);
  const mode = useAppStore((s) => s.mode);
  const lanes = useAppStore((s) => s.lanes);
  const setMode = useAppStore((s) => s.setMode);
  const setWindow = useAppStore((s) => s.setWindow);
  const setLanes = useAppStore((s) => s.setLanes);
  const zoomTimeline = useAppStore((s) => s.zoomTimeline);
  const fitTimeline = useAppStore((s) => s.fitTimeline);
  const totalText = total.toLocaleString('en');
  const readout = window
    ? mode === 'cumulative'
      ? `Up to ${formatWindowEnd(window.end)}`
      : formatWindow(window.start, window.end)
    : 'All dates';
  const announcement = useWindowAnnouncement(
    `${readout}: ${visible.toLocaleString('en')} of ${countOf(total, 'event')}`,
  );

  return (
    <section className="timeline-panel" aria-label="Timeline">
      <div className="timeline-toolbar">
        <PlaybackControls />
        <span className="count" data-testid="timeline-count">
          {/* As wide as the total, so the readout beside it stays put while the count changes. */}
          <strong className="count-visible" style={{ minWidth: `${totalText.length}ch` }}>
            {visible.toLocaleString('en')}
          </strong>{' '}
          of {totalText} {plural(total, 'event')}
        </span>
        <span className="window-readout tabular" data-testid="window-readout" title={readout}>
          {readout}
        </span>
        {!window && <span className="hint muted">Drag across the timeline to pick a window</span>}
        <span className="visually-hidden" aria-live="polite" data-testid="window-announcement">
          {announcement}
        </span>
        <span className="toolbar-spacer" />
        <label className="mode-toggle lanes-select">
          Lanes
          <select
            aria-label="Timeline lanes"
            value={lanes}
            onChange={(e) => setLanes(e.target.value as LaneMode)}
          >
            <option value="category">by category</option>
            <option value="actor">by actor</option>
            <option value="country">by country</option>
          </select>
        </label>
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
        <div className="button-group zoom-group" role="group" aria-label="Timeline zoom">
          <button type="button" aria-label="Zoom in" onClick={() => zoomTimeline(2)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoomTimeline(0.5)}>
            −
          </button>
          <button type="button" onClick={() => fitTimeline()}>
            Fit all
          </button>
        </div>
      </div>
      <TimelinePlot />
    </section>
  );
}
