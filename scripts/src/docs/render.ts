// Handlebars set-up for the two output formats. Templates and partials live in
// scripts/templates/docs/{md,html}/ (partials in partials/). HTML escaping stays on: `{{x}}`
// escapes, and the helpers below escape spec text themselves before adding markup (code spans,
// paragraphs, links); no template uses the triple-stash.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Link } from './model.js';
import type { Format } from './routes.js';
import { escapeHtml, htmlInline, htmlParagraphs, mdInline, mdParagraphs } from './text.js';

/** Makes a URL safe inside a Markdown link destination. */
function mdUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A backtick code span whose content is literal; `|` is escaped for GFM tables. */
function mdLiteral(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replaceAll('|', '\\|')}${pad}${fence}`;
}

type Helpers = Record<string, Handlebars.HelperDelegate>;

function separator(options: Handlebars.HelperOptions): string {
  return (options.data as { root?: { locale?: string } }).root?.locale === 'ja' ? '、' : ', ';
}

const MD_HELPERS: Helpers = {
  t: (text: string) => new Handlebars.SafeString(mdInline(String(text))),
  paras: (text: string) => new Handlebars.SafeString(mdParagraphs(String(text))),
  literal: (text: string) => new Handlebars.SafeString(mdLiteral(String(text))),
  url: (url: string) => new Handlebars.SafeString(mdUrl(String(url))),
  links: (links: Link[], options: Handlebars.HelperOptions) =>
    new Handlebars.SafeString(links.map((l) => `[${mdInline(l.label)}](${mdUrl(l.href)})`).join(separator(options))),
};

const HTML_HELPERS: Helpers = {
  t: (text: string) => new Handlebars.SafeString(htmlInline(String(text))),
  paras: (text: string) => new Handlebars.SafeString(htmlParagraphs(String(text))),
  literal: (text: string) => new Handlebars.SafeString(`<code>${escapeHtml(String(text))}</code>`),
  links: (links: Link[], options: Handlebars.HelperOptions) =>
    new Handlebars.SafeString(links.map((l) => `<a href="${escapeHtml(l.href)}">${htmlInline(l.label)}</a>`).join(separator(options))),
};

const COMMON_HELPERS: Helpers = {
  eq: (a: unknown, b: unknown) => a === b,
};

export type Renderer = (template: string, context: Record<string, unknown>) => string;

/** Compiles every template of one format; returns a function that renders one by name. */
export function createRenderer(templatesDir: string, format: Format): Renderer {
  const hb = Handlebars.create();
  hb.registerHelper({ ...COMMON_HELPERS, ...(format === 'md' ? MD_HELPERS : HTML_HELPERS) });
  const dir = join(templatesDir, format);
  const options: CompileOptions = { strict: true, preventIndent: true };
  for (const file of readdirSync(join(dir, 'partials'))
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    hb.registerPartial(basename(file, '.hbs'), hb.compile(readFileSync(join(dir, 'partials', file), 'utf8'), options));
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    templates.set(basename(file, '.hbs'), hb.compile(readFileSync(join(dir, file), 'utf8'), options));
  }
  return (name, context) => {
    const template = templates.get(name);
    if (!template) throw new Error(`no template ${format}/${name}.hbs in ${templatesDir}`);
    return template(context);
  };
}
