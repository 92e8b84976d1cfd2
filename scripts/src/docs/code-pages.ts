// The page of each code (site only): codes/550.html for a basic reply code, codes/X.1.1.html for
// an enhanced status code. Each holds what its entry on the list page holds, plus the digits or
// class/subject/detail spelled out, the retry advice, real replies, related codes and the same
// page in the other languages.
import type { EnhancedCode, ReplyCode, ReplyExample } from '../types.js';
import { enhancedView, type Link, otherLanguages, type PageContext, type PageModel, replyCodeView } from './model.js';
import { enhancedRule, providerCodesOf, providerCodeView, reasonLink, replyRule } from './reason-links.js';
import { classAdvice, replyAdvice, TOO_MANY_RECIPIENTS_CODES } from './retry.js';
import {
  classAnchor,
  conceptAnchor,
  digitAnchor,
  enhancedAnchor,
  enhancedPage,
  type PageKey,
  pageLink,
  pagePath,
  replyAnchor,
  replyPage,
  subjectAnchor,
} from './routes.js';
import { format as fill } from './strings.js';
import { plainText } from './text.js';

interface RelatedGroup {
  heading: string;
  codes: Array<Link & { title: string }>;
  /** Shown instead of an empty list; null: an empty group is left out. */
  none: string | null;
}

function examplesView(examples: ReplyExample[] | undefined) {
  return (examples ?? []).map((x) => ({ reply: x.reply, source: x.source }));
}

/** The providers' meanings of a code, each labelled with its provider. */
function providerMeanings(ctx: PageContext, key: PageKey, page: { reply: number } | { enhanced: string }) {
  return providerCodesOf(ctx.spec, page).map(({ provider, code, index }) => providerCodeView(ctx, key, provider, code, index));
}

function retryMore(ctx: PageContext, key: PageKey): Link {
  return { label: ctx.ui.code.retryMore, href: pageLink(key, 'overview', ctx.format, conceptAnchor('retry-behaviour')) };
}

function replyPageModel(ctx: PageContext, r: ReplyCode): PageModel {
  const { locale, ui, spec, format } = ctx;
  const key = replyPage(r.code);
  const view = replyCodeView(ctx, key, r);
  const [first, second] = [Math.floor(r.code / 100), Math.floor(r.code / 10) % 10];
  const firstDigit = spec.digits.first.find((d) => d.digit === first);
  const secondDigit = spec.digits.second.find((d) => d.digit === second);
  const digits = [
    {
      label: fill(ui.code.firstDigit, { digit: first }),
      title: firstDigit?.title[locale] ?? '',
      href: pageLink(key, 'overview', format, digitAnchor('first', first)),
    },
    {
      label: fill(ui.code.secondDigit, { digit: second }),
      title: secondDigit?.title[locale] ?? '',
      href: pageLink(key, 'overview', format, digitAnchor('second', second)),
    },
    { label: ui.code.thirdDigit, title: ui.code.thirdDigitText, href: pageLink(key, 'overview', format, 'third-digit') },
  ];
  const group = `${first}${second}x`;
  const related: RelatedGroup[] = [
    {
      heading: ui.code.sentWithEnhanced,
      codes: spec.enhanced.codes
        .filter((e) => e.associatedBasicCodes.includes(r.code))
        .map((e) => ({ label: e.code, title: e.title[locale], href: pageLink(key, enhancedPage(e.code), format) })),
      none: null,
    },
    {
      heading: fill(ui.code.sameGroup, { group }),
      codes: spec.replyCodes
        .filter((o) => o.code !== r.code && Math.floor(o.code / 10) === Math.floor(r.code / 10))
        .map((o) => ({ label: String(o.code), title: o.title[locale], href: pageLink(key, replyPage(o.code), format) })),
      none: null,
    },
  ];
  return {
    key,
    path: pagePath(key, format),
    template: 'code-reply',
    title: `${r.code} ${plainText(r.title[locale])}`,
    data: {
      entry: view,
      kind: ui.code.replyKind,
      digits,
      retry: {
        advice: [ui.code.advice[replyAdvice(r.code)], ...(TOO_MANY_RECIPIENTS_CODES.has(r.code) ? [ui.code.advice.tooManyRecipients] : [])],
        more: retryMore(ctx, key),
      },
      examples: examplesView(r.examples),
      reasons: (() => {
        const rule = replyRule(spec, r.code);
        return rule ? [{ codes: [String(r.code)], reason: reasonLink(ctx, key, rule.reason) }] : [];
      })(),
      providerMeanings: providerMeanings(ctx, key, { reply: r.code }),
      related: related.filter((g) => g.codes.length > 0 || g.none !== null),
      list: { label: fill(ui.code.inList, { page: ui.replyCodes.title }), href: pageLink(key, 'replyCodes', format, replyAnchor(r.code)) },
      otherLanguages: otherLanguages(ctx, key),
    },
  };
}

