// The bounce reasons (site only): reasons/index.html lists them, reasons/<id>.html holds one
// reason with its severity, what to do, the names other tools give it, the rules that lead to it
// and the providers' codes that give it.
import type { Reason } from '../types.js';
import { otherLanguages, type PageContext, type PageModel } from './model.js';
import { allProviderCodes, providerCodeView, severityView } from './reason-links.js';
import { classAnchor, enhancedPage, type PageKey, pageLink, pagePath, reasonPage, replyPage, subjectAnchor } from './routes.js';
import { format as fill } from './strings.js';
import { plainText } from './text.js';

/** How other tools are named on the pages (the alias sets use lower-case ids). */
const TOOL_NAMES: Record<string, string> = { sisimai: 'Sisimai' };
const toolName = (tool: string) => TOOL_NAMES[tool] ?? tool;

function aliasesView(ctx: PageContext, reason: Reason) {
  return ctx.spec.reasonAliasSets
    .filter((set) => (reason.aliases[set.tool] ?? []).length > 0)
    .map((set) => ({
      label: fill(ctx.ui.reason.aliasesIn, { tool: toolName(set.tool) }),
      tool: { label: toolName(set.tool), href: set.url },
      names: reason.aliases[set.tool]!,
    }));
}

/** An enhanced rule's code as a link: a detail to the code's page, a subject or class to its entry on the list page. */
function enhancedRuleView(ctx: PageContext, from: PageKey, code: string) {
  const { ui, format } = ctx;
  const parts = code.split('.');
  const anyClass = parts[0] === 'X';
  if (parts.length === 3) {
    const registry = `X.${parts[1]}.${parts[2]}`;
    return {
      label: code,
      href: pageLink(from, enhancedPage(registry), format),
      note: anyClass ? null : fill(ui.reason.ruleClassOnly, { code }),
    };
  }
  if (parts.length === 2) {
    return {
      label: `${code}.X`,
      href: pageLink(from, 'enhancedCodes', format, subjectAnchor(Number(parts[1]))),
      note: anyClass ? fill(ui.reason.ruleSubject, { subject: parts[1]! }) : fill(ui.reason.ruleClassOnly, { code: `${code}.X` }),
    };
  }
  return {
    label: `${code}.X.X`,
    href: pageLink(from, 'enhancedCodes', format, classAnchor(Number(code))),
    note: fill(ui.reason.ruleClass, { class: code }),
  };
}

function reasonPageModel(ctx: PageContext, reason: Reason): PageModel {
  const { locale, ui, spec, format } = ctx;
  const key = reasonPage(reason.id);
  const patterns = spec.reasonRules.patterns
    .filter((p) => p.reason === reason.id)
    .map((p, i) => ({ id: `pattern-${i + 1}`, pattern: p.pattern, examples: p.examples }));
  const enhanced = spec.reasonRules.enhanced.filter((r) => r.reason === reason.id).map((r) => enhancedRuleView(ctx, key, r.code));
  const reply = spec.reasonRules.reply
    .filter((r) => r.reason === reason.id)
    .map((r) => ({
      label: String(r.code),
      href: pageLink(key, replyPage(r.code), format),
      title: spec.replyCodes.find((c) => c.code === r.code)?.title[locale] ?? '',
    }));
  const providerCodes = allProviderCodes(spec)
    .filter(({ code }) => code.reason === reason.id)
    .map(({ provider, code, index }) => providerCodeView(ctx, key, provider, code, index));
  return {
    key,
    path: pagePath(key, format),
    template: 'reason',
    title: plainText(reason.title[locale]),
    data: {
      reason: {
        id: reason.id,
        constant: `BounceReason.${reason.constant}`,
        description: reason.description[locale],
        action: reason.action[locale],
        severity: severityView(ctx, reason),
        aliases: aliasesView(ctx, reason),
      },
      rules: { patterns, enhanced, reply, any: patterns.length + enhanced.length + reply.length > 0 },
      providerCodes,
      severityHref: pageLink(key, 'reasons', format, 'severity'),
      list: { label: ui.reason.inList, href: pageLink(key, 'reasons', format, `reason-${reason.id}`) },
      otherLanguages: otherLanguages(ctx, key),
    },
  };
}

function reasonsIndex(ctx: PageContext): PageModel {
  const { locale, ui, spec, format } = ctx;
  const key: PageKey = 'reasons';
  return {
    key,
    path: pagePath(key, format),
    template: 'reasons',
    title: ui.reasons.title,
    data: {
      reasons: spec.reasons.map((r) => ({
        anchor: `reason-${r.id}`,
        href: pageLink(key, reasonPage(r.id), format),
        title: r.title[locale],
        severity: severityView(ctx, r),
        aliases: r.aliases.sisimai ?? [],
      })),
      severities: (['hard', 'soft', 'depends', 'none'] as const).map((s) => ({
        key: s,
        label: ui.severity.label[s],
        text: ui.severity.text[s],
      })),
    },
  };
}

/** The list of bounce reasons and a page per reason, in the language of `ctx`. */
export function reasonPages(ctx: PageContext): PageModel[] {
  return [reasonsIndex(ctx), ...ctx.spec.reasons.map((r) => reasonPageModel(ctx, r))];
}
