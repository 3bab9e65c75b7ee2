import { readFileSync } from 'node:fs';

import type { Locator, Page } from '@playwright/test';

import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

// How a story is started or opened for editing: the header's list of stories.
async function openStories(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Stories/ }).click();
  return page.getByRole('dialog', { name: 'Stories' });
}
async function newStory(page: Page) {
  await (await openStories(page)).getByRole('button', { name: 'New story' }).click();
}
async function editStory(page: Page, title: string) {
  const list = await openStories(page);
  await list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .getByRole('button', { name: 'Edit' })
    .click();
}
/** The titles the list of stories shows now. */
async function storyTitles(page: Page): Promise<string[]> {
  const list = await openStories(page);
  const titles = await list.getByRole('heading', { level: 3 }).allTextContents();
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(list).toHaveCount(0);
  return titles;
}

const editorOf = (page: Page) => page.getByRole('region', { name: 'Story editor' });
const stepsOf = (editor: Locator) =>
  editor.getByRole('list', { name: 'Steps' }).getByRole('listitem');
const stepTitle = (step: Locator) => step.getByRole('textbox', { name: /Title$/ });

/** The view the link shows now: its query without the story's place, as a step's view holds it. */
async function viewNow(page: Page): Promise<string> {
  await page.evaluate(() => window.chronomap!.url!.flush());
  const params = new URL(page.url()).searchParams;
  params.delete('story');
  params.delete('step');
  return decodeURIComponent(params.toString());
}

const withoutMap = (view: string) => view.replace(/&?map=[^&]*/, '');

test('a story written from scratch survives a reload, and its saved file loads back with it', async ({
  app,
  page,
}) => {
  // Three views, a reload, a download and a file loaded back: more than one load's time.
  test.slow();
  await app.open();
  await newStory(page);
  const editor = editorOf(page);
  await expect(editor.getByRole('textbox', { name: 'Story title' })).toHaveValue('Untitled story');
  const steps = stepsOf(editor);
  const add = editor.getByRole('button', { name: 'Add this view as a step' });
  const status = editor.getByRole('status');

  // Three views: a week of the timeline; an event in it; another week and its event.
  await app.brush('2024-01-01T00:00Z', '2024-01-08T00:00Z');
  await expect(page).toHaveURL(/from=2024-01-01/);
  await add.click();
  await expect(stepTitle(steps.nth(0))).toHaveValue('Step 1');
  await app.clickTimelineMark('f02');
  await expect(page).toHaveURL(/event=f02/);
  await add.click();
  await expect(stepTitle(steps.nth(1))).toHaveValue('Tanker hit off Aden');
  await expect(steps.nth(1)).toContainText('About: Tanker hit off Aden');
  await app.brush('2024-01-09T00:00Z', '2024-01-16T00:00Z');
  await app.clickTimelineMark('f04');
  await expect(page).toHaveURL(/event=f04/);
  const talksView = await viewNow(page);
  await add.click();
  await expect(status).toHaveText('Step 3 added: Second round of talks.');
  await expect(steps).toHaveCount(3);

  // Retitled and written; the hint says how.
  await editor.getByRole('textbox', { name: 'Story title' }).fill('Three views');
  const text = steps.nth(0).getByRole('textbox', { name: /Text$/ });
  await expect(text).toHaveAccessibleDescription(/\*emphasis\*, \*\*strong\*\*, \[label\]/);
  await text.fill('The *first* week.\n\nThen [more](https://example.org/).');
  // Typing a shortcut's key in a field types it: "/", "j" and "?" stay in the text.
  await stepTitle(steps.nth(1)).fill('');
  await stepTitle(steps.nth(1)).pressSequentially('Tanker /j?');
  await expect(stepTitle(steps.nth(1))).toHaveValue('Tanker /j?');
  await expect(page).toHaveURL(/event=f04/);

  // Reordered by keyboard: the step moves, the focus with it, and the move is announced.
  await stepTitle(steps.nth(2)).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(status).toHaveText('Step 3 moved to 2.');
  await expect(stepTitle(steps.nth(1))).toHaveValue('Second round of talks');
  await expect(stepTitle(steps.nth(1))).toBeFocused();
  await expect(stepTitle(steps.nth(2))).toHaveValue('Tanker /j?');

  // Step 1 replaced by another view: a month later, nothing selected.
  await stepTitle(steps.nth(1)).blur();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
  await app.brush('2024-02-01T00:00Z', '2024-02-15T00:00Z');
  await expect(page).toHaveURL(/from=2024-02-01/);
  const februaryView = await viewNow(page);
  expect(februaryView).toMatch(/^from=2024-02-01/);
  await steps.nth(0).getByRole('button', { name: 'Replace with this view' }).click();
  await expect(status).toHaveText('Step 1 now shows this view.');

  // Deleted, brought back, deleted again.
  await steps.nth(2).getByRole('button', { name: 'Delete' }).click();
  await expect(status).toHaveText('Step 3 deleted.');
  await expect(steps).toHaveCount(2);
  // The focus stays in the list, on the step before it.
  await expect(steps.nth(1)).toBeFocused();
  await editor.getByRole('button', { name: 'Undo: bring back step 3' }).click();
  await expect(stepTitle(steps.nth(2))).toHaveValue('Tanker /j?');
  await steps.nth(2).getByRole('button', { name: 'Delete' }).click();
  await expect(steps).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  // A reload loses nothing: the draft, and the editor open on it.
  await page.reload();
  await app.waitUntilReady();
  await expect(editor.getByRole('textbox', { name: 'Story title' })).toHaveValue('Three views');
  await expect(steps).toHaveCount(2);
  await expect(stepTitle(steps.nth(0))).toHaveValue('Step 1');
  await expect(steps.nth(0).getByRole('textbox', { name: /Text$/ })).toHaveValue(
    'The *first* week.\n\nThen [more](https://example.org/).',
  );
  await expect(stepTitle(steps.nth(1))).toHaveValue('Second round of talks');

  // Saved: the dataset with the story, each step's view as its link had it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: 'Save dataset with stories' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fixture-twenty-events-with-stories.json');
  // Saved under its own name, as a browser would: the name is the file's, when it loads back.
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    events: unknown[];
    stories: { steps: { events?: string[] }[] }[];
  };
  expect(saved.events).toHaveLength(20);
  // A step about no event may leave its events out.
  const stories = saved.stories.map((story) => ({
    ...story,
    steps: story.steps.map((step) => ({ ...step, events: step.events ?? [] })),
  }));
  expect(stories).toEqual([
    {
      id: 'untitled-story',
      title: 'Three views',
      steps: [
        {
          title: 'Step 1',
          text: 'The *first* week.\n\nThen [more](https://example.org/).',
          view: februaryView,
          events: [],
        },
        { title: 'Second round of talks', text: '', view: talksView, events: ['f04'] },
      ],
    },
  ]);

  // Loaded back from the file: the story is in it, and its steps show their views.
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles(path);
  await expect(page.getByTestId('load-announcement')).toHaveText(
    'Loaded “fixture-twenty-events-with-stories.json”: 20 events.',
  );
  await expect(page.getByTestId('data-problems-banner')).toHaveCount(0);
  await expect(editor).toHaveCount(0);
  await editStory(page, 'Three views');
  await expect(stepTitle(steps.nth(1))).toHaveValue('Second round of talks');
  await steps.nth(1).getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/story=untitled-story&step=2/);
  // A step without a camera frames what it shows: that frame is the map's own (map=), not the step's.
  await expect.poll(async () => withoutMap(await viewNow(page))).toBe(talksView);
  await steps.nth(0).getByRole('button', { name: 'Show' }).click();
  // Step 1 is the link's default: the link names the story alone.
  await expect(page).not.toHaveURL(/step=/);
  await expect(page).not.toHaveURL(/event=/);
  await expect.poll(async () => withoutMap(await viewNow(page))).toBe(februaryView);
  expect(await app.timelineWindow()).toEqual([
    '2024-02-01T00:00:00.000Z',
    expect.stringMatching(/^2024-02-1/),
  ]);
});

