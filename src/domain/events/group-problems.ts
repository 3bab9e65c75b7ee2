import type { DataProblem } from './types';

/** Problems that say the same thing about different records: one line in the report. */
export interface ProblemGroup {
  /** Severity, field pattern and message pattern: equal for every problem of the group. */
  key: string;
  severity: DataProblem['severity'];
  /** The field with its list positions left out: `sources[].url`. */
  field: string;
  /** The group's first problem. */
  example: DataProblem;
  /**
   * The example's message when every problem says it word for word; otherwise the message with
   * each value that differs between them replaced by `…` (values all of them share stay).
   */
  message: string;
  /** Problems in the group (a record may have several, e.g. two bad links). */
  count: number;
  /** The records it names, ascending, each once. */
  records: number[];
}

/** A JSON string (or one `show` cut short with "…", so left open), or a bare number. */
const VALUE =
  /"(?:[^"\\\n]|\\.)*"|"[^"\n]*?…|(?<![\w.-])-?\d+(?:[.,]\d+)*(?:e[+-]?\d+)?(?![\w-]|[.,]\d)/g;
const SLOT = '\u0000';

interface Shape {
  /** The message with each value replaced by SLOT. */
  pattern: string;
  values: readonly string[];
  /** The group this message last went to, and for which field and severity: mostly the only one. */
  fields: FieldGroups | null;
  severity: DataProblem['severity'] | null;
  building: Building | null;
}

const NO_VALUES: readonly string[] = [];

function shapeOf(message: string): Shape {
  const values = message.match(VALUE);
  return {
    pattern: values ? message.replace(VALUE, SLOT) : message,
    values: values ?? NO_VALUES,
    fields: null,
    severity: null,
    building: null,
  };
}

/** The groups about one field (list positions left out), by severity and message pattern. */
interface FieldGroups {
  field: string;
  error: Map<string, Building>;
  warning: Map<string, Building>;
}

/** Distinct messages whose shapes are kept for the next problem that says the same. */
const MAX_CACHED = 20_000;

const INDEX = /\[\d+\]/g;

interface Building {
  group: ProblemGroup;
  pattern: string;
  /** Slots whose values differ between the group's messages. */
  varies: boolean[] | null;
  exampleValues: readonly string[];
  lastMessage: string;
  sorted: boolean;
}

function placeholderMessage(
  pattern: string,
  values: readonly string[],
  varies: readonly boolean[],
): string {
  const parts = pattern.split(SLOT);
  let out = parts[0] ?? '';
  for (let slot = 1; slot < parts.length; slot++) {
    const value = values[slot - 1] ?? '';
    const shown = !varies[slot - 1] ? value : value.startsWith('"') ? '"…"' : '…';
    out += shown + (parts[slot] ?? '');
  }
  return out;
}

/** Ascending and each once: problems mostly come in record order, so this rarely sorts. */
function finishRecords(records: number[], sorted: boolean): number[] {
  if (!sorted) {
    records.sort((a, b) => a - b);
    let out = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      if (out === 0 || records[out - 1] !== record) records[out++] = record;
    }
    records.length = out;
  }
  return records;
}

/**
 * Problems grouped by what they say: one pass, a Map by pattern, each distinct message and field
 * worked out once (a file's million bad rows repeat a handful of messages). Skipped records'
 * groups come first, then the largest.
 */
export function groupProblems(problems: readonly DataProblem[]): ProblemGroup[] {
  const shapes = new Map<string, Shape>();
  const fields = new Map<string, FieldGroups>();
  const byField = new Map<string, FieldGroups>();
  const all: Building[] = [];

  function fieldGroupsOf(raw: string): FieldGroups {
    let found = fields.get(raw);
    if (found === undefined) {
      const field = raw.replace(INDEX, '[]');
      found = byField.get(field);
      if (found === undefined) {
        found = { field, error: new Map(), warning: new Map() };
        byField.set(field, found);
      }
      fields.set(raw, found);
    }
    return found;
  }

  /** The group of a message (of this shape) about a field: found by pattern, or a new one. */
  function groupOf(problem: DataProblem, shape: Shape, at: FieldGroups): Building {
    const groups = at[problem.severity];
    let building = groups.get(shape.pattern);
    if (building === undefined) {
      building = {
        group: {
          key: `${problem.severity}\u0001${at.field}\u0001${shape.pattern}`,
          severity: problem.severity,
          field: at.field,
          example: problem,
          message: problem.message,
          count: 0,
          records: [],
        },
        pattern: shape.pattern,
        varies: null,
        exampleValues: shape.values,
        lastMessage: problem.message,
        sorted: true,
      };
      groups.set(shape.pattern, building);
      all.push(building);
    }
    return building;
  }

  for (const problem of problems) {
    let shape = shapes.get(problem.message);
    if (shape === undefined) {
      shape = shapeOf(problem.message);
      // Messages that quote each record's own value hardly repeat: past a point, stop keeping them.
      if (shapes.size < MAX_CACHED) shapes.set(problem.message, shape);
    }
    const at = fieldGroupsOf(problem.field);
    let building = shape.building;
    if (building === null || shape.fields !== at || shape.severity !== problem.severity) {
      building = groupOf(problem, shape, at);
      shape.building = building;
      shape.fields = at;
      shape.severity = problem.severity;
    }
    if (problem.message !== building.lastMessage) {
      building.lastMessage = problem.message;
      const varies = (building.varies ??= building.exampleValues.map(() => false));
      for (let i = 0; i < varies.length; i++)
        if (!varies[i] && shape.values[i] !== building.exampleValues[i]) varies[i] = true;
    }
    const { group } = building;
    group.count++;
    const records = group.records;
    const last = records[records.length - 1];
    if (last === undefined || problem.record > last) records.push(problem.record);
    else if (problem.record !== last) {
      records.push(problem.record);
      building.sorted = false;
    }
  }
  const out: ProblemGroup[] = [];
  for (const building of all) {
    const { group, varies } = building;
    group.records = finishRecords(group.records, building.sorted);
    if (varies?.some(Boolean))
      group.message = placeholderMessage(building.pattern, building.exampleValues, varies);
    out.push(group);
  }
  return out.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      b.count - a.count ||
      (a.records[0] ?? 0) - (b.records[0] ?? 0),
  );
}

/** "#3, #5, #9 … and 1,698 more": the first `max` record numbers and how many others. */
export function summariseRecords(records: readonly number[], max = 8): string {
  const shown = records
    .slice(0, max)
    .map((record) => `#${record}`)
    .join(', ');
  const more = records.length - max;
  return more > 0 ? `${shown} … and ${more.toLocaleString('en')} more` : shown;
}

/**
 * The first `max` problems of a group, in their order, for listing them one by one (the group
 * keeps only its record numbers: a million problems need not be kept twice).
 */
export function problemsOf(
  problems: readonly DataProblem[],
  group: Pick<ProblemGroup, 'key'>,
  max: number,
): DataProblem[] {
  const patterns = new Map<string, string>();
  const fields = new Map<string, string>();
  const out: DataProblem[] = [];
  for (const problem of problems) {
    if (out.length >= max) break;
    let pattern = patterns.get(problem.message);
    if (pattern === undefined) {
      pattern = shapeOf(problem.message).pattern;
      if (patterns.size < MAX_CACHED) patterns.set(problem.message, pattern);
    }
    let field = fields.get(problem.field);
    if (field === undefined) {
      field = problem.field.replace(INDEX, '[]');
      fields.set(problem.field, field);
    }
    if (`${problem.severity}\u0001${field}\u0001${pattern}` === group.key) out.push(problem);
  }
  return out;
}
