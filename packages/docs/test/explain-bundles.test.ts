// The explain page's scripts (scripts/src/docs/bundle-explain.ts): the English page loads no
// Japanese or Russian text, each language bundle holds only its texts, the MIME reader is a bundle
// of its own, and the built site has the current bundles. Sizes are deterministic (esbuild and
// gzip on the same input), so the English page's limit is asserted here; `npm run bench` prints them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleExplain, type ExplainBundle } from '../../../scripts/src/docs/bundle-explain.js';
import { SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { REPO_ROOT } from '../../../scripts/src/load-spec.js';

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
// esbuild would write non-ASCII as \u escapes unless told otherwise; catch them too.
const ESCAPED = /\\u(?:3[0-9a-f]{3}|[4-9][0-9a-f]{3}|04[0-9a-f]{2}|ff[0-9a-f]{2})/i;

let bundles: Map<string, ExplainBundle>;
beforeAll(async () => {
  bundles = await bundleExplain();
});
const bundle = (file: string) => bundles.get(file)!;

describe('explain page bundles', () => {
  it('explain.js (every page) holds no language: no English, Japanese or Russian meanings', () => {
    const { text, inputs } = bundle('explain.js');
    expect(JAPANESE.test(text)).toBe(false);
    expect(CYRILLIC.test(text)).toBe(false);
    expect(ESCAPED.test(text)).toBe(false);
    // No English meaning (the title of X.1.1 and of 550) and no English UI words of @smtp-codes/explain.
    expect(text).not.toContain('Bad destination mailbox address');
    expect(text).not.toContain('Mailbox unavailable');
    expect(inputs.some((i) => /constants\/dist\/(locales\/)?en[-.]/.test(i) || /explain\/dist\/en[-.]/.test(i))).toBe(false);
    // …and it is the real thing: the parser and the extraction.
    expect(inputs.some((i) => i.startsWith('packages/parser/dist/'))).toBe(true);
    expect(inputs).toContain('packages/explain/dist/index.mjs');
    expect(
      inputs.some(
        (i) => i.includes('locales/ja') || i.includes('locales/ru') || i.includes('explain/dist/ja') || i.includes('explain/dist/ru'),
      ),
    ).toBe(false);
  });

  it('explain-en.js holds the English meanings (meanings only) and no code', () => {
    const { text, inputs } = bundle('explain-en.js');
    expect(text).toContain('Bad destination mailbox address');
    // The meanings-only locale: no commands or concepts texts, which the page never shows.
    expect(text).not.toContain('Reply line length');
    expect(JAPANESE.test(text) || CYRILLIC.test(text) || ESCAPED.test(text)).toBe(false);
    expect(inputs.some((i) => i.startsWith('packages/parser/dist/'))).toBe(false);
  });

  it.each([
    ['explain-ja.js', 'ja', JAPANESE, CYRILLIC],
    ['explain-ru.js', 'ru', CYRILLIC, JAPANESE],
  ])('%s holds only the %s texts: no parser, no extraction code, no other language', (file, locale, own, other) => {
    const { text, inputs } = bundle(file);
    expect(own.test(text)).toBe(true);
    expect(other.test(text)).toBe(false);
    // The constants locale freezes its tables with a helper from a shared chunk of that package.
    expect(inputs.filter((input) => !/^packages\/constants\/dist\/freeze-[\w-]+\.mjs$/.test(input)).sort()).toEqual([
      `packages/constants/dist/locales/${locale}.mjs`,
      `packages/docs/src/explain/entry-${locale}.ts`,
      'packages/docs/src/explain/languages.ts',
      `packages/explain/dist/${locale}.mjs`,
    ]);
  });

  it('explain-mime.js holds postal-mime and parseBounce; no other bundle holds either', () => {
    const { inputs } = bundle('explain-mime.js');
    expect(inputs.some((i) => i.includes('node_modules/postal-mime/'))).toBe(true);
    expect(inputs).toContain('packages/explain/dist/index.mjs');
    // postal-mime's import() is inlined: a file:// page cannot load a module.
    expect(bundle('explain-mime.js').text).not.toMatch(/\bimport\(/);
    for (const file of ['explain.js', 'explain-en.js', 'explain-ja.js', 'explain-ru.js']) {
      expect(
        bundle(file).inputs.some((i) => i.includes('postal-mime')),
        file,
      ).toBe(false);
      expect(bundle(file).text, file).not.toContain('multipart/report');
    }
  });

  // Issue 14 asks for under 50 KB. Since every explanation carries its bounce reason and provider, the
  // page also bundles the rule tables (about 11 KB gzip) and the English reason and provider texts
  // (about 17 KB): 77.6 KB measured. The bound below keeps it from growing further until the reason
  // texts load on demand; the 50 KB target is open.
  it('the English page loads under 80 KB of JavaScript (gzip -9), explain-mime.js not counted', () => {
    const html = readFileSync(join(REPO_ROOT, SITE_DIR, 'en', 'explain.html'), 'utf8');
    const scripts = [...html.matchAll(/<script src="\.\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['docs.js', 'explain-en.js', 'explain.js']);
    const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
    const docs = readFileSync(join(REPO_ROOT, SITE_DIR, 'assets', 'docs.js'), 'utf8');
    const total = gzip(docs) + gzip(bundle('explain-en.js').text) + gzip(bundle('explain.js').text);
    expect(total).toBeLessThan(80 * 1024);
  });

  it('the built site has these bundles (run `npm run build` in packages/docs after a change)', () => {
    for (const [file, { text }] of bundles) {
      const path = join(REPO_ROOT, SITE_DIR, 'assets', file);
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8') === text, `${file} is out of date`).toBe(true);
      expect(text.startsWith('/* Built from packages/docs/src/explain'), file).toBe(true);
    }
  });
});
