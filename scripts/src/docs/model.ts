// The view model of every page: the spec, the UI strings and the links, resolved for one language
// and one output format. The templates only print what is here.
import { ALL_CLASSES } from '../code-classes.js';
import { referenceLabel, referenceUrl } from '../references.js';
import { type Command, type EnhancedCode, LOCALES, type Locale, type Reference, type ReplyCode, type Spec } from '../types.js';
import { codePages } from './code-pages.js';
import { providerPages } from './provider-pages.js';
import { reasonPages } from './reason-pages.js';
import {
  classAnchor,
  commandAnchor,
  conceptAnchor,
  digitAnchor,
  enhancedAnchor,
  enhancedPage,
  type Format,
  type PageKey,
  pageLink,
  pagePath,
  providerPage,
  reasonPage,
  relativeLink,
  replyAnchor,
  replyPage,
  subjectAnchor,
  termAnchor,
} from './routes.js';
import { type DocStrings, format as fill, type Ui } from './strings.js';

export interface Link {
  label: string;
  href: string;
}

export interface PageModel {
  key: PageKey;
  /** Path relative to the language directory. */
  path: string;
  /** Template name (file name in md/ or html/ without .hbs). */
  template: string;
  /** Title of the page (also the <title> and the H1). */
  title: string;
  data: Record<string, unknown>;
}

/** Everything a page of one language and format needs besides its own data. */
export interface PageContext {
  locale: Locale;
  format: Format;
  ui: Ui;
  spec: Spec;
  strings: DocStrings;
  /** Absolute address of the site root (ends with "/") when the build was given SITE_URL. */
  siteUrl?: string;
}

const NAV: ReadonlyArray<[PageKey, keyof Ui['pages']]> = [
  ['overview', 'overview'],
  ['replyCodes', 'replyCodes'],
  ['enhancedCodes', 'enhancedCodes'],
  ['commands', 'commands'],
  ['reasons', 'reasons'],
  ['providers', 'providers'],
  ['glossary', 'glossary'],
  ['explain', 'explain'],
];

/** Pages that only the site has: the explain page runs a script, which Markdown cannot; the reason and provider pages are new with the site's page per code. */
const SITE_ONLY: ReadonlySet<PageKey> = new Set(['explain', 'reasons', 'providers']);

/** The list page a page belongs to in the navigation. */
function navSection(page: PageKey): PageKey {
  if (page.startsWith('command:')) return 'commands';
  if (page.startsWith('reply:')) return 'replyCodes';
  if (page.startsWith('enhanced:')) return 'enhancedCodes';
  if (page.startsWith('reason:')) return 'reasons';
  if (page.startsWith('provider:')) return 'providers';
  return page;
}

/** Absolute address of a page; a directory's index.html is addressed by the directory. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return siteUrl + sitePath.replace(/(^|\/)index\.html$/, '$1');
}

/** Relative path from a page of one language to the same page of another. */
export function languageLink(page: PageKey, format: Format, from: Locale, to: Locale): string {
  const path = pagePath(page, format);
  return relativeLink(`${from}/${path}`, `${to}/${path}`);
}

/** Links to the same page in the other languages, labelled in their own language. */
export function otherLanguages(ctx: PageContext, key: PageKey) {
  return LOCALES.filter((l) => l !== ctx.locale).map((l) => ({
    locale: l,
    label: ctx.strings.ui[l].languageName,
    href: languageLink(key, ctx.format, ctx.locale, l),
  }));
}

