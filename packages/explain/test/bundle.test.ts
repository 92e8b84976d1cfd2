// What a browser page gets when it bundles `@smtp-codes/explain`: English only, and each other
// language (`@smtp-codes/explain/ja`, `/ru`) as data and strings alone. The workspace packages
// resolve through their package.json exports, i.e. their built dist, as they would for a user.

import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Bundle {
  text: string;
  inputs: string[];
  exports: string[];
}

async function bundle(entry: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    external,
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // esbuild escapes non-ASCII by default; keep it raw so the character checks below see it.
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  const [output] = Object.values(metafile.outputs);
  return { text: result.outputFiles[0]!.text, inputs: Object.keys(metafile.inputs), exports: output!.exports };
}

/** The first match of `re` with some context, or undefined: a failure shows that, not the whole bundle. */
function found(text: string, re: RegExp): string | undefined {
  const m = re.exec(text);
  return m ? text.slice(Math.max(0, m.index - 40), m.index + 40) : undefined;
}

const has = (text: string, s: string): boolean => text.includes(s);

const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const CYRILLIC = /[\u0400-\u04ff]/;
// The same characters written as escapes, in case a bundler chooses ASCII output.
const ESCAPED = /\\u\{?0*(?:30[0-9a-f]{2}|[4-9][0-9a-f]{3}|ff[0-9a-f]{2}|04[0-9a-f]{2})\}?/i;
/** Strings only the extraction code has (embedded.ts, logs.ts). */
const CODE_MARKERS = ['smtp; ', ' refused to talk to me: ', 'SMTP error from remote mail server after '];

describe('bundles for the browser', () => {
  // postal-mime (loaded by parseBounce on first use) is a separate module: its HTML entity table
  // has Cyrillic letters, which are no UI text.
  it('@smtp-codes/explain carries no Japanese or Russian', async () => {
    const b = await bundle('src/index.ts', ['postal-mime']);
    expect(b.text).toContain('import("postal-mime")');
    expect(found(b.text, JAPANESE)).toBeUndefined();
    expect(found(b.text, CYRILLIC)).toBeUndefined();
    expect(found(b.text, ESCAPED)).toBeUndefined();
    expect(b.inputs.filter((f) => /\bja\b|\bru\b/.test(f))).toEqual([]);
    expect(b.exports).toEqual(expect.arrayContaining(['en', 'explainFinding', 'extract', 'layoutExplanation']));
    expect(b.exports).not.toContain('messagesFor');
    expect(has(b.text, 'Mailbox unavailable')).toBe(true);
    for (const marker of CODE_MARKERS) expect(has(b.text, marker), marker).toBe(true);
  });

  it.each([
    ['ja', JAPANESE, CYRILLIC, 'メールボックスが利用できない'],
    ['ru', CYRILLIC, JAPANESE, 'Почтовый ящик недоступен'],
  ])('@smtp-codes/explain/%s carries only its language, no explanation code', async (lang, own, other, title) => {
    const b = await bundle(`src/${lang}.ts`);
    expect(found(b.text, own)).toBeDefined();
    expect(found(b.text, other)).toBeUndefined();
    expect(has(b.text, title)).toBe(true);
    expect(b.exports).toEqual([lang]);
    // The entry, its words and the constants locale: nothing of the explanation code.
    // (Paths relative to packages/explain; the constants workspace link resolves to its real path.
    // The constants locale freezes its tables with a helper from a shared chunk of that package.)
    const inputs = b.inputs.filter((input) => !/^\.\.\/constants\/dist\/freeze-[\w-]+\.mjs$/.test(input));
    expect(inputs.sort()).toEqual([`../constants/dist/locales/${lang}.mjs`, `src/${lang}.ts`, `src/messages/${lang}.ts`].sort());
    for (const marker of CODE_MARKERS) expect(has(b.text, marker), marker).toBe(false);
  });
});
