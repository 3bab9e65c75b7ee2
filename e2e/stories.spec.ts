import { readFileSync } from 'node:fs';

import { seriousViolations } from './support/axe';
import { readFixture, viewCount, type FixtureEvent } from './support/fixture-data';
import { expect, test } from './support/test';

interface FixtureStory {
  id: string;
  title: string;
  steps: { title: string; view: string; events: string[] }[];
}

const fixture = readFixture('stories-small.json') as ReturnType<typeof readFixture> & {
  stories: FixtureStory[];
};
const total = fixture.events.length;
const story = fixture.stories[0]!;
const byId = new Map(fixture.events.map((event) => [event.id, event]));

/** What a step's own link shows, computed here from the fixture, not by the app. */
const expectedCount = (view: string) => viewCount(fixture.events, view);

const search = (page: { url: () => string }) => new URL(page.url()).searchParams;

test.use({ dataset: 'stories-small.json' });

test('a story link opens its first step; Next, Previous, n, p, Back and Forward move through it', async ({
  app,
  page,
}) => {
  await app.open('story=small-road');
  const player = page.getByRole('region', { name: 'Story' });
  await expect(player.getByRole('heading', { level: 2 })).toHaveText(story.title);
  const progress = player.getByTestId('story-progress');
  const shows = async (step: number) => {
    const own = story.steps[step - 1]!;
    await expect(progress).toHaveText(`Step ${step} of ${story.steps.length}`);
    await expect(player.getByRole('heading', { level: 3 })).toHaveText(own.title);
    await expect(app.listCount).toHaveText(`${expectedCount(own.view)} of ${total} events`);
    // The link names the story and the step, then the step's own view.
    await expect.poll(() => search(page).get('story')).toBe(story.id);
    await expect.poll(() => search(page).get('step')).toBe(step === 1 ? null : String(step));
    for (const [key, value] of new URLSearchParams(own.view))
      if (key !== 'map' && key !== 't') expect(search(page).get(key), key).toBe(value);
  };
  await shows(1);
  // The step's text is read as text, with its emphasis and its link.
  await expect(player.locator('em')).toHaveText('Gulf of Aden');
  await expect(player.getByRole('link', { name: 'report' })).toHaveAttribute(
    'href',
    'https://example.org/report',
  );
  // The events it is about are listed and ringed on the map and the timeline.
  await expect(player.getByRole('button', { name: byId.get('f02')!.title })).toBeVisible();
  await app.mapIdle();
  const ringed = async () =>
    (await app.highlightedOnMap())
      .filter((ring) => ring.role === 'story')
      .map((ring) => ring.id)
      .sort();
  expect(await ringed()).toEqual(['f02', 'f05', 'f09']);
  await expect(app.timeline.locator('.timeline-highlights circle.story')).not.toHaveCount(0);
  await expect(player.getByRole('button', { name: 'Previous step' })).toBeDisabled();

  await player.getByRole('button', { name: 'Next step' }).click();
  await shows(2);
  await expect(app.detailsTitle).toHaveText(byId.get('f04')!.title);
  await expect.poll(ringed).toEqual(['f04']);
  // The step's camera, eased to.
  await expect.poll(async () => (await app.mapCamera()).zoom).toBeCloseTo(6, 1);

  await page.keyboard.press('n');
  await shows(3);
  await expect(page.getByRole('combobox', { name: 'Timeline lanes' })).toHaveValue('actor');
  await page.keyboard.press('p');
  await shows(2);

  await page.goBack();
  await shows(3);
  await page.goBack();
  await shows(2);
  await page.goBack();
  await shows(1);
  await page.goForward();
  await shows(2);

  // Leaving keeps the view: the same events, the same selection, no story in the link.
  await player.getByRole('button', { name: 'Leave the story' }).click();
  await expect(player).toHaveCount(0);
  await expect.poll(() => search(page).get('story')).toBeNull();
  await expect(app.listCount).toHaveText(
    `${expectedCount(story.steps[1]!.view)} of ${total} events`,
  );
  await expect(app.detailsTitle).toHaveText(byId.get('f04')!.title);
});