/** The frame around every page: navigation, language switch, paths to the site root. */
export function frame(ctx: PageContext, page: PageKey) {
  const path = pagePath(page, ctx.format);
  const depth = path.split('/').length - 1;
  return {
    locale: ctx.locale,
    ui: ctx.ui,
    /** From the page to its language directory ('' or '../'). */
    root: '../'.repeat(depth),
    /** From the page to the directory that holds the language directories. */
    top: '../'.repeat(depth + 1),
    nav: NAV.filter(([key]) => ctx.format === 'html' || !SITE_ONLY.has(key)).map(([key, label]) => ({
      label: ctx.ui.pages[label],
      href: pageLink(page, key, ctx.format),
      current: key === navSection(page),
    })),
    languages: LOCALES.map((l) => ({
      locale: l,
      label: ctx.strings.ui[l].languageName,
      href: languageLink(page, ctx.format, ctx.locale, l),
      current: l === ctx.locale,
    })),
    /** With SITE_URL: the page's absolute address and its absolute alternates (x-default: English). */
    canonical: ctx.siteUrl ? absoluteUrl(ctx.siteUrl, `${ctx.locale}/${path}`) : null,
    alternates: ctx.siteUrl
      ? [...LOCALES, 'x-default' as const].map((l) => ({
          hreflang: l,
          href: absoluteUrl(ctx.siteUrl!, `${l === 'x-default' ? 'en' : l}/${path}`),
        }))
      : [],
    /** Scripts of the page besides the site's own (file names in assets/); a page's data may set them. */
    scripts: [] as string[],
    /** Whether the search index loads only when the search box is used. */
    lazySearch: false,
  };
}

export function refs(spec: Spec, list: Reference[] | undefined, ui: Ui): Link[] {
  return (list ?? []).map((r) => ({ label: referenceLabel(r, ui.labels.ianaRegistry), href: referenceUrl(spec, r) }));
}

export function listFormat(locale: Locale, items: string[]): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

export function replyCodeView(ctx: PageContext, from: PageKey, r: ReplyCode) {
  const { locale, ui, spec, format } = ctx;
  const commandLinks = (names: string[]) => names.map((c) => ({ label: c, href: pageLink(from, `command:${c}`, format) }));
  return {
    code: r.code,
    anchor: replyAnchor(r.code),
    href: pageLink(from, 'replyCodes', format, replyAnchor(r.code)),
    /** The code's own page (site), else its entry. */
    pageHref: format === 'html' ? pageLink(from, replyPage(r.code), format) : pageLink(from, 'replyCodes', format, replyAnchor(r.code)),
    title: r.title[locale],
    description: r.description[locale],
    rfcText: r.text === null ? null : `${r.code} ${r.text}`,
    status: ui.status[r.status],
    statusKey: r.status,
    commands: commandLinks(r.commands),
    references: refs(spec, r.references, ui),
    enhanced: spec.enhanced.codes
      .filter((e) => e.associatedBasicCodes.includes(r.code))
      .map((e) => ({ label: e.code, href: pageLink(from, 'enhancedCodes', format, enhancedAnchor(e.code)), title: e.title[locale] })),
    variants: (r.variants ?? []).map((v) => ({
      heading: fill(ui.replyCodes.variant, { commands: listFormat(locale, v.commands) }),
      commands: commandLinks(v.commands),
      title: v.title[locale],
      description: v.description[locale],
      rfcText: `${r.code} ${v.text}`,
      references: refs(spec, v.references, ui),
    })),
  };
}

export function enhancedView(ctx: PageContext, from: PageKey, e: EnhancedCode) {
  const { locale, ui, spec, format } = ctx;
  const classes = e.classes;
  const restricted = classes.length < ALL_CLASSES.length;
  const sources = e.classesFrom.map((f) =>
    f === 'rfc' ? referenceLabel({ doc: e.references[0]?.doc ?? 'RFC3463' }) : ui.enhancedCodes.classesFrom[f],
  );
  return {
    code: e.code,
    anchor: enhancedAnchor(e.code),
    href: pageLink(from, 'enhancedCodes', format, enhancedAnchor(e.code)),
    /** The code's own page (site), else its entry. */
    pageHref:
      format === 'html' ? pageLink(from, enhancedPage(e.code), format) : pageLink(from, 'enhancedCodes', format, enhancedAnchor(e.code)),
    title: e.title[locale],
    description: e.description[locale],
    note: e.note?.[locale],
    deprecated: e.deprecated,
    // "Deprecated duplicate of X.6.8" needs no "(deprecated)" after it.
    titleSaysDeprecated: e.title[locale].toLowerCase().includes(ui.labels.deprecatedStem),
    restricted,
    classes: restricted
      ? fill(ui.enhancedCodes.onlyClasses, { classes: listFormat(locale, classes.map(String)) })
      : ui.enhancedCodes.allClasses,
    classesSource: fill(ui.enhancedCodes.classesSource, { sources: listFormat(locale, sources) }),
    usedAs: classes.map((c) => `${c}${e.code.slice(1)}`),
    basic: e.associatedBasicCodes.map((c) => ({ label: String(c), href: pageLink(from, 'replyCodes', format, replyAnchor(c)) })),
    registryColumn: e.associatedBasicCodes.length === 0 ? fill(ui.enhancedCodes.registryColumn, { value: e.registryBasicCodes }) : null,
    references: refs(spec, e.references, ui),
  };
}

