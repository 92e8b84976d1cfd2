// Why a message bounced: the reason rules of spec/reason-rules.yaml and the provider knowledge of
// spec/providers/, applied in the order of issue 15: provider > pattern > enhanced detail >
// subject > reply code > undetermined. The rules are data (@smtp-codes/constants); this is the one
// module of the package that runs regular expressions, because the spec's patterns are regular
// expressions. They are ours, checked by the spec loader, and run on at most MAX_REASON_TEXT
// characters of server text.
import {
  providers as knownProviders,
  type ProviderCodeFact,
  type ProviderFact,
  type ReasonRuleTables,
  reasonRules,
} from '@smtp-codes/constants';

/** Longest reply text the rules read; the rest is ignored and `textTruncated` says so. */
export const MAX_REASON_TEXT = 8192;

/** What is known about one recipient's delivery attempt. */
export interface ReasonInput {
  /** The basic reply code (550). */
  readonly code?: number;
  /** The enhanced status code as sent (`5.1.1`). */
  readonly enhanced?: string;
  /** The reply text, or the text the MTA wrote about the delivery (a DSN's Diagnostic-Code). */
  readonly text?: string;
  /** The remote host or the reporting MTA's name. */
  readonly host?: string;
  /** The DSN Action (RFC 3464): `failed` with a 4xx code means the sender's queue gave up. */
  readonly action?: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';
}

export interface ReasonTables {
  readonly rules: ReasonRuleTables;
  readonly providers: Readonly<Record<string, ProviderFact>>;
}

/** The tables @smtp-codes/constants publishes. */
export const defaultReasonTables: ReasonTables = { rules: reasonRules, providers: knownProviders };

/** Which rule decided, with what it matched. */
export type ReasonEvidence =
  | {
      readonly rule: 'provider';
      readonly provider: string;
      /** Index in the provider's `codes`. */
      readonly index: number;
      readonly code: ProviderCodeFact;
    }
  | { readonly rule: 'pattern'; readonly index: number; readonly pattern: string; readonly match: string }
  /** `code` is the rule's code (`X.1.1`, `5.4.4`), `enhanced` the code as sent. */
  | { readonly rule: 'enhanced' | 'subject'; readonly code: string; readonly enhanced: string }
  | { readonly rule: 'reply'; readonly code: number }
  /** The DSN Action decided: delivered, or expired (a transient failure the sender gave up on; `cause` is what the reply says). */
  | { readonly rule: 'action'; readonly action: string; readonly cause?: ReasonResult }
  /** No rule applied: `on-hold` when there was a code or text, `undetermined` when there was nothing. */
  | { readonly rule: 'none' };

export interface ReasonResult {
  /** An id of `reasonFacts` (`user-unknown`). */
  readonly reason: string;
  /** The provider recognised by host name or reply text, even when none of its codes applied. */
  readonly provider?: string;
  readonly evidence: ReasonEvidence;
  /** True when the text was longer than MAX_REASON_TEXT and only its start was read. */
  readonly textTruncated?: boolean;
}

const compiled = new WeakMap<object, RegExp[]>();
function patternsOf(rules: ReasonRuleTables): RegExp[] {
  let list = compiled.get(rules);
  if (!list) {
    list = rules.patterns.map((p) => new RegExp(p.pattern, 'i'));
    compiled.set(rules, list);
  }
  return list;
}

/** `5.1.1` -> [5, 1, 1]; anything else undefined. */
function enhancedParts(code: string | undefined): [number, number, number] | undefined {
  if (code === undefined) return undefined;
  const parts = code.trim().split('.');
  if (parts.length !== 3 || !parts.every((p) => p.length >= 1 && p.length <= 3 && [...p].every((c) => c >= '0' && c <= '9')))
    return undefined;
  const [c, s, d] = parts.map(Number) as [number, number, number];
  return c === 2 || c === 4 || c === 5 ? [c, s, d] : undefined;
}

function hostMatches(host: string, suffix: string): boolean {
  const trimmed = host.trim().toLowerCase();
  const h = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  return h === suffix || h.endsWith(`.${suffix}`);
}

function recogniseProvider(input: ReasonInput, text: string, tables: ReasonTables): ProviderFact | undefined {
  const all = Object.values(tables.providers);
  if (input.host) {
    const byHost = all.find((p) => p.recognise.hosts.some((suffix) => hostMatches(input.host ?? '', suffix)));
    if (byHost) return byHost;
  }
  if (!text) return undefined;
  return all.find((p) => recognisersOf(p).some((re) => re.test(text)));
}

const recognisers = new WeakMap<object, RegExp[]>();
function recognisersOf(provider: ProviderFact): RegExp[] {
  let list = recognisers.get(provider);
  if (!list) {
    list = provider.recognise.patterns.map((source) => new RegExp(source, 'i'));
    recognisers.set(provider, list);
  }
  return list;
}

