/** The bench's command line, read once; every module takes its settings from here. */
import { fileURLToPath } from 'node:url';
import { DAY } from '../src/domain/time/units.ts';

export const USAGE = `npm run bench -- [flags]
  --sizes=10000,100000,1000000   datasets to load, by number of events
  --runs=3                       runs of each case; figures are their medians
  --soak-minutes=10              looped playback at the end (0: none)
  --reading=N                    rows of the CSV that needs a reading (0: none; default the
                                 million when it is among the sizes)
  --categories=50000             categories in the many-categories case (0: none)
  --only=categories              the many-categories case alone
  --grab=lanes                   the scrub grabs the window in the lanes, on the marks
  --no-build                     use the app already built (with --dist=DIR, built elsewhere)
  --out=latest                   results file name under bench/results/`;

export const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
export const SIZES = arg('sizes', '10000,100000,1000000').split(',').map(Number);
export const RUNS = Number(arg('runs', '3'));
export const SOAK_MINUTES = Number(arg('soak-minutes', '10'));
export const BUILD = !process.argv.includes('--no-build');
/** Results file name under bench/results/ (without extension). */
export const OUT = arg('out', 'latest');
/**
 * Where the scrub grabs the window: on the histogram strip, or in the lanes, where at 100k events
 * every pixel is a mark (a press there must still drag the window).
 */
export const GRAB = arg('grab', 'histogram') === 'lanes' ? 'lanes' : 'histogram';
/** Rows of the CSV that needs a reading (0: not measured); by default the million, when it runs. */
export const READING_SIZE = Number(arg('reading', SIZES.includes(1_000_000) ? '1000000' : '0'));
/** Distinct categories in the many-categories case's 100,000 rows (0: not measured). */
export const CATEGORIES = Number(arg('categories', '50000'));
export const MANY_CATEGORY_ROWS = 100_000;
/** `--only=categories`: that case alone, without the sizes, the reading step or the soak. */
export const ONLY = arg('only', '');
/** Where the app's build is served from (it is built there unless --no-build). */
export const DIST = arg('dist', `${root}/dist`);
export const VIEWPORT = { width: 1280, height: 800 };
export const SCRUB_STEPS = 120;
export const WINDOW = 14 * DAY;
/** Categories in the many-categories case's control: the same rows in a few categories. */
export const CONTROL_CATEGORIES = 8;