function commandView(ctx: PageContext, from: PageKey, c: Command) {
  const { locale, ui, spec, format } = ctx;
  const byCode = new Map(spec.replyCodes.map((r) => [r.code, r]));
  const replies = (codes: number[]) =>
    [...codes]
      .sort((a, b) => a - b)
      .map((code) => {
        const r = byCode.get(code)!;
        const variant = r.variants?.find((v) => v.commands.includes(c.command));
        return {
          code,
          href: format === 'html' ? pageLink(from, replyPage(code), format) : pageLink(from, 'replyCodes', format, replyAnchor(code)),
          title: (variant ?? r).title[locale],
          status: r.status === 'standard' ? null : ui.status[r.status],
        };
      });
  const groups = [
    { label: ui.commands.success, replies: replies(c.success) },
    { label: ui.commands.intermediate, replies: replies(c.intermediate) },
    { label: ui.commands.errors, replies: replies(c.errors) },
  ];
  return {
    command: c.command,
    anchor: commandAnchor(c.command),
    href: pageLink(from, `command:${c.command}`, format),
    title: c.title[locale],
    description: c.description[locale],
    note: c.note?.[locale],
    extension: c.extension ? fill(ui.commands.extensionValue, { keyword: c.extension }) : ui.commands.core,
    references: refs(spec, c.references, ui),
    groups: groups.filter((g) => g.replies.length > 0),
  };
}

function overviewPage(ctx: PageContext): PageModel {
  const { locale, ui, spec, format } = ctx;
  const key: PageKey = 'overview';
  const topic = (t: { title: Record<Locale, string>; description: Record<Locale, string>; references?: Reference[] }, anchor: string) => ({
    anchor,
    title: t.title[locale],
    description: t.description[locale],
    references: refs(spec, t.references, ui),
  });
  const digits = {
    kind: 'digits',
    first: spec.digits.first.map((d) => ({ ...topic(d, digitAnchor('first', d.digit)), label: `${d.digit}yz` })),
    second: spec.digits.second.map((d) => ({ ...topic(d, digitAnchor('second', d.digit)), label: `x${d.digit}z` })),
    third: topic(spec.digits.third, 'third-digit'),
  };
  const structure = {
    kind: 'structure',
    classes: spec.enhanced.classes.map((c) => ({
      label: `${c.class}.X.X`,
      title: c.title[locale],
      href: pageLink(key, 'enhancedCodes', format, classAnchor(c.class)),
    })),
    subjects: spec.enhanced.subjects.map((s) => ({
      label: `X.${s.subject}.X`,
      title: s.title[locale],
      href: pageLink(key, 'enhancedCodes', format, subjectAnchor(s.subject)),
    })),
  };
  // The digits follow the first concept (the structure of a reply); the class/subject/detail
  // summary follows the concept that introduces enhanced codes.
  const sections: Array<Record<string, unknown>> = [];
  spec.concepts.forEach((c, i) => {
    sections.push({ kind: 'concept', ...topic(c, conceptAnchor(c.id)) });
    if (i === 0) sections.push(digits);
    if (c.id === 'enhanced-codes') sections.push(structure);
  });
  if (spec.concepts.length === 0) sections.push(digits);
  if (!spec.concepts.some((c) => c.id === 'enhanced-codes')) sections.push(structure);
  const contents = [
    { href: pageLink(key, 'replyCodes', format), label: ui.pages.replyCodes, text: ui.overview.contentsReplyCodes },
    { href: pageLink(key, 'enhancedCodes', format), label: ui.pages.enhancedCodes, text: ui.overview.contentsEnhancedCodes },
    { href: pageLink(key, 'commands', format), label: ui.pages.commands, text: ui.overview.contentsCommands },
    { href: pageLink(key, 'glossary', format), label: ui.pages.glossary, text: ui.overview.contentsGlossary },
  ];
  return { key, path: pagePath(key, format), template: 'overview', title: ui.overview.title, data: { contents, sections } };
}

