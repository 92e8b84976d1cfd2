// What the reason rules and the providers' codes say about one code, and the views the reason,
// provider and code pages share. The lookup follows the order of spec/reason-rules.yaml (the same
// as classifyReason in @smtp-codes/explain; a docs test compares the two for every code).
import type { EnhancedCode, Provider, ProviderCode, Reason, Spec } from '../types.js';
import type { PageContext } from './model.js';
import { enhancedPage, type PageKey, pageLink, providerCodeAnchor, providerPage, reasonPage, replyPage } from './routes.js';

/** The enhanced rule that decides a code as sent (`5.4.4`): C.s.d, C.s, C, X.s.d, X.s; undefined if none. */
export function enhancedRule(spec: Spec, wire: string): { code: string; reason: string } | undefined {
  const [c, s, d] = wire.split('.');
  const order = [`${c}.${s}.${d}`, `${c}.${s}`, `${c}`, `X.${s}.${d}`, `X.${s}`];
  for (const code of order) {
    const rule = spec.reasonRules.enhanced.find((r) => r.code === code);
    if (rule) return rule;
  }
  return undefined;
}

/** The reason a basic reply code alone gives, if any. */
export function replyRule(spec: Spec, code: number): { code: number; reason: string } | undefined {
  return spec.reasonRules.reply.find((r) => r.code === code);
}

/** The registry code (`X.7.1`) of an enhanced code as sent, when the registry has it. */
export function registryCode(spec: Spec, wire: string): EnhancedCode | undefined {
  return indexOf(spec).registry.get(`X${wire.slice(1)}`);
}

interface SpecIndex {
  registry: Map<string, EnhancedCode>;
  /** Provider codes by the code page that shows them: `X.7.1` or `550`. */
  byPage: Map<string, Array<{ provider: Provider; code: ProviderCode; index: number }>>;
}

// Each of the ~600 pages asks these questions; the answers are worked out once per spec.
const indexes = new WeakMap<Spec, SpecIndex>();
function indexOf(spec: Spec): SpecIndex {
  let index = indexes.get(spec);
  if (!index) {
    const registry = new Map(spec.enhanced.codes.map((e) => [e.code, e]));
    const byPage = new Map<string, Array<{ provider: Provider; code: ProviderCode; index: number }>>();
    for (const entry of allProviderCodes(spec)) {
      const { enhanced, reply } = entry.code;
      const registered = enhanced === null ? undefined : registry.get(`X${enhanced.slice(1)}`);
      const page = registered ? registered.code : reply !== undefined ? String(reply) : undefined;
      if (page !== undefined) byPage.set(page, [...(byPage.get(page) ?? []), entry]);
    }
    index = { registry, byPage };
    indexes.set(spec, index);
  }
  return index;
}

/** A reason as a link with its severity, for lists and tables. */
export function reasonLink(ctx: PageContext, from: PageKey, id: string) {
  const reason = ctx.spec.reasons.find((r) => r.id === id);
  return {
    id,
    label: reason?.title[ctx.locale] ?? id,
    href: pageLink(from, reasonPage(id), ctx.format),
    severity: reason ? severityView(ctx, reason) : null,
  };
}

export function severityView(ctx: PageContext, reason: Reason) {
  return { key: reason.severity, label: ctx.ui.severity.label[reason.severity], text: ctx.ui.severity.text[reason.severity] };
}

/** One documented code of a provider, as the provider page, the reason pages and the code pages show it. */
export function providerCodeView(ctx: PageContext, from: PageKey, provider: Provider, code: ProviderCode, index: number) {
  const { spec, locale, format } = ctx;
  const registered = code.enhanced === null ? undefined : registryCode(spec, code.enhanced);
  const replyKnown = code.reply !== undefined && spec.replyCodes.some((r) => r.code === code.reply);
  return {
    provider: { label: provider.name, href: pageLink(from, providerPage(provider.id), format, providerCodeAnchor(index)) },
    anchor: providerCodeAnchor(index),
    reply:
      code.reply === undefined
        ? null
        : { label: String(code.reply), href: replyKnown ? pageLink(from, replyPage(code.reply), format) : null },
    enhanced:
      code.enhanced === null
        ? null
        : { label: code.enhanced, href: registered ? pageLink(from, enhancedPage(registered.code), format) : null },
    text: code.text ?? null,
    reason: reasonLink(ctx, from, code.reason),
    meaning: code.meaning[locale],
    action: code.action[locale],
  };
}

/** Every provider code, with its provider and its index in the provider's file. */
export function allProviderCodes(spec: Spec): Array<{ provider: Provider; code: ProviderCode; index: number }> {
  return spec.providers.flatMap((provider) => provider.codes.map((code, index) => ({ provider, code, index })));
}

/**
 * The provider codes a code page shows: on an enhanced code's page those with that code (any
 * class); on a basic code's page those with that reply code and no enhanced code of the registry
 * (those are on the enhanced code's page), so that every provider code appears on one code page.
 */
export function providerCodesOf(spec: Spec, page: { reply: number } | { enhanced: string }) {
  return indexOf(spec).byPage.get('enhanced' in page ? page.enhanced : String(page.reply)) ?? [];
}