/** The reason each class of an enhanced code leads to, classes with the same reason together. */
function codeReasons(ctx: PageContext, key: PageKey, wires: string[]) {
  const byReason = new Map<string, string[]>();
  for (const wire of wires) {
    const rule = enhancedRule(ctx.spec, wire);
    if (rule) byReason.set(rule.reason, [...(byReason.get(rule.reason) ?? []), wire]);
  }
  return [...byReason].map(([reason, codes]) => ({ codes, reason: reasonLink(ctx, key, reason) }));
}

function enhancedPageModel(ctx: PageContext, e: EnhancedCode): PageModel {
  const { locale, ui, spec, format } = ctx;
  const key = enhancedPage(e.code);
  const view = enhancedView(ctx, key, e);
  // The classes the list page shows for this code (enhancedView), each with its meaning.
  const classes = view.usedAs.map((wire) => Number(wire[0]) as 2 | 4 | 5);
  const subject = spec.enhanced.subjects.find((s) => s.subject === e.subject);
  const related: RelatedGroup[] = [
    {
      heading: ui.code.sentWithBasic,
      codes: e.associatedBasicCodes.map((c) => ({
        label: String(c),
        title: spec.replyCodes.find((r) => r.code === c)?.title[locale] ?? '',
        href: pageLink(key, replyPage(c), format),
      })),
      none: view.registryColumn ?? ui.code.noneNamed,
    },
    {
      heading: fill(ui.code.sameSubject, { subject: e.subject }),
      codes: spec.enhanced.codes
        .filter((o) => o.subject === e.subject && o.code !== e.code)
        .map((o) => ({ label: o.code, title: o.title[locale], href: pageLink(key, enhancedPage(o.code), format) })),
      none: null,
    },
  ];
  return {
    key,
    path: pagePath(key, format),
    template: 'code-enhanced',
    title: `${e.code} ${plainText(e.title[locale])}`,
    data: {
      entry: view,
      kind: ui.code.enhancedKind,
      classList: classes.map((c) => ({
        label: `${c}.X.X`,
        title: spec.enhanced.classes.find((k) => k.class === c)?.title[locale] ?? '',
        href: pageLink(key, 'enhancedCodes', format, classAnchor(c)),
      })),
      subject: {
        label: `X.${e.subject}.X`,
        title: subject?.title[locale] ?? '',
        href: pageLink(key, 'enhancedCodes', format, subjectAnchor(e.subject)),
      },
      detail: { label: String(e.detail), title: e.title[locale] },
      retry: {
        advice: [
          ...classes.map((c) => `${fill(ui.code.retryAs, { code: `${c}${e.code.slice(1)}` })}${ui.colon}${ui.code.advice[classAdvice(c)]}`),
          ...(TOO_MANY_RECIPIENTS_CODES.has(e.code) ? [ui.code.advice.tooManyRecipients] : []),
        ],
        more: retryMore(ctx, key),
      },
      examples: examplesView(e.examples),
      reasons: codeReasons(ctx, key, view.usedAs),
      providerMeanings: providerMeanings(ctx, key, { enhanced: e.code }),
      related: related.filter((g) => g.codes.length > 0 || g.none !== null),
      list: {
        label: fill(ui.code.inList, { page: ui.enhancedCodes.title }),
        href: pageLink(key, 'enhancedCodes', format, enhancedAnchor(e.code)),
      },
      otherLanguages: otherLanguages(ctx, key),
    },
  };
}

/** One page per basic reply code and per enhanced status code, in the language of `ctx`. */
export function codePages(ctx: PageContext): PageModel[] {
  return [...ctx.spec.replyCodes.map((r) => replyPageModel(ctx, r)), ...ctx.spec.enhanced.codes.map((e) => enhancedPageModel(ctx, e))];
}
