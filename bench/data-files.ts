/** The generated datasets under bench/.data, written once and kept between runs. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import { manyCategoriesCsv, toCsv, toJson } from './generate.ts';
import { MANY_CATEGORY_ROWS, root } from './options.ts';
import { toForeignCsv } from './reading.ts';

export function dataFile(size: number): string {
  const dir = `${root}/bench/.data`;
  mkdirSync(dir, { recursive: true });
  const name = size >= 1_000_000 ? `synthetic-${size}.csv` : `synthetic-${size}.json`;
  const path = `${dir}/${name}`;
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, size >= 1_000_000 ? toCsv(size) : toJson(size));
  }
  return name;
}

export function foreignFile(size: number): string {
  const name = `foreign-${size}.csv`;
  const path = `${root}/bench/.data/${name}`;
  mkdirSync(`${root}/bench/.data`, { recursive: true });
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, toForeignCsv(size));
  }
  return name;
}

export function manyCategoriesFile(categories: number): string {
  const name = `many-categories-${categories}.csv`;
  const path = `${root}/bench/.data/${name}`;
  mkdirSync(`${root}/bench/.data`, { recursive: true });
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, manyCategoriesCsv(MANY_CATEGORY_ROWS, categories));
  }
  return name;
}
