// The built site (packages/docs/site/, `npm run build`) in a real headless Chromium, opened by
// file:// URL as a reader would. Chromium is required: without it this file fails, it never skips.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../scripts/src/docs/text.js';
import { generateSite, SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec } from '../../../scripts/src/load-spec.js';
import { LOCALES, type Locale } from '../../../scripts/src/types.js';
import { SCREENSHOTS, url, useBrowser } from './chromium.js';

const spec = loadSpec();
const site = generateSite(spec);
const allPages = [...site.keys()].filter((p) => p.endsWith('.html')).map((p) => p.slice(SITE_DIR.length + 1));
// The code pages share two templates: every page of the site would take minutes on a 2-core CI, so
// every other page is loaded, and of the code pages, per language, the longest of each kind (most
// text, examples and related codes) plus a deprecated one. code-pages.test.ts checks each of them statically.
const longest = (paths: string[]) =>
  paths.reduce((a, b) => (site.get(`${SITE_DIR}/${b}`)!.length > site.get(`${SITE_DIR}/${a}`)!.length ? b : a));
const codeSample = LOCALES.flatMap((l) => {
  const codes = allPages.filter((p) => p.startsWith(`${l}/codes/`));
  const deprecated = spec.enhanced.codes.find((e) => e.deprecated);
  return [
    longest(codes.filter((p) => /\/\d{3}\.html$/.test(p))),
    longest(codes.filter((p) => /\/X\./.test(p))),
    ...(deprecated ? [`${l}/codes/${deprecated.code}.html`] : []),
  ];
});
// The reason and provider pages share two templates as well: per language their indexes and the
// longest of each (reason-pages.test.ts checks each of them statically).
const reasonSample = LOCALES.flatMap((l) => [
  longest(allPages.filter((p) => p.startsWith(`${l}/reasons/`) && !p.endsWith('index.html'))),
  longest(allPages.filter((p) => p.startsWith(`${l}/providers/`) && !p.endsWith('index.html'))),
]);
const perItem = /\/(codes|reasons|providers)\/(?!index\.html$)/;
const pages = [...allPages.filter((p) => !perItem.test(p)), ...new Set(codeSample), ...reasonSample];
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', ru: 'Русский' };

const { open, errors, blocked } = useBrowser();

/** Codes of the listed search results. */
async function results(page: Page): Promise<string[]> {
  return page.locator('#search-list li .code').allTextContents();
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  return results(page);
}

