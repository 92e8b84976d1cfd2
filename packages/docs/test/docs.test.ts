import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_BUNDLES } from '../../../scripts/src/docs/bundle-explain.js';
import { enhancedAnchor, replyAnchor } from '../../../scripts/src/docs/routes.js';
import { isPluralKey, keyPaths, loadDocStrings, TEMPLATES_DIR } from '../../../scripts/src/docs/strings.js';
import { DOCS_DIR, generateMarkdown, generateSite, listFiles, SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec, REPO_ROOT } from '../../../scripts/src/load-spec.js';
import { LOCALES, type Spec } from '../../../scripts/src/types.js';
import { checkLinks, resolveLink } from './link-check.js';

const spec = loadSpec();
const markdown = generateMarkdown(spec);
const site = generateSite(spec);
const pages = (files: Map<string, string>) => [...files].filter(([path]) => /\.(md|html)$/.test(path));

/** Reads the search index of a language as data. */
function searchIndex(locale: string): { entries: Array<{ k: string; c: string; t: string; u: string }> } {
  const js = site.get(`${SITE_DIR}/${locale}/search-index.js`)!;
  return JSON.parse(
    js
      .slice(js.indexOf('=') + 1)
      .trim()
      .replace(/;$/, ''),
  );
}

describe('the committed Markdown is current (run `npm run generate` in packages/docs after editing spec/ or the templates)', () => {
  it.each([...markdown.keys()].map((f) => [f]))('%s', (path) => {
    let committed: string | undefined;
    try {
      committed = readFileSync(join(REPO_ROOT, path), 'utf8');
    } catch {
      // reported below
    }
    expect(committed !== undefined, `${path} is missing`).toBe(true);
    const expected = markdown.get(path)!;
    if (committed !== expected) {
      const [a, b] = [committed!.split('\n'), expected.split('\n')];
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `${path} differs from what spec/ generates, first at line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}`,
      );
    }
  });

  it('has no files the generator no longer writes', () => {
    const stale = LOCALES.flatMap((l) => listFiles(`${DOCS_DIR}/${l}`)).filter((f) => !markdown.has(f));
    expect(stale).toEqual([]);
  });

  it('is deterministic and holds no absolute paths', () => {
    expect([...generateMarkdown(spec)]).toEqual([...markdown]);
    expect([...generateSite(spec)]).toEqual([...site]);
    for (const [path, content] of [...markdown, ...site]) {
      expect(content.includes(REPO_ROOT), path).toBe(false);
      expect(/file:\/\//.test(content), path).toBe(false);
    }
  });
});

describe('every code is in every language', () => {
  it.each(LOCALES.map((l) => [l]))('%s: each reply code has a table row and a described anchor, Markdown and HTML', (locale) => {
    const md = markdown.get(`${DOCS_DIR}/${locale}/reply-codes.md`)!;
    const html = site.get(`${SITE_DIR}/${locale}/reply-codes.html`)!;
    for (const r of spec.replyCodes) {
      const a = replyAnchor(r.code);
      expect(md, `${r.code} row`).toContain(`| [${r.code}](#${a}) |`);
      expect(md, `${r.code} section`).toContain(`<a id="${a}"></a>${r.code} `);
      expect(html, `${r.code} row`).toContain(`<tr data-code="${r.code}"><th scope="row"><a href="codes/${r.code}.html">${r.code}</a>`);
      expect(html, `${r.code} section`).toContain(`<section class="entry" id="${a}"`);
    }
  });

  it.each(LOCALES.map((l) => [l]))('%s: each enhanced code has a table row and a described anchor, Markdown and HTML', (locale) => {
    const md = markdown.get(`${DOCS_DIR}/${locale}/enhanced-codes.md`)!;
    const html = site.get(`${SITE_DIR}/${locale}/enhanced-codes.html`)!;
    for (const e of spec.enhanced.codes) {
      const a = enhancedAnchor(e.code);
      expect(md, `${e.code} row`).toContain(`| [${e.code}](#${a}) |`);
      expect(md, `${e.code} section`).toContain(`<a id="${a}"></a>${e.code} `);
      expect(html, `${e.code} row`).toContain(`<tr data-code="${e.code}"><th scope="row"><a href="codes/${e.code}.html">${e.code}</a>`);
      expect(html, `${e.code} section`).toContain(`<section class="entry" id="${a}"`);
    }
  });

  it('the enhanced tables are grouped by subject, in order', () => {
    const md = markdown.get(`${DOCS_DIR}/en/enhanced-codes.md`)!;
    for (const e of spec.enhanced.codes) {
      const subject = md.indexOf(`<a id="subject-${e.subject}"></a>`);
      const next = md.indexOf(`<a id="subject-${e.subject + 1}"></a>`);
      const row = md.indexOf(`| [${e.code}](`);
      expect(row > subject && (next < 0 || row < next), `${e.code} under subject ${e.subject}`).toBe(true);
    }
  });

  it('marks class restrictions and deprecated codes, and links to notes', () => {
    const md = markdown.get(`${DOCS_DIR}/en/enhanced-codes.md`)!;
    for (const e of spec.enhanced.codes) {
      const row = md.split('\n').find((l) => l.startsWith(`| [${e.code}](`))!;
      if (e.classes.length < 3) expect(row, e.code).toContain(`**${e.classes.join(', ')} only**`);
      else expect(row, e.code).toContain('| 2, 4, 5 |');
      expect(row.includes('**deprecated**'), e.code).toBe(e.deprecated);
      expect(row.includes('see note'), e.code).toBe(e.note !== undefined);
    }
  });

  it('each command has a page that links each of its replies to the code anchor', () => {
    for (const locale of LOCALES) {
      for (const c of spec.commands) {
        const md = markdown.get(`${DOCS_DIR}/${locale}/commands/${c.command.toLowerCase()}.md`)!;
        for (const code of [...c.success, ...c.intermediate, ...c.errors])
          expect(md, `${c.command} ${code}`).toContain(`[${code}](../reply-codes.md#code-${code})`);
      }
    }
  });

  it('each language page carries the text of that language', () => {
    for (const locale of LOCALES) {
      const md = markdown.get(`${DOCS_DIR}/${locale}/reply-codes.md`)!;
      const r = spec.replyCodes.find((x) => x.code === 550)!;
      expect(md).toContain(`<a id="code-550"></a>550 ${r.title[locale]}`);
    }
  });
});