test.describe('the bundled story', () => {
  test.use({ dataset: 'bundled' });

  test('steps forward with Next and back with Back, each step the view its own link names', async ({
    app,
    page,
  }) => {
    test.slow();
    const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
      events: FixtureEvent[];
      stories: FixtureStory[];
    };
    const road = bundled.stories.find((one) => one.id === 'road-to-muscat')!;
    const player = page.getByRole('region', { name: 'Story' });
    const shows = async (i: number) => {
      const own = road.steps[i]!;
      await expect(player.getByTestId('story-progress')).toHaveText(
        `Step ${i + 1} of ${road.steps.length}`,
      );
      await expect(player.getByRole('heading', { level: 3 })).toHaveText(own.title);
      const count = viewCount(bundled.events, own.view);
      await expect(app.listCount).toHaveText(`${count} of ${bundled.events.length} events`);
      await expect.poll(() => search(page).get('step')).toBe(i === 0 ? null : String(i + 1));
      const view = new URLSearchParams(own.view);
      for (const key of ['from', 'to', 'mode', 'cat', 'actor', 'event', 't'])
        expect(search(page).get(key), `step ${i + 1}: ${key}`).toBe(
          view.get(key) ?? (key === 'from' ? search(page).get(key) : null),
        );
      if (view.get('event'))
        await expect(app.detailsTitle).toHaveText(
          bundled.events.find((event) => event.id === view.get('event'))!.title,
        );
    };
    await app.open('story=road-to-muscat');
    for (let i = 0; i < road.steps.length; i++) {
      await shows(i);
      if (i < road.steps.length - 1)
        await player.getByRole('button', { name: 'Next step' }).click();
    }
    for (let i = road.steps.length - 2; i >= 0; i--) {
      await page.goBack();
      await shows(i);
    }
  });
});

test('the list of stories starts one; a story plays itself and stops at what the reader does', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Stories (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stories' });
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([story.title, 'One step']);
  await dialog.getByRole('button', { name: 'Tell this story' }).first().click();
  await expect(dialog).toHaveCount(0);
  const player = page.getByRole('region', { name: 'Story' });
  await expect(player.getByTestId('story-progress')).toHaveText('Step 1 of 4');

  await player.getByRole('button', { name: 'Play story' }).click();
  await expect(player.getByRole('button', { name: 'Pause' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(player.getByTestId('story-progress')).toHaveText('Step 2 of 4', {
    timeout: 20_000,
  });
  // The reader takes over: a press on the map pauses the story where it is.
  await app.map.click({ position: { x: 20, y: 20 } });
  await expect(player.getByRole('button', { name: 'Play story' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(player.getByTestId('story-progress')).toHaveText('Step 2 of 4');
});

test('an embedded story is a player with the way on and a link to the full view', async ({
  app,
  page,
}) => {
  await app.open(`embed=1&story=${story.id}&step=2`);
  const player = page.getByRole('region', { name: 'Story' });
  await expect(player.getByTestId('story-progress')).toHaveText('Step 2 of 4');
  await expect(page.getByRole('button', { name: 'Load data' })).toHaveCount(0);
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(player.getByTestId('story-progress')).toHaveText('Step 3 of 4');
  await expect.poll(() => search(page).get('embed')).toBe('1');
  const full = new URL(
    (await page.getByRole('link', { name: /Open in Chronomap/ }).getAttribute('href')) ?? '',
    page.url(),
  );
  expect(full.searchParams.get('story')).toBe(story.id);
  expect(full.searchParams.get('step')).toBe('3');
  expect(full.searchParams.get('embed')).toBeNull();
});

test('Share gives the story and step, and the keys are listed', async ({ app, page }) => {
  await app.open(`story=${story.id}&step=3`);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByTestId('share-story')).toContainText(`“${story.title}” at step 3`);
  await expect(dialog.getByTestId('embed-code')).toHaveValue(/story=small-road&amp;step=3/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Next / previous step of the story being told',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a story open is accessible in ${scheme}`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(`story=${story.id}&step=2`);
    await expect(page.getByTestId('story-progress')).toHaveText('Step 2 of 4');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the story is a sheet that leaves the step’s event in view', async ({ app, page }) => {
    await app.open(`story=${story.id}&step=2`);
    const sheet = page.getByTestId('sheet-story');
    await expect(sheet.getByTestId('story-progress')).toHaveText('Step 2 of 4');
    await app.mapIdle();
    const event = byId.get('f04')!;
    const at = await app.projectOnMap(event.location!.lon, event.location!.lat);
    const top = (await sheet.boundingBox())!.y;
    const map = (await app.map.boundingBox())!;
    expect(at.y).toBeGreaterThan(map.y);
    expect(at.y).toBeLessThan(top);
    await sheet.getByRole('button', { name: 'Next step' }).click();
    await expect(sheet.getByTestId('story-progress')).toHaveText('Step 3 of 4');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