test('a new story’s draft can be discarded, and a story copied as JSON', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('event=f06');
  await newStory(page);
  const editor = editorOf(page);
  await editor.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(stepTitle(stepsOf(editor).nth(0))).toHaveValue('Strikes across Yemen');
  await editor.getByRole('button', { name: 'Copy story JSON' }).click();
  await expect(editor.getByRole('status')).toHaveText('Story JSON copied to the clipboard.');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown;
  expect(copied).toEqual({
    id: 'untitled-story',
    title: 'Untitled story',
    steps: [{ title: 'Strikes across Yemen', text: '', view: 'event=f06', events: ['f06'] }],
  });

  // Asked first; kept when the author thinks better of it.
  await editor.getByRole('button', { name: 'Discard draft…' }).click();
  const confirm = editor.getByRole('group', { name: 'Discard draft' });
  await expect(confirm).toContainText('Discard this new story?');
  await expect(confirm.getByRole('button', { name: 'Discard' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await expect(stepsOf(editor)).toHaveCount(1);
  await editor.getByRole('button', { name: 'Discard draft…' }).click();
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(editor).toHaveCount(0);
  expect(await storyTitles(page)).not.toContain('Untitled story');
  // Gone from the drafts too: a reload does not bring it back.
  await page.reload();
  await app.waitUntilReady();
  await expect(editor).toHaveCount(0);
  expect(await storyTitles(page)).not.toContain('Untitled story');
});

test('Done closes the editor, which stays closed after a reload', async ({ app, page }) => {
  await app.open();
  await newStory(page);
  const editor = editorOf(page);
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toHaveCount(0);
  await page.reload();
  await app.waitUntilReady();
  await expect(editor).toHaveCount(0);
  // The draft is still there, to open again.
  await editStory(page, 'Untitled story');
  await expect(editor).toBeVisible();
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the editor is accessible', async ({ app, page }) => {
    await app.open('event=f02');
    await newStory(page);
    const editor = editorOf(page);
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    await stepTitle(stepsOf(editor).nth(0)).fill('');
    await expect(editor.getByText('A step needs a title.')).toBeVisible();
    await editor.getByRole('button', { name: 'Discard draft…' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });

  test('the editor is a bottom sheet over the map, and works there', async ({ app, page }) => {
    await app.open();
    await newStory(page);
    const sheet = page.getByTestId('sheet-story-editor');
    const editor = editorOf(page);
    await expect(sheet).toBeVisible();
    // It leaves the map in view above it.
    const sheetBox = (await sheet.boundingBox())!;
    const mapBox = (await app.map.boundingBox())!;
    expect(sheetBox.width).toBeGreaterThanOrEqual(389);
    expect(sheetBox.y).toBeGreaterThan(mapBox.y + 150);
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    const text = stepsOf(editor).nth(0).getByRole('textbox', { name: /Text$/ });
    await text.fill('On a phone.');
    await expect(text).toHaveValue('On a phone.');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect(sheet).toHaveCount(0);
  });
});
