// Headless Debian Chromium for the site tests, on the built site (packages/docs/site/, `npm run
// build`) opened by file:// URL as a reader would. Chromium is required: without it every test of
// a file that uses this fails with the reason; it never skips.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { generateSite, SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec, REPO_ROOT } from '../../../scripts/src/load-spec.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'packages/docs/test-results/screenshots');

/** file:// URL of a site path such as `en/index.html#code-550`. */
export const url = (path: string) => {
  const [file, hash] = path.split('#');
  return pathToFileURL(join(REPO_ROOT, SITE_DIR, file!)).href + (hash ? `#${hash}` : '');
};

export interface BrowserSession {
  /** A new tab showing `path`; script errors of every page it shows are collected in `errors`. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Script errors and console errors of every page opened. */
  readonly errors: string[];
  /** Requests that were not file:// (each is aborted). */
  readonly blocked: string[];
}

/**
 * Starts Chromium before the tests of the calling file and stops it after them. Every request
 * that is not file:// is aborted and recorded: the site must work without a server or network.
 */
export function useBrowser(extraFiles: () => string[] = () => []): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext;
  let unavailable: Error | undefined;
  const errors: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      unavailable = new Error(
        `Chromium is needed for the docs site test and was not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
      );
      return;
    }
    const site = generateSite(loadSpec());
    const stale = [...site].filter(([path, content]) => {
      const file = join(REPO_ROOT, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== content;
    });
    const missing = extraFiles().filter((f) => !existsSync(join(REPO_ROOT, f)));
    if (stale.length > 0 || missing.length > 0) {
      const first = stale[0]?.[0] ?? missing[0];
      unavailable = new Error(
        `packages/docs/site/ is missing or out of date (${stale.length + missing.length} files, first ${first}): run \`npm run build\` in packages/docs first.`,
      );
      return;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    context = await browser.newContext();
    await context.route(/^(?!file:)/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    errors,
    blocked,
    async open(path, viewport = { width: 1280, height: 900 }) {
      if (unavailable) throw unavailable;
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      await page.goto(url(path));
      return page;
    },
  };
}
