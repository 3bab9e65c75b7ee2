import { describe, expect, it } from 'vitest';

import { createAppStore } from '../app-store';

import { onViewCommand, type MapCommand, type TimelineCommand } from './view-command-slice';

describe('view commands', () => {
  it('reach the view they are for, each ask once, the same ask twice included', () => {
    const store = createAppStore();
    const map: MapCommand[] = [];
    const timeline: TimelineCommand[] = [];
    onViewCommand(store, 'mapCommand', (command) => map.push(command));
    onViewCommand(store, 'timelineCommand', (command) => timeline.push(command));
    store.getState().fitMap();
    store.getState().fitMap();
    store.getState().fitMap('all');
    store.getState().zoomTimeline(2);
    store.getState().fitTimeline();
    expect(map).toEqual([
      { kind: 'fit', scope: 'most' },
      { kind: 'fit', scope: 'most' },
      { kind: 'fit', scope: 'all' },
    ]);
    expect(timeline).toEqual([{ kind: 'zoom', factor: 2 }, { kind: 'fit' }]);
  });

  it('are not replayed to a view that starts after they were issued, nor after it stops', () => {
    const store = createAppStore();
    store.getState().fitTimeline();
    const seen: TimelineCommand[] = [];
    const stop = onViewCommand(store, 'timelineCommand', (command) => seen.push(command));
    store.getState().hover('a');
    expect(seen).toEqual([]);
    store.getState().zoomTimeline(0.5);
    stop();
    store.getState().zoomTimeline(2);
    expect(seen).toEqual([{ kind: 'zoom', factor: 0.5 }]);
  });
});
