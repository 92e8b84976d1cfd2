// The page of each code (site/<lang>/codes/550.html, site/<lang>/codes/X.1.1.html) and the
// SITE_URL build (canonical addresses, hreflang alternates, sitemap.xml). One generation of the
// site serves every test here; the checks loop over the codes instead of one test per page.
import { classify } from '@smtp-codes/parser';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { replyAdvice } from '../../../scripts/src/docs/retry.js';
import { loadDocStrings } from '../../../scripts/src/docs/strings.js';
import { escapeHtml, htmlParagraphs, plainText } from '../../../scripts/src/docs/text.js';
import { generateSite, normalizeSiteUrl, SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec } from '../../../scripts/src/load-spec.js';
import { LOCALES, type Locale, type Spec } from '../../../scripts/src/types.js';
import { checkLinks } from './link-check.js';

const spec = loadSpec();
const site = generateSite(spec);
const { ui } = loadDocStrings();
const page = (locale: Locale, code: string | number) => site.get(`${SITE_DIR}/${locale}/codes/${code}.html`);
/** Escaped as the templates escape `{{value}}` (Handlebars also escapes = ' and `). */
const escaped = (text: string) => Handlebars.Utils.escapeExpression(text);
const others = (locale: Locale) => LOCALES.filter((l) => l !== locale);

