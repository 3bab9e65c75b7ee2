/** Types of scripts/eslint/import-cycles.mjs, for its unit tests. */
import type { ESLint } from 'eslint';

interface ResolveOptions {
  root: string;
  alias: Record<string, string>;
}

export function resolveImport(
  specifier: string,
  fromFile: string,
  options: ResolveOptions,
  isFile: (path: string) => boolean,
): string | null;
export function importPath(
  from: string,
  to: string,
  dependenciesOf: (file: string) => readonly string[],
): string[] | null;
export function valueImports(
  text: string,
  fileName: string,
): { specifier: string; start: number; end: number }[];

declare const plugin: ESLint.Plugin;
export default plugin;