function replyCodesPage(ctx: PageContext): PageModel {
  const key: PageKey = 'replyCodes';
  return {
    key,
    path: pagePath(key, ctx.format),
    template: 'reply-codes',
    title: ctx.ui.replyCodes.title,
    data: { codes: ctx.spec.replyCodes.map((r) => replyCodeView(ctx, key, r)) },
  };
}

function enhancedCodesPage(ctx: PageContext): PageModel {
  const { locale, ui, spec } = ctx;
  const key: PageKey = 'enhancedCodes';
  return {
    key,
    path: pagePath(key, ctx.format),
    template: 'enhanced-codes',
    title: ui.enhancedCodes.title,
    data: {
      intro: fill(ui.enhancedCodes.intro, { date: spec.registry.updated }),
      registry: { label: spec.registry.name, href: spec.registry.url },
      classes: spec.enhanced.classes.map((c) => ({
        anchor: classAnchor(c.class),
        label: `${c.class}.X.X`,
        title: c.title[locale],
        description: c.description[locale],
        references: refs(spec, c.references, ui),
      })),
      subjects: spec.enhanced.subjects.map((s) => ({
        anchor: subjectAnchor(s.subject),
        label: `X.${s.subject}.X`,
        title: s.title[locale],
        description: s.description[locale],
        references: refs(spec, s.references, ui),
        tableTitle: fill(ui.enhancedCodes.subjectCodes, { subject: s.subject }),
        codes: spec.enhanced.codes.filter((e) => e.subject === s.subject).map((e) => enhancedView(ctx, key, e)),
      })),
    },
  };
}

function commandsPages(ctx: PageContext): PageModel[] {
  const index: PageKey = 'commands';
  const pages: PageModel[] = [
    {
      key: index,
      path: pagePath(index, ctx.format),
      template: 'commands',
      title: ctx.ui.commands.title,
      data: { commands: ctx.spec.commands.map((c) => commandView(ctx, index, c)) },
    },
  ];
  for (const c of ctx.spec.commands) {
    const key: PageKey = `command:${c.command}`;
    const view = commandView(ctx, key, c);
    pages.push({
      key,
      path: pagePath(key, ctx.format),
      template: 'command',
      title: `${c.command}: ${view.title}`,
      data: { command: view },
    });
  }
  return pages;
}

function glossaryPage(ctx: PageContext): PageModel {
  const { locale, ui, strings } = ctx;
  const key: PageKey = 'glossary';
  return {
    key,
    path: pagePath(key, ctx.format),
    template: 'glossary',
    title: ui.glossary.title,
    data: {
      // The bounce reasons are site pages; the Markdown glossary has no page to link.
      reasonsLink: ctx.format === 'html' ? { label: ui.glossary.reasonsLink, href: pageLink(key, 'reasons', ctx.format) } : null,
      sections: strings.glossary.map((s) => ({
        anchor: `section-${s.id}`,
        title: s.title[locale],
        terms: s.terms.map((t) => ({
          anchor: termAnchor(t.id),
          en: t.en,
          ja: t.ja,
          ru: t.ru,
          meaning: t.meaning[locale],
          aka: t.aka?.[locale]?.length ? fill(ui.glossary.alsoSeen, { terms: listFormat(locale, t.aka[locale]!) }) : null,
        })),
      })),
    },
  };
}

/** Every page of one language in one format. */
export function buildPages(ctx: PageContext): PageModel[] {
  const pages = [overviewPage(ctx), replyCodesPage(ctx), enhancedCodesPage(ctx), ...commandsPages(ctx), glossaryPage(ctx)];
  if (ctx.format === 'html') pages.push(explainPage(ctx), ...codePages(ctx), ...reasonPages(ctx), ...providerPages(ctx));
  return pages;
}

