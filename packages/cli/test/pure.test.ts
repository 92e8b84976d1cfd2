// The extraction code will also run in a browser page: nothing under src/explain (or the i18n and
// format modules it uses) may touch Node, and it scans server text without regular expressions.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`);
}

const browserSafe = [...files('src/explain'), ...files('src/i18n'), ...files('src/format')];

describe('browser-safe modules', () => {
  it.each(browserSafe)('%s uses no Node API', (file) => {
    const source = readFileSync(`${ROOT}${file}`, 'utf8');
    expect(source).not.toMatch(/from ['"]node:/);
    expect(source).not.toMatch(/\bprocess\./);
    expect(source).not.toMatch(/\bBuffer\b/);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it.each(files('src/explain'))('%s scans text without regular expressions', (file) => {
    const source = readFileSync(`${ROOT}${file}`, 'utf8');
    expect(source).not.toMatch(/new RegExp|\.match(All)?\(|\.search\(|\.replace(All)?\(\/|\.split\(\/|\/\.exec\(|\.test\(/);
  });

  it('the built library entry imports only the two packages', () => {
    for (const file of ['dist/explain.mjs', 'dist/explain.cjs']) {
      const source = readFileSync(`${ROOT}${file}`, 'utf8');
      const imports = [...source.matchAll(/^import [^\n]* from "([^"]+)";$|\brequire\("([^"]+)"\)/gm)].map((m) => m[1] ?? m[2]);
      expect(new Set(imports)).toEqual(new Set(['@smtp-codes/constants', '@smtp-codes/parser']));
    }
  });
});