/** The text of an element with this id (up to its closing tag), to look inside one section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('a page per code, in every language', () => {
  it('site/<lang>/codes/ holds exactly one page per basic and per enhanced code', () => {
    for (const locale of LOCALES) {
      const files = [...site.keys()].filter((p) => p.startsWith(`${SITE_DIR}/${locale}/codes/`)).sort();
      const expected = [...spec.replyCodes.map((r) => String(r.code)), ...spec.enhanced.codes.map((e) => e.code)]
        .map((c) => `${SITE_DIR}/${locale}/codes/${c}.html`)
        .sort();
      expect(files).toEqual(expected);
    }
  });

  it.each(LOCALES.map((l) => [l]))(
    '%s: each basic code page has its title, digits, facts, retry advice, examples and related codes',
    (locale) => {
      const t = ui[locale];
      for (const r of spec.replyCodes) {
        const html = page(locale, r.code)!;
        const where = `${locale}/codes/${r.code}.html`;
        expect(html, where).toContain(`<html lang="${locale}"`);
        expect(html, where).toContain(`<h1>${r.code} ${escaped(plainText(r.title[locale]))}</h1>`);
        expect(html, where).toContain(htmlParagraphs(r.description[locale]));
        const [first, second] = [Math.floor(r.code / 100), Math.floor(r.code / 10) % 10];
        expect(html, where).toContain(`<a href="../index.html#first-digit-${first}">`);
        expect(html, where).toContain(`<a href="../index.html#second-digit-${second}">`);
        if (r.text !== null) expect(html, where).toContain(`<code>${escapeHtml(`${r.code} ${r.text}`)}</code>`);
        for (const c of r.commands) expect(html, `${where} ${c}`).toContain(`<a href="../commands/${c.toLowerCase()}.html">${c}</a>`);
        expect(section(html, 'retry'), where).toContain(escapeHtml(t.code.advice[replyAdvice(r.code)]));
        for (const x of r.examples ?? []) expect(section(html, 'examples'), where).toContain(`<code>${escaped(x.reply)}</code>`);
        expect(html.includes('id="examples"'), `${where}: examples section only with examples`).toBe((r.examples ?? []).length > 0);
        const related = section(html, 'related');
        for (const e of spec.enhanced.codes.filter((x) => x.associatedBasicCodes.includes(r.code)))
          expect(related, `${where} ${e.code}`).toContain(`<a href="${e.code}.html">`);
        for (const o of spec.replyCodes.filter((x) => x.code !== r.code && Math.floor(x.code / 10) === Math.floor(r.code / 10)))
          expect(related, `${where} ${o.code}`).toContain(`<a href="${o.code}.html">`);
        for (const l of others(locale))
          expect(html, `${where} → ${l}`).toContain(`<a href="../../${l}/codes/${r.code}.html" hreflang="${l}"`);
        expect(html, where).toContain(`<a href="../reply-codes.html#code-${r.code}">`);
      }
    },
  );

  it.each(LOCALES.map((l) => [l]))(
    '%s: each enhanced code page has its title, class/subject/detail, retry per class, examples and related codes',
    (locale) => {
      const t = ui[locale];
      for (const e of spec.enhanced.codes) {
        const html = page(locale, e.code)!;
        const where = `${locale}/codes/${e.code}.html`;
        expect(html, where).toContain(`<html lang="${locale}"`);
        expect(html, where).toContain(`<h1>${e.code} ${escaped(plainText(e.title[locale]))}</h1>`);
        expect(html, where).toContain(htmlParagraphs(e.description[locale]));
        if (e.note) expect(html, where).toContain(htmlParagraphs(e.note[locale]));
        expect(html, where).toContain(`<a href="../enhanced-codes.html#subject-${e.subject}">X.${e.subject}.X</a>`);
        expect(html, where).toContain(`<dd>${e.detail}${escapeHtml(t.colon)}`);
        // The classes are the ones the list page shows for the code ("used as" of its entry).
        const list = site.get(`${SITE_DIR}/${locale}/enhanced-codes.html`)!;
        const entry = list.slice(list.indexOf(`<section class="entry" id="code-x-${e.subject}-${e.detail}"`));
        const usedAs = entry.slice(entry.indexOf('<dd>'), entry.indexOf('</dd>'));
        const classes = [...usedAs.matchAll(/<code>([245])\.\d+\.\d+<\/code>/g)].map((m) => Number(m[1]));
        expect(classes.length, where).toBeGreaterThan(0);
        const retry = section(html, 'retry');
        for (const c of [2, 4, 5] as const) {
          const wire = `${c}${e.code.slice(1)}`;
          expect(html.includes(`<a href="../enhanced-codes.html#class-${c}">${c}.X.X</a>`), `${where} class ${c}`).toBe(
            classes.includes(c),
          );
          expect(retry.includes(escapeHtml(wire)), `${where} retry as ${wire}`).toBe(classes.includes(c));
        }
        for (const x of e.examples ?? []) expect(section(html, 'examples'), where).toContain(`<code>${escaped(x.reply)}</code>`);
        const related = section(html, 'related');
        for (const b of e.associatedBasicCodes) expect(related, `${where} ${b}`).toContain(`<a href="${b}.html">`);
        for (const o of spec.enhanced.codes.filter((x) => x.subject === e.subject && x.code !== e.code))
          expect(related, `${where} ${o.code}`).toContain(`<a href="${o.code}.html">`);
        for (const l of others(locale))
          expect(html, `${where} → ${l}`).toContain(`<a href="../../${l}/codes/${e.code}.html" hreflang="${l}"`);
        expect(html, where).toContain(`<a href="../enhanced-codes.html#code-x-${e.subject}-${e.detail}">`);
        expect(html.includes('badge-deprecated'), where).toBe(e.deprecated);
      }
    },
  );

  it('the list pages, the command pages and the search link to the code pages', () => {
    for (const locale of LOCALES) {
      const replies = site.get(`${SITE_DIR}/${locale}/reply-codes.html`)!;
      for (const r of spec.replyCodes) expect(replies).toContain(`<a href="codes/${r.code}.html">`);
      const enhanced = site.get(`${SITE_DIR}/${locale}/enhanced-codes.html`)!;
      for (const e of spec.enhanced.codes) expect(enhanced).toContain(`<a href="codes/${e.code}.html">`);
      for (const c of spec.commands) {
        const html = site.get(`${SITE_DIR}/${locale}/commands/${c.command.toLowerCase()}.html`)!;
        for (const code of [...c.success, ...c.intermediate, ...c.errors])
          expect(html, `${c.command} ${code}`).toContain(`<a href="../codes/${code}.html">`);
      }
      const index = site.get(`${SITE_DIR}/${locale}/search-index.js`)!;
      expect(index).toContain('"u":"codes/550.html"');
      expect(index).toContain('"u":"codes/X.1.1.html"');
    }
  });

  it('every relative link of the code pages resolves (the link checker over the new pages)', () => {
    const codePages = new Map([...site].filter(([p]) => p.includes('/codes/')));
    expect(codePages.size).toBe(3 * (spec.replyCodes.length + spec.enhanced.codes.length));
    // The checker needs the targets too: check the whole site and keep the problems of the code pages.
    expect(checkLinks(site).filter((p) => codePages.has(p.file))).toEqual([]);
  });

  it('the retry advice reads the code as the parser does (classify)', () => {
    const expected = (code: number) => {
      const c = classify({ code, enhanced: null, text: '' });
      if (c.action === 'success') return c.closing ? 'successClosing' : 'success';
      if (c.action === 'intermediate') return 'intermediate';
      if (c.action === 'retry') return c.closing ? 'retryClosing' : 'retry';
      return 'fail';
    };
    for (const r of spec.replyCodes) expect(replyAdvice(r.code), String(r.code)).toBe(expected(r.code));
    expect(classify({ code: 552, enhanced: '5.5.3', text: '' }).reason).toBe('too-many-recipients');
    for (const locale of LOCALES) {
      expect(section(page(locale, 552)!, 'retry')).toContain(escapeHtml(ui[locale].code.advice.tooManyRecipients));
      // X.5.3 is class 4 only: its note, not the retry advice, says how to read a 5.5.3 that a server sends.
      expect(section(page(locale, 'X.5.3')!, 'retry')).not.toContain(escapeHtml(ui[locale].code.advice.tooManyRecipients));
      expect(section(page(locale, 550)!, 'retry')).not.toContain(escapeHtml(ui[locale].code.advice.tooManyRecipients));
    }
  });

  it('example replies are escaped and keep their lines', () => {
    const fixture: Spec = structuredClone(spec);
    const r = fixture.replyCodes.find((x) => x.code === 550)!;
    r.examples = [{ reply: '550-5.1.1 <script>alert(1)</script>\n550 5.1.1 & "quoted"', source: '<b>MTA</b>' }];
    const html = generateSite(fixture).get(`${SITE_DIR}/en/codes/550.html`)!;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>MTA');
    expect(html).toContain('<code>550-5.1.1 &lt;script&gt;alert(1)&lt;/script&gt;\n550 5.1.1 &amp; &quot;quoted&quot;</code>');
    expect(html).toContain('&lt;b&gt;MTA&lt;/b&gt;');
  });
});

describe('SITE_URL: canonical addresses, hreflang alternates and sitemap.xml', () => {
  const base = 'https://docs.example.org/smtp-codes/';
  const published = generateSite(spec, { siteUrl: 'https://docs.example.org/smtp-codes' });
  const htmlPages = [...published.keys()].filter((p) => p.endsWith('.html'));
  const addressOf = (path: string) => base + path.slice(SITE_DIR.length + 1).replace(/(^|\/)index\.html$/, '$1');
  const fileOf = new Map(htmlPages.map((p) => [addressOf(p), p]));

  it('every page has one canonical link, its own absolute address', () => {
    for (const path of htmlPages) {
      const links = [...published.get(path)!.matchAll(/<link rel="canonical" href="([^"]+)">/g)].map((m) => m[1]);
      expect(links, path).toEqual([addressOf(path)]);
    }
    expect(published.get(`${SITE_DIR}/en/codes/X.1.1.html`)).toContain(`<link rel="canonical" href="${base}en/codes/X.1.1.html">`);
    expect(published.get(`${SITE_DIR}/ja/index.html`)).toContain(`<link rel="canonical" href="${base}ja/">`);
  });

  it('every page lists absolute alternates for en, ja, ru and x-default, each an existing page', () => {
    for (const path of htmlPages) {
      const alternates = [...published.get(path)!.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
      expect(
        alternates.map((m) => m[1]),
        path,
      ).toEqual(['en', 'ja', 'ru', 'x-default']);
      for (const [, lang, href] of alternates) {
        expect(href!.startsWith(base), `${path} ${lang}`).toBe(true);
        expect(fileOf.has(href!), `${path} ${lang} → ${href}`).toBe(true);
      }
      const self = alternates.find((m) => published.get(path)!.includes(`<html lang="${m[1]}" data-root`));
      if (self) expect(self[2], path).toBe(addressOf(path));
    }
    expect(published.get(`${SITE_DIR}/ru/codes/550.html`)).toContain(
      `<link rel="alternate" hreflang="x-default" href="${base}en/codes/550.html">`,
    );
  });

  it('sitemap.xml lists every page once, by its canonical address', () => {
    const xml = published.get(`${SITE_DIR}/sitemap.xml`)!;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated from spec/')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(htmlPages.map(addressOf).sort());
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('the published build differs from the relative one only in the head and the sitemap', () => {
    const strip = (html: string) => html.replace(/<link rel="(?:canonical|alternate)"[^>]*>\n/g, '');
    expect([...published.keys()].filter((p) => !site.has(p))).toEqual([`${SITE_DIR}/sitemap.xml`]);
    for (const [path, content] of site) if (path.endsWith('.html')) expect(strip(published.get(path)!), path).toBe(strip(content));
    expect(checkLinks(published)).toEqual(checkLinks(site));
  });

  it('without SITE_URL the site has no absolute address of its own and no sitemap', () => {
    expect(site.has(`${SITE_DIR}/sitemap.xml`)).toBe(false);
    for (const [path, content] of site) {
      expect(content.includes('rel="canonical"'), path).toBe(false);
      expect(content.includes('hreflang="x-default"'), path).toBe(false);
    }
    expect(site.get(`${SITE_DIR}/en/codes/550.html`)).toContain('<link rel="alternate" hreflang="ja" href="../../ja/codes/550.html">');
  });

  it('SITE_URL must be an absolute http(s) address; a trailing slash is added', () => {
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org/');
    expect(normalizeSiteUrl('https://example.org/docs/')).toBe('https://example.org/docs/');
    expect(() => normalizeSiteUrl('example.org/docs')).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => normalizeSiteUrl('ftp://example.org/')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => normalizeSiteUrl('https://example.org/?v=1')).toThrow(/query/);
    expect(() => generateSite(spec, { siteUrl: 'nope' })).toThrow(/SITE_URL/);
  });
});