describe('classes: each enhanced code shows only the classes the spec gives it', () => {
  const forms = (code: string, classes: readonly number[]) => classes.map((c) => `${c}${code.slice(1)}`);

  it.each(LOCALES.map((l) => [l]))('%s: the "written as" forms are exactly the allowed classes, Markdown and HTML', (locale) => {
    const ui = loadDocStrings().ui[locale];
    const md = markdown.get(`${DOCS_DIR}/${locale}/enhanced-codes.md`)!;
    const html = site.get(`${SITE_DIR}/${locale}/enhanced-codes.html`)!;
    for (const e of spec.enhanced.codes) {
      const expected = forms(e.code, e.classes);
      const section = md.slice(md.indexOf(`<a id="${enhancedAnchor(e.code)}"></a>`));
      const line = section.split('\n').find((l) => l.startsWith(`- ${ui.enhancedCodes.usedAs}`))!;
      expect(line.match(/`[245]\.\d+\.\d+`/g), e.code).toEqual(expected.map((f) => `\`${f}\``));
      const entry = html.slice(html.indexOf(`<section class="entry" id="${enhancedAnchor(e.code)}"`));
      const dd = entry.slice(entry.indexOf(`<dt>${ui.enhancedCodes.usedAs}</dt>`)).split('</dd>')[0]!;
      expect(dd.match(/[245]\.\d+\.\d+/g), e.code).toEqual(expected);
    }
  });

  it('no generated page shows a success form of a failure-only code (2.7.1, 2.1.1, 2.4.7)', () => {
    for (const [path, content] of [...pages(markdown), ...pages(site)]) {
      for (const form of ['2.7.1', '2.1.1', '2.4.7'])
        expect(content, `${path} ${form}`).not.toMatch(new RegExp(`(^|[^.\\d])${form.replaceAll('.', '\\.')}(?![.\\d])`));
    }
  });

  it.each(LOCALES.map((l) => [l]))('%s: every code names where its classes come from', (locale) => {
    const ui = loadDocStrings().ui[locale];
    const md = markdown.get(`${DOCS_DIR}/${locale}/enhanced-codes.md`)!;
    for (const e of spec.enhanced.codes) {
      const section = md.slice(md.indexOf(`<a id="${enhancedAnchor(e.code)}"></a>`));
      const line = section.split('\n').find((l) => l.startsWith(`- ${ui.labels.classes}`))!;
      if (e.classesFrom.includes('rfc')) expect(line, e.code).toContain(`RFC ${e.references[0]!.doc.slice(3)}`);
      if (e.classesFrom.includes('registry')) expect(line, e.code).toContain(ui.enhancedCodes.classesFrom.registry);
      if (e.classesFrom.includes('meaning')) expect(line, e.code).toContain(ui.enhancedCodes.classesFrom.meaning);
    }
  });
});

