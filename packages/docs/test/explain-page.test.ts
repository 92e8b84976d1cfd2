// The "explain a reply" page (site/<lang>/explain.html) in headless Chromium, from file://.
// Screenshots of each state go to test-results/screenshots/explain-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_BUNDLES } from '../../../scripts/src/docs/bundle-explain.js';
import { loadDocStrings } from '../../../scripts/src/docs/strings.js';
import { SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec, REPO_ROOT } from '../../../scripts/src/load-spec.js';
import { fromFragment, toFragment } from '../src/explain/fragment.js';
import { SCREENSHOTS, url, useBrowser } from './chromium.js';

const spec = loadSpec();
const ui = loadDocStrings().ui;
const { open, errors, blocked } = useBrowser(() => Object.keys(EXPLAIN_BUNDLES).map((f) => `${SITE_DIR}/assets/${f}`));
const r550 = spec.replyCodes.find((r) => r.code === 550)!;
const x11 = spec.enhanced.codes.find((e) => e.code === 'X.1.1')!;
const plain = (s: string) => s.replaceAll('`', '');
const REAL = join(REPO_ROOT, 'packages/explain/test/fixtures/real');
const expected = JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Record<string, { recipients: { recipient: string }[] }>;

const GMAIL = [
  '550-5.1.1 The mailbox you tried to reach does not exist. Check the address',
  '550-5.1.1 for typing mistakes or extra spaces and send the message again.',
  '550 5.1.1 No such user here mx.example.net - gsmtp',
].join('\n');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `explain-${name}.png`), fullPage: true });
}

/** Types into the text area as a reader would (the result is debounced). */
async function type(page: Page, text: string): Promise<void> {
  await page.fill('#explain-input', text);
}

const cards = (page: Page) => page.locator('#explain-list > li.explanation');
const scriptsLoaded = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    if (r.url().endsWith('.js')) seen.push(r.url().slice(r.url().lastIndexOf('/') + 1));
  });
  return seen;
};

