import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

import importCycles, { importPath, resolveImport, valueImports } from './import-cycles.mjs';

describe('which imports count', () => {
  const specifiers = (text: string) => valueImports(text, 'x.ts').map((entry) => entry.specifier);

  it('counts value imports, re-exports and dynamic imports', () => {
    expect(
      specifiers(`
        import a from './a';
        import { b, type B } from './b';
        import * as c from './c';
        import './d';
        export { e } from './e';
        export * from './f';
        const g = () => import('./g');
      `),
    ).toEqual(['./a', './b', './c', './d', './e', './f', './g']);
  });

  it('leaves out imports that bring in types only', () => {
    expect(
      specifiers(`
        import type { A } from './a';
        import { type B, type C } from './b';
        export type { D } from './d';
        export { type E } from './e';
      `),
    ).toEqual([]);
  });
});

describe('resolving a specifier', () => {
  const files = new Set(['/p/src/store/app-store.ts', '/p/src/a/index.tsx', '/p/bench/run.ts']);
  const options = { root: '/p', alias: { '@/': 'src/' } };
  const resolveFrom = (specifier: string, from: string) =>
    resolveImport(specifier, from, options, (path) => files.has(path));

  it('follows relative paths, the alias, extensions and index files', () => {
    expect(resolveFrom('@/store/app-store', '/p/src/x.ts')).toBe('/p/src/store/app-store.ts');
    expect(resolveFrom('../store/app-store?worker', '/p/src/a/b.ts')).toBe(
      '/p/src/store/app-store.ts',
    );
    expect(resolveFrom('./a', '/p/src/x.ts')).toBe('/p/src/a/index.tsx');
    expect(resolveFrom('./run.ts', '/p/bench/x.ts')).toBe('/p/bench/run.ts');
  });

  it('ignores packages and missing files', () => {
    expect(resolveFrom('zustand', '/p/src/x.ts')).toBeNull();
    expect(resolveFrom('./nowhere', '/p/src/x.ts')).toBeNull();
  });
});

describe('the path back', () => {
  const graph: Record<string, string[]> = { a: ['b', 'c'], b: ['d'], c: ['e'], d: ['a'], e: [] };
  const dependenciesOf = (file: string) => graph[file] ?? [];

  it('is the shortest chain of imports', () => {
    expect(importPath('b', 'a', dependenciesOf)).toEqual(['b', 'd', 'a']);
  });

  it('is null when nothing leads back', () => {
    expect(importPath('c', 'a', dependenciesOf)).toBeNull();
  });
});

describe('the rule in ESLint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const lint = (name: string, text: string) =>
    new Linter({ cwd: dir }).verify(
      text,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { local: importCycles },
          rules: { 'local/no-import-cycles': ['error', { root: dir, alias: {} }] },
        },
      ],
      { filename: join(dir, name) },
    );

  it('reports the import that closes a cycle, with the whole path', () => {
    write('b.ts', "import { c } from './c';\nexport const b = c;\n");
    write('c.ts', "import { a } from './a';\nexport const c = a;\n");
    const a = "import { b } from './b';\nexport const a = 1;\n";
    write('a.ts', a);
    const messages = lint('a.ts', a);
    expect(messages.map((message) => [message.line, message.message])).toEqual([
      [1, 'Import cycle: a.ts → b.ts → c.ts → a.ts.'],
    ]);
  });

  it('leaves out the type-only imports of the file being linted', () => {
    write('f.ts', "import { g } from './g';\nexport type F = 1;\n");
    const g =
      "import type { F } from './f';\nimport { type F2 } from './f';\nexport const g = 1;\n";
    write('g.ts', g);
    expect(lint('g.ts', g)).toEqual([]);
    expect(lint('g.ts', "export { type F } from './f';\nexport const g = 1;\n")).toEqual([]);
    expect(lint('g.ts', "export * from './f';\n").map((message) => message.message)).toEqual([
      'Import cycle: g.ts → f.ts → g.ts.',
    ]);
  });

  it('says nothing when the way back is through types only', () => {
    write('d.ts', "import type { E } from './e';\nexport type D = E;\n");
    const e = "import { d } from './d';\nexport type E = 1;\n";
    write('e.ts', e);
    expect(lint('e.ts', e)).toEqual([]);
  });
});