/** Whether the element's top is inside the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight;
  });
}

describe('search', () => {
  it('5.1.1 finds only X.1.1; X.7.1 only X.7.1; 550 only 550', async () => {
    const page = await open('en/index.html');
    expect(await search(page, '5.1.1')).toEqual(['X.1.1']);
    await expect.poll(() => page.locator('#search-list li').count()).toBe(1);
    expect(await page.locator('#search-status').textContent()).toBe('1 match');
    expect(await search(page, 'X.7.1')).toEqual(['X.7.1']);
    expect(await search(page, ' x.7.1 ')).toEqual(['X.7.1']);
    expect(await search(page, '550')).toEqual(['550']);
    await page.close();
  });

  it('partial codes match every code they start', async () => {
    const page = await open('en/reply-codes.html');
    expect(await search(page, '55')).toEqual(spec.replyCodes.filter((r) => String(r.code).startsWith('55')).map((r) => String(r.code)));
    expect(await search(page, '4.7')).toEqual(spec.enhanced.codes.filter((e) => e.subject === 7).map((e) => e.code));
    expect(await search(page, '550 5.1.1')).toEqual(['550', 'X.1.1']);
    // A class the code is not used with still finds it, with a remark.
    const restricted = spec.enhanced.codes.find((e) => e.classes && !e.classes.includes(2));
    if (restricted) {
      expect(await search(page, `2${restricted.code.slice(1)}`)).toEqual([restricted.code]);
      expect(await page.locator('#search-list .kind').first().textContent()).toContain('class 2 is not used with this code');
      expect(await search(page, `5${restricted.code.slice(1)}`)).toEqual([restricted.code]);
      expect(await page.locator('#search-list .kind').first().textContent()).toBe('enhanced status code');
    }
    await page.close();
  });

  it('finds words of the current language: substrings in Japanese, any case and е/ё in Russian', async () => {
    const x11 = spec.enhanced.codes.find((e) => e.code === 'X.1.1')!;
    const ja = await open('ja/index.html');
    const title = plainText(x11.title.ja);
    const middle = title.slice(1, -1);
    const found = await search(ja, middle);
    expect(found).toContain('X.1.1');
    expect(found.length).toBeGreaterThan(0);
    expect(await search(ja, title)).toContain('X.1.1');
    expect(await ja.locator('#search-status').textContent()).toMatch(/件/);
    await ja.close();

    const ru = await open('ru/commands/index.html');
    const word = plainText(x11.title.ru)
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]!;
    expect(await search(ru, word.toUpperCase().replaceAll('Ё', 'Е'))).toContain('X.1.1');
    // Results resolve from a page in a subdirectory too.
    const href = await ru
      .locator('#search-list a', { hasText: 'X.1.1' })
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(url('ru/codes/X.1.1.html'));
    await ru.close();

    const en = await open('en/glossary.html');
    expect(await search(en, 'zzqqxx')).toEqual([]);
    expect(await en.locator('#search-status').textContent()).toContain('zzqqxx');
    await en.close();
  });

  it('is usable by keyboard: the box is labelled, arrows reach the results, Enter opens one', async () => {
    const page = await open('en/index.html');
    expect(await page.locator('label[for="search-input"]').textContent()).toBeTruthy();
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#search-input').focus();
    await page.keyboard.type('5.1.1');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('X.1.1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/codes\/X\.1\.1\.html$/);
    expect(await page.locator('h1').textContent()).toContain('X.1.1');
    await page.close();
  });
});

describe('language switch and anchors', () => {
  it('switching to 日本語 and to Русский keeps the page and the code', async () => {
    const page = await open('en/reply-codes.html#code-550');
    const r550 = spec.replyCodes.find((r) => r.code === 550)!;
    expect(await page.locator('#code-550 .title').textContent()).toBe(plainText(r550.title.en));
    await page.click('a[data-lang-switch][hreflang="ja"]');
    await page.waitForURL(/\/ja\/reply-codes\.html#code-550$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('#code-550 .title').textContent()).toBe(plainText(r550.title.ja));
    expect(await inView(page, '#code-550')).toBe(true);
    await page.click('a[data-lang-switch][hreflang="ru"]');
    await page.waitForURL(/\/ru\/reply-codes\.html#code-550$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('#code-550 .title').textContent()).toBe(plainText(r550.title.ru));
    expect(await inView(page, '#code-550')).toBe(true);
    await page.close();
  });

  it('keeps an anchor reached inside the page (table link), for enhanced codes too', async () => {
    const page = await open('en/enhanced-codes.html');
    const x11 = spec.enhanced.codes.find((e) => e.code === 'X.1.1')!;
    await page.click('#code-x-1-1 h3 a[href="#code-x-1-1"]');
    expect(await page.evaluate(() => location.hash)).toBe('#code-x-1-1');
    // hashchange is delivered as a task of its own, after the click returns.
    await expect.poll(() => page.getAttribute('a[data-lang-switch][hreflang="ja"]', 'href')).toBe('../ja/enhanced-codes.html#code-x-1-1');
    await page.click('a[data-lang-switch][hreflang="ja"]');
    await page.waitForURL(/\/ja\/enhanced-codes\.html#code-x-1-1$/);
    expect(await page.locator('#code-x-1-1 .title').textContent()).toBe(plainText(x11.title.ja));
    await page.close();
  });

  it('short links (#550, #5.1.1, #X.7.1) from any page open the code page', async () => {
    const page = await open('en/index.html#5.1.1');
    await page.waitForURL(/\/en\/codes\/X\.1\.1\.html$/);
    await page.goto(url('ja/commands/mail.html#550'));
    await page.waitForURL(/\/ja\/codes\/550\.html$/);
    await page.goto(url('ru/glossary.html#X.7.1'));
    await page.waitForURL(/\/ru\/codes\/X\.7\.1\.html$/);
    await page.close();
  });

  it('a code link from a command page opens the code page; its language switch keeps the code', async () => {
    const page = await open('en/commands/rcpt.html');
    await page.click('a[href="../codes/550.html"]');
    await page.waitForURL(/\/en\/codes\/550\.html$/);
    const r550 = spec.replyCodes.find((r) => r.code === 550)!;
    expect(await page.locator('h1').textContent()).toBe(`550 ${plainText(r550.title.en)}`);
    await page.click('a[data-lang-switch][hreflang="ja"]');
    await page.waitForURL(/\/ja\/codes\/550\.html$/);
    expect(await page.locator('h1').textContent()).toBe(`550 ${plainText(r550.title.ja)}`);
    // The related codes lead to the enhanced code's page, and its list link to the entry.
    await page.click('#related ~ ul a[href="X.1.1.html"]');
    await page.waitForURL(/\/ja\/codes\/X\.1\.1\.html$/);
    await page.click('a[href="../enhanced-codes.html#code-x-1-1"]');
    await page.waitForURL(/\/ja\/enhanced-codes\.html#code-x-1-1$/);
    expect(await inView(page, '#code-x-1-1')).toBe(true);
    await page.close();
  });

  it('a long example reply wraps inside a 390 px screen', async () => {
    const page = await open('en/codes/550.html', { width: 390, height: 844 });
    const boxes = await page
      .locator('pre.reply')
      .evaluateAll((els) =>
        els.map((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, height: el.getBoundingClientRect().height })),
      );
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b.scroll).toBeLessThanOrEqual(b.client);
    // The Gmail reply is far longer than a line at this width: it takes several lines.
    expect(Math.max(...boxes.map((b) => b.height))).toBeGreaterThan(3 * 16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'code-page-390.png'), fullPage: true });
    await page.close();
  });
});

describe('reason and provider pages on a phone', () => {
  it('a reason page at 390 px: patterns and example replies wrap, nothing scrolls sideways', async () => {
    const page = await open('ja/reasons/user-unknown.html', { width: 390, height: 844 });
    expect(await page.locator('h1').textContent()).toBe(plainText(spec.reasons.find((r) => r.id === 'user-unknown')!.title.ja));
    // The regular expression is folded away; opened, the longest one wraps inside its box.
    const summary = page.locator('section.rules details summary').first();
    expect(await page.locator('section.rules pre.regex').first().isVisible()).toBe(false);
    await summary.click();
    expect(await page.locator('section.rules pre.regex').first().isVisible()).toBe(true);
    const boxes = await page
      .locator('section.rules pre.reply:visible')
      .evaluateAll((els) => els.map((el) => ({ client: el.clientWidth, scroll: el.scrollWidth })));
    expect(boxes.length).toBeGreaterThan(2);
    for (const b of boxes) expect(b.scroll).toBeLessThanOrEqual(b.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The page links stay on one line: the header keeps its height with eight pages.
    const nav = await page.locator('nav.pages ul').evaluate((el) => el.getBoundingClientRect().height);
    expect(nav).toBeLessThan(48);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'reason-page-390.png'), fullPage: true });
    // The search finds a reason by its Sisimai name and a provider by a host name.
    await page.fill('#search-input', 'mailboxfull');
    const hit = page.locator('#search-list li').first();
    expect(await hit.locator('a').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(url('ja/reasons/mailbox-full.html'));
    expect(await hit.locator('.kind').textContent()).toBe('不達の理由');
    await page.fill('#search-input', 'googlemail');
    expect(
      await page
        .locator('#search-list li a')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href),
    ).toBe(url('ja/providers/gmail.html'));
    await page.close();
  });

  it('a provider page at 390 px: the table of codes becomes one labelled card per code', async () => {
    const page = await open('ru/providers/gmail.html#code-1', { width: 390, height: 844 });
    const gmail = spec.providers.find((p) => p.id === 'gmail')!;
    expect(await page.locator('h1').textContent()).toBe(gmail.name);
    expect(await page.locator('table.provider-table thead').isVisible()).toBe(false);
    expect(await page.locator('table.provider-table tbody tr').count()).toBe(gmail.codes.length);
    const wrap = await page
      .locator('.table-wrap:has(table.provider-table)')
      .evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    const label = await page
      .locator('#code-1 td')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain('Код ответа');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // A reason link leads to the reason's page in the same language.
    // The one-line page links are scrolled so that the current page's link is in view.
    const current = await page.locator('nav.pages a[aria-current="page"]').evaluate((a) => {
      const r = a.getBoundingClientRect();
      return r.left >= 0 && r.right <= window.innerWidth;
    });
    expect(current).toBe(true);
    const reason = gmail.codes[0]!.reason;
    await page.click(`#code-1 a[href="../reasons/${reason}.html"]`);
    await page.waitForURL(new RegExp(`/ru/reasons/${reason}\\.html$`));
    expect(await page.locator('h1').textContent()).toBe(plainText(spec.reasons.find((r) => r.id === reason)!.title.ru));
    await page.goto(url('ru/providers/gmail.html'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'provider-page-390.png'), fullPage: false });
    await page.close();
  });
});

describe('every page', () => {
  it('loads from file:// without script errors or network requests, in its language, and fits a phone screen', async () => {
    const page = await open('index.html');
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url(path));
      const locale = path.split('/')[0]!;
      if ((LOCALES as readonly string[]).includes(locale)) {
        expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
        expect(await page.locator('#search').isVisible(), `${path}: search box shown`).toBe(true);
        expect(await page.locator('nav[aria-label] a[aria-current="true"]').textContent(), path).toBe(LANGUAGE_NAMES[locale as Locale]);
      }
      // On a phone the page itself never scrolls sideways (wide tables scroll inside their box).
      await page.setViewportSize({ width: 360, height: 740 });
      if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) overflowing.push(path);
    }
    await page.close();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(overflowing).toEqual([]);
  });
});

describe('screenshots', () => {
  it.each(LOCALES.map((l) => [l]))('%s: screenshot of the index page (test-results/screenshots/), real glyphs', async (locale) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await open(`${locale}/index.html`, { width: 1280, height: 1000 });
    await page.screenshot({ path: join(SCREENSHOTS, `${locale}.png`) });
    // A character the fonts lack renders as a box (tofu); the heading's characters must not.
    const tofu = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const font = getComputedStyle(h1).font;
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const g = canvas.getContext('2d')!;
        g.font = font;
        g.fillText(text, 4, 48);
        return canvas.toDataURL();
      };
      const missing = draw('\uE000');
      return [...h1.textContent!.replace(/\s/g, '')].filter((c) => draw(c) === missing);
    });
    expect(tofu).toEqual([]);
    await page.close();
  });
});
