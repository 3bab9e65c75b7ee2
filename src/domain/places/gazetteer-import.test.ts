import { expect, it } from 'vitest';

// The data set's worker will import the module by its alias and load the data on demand.
it('imports by the app alias and loads the data through the build plugin', async () => {
  const { loadGazetteer } = await import('@/domain/places/gazetteer');
  const gazetteer = await loadGazetteer();
  expect(gazetteer.lookup('Aden, Yemen')).toMatchObject({
    kind: 'found',
    place: { country: 'YE' },
  });
});