describe('texts', () => {
  it.each([['ja'], ['ru']])('%s: the IANA registry link is labelled in the page language', (locale) => {
    const label = loadDocStrings().ui[locale as 'ja' | 'ru'].labels.ianaRegistry;
    for (const [path, content] of [...pages(markdown), ...pages(site)].filter(([p]) => p.includes(`/${locale}/`))) {
      expect(content, path).not.toContain('>IANA registry<');
      expect(content, path).not.toContain('[IANA registry]');
    }
    expect(markdown.get(`${DOCS_DIR}/${locale}/enhanced-codes.md`)).toContain(`[${label}](`);
  });

  it('a deprecated code whose title says so gets no "(deprecated)" after it', () => {
    const e = spec.enhanced.codes.find((x) => x.code === 'X.6.10')!;
    for (const locale of LOCALES) {
      const ui = loadDocStrings().ui[locale];
      const md = markdown.get(`${DOCS_DIR}/${locale}/enhanced-codes.md`)!;
      const heading = md.split('\n').find((l) => l.includes(`<a id="${enhancedAnchor(e.code)}"></a>`))!;
      expect(heading, locale).toBe(`### <a id="${enhancedAnchor(e.code)}"></a>${e.code} ${e.title[locale]}`);
      expect(heading, locale).not.toContain(`(${ui.labels.deprecated})`);
    }
  });

  it('Japanese pages use one colon, the half-width one', () => {
    for (const [path, content] of [...pages(markdown), ...pages(site)].filter(([p]) => p.includes('/ja/')))
      expect(content, path).not.toContain('：');
  });
});

describe('links', () => {
  it('every Markdown table row has as many cells as its header', () => {
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const [path, content] of pages(markdown)) {
      let header = 0;
      for (const line of content.split('\n')) {
        if (!line.startsWith('|')) header = 0;
        else if (header === 0) header = cells(line);
        else expect(cells(line), `${path}: ${line}`).toBe(header);
      }
    }
  });

  it('every relative link of the Markdown points at an existing file and anchor', () => {
    expect(checkLinks(markdown)).toEqual([]);
  });

  it('every relative link of the site points at an existing file and anchor', () => {
    // The explain page's scripts are built by esbuild next to the generated files.
    const built = new Map([...site, ...Object.keys(EXPLAIN_BUNDLES).map((f): [string, string] => [`${SITE_DIR}/assets/${f}`, ''])]);
    expect(checkLinks(built)).toEqual([]);
    expect(checkLinks(site).map((p) => p.link)).toEqual(LOCALES.flatMap((l) => [`../assets/explain-${l}.js`, '../assets/explain.js']));
  });

  it('every search result of the site points at an existing anchor', () => {
    for (const locale of LOCALES) {
      const from = `${SITE_DIR}/${locale}/index.html`;
      for (const e of searchIndex(locale).entries) {
        const [target, fragment] = resolveLink(from, e.u);
        expect(site.has(target), e.u).toBe(true);
        if (fragment) expect(site.get(target), e.u).toContain(`id="${fragment}"`);
      }
    }
  });

  it('the checker itself finds broken files, anchors and foreign schemes', () => {
    const files = new Map([
      [
        'd/a.md',
        '<a id="x"></a> [ok](#x) [ok](b.md#y) [file](c.md) [anchor](b.md#z) [cdn](http://cdn.example/x.js) [rel](//cdn.example/x)',
      ],
      ['d/b.md', '<a id="y"></a>'],
      ['d/p.html', '<link href="/abs.css"><a href="b.md#y">ok</a><span id="q"></span><span id="q"></span>'],
    ]);
    expect(checkLinks(files).map((p) => `${p.file} ${p.link}`)).toEqual([
      'd/p.html #q',
      'd/a.md c.md',
      'd/a.md b.md#z',
      'd/a.md http://cdn.example/x.js',
      'd/a.md //cdn.example/x',
      'd/p.html /abs.css',
    ]);
  });
});