/**
 * The "explain a reply" page: the form and the strings its script needs. The script bundles are
 * built by scripts/src/docs/bundle-explain.ts; the page of a language loads that language's data
 * bundle before the shared one.
 */
function explainPage(ctx: PageContext): PageModel {
  const { ui, locale, strings } = ctx;
  const key: PageKey = 'explain';
  const e = ui.explain;
  return {
    key,
    path: pagePath(key, ctx.format),
    template: 'explain',
    title: e.title,
    data: {
      // The search box loads its index only when used: the page's own script is large enough.
      lazySearch: true,
      // File names in the site's assets/ directory.
      scripts: [...(locale === 'en' ? [] : [`explain-${locale}.js`]), 'explain.js'],
      examples: strings.explainExamples.map((x) => ({ id: x.id, text: x.text, label: e.exampleLabels[x.id] ?? x.id })),
      // Strings the script fills in; data-* attributes keep them out of the script bundle.
      dynamic: [
        ['copied', e.copied],
        ['copy-failed', e.copyFailed],
        ['too-long', e.tooLongForLink],
        ['empty', e.empty],
        ['as-received', e.asReceived],
        ['shown-first', e.shownFirst],
        ['more-lines', e.moreLines],
        ['offending-line', e.offendingLine],
        ['strict-accepted', e.strictAccepted],
        ['strict-rejected', e.strictRejected],
        ...Object.entries(e.count).map(([rule, text]) => [`count-${rule}`, text]),
        // Where a code's own entry is, as templates, so the script does not restate the anchors.
        ['reply-href', pageLink(key, `reply:{code}` as PageKey, ctx.format)],
        ['enhanced-href', pageLink(key, enhancedPage('X.{subject}.{detail}'), ctx.format)],
      ].map(([name, value]) => ({ name, value })),
    },
  };
}

/** One entry of the site's search index. */
export interface SearchEntry {
  /** r: reply code, e: enhanced status code, c: command, b: bounce reason, p: provider. */
  k: 'r' | 'e' | 'c' | 'b' | 'p';
  /** The code or command as shown ('' for a reason or a provider: the title says it). */
  c: string;
  /** Title in the page's language. */
  t: string;
  /** URL relative to the language directory. */
  u: string;
  /** Classes the enhanced code is used with. */
  cl?: number[];
}

/** The entries the site search looks through, in the order results are listed. */
export function searchEntries(ctx: PageContext): Array<SearchEntry & { text: string }> {
  const { locale, spec } = ctx;
  const html = (page: PageKey, anchor?: string) => pageLink('overview', page, 'html', anchor);
  return [
    ...spec.replyCodes.map((r) => ({
      k: 'r' as const,
      c: String(r.code),
      t: r.title[locale],
      u: html(replyPage(r.code)),
      text: [
        r.title[locale],
        r.text ?? '',
        r.description[locale],
        ...(r.variants ?? []).flatMap((v) => [v.title[locale], v.text, v.description[locale]]),
      ].join(' '),
    })),
    ...spec.enhanced.codes.map((e) => ({
      k: 'e' as const,
      c: e.code,
      t: e.title[locale],
      u: html(enhancedPage(e.code)),
      cl: [...e.classes],
      text: [e.title[locale], e.description[locale], e.note?.[locale] ?? ''].join(' '),
    })),
    ...spec.commands.map((c) => ({
      k: 'c' as const,
      c: c.command,
      t: c.title[locale],
      u: html(`command:${c.command}`),
      text: [c.command, c.title[locale], c.description[locale]].join(' '),
    })),
    // Reasons and providers are found by words (their titles, Sisimai names, host names), never by a code.
    ...spec.reasons.map((r) => ({
      k: 'b' as const,
      c: '',
      t: r.title[locale],
      u: html(reasonPage(r.id)),
      text: [r.id, r.title[locale], r.description[locale], ...Object.values(r.aliases).flat()].join(' '),
    })),
    ...spec.providers.map((p) => ({
      k: 'p' as const,
      c: '',
      t: p.name,
      u: html(providerPage(p.id)),
      text: [p.id, p.name, ...p.recognise.hosts].join(' '),
    })),
  ];
}
