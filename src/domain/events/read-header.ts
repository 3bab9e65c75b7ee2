/**
 * A file's own title, description and categories, read the same way for JSON and GeoJSON.
 */
import { DatasetError } from './dataset-error';
import { datasetHeaderSchema, MAX_CATEGORIES, type DatasetHeader } from './schema';
import { formatPath } from './schema-issues';
import type { DataProblem } from './types';

type Json = Record<string, unknown>;

export interface HeaderReading {
  header: DatasetHeader;
  /** About the file as a whole (record 0). */
  problems: DataProblem[];
}

/**
 * More categories than Chronomap declares are not a reason to refuse a file: the first
 * MAX_CATEGORIES are declared and the rest, when events use them, are derived like any
 * undeclared category.
 */
function withinCategoryLimit(file: Json, problems: DataProblem[]): Json {
  const categories = file['categories'];
  if (!Array.isArray(categories) || categories.length <= MAX_CATEGORIES) return file;
  const limit = MAX_CATEGORIES.toLocaleString('en');
  problems.push({
    record: 0,
    field: 'categories',
    message: `declares ${categories.length.toLocaleString('en')} categories, more than the ${limit} Chronomap reads; the first ${limit} are declared, the others get derived colours`,
    severity: 'warning',
  });
  return { ...file, categories: categories.slice(0, MAX_CATEGORIES) };
}

const describeIssues = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${formatPath(issue.path) || 'file'} ${issue.message}`).join('; ');

/**
 * The header of a Chronomap JSON file: one the schema refuses makes the file unusable (it is the
 * app's own format, and its author can mend it).
 */
export function readJsonHeader(file: Json): HeaderReading {
  const problems: DataProblem[] = [];
  const parsed = datasetHeaderSchema.safeParse(withinCategoryLimit(file, problems));
  if (!parsed.success) {
    throw new DatasetError(
      `The dataset header is invalid: ${describeIssues(parsed.error.issues)}.`,
    );
  }
  return { header: parsed.data, problems };
}

/**
 * The header of a GeoJSON collection, where Chronomap's members are extras beside the standard
 * ones: each that the schema refuses is reported and left out (a bad category, that category),
 * and the features load.
 */
export function readGeoJsonHeader(collection: Json): HeaderReading {
  const problems: DataProblem[] = [];
  const file = withinCategoryLimit(collection, problems);
  const first = datasetHeaderSchema.safeParse(file);
  if (first.success) return { header: first.data, problems };
  const kept: Json = { ...file };
  const badCategories = new Set<unknown>();
  const seen = new Set<string>();
  for (const issue of first.error.issues) {
    const [key, index] = issue.path;
    const field = formatPath(issue.path);
    if (!seen.has(field)) {
      seen.add(field);
      problems.push({
        record: 0,
        field,
        message: `${issue.message}; ignored`,
        severity: 'warning',
      });
    }
    if (key === 'categories' && typeof index === 'number') badCategories.add(index);
    else if (typeof key === 'string') delete kept[key];
  }
  if (badCategories.size > 0 && Array.isArray(kept['categories'])) {
    kept['categories'] = kept['categories'].filter((_, i) => !badCategories.has(i));
  }
  const second = datasetHeaderSchema.safeParse(kept);
  return { header: second.success ? second.data : { categories: [] }, problems };
}
