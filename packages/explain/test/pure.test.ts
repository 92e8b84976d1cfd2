// The extraction code also runs in a browser page: nothing under src/ may touch Node, and it scans
// server text without regular expressions.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`);
}

const browserSafe = files('src');

describe('browser-safe modules', () => {
  it.each(browserSafe)('%s uses no Node API', (file) => {
    const source = readFileSync(`${ROOT}${file}`, 'utf8');
    expect(source).not.toMatch(/from ['"]node:/);
    expect(source).not.toMatch(/\bprocess\./);
    expect(source).not.toMatch(/\bBuffer\b/);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('covers the language and layout modules', () => {
    expect(browserSafe).toEqual(
      expect.arrayContaining(['src/language.ts', 'src/en.ts', 'src/ja.ts', 'src/ru.ts', 'src/layout.ts', 'src/messages/en.ts']),
    );
  });

  // src/reason.ts runs the spec's reason patterns, which are regular expressions by design (checked
  // by the spec loader, applied to a bounded text).
  it.each(files('src').filter((f) => !f.startsWith('src/messages/') && f !== 'src/reason.ts'))(
    '%s scans text without regular expressions',
    (file) => {
      const source = readFileSync(`${ROOT}${file}`, 'utf8');
      expect(source).not.toMatch(/new RegExp|\.match(All)?\(|\.search\(|\.replace(All)?\(\/|\.split\(\/|\/\.exec\(|\.test\(/);
    },
  );

  const builtImports = (file: string) => {
    const source = readFileSync(`${ROOT}${file}`, 'utf8');
    return new Set(
      [...source.matchAll(/^import [^\n]* from "([^"]+)";$|\brequire\("([^"]+)"\)|\bimport\("([^"]+)"\)/gm)].map(
        (m) => m[1] ?? m[2] ?? m[3],
      ),
    );
  };

  // postal-mime stays a dependency (parseBounce's MIME parser), not bundled into dist, and is
  // loaded with import() on first use only.
  it('the built library entry imports only its three dependencies, postal-mime on demand', () => {
    for (const file of ['dist/index.mjs', 'dist/index.cjs']) {
      expect(builtImports(file)).toEqual(new Set(['@smtp-codes/constants', '@smtp-codes/parser', 'postal-mime']));
      const source = readFileSync(`${ROOT}${file}`, 'utf8');
      expect(source).toContain('import("postal-mime")');
      expect(source).not.toMatch(/from "postal-mime"|require\("postal-mime"\)/);
    }
  });

  // tsdown once dropped values from a d.ts (`export * as`): the declared values must be the module's.
  it.each(['index', 'ja', 'ru'])('dist/%s: the d.ts declares every value the module exports', async (entry) => {
    const runtime = Object.keys(await import(`${ROOT}dist/${entry}.mjs`)).sort();
    expect(runtime.length).toBeGreaterThan(0);
    for (const dts of [`dist/${entry}.d.mts`, `dist/${entry}.d.cts`]) {
      const source = readFileSync(`${ROOT}${dts}`, 'utf8');
      const list = source.slice(source.lastIndexOf('export {') + 8, source.lastIndexOf('}'));
      const values = list
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith('type '))
        .map((name) => name.split(' as ').pop()!);
      expect(values.sort(), dts).toEqual(runtime);
    }
  });

  it.each(['ja', 'ru'])('the built %s entry imports only its constants locale (no shared chunk)', (lang) => {
    for (const file of [`dist/${lang}.mjs`, `dist/${lang}.cjs`]) {
      expect(builtImports(file)).toEqual(new Set([`@smtp-codes/constants/locales/${lang}`]));
    }
  });
});
