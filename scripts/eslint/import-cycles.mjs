// @ts-check
/**
 * `local/no-import-cycles`: an import that leads, through the project's own files, back to the
 * file that makes it. A cycle means neither module can be understood (or loaded) without the
 * other, so the layering the boundary rules describe no longer holds.
 *
 * Written here rather than taken from eslint-plugin-import-x: its `no-cycle` needs a resolver
 * package for the `@/` alias and re-reads each dependency through it, where a cycle check needs
 * only each file's import specifiers and whether they bring in values, which TypeScript's own
 * parser gives once per file. Type-only imports do not count: they are erased, and the store's
 * slices type themselves by the whole state (Zustand's slice pattern), a cycle of types only.
 * Dynamic `import()` counts: the importer still runs the module.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

/**
 * The file a specifier names, or null when it is a package or nothing on disk.
 * @param {string} specifier
 * @param {string} fromFile
 * @param {{ root: string, alias: Record<string, string> }} options
 * @param {(path: string) => boolean} isFile
 * @returns {string | null}
 */
export function resolveImport(specifier, fromFile, options, isFile) {
  // Vite's suffixes (`?worker`, `?url`) name the same file.
  const bare = specifier.split('?')[0] ?? specifier;
  let base = null;
  if (bare.startsWith('.')) base = resolve(dirname(fromFile), bare);
  else {
    const prefix = Object.keys(options.alias).find((key) => bare.startsWith(key));
    if (prefix === undefined) return null;
    base = resolve(
      options.root,
      /** @type {string} */ (options.alias[prefix]),
      bare.slice(prefix.length),
    );
  }
  const candidates = [
    base,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(isFile) ?? null;
}

/**
 * The shortest chain of imports from `from` to `to`, both ends included, or null.
 * @param {string} from
 * @param {string} to
 * @param {(file: string) => readonly string[]} dependenciesOf
 * @returns {string[] | null}
 */
export function importPath(from, to, dependenciesOf) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const file = /** @type {string} */ (queue[head]);
    if (file === to) {
      const path = [];
      for (let at = /** @type {string | null} */ (file); at !== null; at = cameFrom.get(at) ?? null)
        path.unshift(at);
      return path;
    }
    for (const next of dependenciesOf(file)) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

/**
 * Whether a declaration brings in values, not only types: `import type { A }`,
 * `import { type A }` and their `export … from` twins are erased, so they make no cycle.
 * @param {ts.ImportDeclaration | ts.ExportDeclaration} node
 */
function bringsValues(node) {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !clause || !ts.isNamedExports(clause) || !allTypes(clause.elements);
  }
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  return !bindings || !ts.isNamedImports(bindings) || !allTypes(bindings.elements);
}

/** @param {ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>} elements */
const allTypes = (elements) =>
  elements.length > 0 && elements.every((element) => element.isTypeOnly);

/**
 * The specifiers of a file's imports that bring in values, static or dynamic, each with where it
 * is written.
 * @param {string} text
 * @param {string} fileName
 * @returns {{ specifier: string, start: number, end: number }[]}
 */
export function valueImports(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  /** @type {{ specifier: string, start: number, end: number }[]} */
  const found = [];
  /** @param {ts.Expression | undefined} literal */
  const add = (literal) => {
    if (literal && ts.isStringLiteralLike(literal))
      found.push({ specifier: literal.text, start: literal.getStart(source), end: literal.end });
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (bringsValues(node)) add(node.moduleSpecifier);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Most candidates do not exist: asking without an exception keeps that cheap.
const isFile = (/** @type {string} */ path) =>
  statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Each file's resolved imports, read from disk once per version of the file (an editor's
 * long-lived ESLint sees edits to other files).
 * @type {Map<string, { mtimeMs: number, dependencies: string[] }>}
 */
const graph = new Map();

/**
 * @param {string} file
 * @param {{ root: string, alias: Record<string, string> }} options
 * @returns {string[]}
 */
function dependenciesOnDisk(file, options) {
  const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (mtimeMs === undefined) return [];
  const known = graph.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.dependencies;
  const imports = valueImports(readFileSync(file, 'utf8'), file);
  const dependencies = resolveAll(
    imports.map((entry) => entry.specifier),
    file,
    options,
  );
  graph.set(file, { mtimeMs, dependencies });
  return dependencies;
}

/**
 * @param {string[]} specifiers
 * @param {string} file
 * @param {{ root: string, alias: Record<string, string> }} options
 */
function resolveAll(specifiers, file, options) {
  const files = specifiers.map((specifier) => resolveImport(specifier, file, options, isFile));
  return [...new Set(files.filter((resolved) => resolved !== null))];
}

/** @type {import('eslint').Rule.RuleModule} */
const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow imports that lead back to the importing file.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          alias: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: { cycle: 'Import cycle: {{path}}.' },
  },
  create(context) {
    const given = context.options[0] ?? {};
    const options = { root: given.root ?? context.cwd, alias: given.alias ?? {} };
    const file = context.filename;
    const name = (/** @type {string} */ path) => relative(options.root, path);
    /**
     * The file's own imports come from the tree ESLint already parsed (typescript-eslint marks
     * `importKind`/`exportKind`), so only the other files are parsed here.
     * @type {import('estree').Literal[]}
     */
    const sources = [];
    /** @param {{ importKind?: string, exportKind?: string }} node */
    const typeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type';
    /** @param {any} node */
    const collect = (node) => {
      const specifiers = node.specifiers ?? [];
      const namedOnly = specifiers.every(
        (/** @type {{ type: string }} */ specifier) =>
          specifier.type === 'ImportSpecifier' || specifier.type === 'ExportSpecifier',
      );
      if (typeOnly(node) || (specifiers.length > 0 && namedOnly && specifiers.every(typeOnly)))
        return;
      if (node.source?.type === 'Literal' && typeof node.source.value === 'string')
        sources.push(node.source);
    };
    return {
      ImportDeclaration: collect,
      ExportNamedDeclaration: collect,
      ExportAllDeclaration: collect,
      ImportExpression: collect,
      'Program:exit'() {
        // Each other file is checked against the disk once per file linted, not once per path.
        /** @type {Map<string, string[]>} */
        const seen = new Map();
        /** @param {string} at */
        const dependenciesOf = (at) => {
          let dependencies = seen.get(at);
          if (!dependencies) seen.set(at, (dependencies = dependenciesOnDisk(at, options)));
          return dependencies;
        };
        for (const source of sources) {
          const target = resolveImport(String(source.value), file, options, isFile);
          if (target === null || target === file) continue;
          const back = importPath(target, file, dependenciesOf);
          if (back === null) continue;
          context.report({
            node: source,
            messageId: 'cycle',
            data: { path: [file, ...back].map(name).join(' → ') },
          });
        }
      },
    };
  },
};

export default {
  meta: { name: 'chronomap-local' },
  rules: { 'no-import-cycles': noImportCycles },
};