/**
 * The provider code that fits the reply best: every field it gives matches, the most fields win.
 * The spec loader checks each provider's codes with the same choice (bestProviderCode in
 * scripts/src/spec-reasons.ts), so that no code is shadowed by another of a different reason.
 */
function providerCode(provider: ProviderFact, input: ReasonInput, text: string): number | undefined {
  const lower = text.toLowerCase();
  let best: number | undefined;
  let bestFields = 0;
  provider.codes.forEach((c, i) => {
    if (c.enhanced !== null && c.enhanced !== input.enhanced?.trim()) return;
    if (c.reply !== undefined && c.reply !== input.code) return;
    if (c.text !== undefined && !lower.includes(c.text.toLowerCase())) return;
    const fields = (c.enhanced !== null ? 1 : 0) + (c.reply !== undefined ? 1 : 0) + (c.text !== undefined ? 1 : 0);
    if (fields > bestFields) {
      best = i;
      bestFields = fields;
    }
  });
  return best;
}

/** The reason the reply itself gives, without looking at the DSN Action. */
function fromReply(input: ReasonInput, text: string, provider: ProviderFact | undefined, tables: ReasonTables): ReasonResult {
  const withProvider = provider ? { provider: provider.id } : {};
  if (provider) {
    const index = providerCode(provider, input, text);
    const code = index === undefined ? undefined : provider.codes[index];
    if (code && index !== undefined)
      return { reason: code.reason, ...withProvider, evidence: { rule: 'provider', provider: provider.id, index, code } };
  }
  if (text) {
    const patterns = patternsOf(tables.rules);
    for (let i = 0; i < patterns.length; i++) {
      const m = patterns[i]?.exec(text);
      const rule = tables.rules.patterns[i];
      if (m && rule)
        return { reason: rule.reason, ...withProvider, evidence: { rule: 'pattern', index: i, pattern: rule.pattern, match: m[0] } };
    }
  }
  const parts = enhancedParts(input.enhanced);
  if (parts && input.enhanced) {
    const [c, s, d] = parts;
    const order: Array<[string, 'enhanced' | 'subject']> = [
      [`${c}.${s}.${d}`, 'enhanced'],
      [`${c}.${s}`, 'subject'],
      [`${c}`, 'subject'],
      [`X.${s}.${d}`, 'enhanced'],
      [`X.${s}`, 'subject'],
    ];
    for (const [code, rule] of order) {
      const reason = Object.hasOwn(tables.rules.enhanced, code) ? tables.rules.enhanced[code] : undefined;
      if (reason) return { reason, ...withProvider, evidence: { rule, code, enhanced: input.enhanced.trim() } };
    }
  }
  if (input.code !== undefined && Object.hasOwn(tables.rules.reply, input.code)) {
    const reason = tables.rules.reply[input.code];
    if (reason) return { reason, ...withProvider, evidence: { rule: 'reply', code: input.code } };
  }
  const anything = Boolean(text) || input.code !== undefined || input.enhanced !== undefined;
  return { reason: anything ? 'on-hold' : 'undetermined', ...withProvider, evidence: { rule: 'none' } };
}

/**
 * Why a delivery failed: a reason of spec/reasons.yaml and the rule that decided it. Pure: the same
 * input and tables give the same result.
 *
 * @example
 * classifyReason({ code: 550, enhanced: '5.1.1', text: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table' })
 * //=> { reason: 'user-unknown', evidence: { rule: 'pattern', ... } }
 */
export function classifyReason(input: ReasonInput, tables: ReasonTables = defaultReasonTables): ReasonResult {
  const full = input.text ?? '';
  const text = full.length > MAX_REASON_TEXT ? full.slice(0, MAX_REASON_TEXT) : full;
  const truncated = full.length > MAX_REASON_TEXT ? { textTruncated: true } : {};
  const provider = recogniseProvider(input, text, tables);
  const withProvider = provider ? { provider: provider.id } : {};
  if (input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded')
    return { reason: 'delivered', ...withProvider, evidence: { rule: 'action', action: input.action }, ...truncated };
  const cause = fromReply(input, text, provider, tables);
  const transient = (enhancedParts(input.enhanced)?.[0] ?? (input.code === undefined ? undefined : Math.floor(input.code / 100))) === 4;
  // A transient failure reported as failed: the sending queue gave up retrying.
  if (input.action === 'failed' && transient && cause.reason !== 'expired')
    return { reason: 'expired', ...withProvider, evidence: { rule: 'action', action: 'failed', cause }, ...truncated };
  return { ...cause, ...truncated };
}
