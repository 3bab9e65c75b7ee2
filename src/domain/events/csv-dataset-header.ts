/**
 * What a JSON file says once for the whole dataset, read back from Chronomap's CSV: the title,
 * description and legend order from the first row that gives them, each category's label and
 * colour from the first row of that category that gives them.
 */
import type { z } from 'zod';

import { splitList } from './csv-cells';
import type { Field } from './csv-columns';
import { categorySchema, datasetHeaderSchema, type DatasetHeader } from './schema';
import type { DataProblem } from './types';

/** A row's cell for a field, as plain text (trimmed, its formula escape undone), or undefined. */
export type RowCell = (row: readonly string[], field: Field) => string | undefined;

interface Found {
  text: string;
  record: number;
}

type TextSchema = z.ZodType<string | undefined>;

const headerShape = datasetHeaderSchema.shape;
const categoryShape = categorySchema.shape;

type CategoryFields = { label?: Found; color?: Found };

/** The first row's non-empty cell of a field, with its record number. */
function first(rows: readonly (readonly string[])[], cell: RowCell, field: Field) {
  for (const [i, row] of rows.entries()) {
    const text = cell(row, field);
    if (text) return { text, record: i + 1 };
  }
  return undefined;
}

/** Each category's first label and colour, in the order the categories first appear. */
function categoryFields(rows: readonly (readonly string[])[], cell: RowCell) {
  const found = new Map<string, CategoryFields>();
  for (const [i, row] of rows.entries()) {
    const id = cell(row, 'category');
    if (!id) continue;
    let fields = found.get(id);
    if (!fields) found.set(id, (fields = {}));
    if (fields.label && fields.color) continue;
    const label = cell(row, 'categoryLabel');
    const color = cell(row, 'categoryColor');
    if (label && !fields.label) fields.label = { text: label, record: i + 1 };
    if (color && !fields.color) fields.color = { text: color, record: i + 1 };
  }
  return found;
}

export interface CsvHeaderInput {
  rows: readonly (readonly string[])[];
  cell: RowCell;
  has: (field: Field) => boolean;
  /** The file's own name for a field's column, for the problems. */
  columnName: (field: Field) => string;
}

/**
 * The dataset's header as the rows give it. Categories are declared only by a file with the
 * columns that declare them (an export): a sheet without them gets derived ones, unreported.
 */
export function csvDatasetHeader({ rows, cell, has, columnName }: CsvHeaderInput): {
  header: DatasetHeader;
  problems: DataProblem[];
} {
  const problems: DataProblem[] = [];
  /** The schema's own rule for a value; what it refuses is reported and left out. */
  const valid = (schema: TextSchema, found: Found, field: Field, instead: string) => {
    const parsed = schema.safeParse(found.text);
    if (parsed.success) return parsed.data;
    const why = parsed.error.issues[0]?.message ?? 'is not valid';
    problems.push({
      record: found.record,
      field: columnName(field),
      message: `${JSON.stringify(found.text.slice(0, 40))} ${why}; ${instead}`,
      severity: 'warning',
    });
    return undefined;
  };
  const header: DatasetHeader = { categories: [] };
  const title = first(rows, cell, 'datasetTitle');
  const titleText = title && valid(headerShape.title, title, 'datasetTitle', 'not used');
  if (titleText) header.title = titleText;
  const description = first(rows, cell, 'datasetDescription');
  const descriptionText =
    description && valid(headerShape.description, description, 'datasetDescription', 'not used');
  if (descriptionText) header.description = descriptionText;
  if (!has('categoryLabel') && !has('categoryColor') && !has('datasetCategories')) {
    return { header, problems };
  }
  const found = categoryFields(rows, cell);
  const listed = splitList(first(rows, cell, 'datasetCategories')?.text);
  const inOrder = new Set([...listed.filter((id) => found.has(id)), ...found.keys()]);
  for (const id of inOrder) {
    // An id the schema refuses is reported by the rows that use it.
    if (!categoryShape.id.safeParse(id).success) continue;
    const { label, color } = found.get(id) ?? {};
    const category: DatasetHeader['categories'][number] = { id };
    const labelText =
      label && valid(categoryShape.label, label, 'categoryLabel', 'a label is made from the id');
    if (labelText) category.label = labelText;
    const colorText =
      color &&
      valid(categoryShape.color, color, 'categoryColor', 'a colour is derived from the id');
    if (colorText) category.color = colorText;
    header.categories.push(category);
  }
  return { header, problems };
}
