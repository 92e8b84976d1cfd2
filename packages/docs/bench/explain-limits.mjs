// The explain page on input that once froze it (issue 16, row 3): a link whose fragment holds
// 50,000 lines, then 130,000 lines pasted. Prints the time until the result shows and the page's
// element count beside the targets (5 s, 100,000 elements); nothing is asserted, figures move
// with the machine. Needs the built site (`npm run build`) and Debian's chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = join(root, 'site/en/explain.html');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(page)) {
  console.error('site/en/explain.html is missing: run `npm run build` first');
  process.exit(1);
}

const lines = (n) => Array.from({ length: n }, () => '550 5.1.1 x').join('\n');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const tab = await browser.newPage();
  const cards = () => tab.evaluate(() => document.querySelectorAll('#explain-list > li').length);
  const elements = () => tab.evaluate(() => document.getElementsByTagName('*').length);
  console.log('explain page on hostile input (targets from issue 16)');

  let start = Date.now();
  await tab.goto(`${pathToFileURL(page).href}#${new URLSearchParams({ text: lines(50_000) })}`);
  await tab.waitForFunction(() => document.querySelectorAll('#explain-list > li').length > 0, null, { timeout: 120_000 });
  const link = (Date.now() - start) / 1000;
  console.log(
    `  link with 50,000 lines    ${link.toFixed(2).padStart(6)} s (target < 5 s)  ${await cards()} cards, ${await elements()} elements (target < 100,000)`,
  );

  const text = lines(130_000);
  start = Date.now();
  const update = await tab.evaluate((t) => {
    const area = document.getElementById('explain-input');
    const t0 = performance.now();
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    return performance.now() - t0;
  }, text);
  console.log(
    `  130,000 lines pasted      ${(update / 1000).toFixed(2).padStart(6)} s (target < 5 s)  ${await cards()} cards, ${await elements()} elements (target < 100,000)`,
  );
} finally {
  await browser.close();
}
