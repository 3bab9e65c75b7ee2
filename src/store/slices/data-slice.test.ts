import { describe, expect, it } from 'vitest';

import { buildDataset } from '@/domain/events/build-dataset';

import { createAppStore } from '../app-store';

describe('skipped rows', () => {
  it('are cleared by every new dataset, and kept once the loader sets them', () => {
    const store = createAppStore();
    const { dataset } = buildDataset({ categories: [] }, []);
    const rows = { columns: ['id', 'title'], rows: [{ record: 2, cells: ['b', ''] }] };
    store.getState().setSkippedRows(rows);
    expect(store.getState().skippedRows).toBe(rows);
    store.getState().setDataset(dataset, [], 'row', { kind: 'file', name: 'a.csv' });
    expect(store.getState().skippedRows).toBeNull();
    store.getState().setSkippedRows(rows);
    expect(store.getState().skippedRows).toBe(rows);
  });
});