describe('explain page', () => {
  it('every language page has it in its navigation, labelled in that language', async () => {
    const page = await open('en/index.html');
    for (const locale of ['en', 'ja', 'ru'] as const) {
      await page.goto(url(`${locale}/glossary.html`));
      const link = page.locator('nav.pages a', { hasText: ui[locale].pages.explain });
      await link.click();
      await page.waitForURL(new RegExp(`/${locale}/explain\\.html$`));
      expect(await page.locator('h1').textContent()).toBe(ui[locale].explain.title);
    }
    await page.close();
  });

  it('a Gmail-style multiline 550-5.1.1 shows the English meaning; 日本語 and Русский keep the input', async () => {
    const page = await open('en/explain.html');
    const loaded = scriptsLoaded(page);
    await page.reload();
    await page.locator('#explain-input').click();
    await type(page, GMAIL);
    await expect.poll(() => cards(page).count()).toBe(1);
    const card = cards(page).first();
    expect(await card.locator('h3 .codes').textContent()).toBe('550 5.1.1');
    expect(await card.locator('.meaning.basic .title').textContent()).toBe(plain(r550.title.en));
    expect(await card.locator('.meaning.enhanced .title').textContent()).toBe(plain(x11.title.en));
    expect(await card.locator('.meaning.enhanced .description').textContent()).toBe(plain(x11.description.en));
    expect(await card.locator('.facts dd').first().textContent()).toBe('The mailbox you tried to reach does not exist. Check the address');
    expect(await card.locator('.retry p').textContent()).toBeTruthy();
    // The bounce reason, and Gmail recognised by its ' - gsmtp' mark with its own meaning first.
    expect(await card.locator('.reason .title').textContent()).toBe(spec.reasons.find((r) => r.id === 'user-unknown')!.title.en);
    expect(await card.locator('.provider h4').textContent()).toContain('Gmail');
    expect(await card.locator('.source pre').textContent()).toBe(GMAIL);
    // Only the English page's own scripts: no Japanese or Russian bundle, no search index yet.
    expect(loaded.sort()).toEqual(['docs.js', 'explain-en.js', 'explain.js']);
    await shot(page, 'en-multiline');

    for (const locale of ['ja', 'ru'] as const) {
      await page.click(`a[data-lang-switch][hreflang="${locale}"]`);
      await page.waitForURL(new RegExp(`/${locale}/explain\\.html#text=`));
      expect(await page.inputValue('#explain-input')).toBe(GMAIL);
      await expect.poll(() => cards(page).count()).toBe(1);
      const c = cards(page).first();
      expect(await c.locator('.meaning.basic .title').textContent()).toBe(plain(r550.title[locale]));
      expect(await c.locator('.meaning.enhanced .title').textContent()).toBe(plain(x11.title[locale]));
      const script = locale === 'ja' ? /[\u3040-\u30ff\u4e00-\u9fff]/ : /[\u0400-\u04ff]/;
      expect(await c.locator('.retry p').textContent()).toMatch(script);
      expect(await c.locator('h3 .verdict').textContent()).toMatch(script);
      await shot(page, `${locale}-multiline`);
    }
    expect(loaded).toContain('explain-ja.js');
    expect(loaded).toContain('explain-ru.js');
    // The English texts were loaded once, by the English page only.
    expect(loaded.filter((f) => f === 'explain-en.js')).toHaveLength(1);
    // Each code's heading links to the code's page in the same language.
    await cards(page).first().locator('.meaning.enhanced h4 a.reference').click();
    await page.waitForURL(/\/ru\/codes\/X\.1\.1\.html$/);
    expect(await page.locator('h1').textContent()).toBe(`X.1.1 ${plain(x11.title.ru)}`);
    await page.goBack();
    await cards(page).first().locator('.meaning.basic h4 a.reference').click();
    await page.waitForURL(/\/ru\/codes\/550\.html$/);
    expect(await page.locator('h1').textContent()).toBe(`550 ${plain(r550.title.ru)}`);
    await page.close();
  });

  it('opens from a link with the input (and the strict switch) in the fragment; copy link makes that link', async () => {
    const text = '250 2.1.0 ok\n550-5.1.1 first\n551 5.1.1 second';
    const page = await open(`ja/explain.html${toFragment({ text, strict: true })}`);
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await page.inputValue('#explain-input')).toBe(text);
    expect(await page.isChecked('#explain-strict')).toBe(true);
    const verdict = page.locator('#explain-strict-verdict');
    expect(await verdict.isVisible()).toBe(true);
    expect(await verdict.getAttribute('class')).toContain('rejected');
    expect(await verdict.locator('pre').textContent()).toBe('551 5.1.1 second');
    // The lenient reading still explains the reply, and lists the warning with its line.
    const warning = cards(page).nth(1).locator('.warnings li').first();
    expect(await warning.textContent()).toContain('3 行目');
    expect(await warning.textContent()).toContain('(code-mismatch)');
    await shot(page, 'ja-from-link-strict');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#explain-copy');
    await expect.poll(() => page.locator('#explain-copy-status').textContent()).toMatch(/./);
    const status = await page.locator('#explain-copy-status').textContent();
    expect([ui.ja.explain.copied, ui.ja.explain.copyFailed]).toContain(status);
    if (status === ui.ja.explain.copied) expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toBe(url(`ja/explain.html${toFragment({ text, strict: true })}`));

    // Switching strict off updates the link and hides the verdict.
    await page.uncheck('#explain-strict');
    expect(await verdict.isVisible()).toBe(false);
    expect(page.url()).toBe(url(`ja/explain.html${toFragment({ text, strict: false })}`));
    await page.close();
  });

  it('a link holding 50,000 lines, then 130,000 pasted: the first 100 findings shown, all counted, a bounded page', async () => {
    const lines = (n: number) => Array.from({ length: n }, () => '550 5.1.1 x').join('\n');
    const page = await open(`en/explain.html${toFragment({ text: lines(50_000), strict: false })}`);
    await expect.poll(() => cards(page).count(), { timeout: 30_000 }).toBe(100);
    const shown = ui.en.explain.shownFirst.replace('{shown}', '100');
    expect(await page.locator('#explain-summary').textContent()).toBe(`50000 replies or codes found ${shown}`);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(100_000);
    // Past the call-stack size that once emptied the list; too long for a link, so typed in.
    await page.evaluate((text) => {
      const area = document.getElementById('explain-input') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    }, lines(130_000));
    await expect
      .poll(() => page.locator('#explain-summary').textContent(), { timeout: 30_000 })
      .toBe(`130000 replies or codes found ${shown}`);
    expect(await cards(page).count()).toBe(100);
    // Still responsive: new input replaces the result.
    await type(page, '421 4.7.0 Try again later');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.close();
  }, 90_000);

  it('a broken reply shows the error with its kind, line and offending line, after the replies before it', async () => {
    const page = await open('en/explain.html');
    await type(page, '250 2.1.0 Sender OK\n550=5.1.1 no such user\n');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await cards(page).first().locator('h3 .codes').textContent()).toBe('250 2.1.0');
    const error = cards(page).nth(1).locator('.error');
    expect(await error.locator('p').first().textContent()).toContain('line 2');
    expect(await error.locator('.kind').textContent()).toBe('(bad-separator)');
    expect(await error.locator('pre').textContent()).toBe('550=5.1.1 no such user');
    await shot(page, 'en-broken');
    await page.close();
  });

  it('server text with <script> and <img onerror> is shown literally and never runs', async () => {
    const page = await open('ru/explain.html');
    const evil = '550 5.7.1 <script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"> blocked';
    await type(page, evil);
    await expect.poll(() => cards(page).count()).toBe(1);
    const card = cards(page).first();
    expect(await card.locator('.facts dd').first().textContent()).toBe(
      '<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"> blocked',
    );
    expect(await card.locator('.source pre').textContent()).toBe(evil);
    expect(await page.locator('#explain-list script, #explain-list img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await shot(page, 'ru-injection');
    await page.close();
  });

  it('is keyboard usable and labelled, and fits a phone screen', async () => {
    const page = await open('en/explain.html', { width: 360, height: 740 });
    const e = ui.en.explain;
    expect(await page.getByLabel(e.inputLabel).count()).toBe(1);
    expect(await page.getByLabel(e.strictLabel).count()).toBe(1);
    await page.getByLabel(e.inputLabel).focus();
    await page.keyboard.type('421 4.3.2 Service shutting down');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explain-strict');
    await page.keyboard.press('Space');
    expect(await page.locator('#explain-strict-verdict').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explain-copy');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explain-open');
    // An example button by keyboard replaces the text and explains it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#explain-list h3 .codes').first().textContent()).toBe('550 5.1.1');
    const long = `550 5.1.1 ${'averyveryverylongwordwithoutanyspace'.repeat(8)}`;
    await type(page, long);
    await expect.poll(() => page.locator('#explain-list .source pre').first().textContent()).toBe(long);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await shot(page, 'en-phone');
    await page.close();
  });

  it('a bounce dropped on the text area: the MIME script loads only then, one card per recipient', async () => {
    const page = await open('en/explain.html');
    const loaded = scriptsLoaded(page);
    await page.reload();
    await type(page, GMAIL);
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(loaded).not.toContain('explain-mime.js');

    const eml = readFileSync(join(REAL, 'postfix/BP11-failed.eml'), 'utf8');
    const drop = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'BP11-failed.eml', { type: 'message/rfc822' }));
      return data;
    }, eml);
    await page.dispatchEvent('#explain-input', 'drop', { dataTransfer: drop });
    await expect.poll(() => page.locator('#explain-list > li.explanation.recipient').count()).toBe(2);
    expect(loaded.filter((f) => f === 'explain-mime.js')).toHaveLength(1);
    expect(await page.inputValue('#explain-input')).toBe(eml);
    expect(await page.locator('#explain-list > li.notice h3').textContent()).toBe('Bounce (non-delivery report)');
    expect(await page.locator('#explain-list > li.notice dd').first().textContent()).toContain('postfix');
    expect(await page.locator('#explain-summary').textContent()).toBe('Bounce (non-delivery report) · 2 recipients');
    const lines = await page.locator('#explain-list > li.recipient .recipient-line').allTextContents();
    expect(lines.sort()).toEqual([
      'Recipient mailboxfull@smtp-server.real-logs.test — failed',
      'Recipient nosuchuser@smtp-server.real-logs.test — failed',
    ]);
    expect((await page.locator('#explain-list > li.recipient h3 .codes').allTextContents()).sort()).toEqual(['550 5.1.1', '552 5.2.2']);
    await shot(page, 'en-dropped-bounce');

    // Pasted as text, a second message: the script is not requested again.
    const exim = readFileSync(join(REAL, 'exim/EB05.eml'), 'utf8');
    await page.fill('#explain-input', exim);
    await expect
      .poll(() => page.locator('#explain-list > li.recipient .recipient-line').allTextContents())
      .toEqual(['Recipient mailboxfull@smtp-server.real-logs.test — failed']);
    expect(loaded.filter((f) => f === 'explain-mime.js')).toHaveLength(1);
    await page.close();
  });

  it('a message opened with the file button, on the Japanese page', async () => {
    const page = await open('ja/explain.html');
    await page.setInputFiles('#explain-file', join(REAL, 'sendmail/SB06-failed.eml'));
    await expect.poll(() => page.locator('#explain-list > li.notice h3').textContent()).toBe('不達通知 (バウンスメール)');
    const want = expected['sendmail/SB06-failed.eml']!.recipients.map((r) => r.recipient);
    expect(await page.locator('#explain-list > li.explanation.recipient').count()).toBe(want.length);
    expect(await page.locator('#explain-list > li.recipient .recipient-line strong').allTextContents()).toEqual(
      expect.arrayContaining(want.map((r) => `受信者 ${r}`)),
    );
    expect(await page.locator('#explain-summary').textContent()).toContain(`受信者 ${want.length} 件`);
    // A short message is kept in the link…
    expect(fromFragment(new URL(page.url()).hash)?.text).toBe(readFileSync(join(REAL, 'sendmail/SB06-failed.eml'), 'utf8'));
    await shot(page, 'ja-opened-file');
    // …one too long for it (EB06 returns a 38 KB message) is explained but not put in the address.
    await page.setInputFiles('#explain-file', join(REAL, 'exim/EB06.eml'));
    await expect
      .poll(() => page.locator('#explain-list > li.recipient .recipient-line strong').allTextContents())
      .toEqual(['受信者 root@smtp-server.real-logs.test']);
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('the search box still works there (its index loads when first used)', async () => {
    const page = await open('en/explain.html');
    await page.locator('#search-input').focus();
    await page.fill('#search-input', '5.1.1');
    await expect.poll(() => page.locator('#search-list li .code').allTextContents()).toEqual(['X.1.1']);
    await page.close();
  });

  it('made no network request and no script error', () => {
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
