/** The generated datasets under bench/.data, written once and kept between runs. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import { manyCategoriesCsv, toCsv, toJson } from './generate.ts';
import { MANY_CATEGORY_ROWS, root } from './options.ts';
import { toForeignCsv } from './reading.ts';

/** The file's name, made with `make` only when it is not there yet (a million rows take a while). */
function generated(name: string, make: () => string): string {
  const dir = `${root}/bench/.data`;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}`;
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, make());
  }
  return name;
}

/** The own-format dataset of a size: JSON, or CSV from a million events. */
export const dataFile = (size: number): string =>
  size >= 1_000_000
    ? generated(`synthetic-${size}.csv`, () => toCsv(size))
    : generated(`synthetic-${size}.json`, () => toJson(size));

/** A CSV in a foreign layout, which the app loads through the reading step. */
export const foreignFile = (size: number): string =>
  generated(`foreign-${size}.csv`, () => toForeignCsv(size));

export const manyCategoriesFile = (categories: number): string =>
  generated(`many-categories-${categories}.csv`, () =>
    manyCategoriesCsv(MANY_CATEGORY_ROWS, categories),
  );
