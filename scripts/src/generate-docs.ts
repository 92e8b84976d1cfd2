// Renders spec/ through the handlebars templates of scripts/templates/docs/ into
//   --markdown  packages/docs/{README.md,en,ja,ru}/ (committed; a test checks they are current)
//   --site      packages/docs/site/ (static HTML, not committed), with the explain page's scripts
//               bundled by ./docs/bundle-explain.ts
// generateMarkdown and generateSite are pure: spec in, Map<path, content> out, no dates, no
// absolute paths. The CLI at the bottom only writes the map.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleExplain } from './docs/bundle-explain.js';
import { absoluteUrl, buildPages, frame, type PageContext, searchEntries } from './docs/model.js';
import { createRenderer } from './docs/render.js';
import { type Format, pagePath } from './docs/routes.js';
import { loadDocStrings, TEMPLATES_DIR } from './docs/strings.js';
import { plainText, SEARCH_FOLDS, searchNormalize } from './docs/text.js';
import { loadSpec, REPO_ROOT } from './load-spec.js';
import { LOCALES, type Spec } from './types.js';
import { writeGenerated } from './write-generated.js';

export const DOCS_DIR = 'packages/docs';
export const SITE_DIR = `${DOCS_DIR}/site`;
const NOTICE = 'Generated from spec/ by scripts/src/generate-docs.ts. Do not edit';
export const MD_HEADER = `<!-- ${NOTICE}: run \`npm run generate\` in packages/docs. -->\n`;
export const HTML_HEADER = `<!-- ${NOTICE}: run \`npm run build\` in packages/docs. -->\n`;
export const ASSET_HEADER = `/* ${NOTICE}: run \`npm run build\` in packages/docs. */\n`;