describe('escaping', () => {
  const evil = '<script>alert(1)</script> & <b>bold</b> | *star* [x](y)';
  const fixture: Spec = structuredClone(spec);
  const r = fixture.replyCodes.find((x) => x.code === 550)!;
  const e = fixture.enhanced.codes.find((x) => x.code === 'X.1.1')!;
  for (const locale of LOCALES) {
    r.title[locale] = `Title ${evil}`;
    r.description[locale] = `Description ${evil} with \`<code> & |\``;
    e.title[locale] = `Enhanced ${evil}`;
    e.note = { en: `Note ${evil}`, ja: `Note ${evil}`, ru: `Note ${evil}` };
    fixture.commands[0]!.description[locale] = `Command ${evil}`;
    fixture.concepts[0]!.description[locale] = `Concept ${evil}`;
  }
  const md = generateMarkdown(fixture);
  const html = generateSite(fixture);

  it('spec text comes out HTML-escaped in Markdown and HTML', () => {
    for (const [path, content] of [...pages(md), ...pages(html)]) {
      expect(content.includes('<script>'), path).toBe(false);
      expect(content.includes('<b>'), path).toBe(false);
    }
    const mdPage = md.get(`${DOCS_DIR}/en/reply-codes.md`)!;
    expect(mdPage).toContain('Description &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(mdPage).toContain('`<code> & \\|`'); // a code span is literal in Markdown: GitHub shows it as text
    const htmlPage = html.get(`${SITE_DIR}/en/reply-codes.html`)!;
    expect(htmlPage).toContain('Description &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(htmlPage).toContain('<code>&lt;code&gt; &amp; |</code>');
    expect(html.get(`${SITE_DIR}/en/enhanced-codes.html`)).toContain('Note &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });

  it('Markdown punctuation in spec text cannot break a table row or make a link', () => {
    const row = md
      .get(`${DOCS_DIR}/en/reply-codes.md`)!
      .split('\n')
      .find((l) => l.startsWith('| [550]('))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(row).toContain('\\*star\\* \\[x\\](y)');
  });

  it('the search index cannot close a script element', () => {
    const js = html.get(`${SITE_DIR}/en/search-index.js`)!;
    expect(js).not.toContain('<');
    expect(js).toContain('\\u003cscript>alert(1)\\u003c/script>');
  });

  it('no template uses the triple-stash', () => {
    for (const file of ['md', 'html'].flatMap((f) => [...listFiles(`scripts/templates/docs/${f}`)])) {
      expect(readFileSync(join(REPO_ROOT, file), 'utf8'), file).not.toMatch(/\{\{\{|\{\{&/);
    }
  });
});

describe('every generated file says so first', () => {
  it('Markdown and HTML start with the generated comment, CSS and JS with a comment', () => {
    for (const [path, content] of [...markdown, ...site]) {
      const first = content.split('\n')[0]!;
      if (/\.(md|html)$/.test(path))
        expect(first, path).toMatch(/^<!-- Generated from spec\/ by scripts\/src\/generate-docs\.ts\. Do not edit: .* -->$/);
      else expect(first, path).toMatch(/^\/\* Generated from spec\/ by scripts\/src\/generate-docs\.ts\. Do not edit: .* \*\/$/);
    }
  });

  it('HTML comments are well formed (no "--" inside)', () => {
    for (const [path, content] of pages(site)) expect(content.split('\n')[0]!.slice(4, -3), path).not.toContain('--');
  });
});

describe('UI strings and terminology', () => {
  it('every locale file has the same keys', () => {
    expect(() => loadDocStrings()).not.toThrow();
    const { ui } = loadDocStrings();
    const keys = (l: (typeof LOCALES)[number]) => keyPaths(ui[l]).filter((k) => !isPluralKey(k));
    for (const l of LOCALES) expect(keys(l)).toEqual(keys('en'));
  });

  it('each HTML page declares its language', () => {
    for (const locale of LOCALES) {
      for (const [path, content] of pages(site).filter(([p]) => p.startsWith(`${SITE_DIR}/${locale}/`)))
        expect(content, path).toContain(`<html lang="${locale}"`);
    }
  });

  it('Japanese pages never call the subject 件名 and use 応答, not 返信', () => {
    for (const [path, content] of pages(markdown).filter(([p]) => p.includes('/ja/'))) {
      expect(content.includes('件名'), path).toBe(false);
      expect(content.includes('返信'), path).toBe(false);
    }
  });

  it('Russian pages say «код ответа»; «отклик» appears once, on the glossary page', () => {
    const otklik = /отклик/giu;
    for (const [path, content] of pages(markdown).filter(([p]) => p.includes('/ru/'))) {
      const count = content.match(otklik)?.length ?? 0;
      expect(count, path).toBe(path.endsWith('/glossary.md') ? 1 : 0);
    }
    expect(readFileSync(join(TEMPLATES_DIR, 'ui.ru.yaml'), 'utf8')).not.toMatch(/отклик/iu);
  });

  it('the UI strings and the glossary call the subject サブジェクト / категория (never 件名, тема)', () => {
    const { ui, glossary } = loadDocStrings();
    const ru = [JSON.stringify(ui.ru), ...glossary.flatMap((s) => [s.title.ru, ...s.terms.flatMap((t) => [t.ru, t.meaning.ru])])].join(' ');
    expect(ru).not.toMatch(/(?<![а-яё])(тем(а|ы|е|у|ой)|субъект)(?![а-яё])/iu);
    const ja = [JSON.stringify(ui.ja), ...glossary.flatMap((s) => [s.title.ja, ...s.terms.flatMap((t) => [t.ja, t.meaning.ja])])].join(' ');
    expect(ja).not.toMatch(/件名|返信|リプライ|メイル|永続的|配信/);
    expect(glossary.flatMap((s) => s.terms).find((t) => t.id === 'subject')).toMatchObject({ ja: 'サブジェクト', ru: 'категория' });
  });
});
