// What docs/ARCHITECTURE.md says of the code, checked on the code: one home for child processes,
// one module that touches binfmt_misc, no way back from emulators/ to settings, entry modules that
// only call a use and publish it, typed errors, short functions, and a line in the module table
// for every module.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { SOURCES } from '../src/choices/sources.js';

const SRC = 'src';
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(SRC, name))
  .sort();
const source = (path: string) => readFileSync(path, 'utf8');
/** The code without its comments (what it does, not what it says). */
const code = (path: string) =>
  source(path)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
/** What a module takes from others: its imports and what it re-exports (`export … from`). */
const imports = (path: string) =>
  [...source(path).matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gm)].map((match) => match[1]!);

describe('docs/ARCHITECTURE.md, checked', () => {
  it('runs child processes from process.ts only', () => {
    const spawning = files.filter((path) => imports(path).some((from) => /^(node:)?child_process$/.test(from)));
    expect(spawning).toEqual(['src/support/process.ts']);
  });

  it('touches binfmt_misc from binfmt/kernel.ts only', () => {
    const touching = files.filter((path) => /['"`]\/proc\/sys\/fs\/binfmt_misc/.test(code(path)));
    expect(touching).toEqual(['src/binfmt/kernel.ts']);
  });

  it('keeps settings and emulators/ apart, both ways: the choices between them are neutral ground', () => {
    const back = files.filter(
      (path) => path.startsWith('src/emulators/') && imports(path).some((from) => /settings(\.js)?$/.test(from)),
    );
    expect(back).toEqual([]);
    expect(imports('src/settings.ts').filter((from) => /emulators\//.test(from))).toEqual([]);
    for (const path of files.filter((each) => each.startsWith('src/choices/'))) {
      const reached = imports(path).filter((from) => /emulators\/|settings/.test(from));
      expect({ path, reached }).toEqual({ path, reached: [] });
    }
  });

  it('names every source the choices list in the action and the help', () => {
    const action = readFileSync('action.yml', 'utf8');
    const description = /^ {2}source:\n {4}description: "([^"]*)"/m.exec(action)?.[1] ?? '';
    for (const { kind } of SOURCES) {
      expect({ kind, named: description.includes(kind === 'url' ? 'URL template' : kind) }).toEqual({
        kind,
        named: true,
      });
    }
  });

  it('keeps the entry modules thin: they call a use and publish it (and the saved state), never the kernel, the engine or a source', () => {
    for (const entry of ['src/entries/main.ts', 'src/entries/post.ts', 'src/entries/cli.ts']) {
      const reached = imports(entry).filter((from) =>
        /binfmt\/kernel|registration\/(?!state\.js)|emulators\/(index|sources\/)|probe\//.test(from),
      );
      expect({ entry, reached }).toEqual({ entry, reached: [] });
    }
    expect(source('src/entries/cli.ts').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('throws typed errors: a plain Error only where it is caught or wrapped on the spot', () => {
    const allowed = new Set([
      'src/support/process.ts',
      'src/emulators/cache.ts',
      'src/emulators/unpack.ts',
      'src/uses/install.ts',
    ]);
    const plain = files.filter((path) => /new Error\(/.test(code(path)) && !allowed.has(path));
    expect(plain).toEqual([]);
  });

  it('keeps src/ in its layers: at most 12 files loose, none over 400 lines', () => {
    const loose = files.filter((path) => !relative(SRC, path).includes('/'));
    expect(loose.length).toBeLessThanOrEqual(12);
    const long = files.filter((path) => source(path).split('\n').length > 400);
    expect(long).toEqual([]);
  });

  it('has no function over 60 lines', () => {
    const long: string[] = [];
    for (const path of files) {
      const file = ts.createSourceFile(path, source(path), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = file.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 60) long.push(`${path}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(long).toEqual([]);
  });

  it('lists every module in its module table, and no module that is gone', () => {
    const doc = source('docs/ARCHITECTURE.md');
    const listed = [...doc.matchAll(/^\| `([^`]+\.ts)`(?:, `([^`]+\.ts)`)?/gm)].flatMap((match) =>
      [match[1], match[2]].filter((name): name is string => !!name),
    );
    const named = (path: string) => relative(SRC, path);
    const short = (name: string) => name.replace(/^.*\//, '');
    for (const path of files) {
      const name = named(path);
      expect({
        name,
        listed: listed.some((item) => item === name || (item === short(name) && !name.includes('/'))),
      }).toEqual({
        name,
        listed: true,
      });
    }
    for (const item of listed) {
      expect({ item, exists: files.some((path) => named(path) === item || named(path).endsWith(`/${item}`)) }).toEqual({
        item,
        exists: true,
      });
    }
  });
});