/** Collapses runs of blank lines, trims trailing spaces, ends with one newline. */
function tidyMarkdown(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function tidyHtml(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim()}\n`;
}

/** Options of the site build. */
export interface SiteOptions {
  /**
   * The address the site is published at (SITE_URL): every page gets its absolute canonical URL
   * and absolute hreflang alternates, and sitemap.xml lists every page. Without it every link is
   * relative and the site works from file://.
   */
  siteUrl?: string;
}

/** Checks and normalizes SITE_URL: an absolute http(s) URL without query or fragment, ending with "/". */
export function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com/smtp-codes/, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be http:// or https://, got ${JSON.stringify(value)}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`SITE_URL must not have a query, a fragment or credentials, got ${JSON.stringify(value)}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function render(spec: Spec, format: Format, options: SiteOptions = {}): Map<string, string> {
  const siteUrl = options.siteUrl === undefined ? undefined : normalizeSiteUrl(options.siteUrl);
  const strings = loadDocStrings();
  const renderer = createRenderer(TEMPLATES_DIR, format);
  const base = format === 'md' ? DOCS_DIR : SITE_DIR;
  const [header, tidy] = format === 'md' ? [MD_HEADER, tidyMarkdown] : [HTML_HEADER, tidyHtml];
  const out = new Map<string, string>();

  const title = LOCALES.map((l) => strings.ui[l].siteTitle).join(' · ');
  out.set(
    `${base}/${pagePath('overview', format)}`,
    header +
      tidy(
        renderer('language-index', {
          title,
          canonical: siteUrl ? absoluteUrl(siteUrl, 'index.html') : null,
          alternates: siteUrl
            ? [...LOCALES, 'x-default' as const].map((l) => ({
                hreflang: l,
                href: l === 'x-default' ? absoluteUrl(siteUrl, 'index.html') : absoluteUrl(siteUrl, `${l}/index.html`),
              }))
            : [],
          languages: LOCALES.map((l) => ({
            locale: l,
            label: strings.ui[l].languageName,
            siteTitle: strings.ui[l].siteTitle,
            href: `${l}/${pagePath('overview', format)}`,
            intro: strings.ui[l].languageIndexIntro,
            description: strings.ui[l].siteDescription,
            explain: strings.ui[l].languageIndexExplain,
            colon: strings.ui[l].colon,
          })),
        }),
      ),
  );

  for (const locale of LOCALES) {
    const ctx: PageContext = { locale, format, ui: strings.ui[locale], spec, strings, ...(siteUrl ? { siteUrl } : {}) };
    for (const page of buildPages(ctx)) {
      const context = {
        ...frame(ctx, page.key),
        page: { title: page.title, key: page.key },
        ...page.data,
        termLanguages: LOCALES.map((l) => ({ locale: l, label: strings.ui[l].languageName })),
      };
      out.set(`${base}/${locale}/${page.path}`, header + tidy(renderer(page.template, context)));
    }
    if (format === 'html') out.set(`${base}/${locale}/search-index.js`, searchIndex(ctx));
  }
  if (format === 'html' && siteUrl) out.set(`${base}/sitemap.xml`, sitemap(siteUrl, [...out.keys()], base));
  if (format === 'html') {
    for (const asset of ['style.css', 'docs.js']) {
      out.set(`${base}/assets/${asset}`, ASSET_HEADER + readFileSync(join(TEMPLATES_DIR, 'site', asset), 'utf8'));
    }
  }
  return out;
}

/** sitemap.xml: the absolute address of every HTML page (sitemaps.org protocol; no dates, so builds stay reproducible). */
function sitemap(siteUrl: string, files: string[], base: string): string {
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const urls = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, f.slice(base.length + 1)))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${NOTICE}: run \`SITE_URL=… npm run build\` in packages/docs. -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The per-language search index of the site: a script that sets window.smtpDocs. */
function searchIndex(ctx: PageContext): string {
  const { ui } = ctx;
  const entries = searchEntries(ctx).map(({ text, ...e }) => ({
    ...e,
    t: plainText(e.t),
    n: searchNormalize(`${e.c} ${plainText(e.t)}`, ctx.locale),
    s: searchNormalize(`${e.c} ${plainText(text)}`, ctx.locale),
  }));
  const data = {
    ui: {
      count: ui.search.count,
      none: ui.search.none,
      classNotUsed: ui.search.classNotUsed,
      kinds: {
        r: ui.search.kindReply,
        e: ui.search.kindEnhanced,
        c: ui.search.kindCommand,
        b: ui.search.kindReason,
        p: ui.search.kindProvider,
      },
    },
    fold: SEARCH_FOLDS[ctx.locale],
    entries,
  };
  // `<` escaped so that the data can never close a script element, U+2028/9 for old parsers.
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `${ASSET_HEADER}window.smtpDocs = ${json};\n`;
}

/** The committed Markdown docs: packages/docs/README.md and packages/docs/{en,ja,ru}/. */
export function generateMarkdown(spec: Spec): Map<string, string> {
  return render(spec, 'md');
}

/** The static site: packages/docs/site/ (absolute canonical addresses and sitemap.xml with `siteUrl`). */
export function generateSite(spec: Spec, options: SiteOptions = {}): Map<string, string> {
  return render(spec, 'html', options);
}

/** Files under `dir` (relative to the repo root), recursively, as repo-relative paths. */
export function listFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(REPO_ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(`${dir}/${e.name}`) : [`${dir}/${e.name}`])).sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--markdown') && !args.has('--site')) {
    console.error('usage: generate-docs.ts --markdown | --site');
    process.exit(2);
  }
  const spec = loadSpec();
  if (args.has('--markdown')) {
    const files = generateMarkdown(spec);
    // The generator owns the language directories: remove pages it no longer writes.
    for (const locale of LOCALES) {
      for (const stale of listFiles(`${DOCS_DIR}/${locale}`)) if (!files.has(stale)) rmSync(join(REPO_ROOT, stale));
    }
    console.log(`generated ${writeGenerated(files).length} Markdown files in ${DOCS_DIR}`);
  }
  if (args.has('--site')) {
    rmSync(join(REPO_ROOT, SITE_DIR), { recursive: true, force: true });
    const siteUrl = process.env.SITE_URL?.trim() || undefined;
    const site = generateSite(spec, siteUrl ? { siteUrl } : {});
    for (const [file, bundle] of await bundleExplain()) site.set(`${SITE_DIR}/assets/${file}`, bundle.text);
    const written = writeGenerated(site);
    console.log(`built ${written.length} files in ${SITE_DIR}; open ${relative(process.cwd(), join(REPO_ROOT, SITE_DIR, 'index.html'))}`);
  }
}
