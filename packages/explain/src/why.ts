// The bounce reason and the provider of one delivery, as records and explanations carry them:
// classifyReason (./reason.ts) on the codes, the text, the host and the DSN action, with the titles
// of the language asked for. The language's texts come in its ReasonTextData, so that a page that
// loads one language gets that language's reason texts alone.

import { lookupProvider, lookupReason, type ReasonSeverity, type ReasonTextData } from '@smtp-codes/constants';
import { classifyReason, type ReasonEvidence, type ReasonInput, type ReasonResult } from './reason.js';

/** A record's or finding's reason: the id of spec/reasons.yaml, its title, and the rule that decided. */
export interface ReasonInfo {
  /** `user-unknown`; `undetermined` when there was nothing to read. */
  id: string;
  /** The reason's title in the language of the explanation (English in parseBounce records). */
  title: string;
  severity: ReasonSeverity;
  evidence: ReasonEvidence;
  /** True when the text was longer than the rules read (MAX_REASON_TEXT). */
  textTruncated?: boolean;
}

/** The reason with what it means and what to do, in the language of the explanation. */
export interface ExplainedReason extends ReasonInfo {
  description: string;
  /** What the sender should do. */
  action: string;
}

/** The receiving mail provider, recognised from the host name or the reply text. */
export interface ProviderInfo {
  /** An id of spec/providers (`gmail`). */
  id: string;
  /** The product name (`Gmail / Google Workspace`). */
  name: string;
}

/** The provider with its own meaning of the code, when one of its documented codes matched. */
export interface ExplainedProvider extends ProviderInfo {
  /** The provider's documentation. */
  url: string;
  /** The provider's meaning of this reply, in the language of the explanation; null when none of its documented codes matched. */
  meaning: string | null;
  /** What to do, as the provider's documentation implies; null as `meaning`. */
  advice: string | null;
}

const ACTIONS: ReadonlySet<string> = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

/** The DSN action as the engine reads it: `relayed (to non-DSN-aware mailer)` → `relayed`; anything else undefined. */
export function reasonAction(action: string | null | undefined): ReasonInput['action'] {
  const value = (action ?? '').trim().toLowerCase();
  let end = 0;
  while (end < value.length && value[end] !== '(' && value[end] !== ' ' && value[end] !== '\t') end++;
  const word = value.slice(0, end);
  return ACTIONS.has(word) ? (word as ReasonInput['action']) : undefined;
}

/** What the engine gets from the facts of one delivery; absent facts are left out. */
export function reasonInput(facts: {
  code: number | null;
  enhanced: string | null;
  text: string | null;
  host: string | null | undefined;
  action: string | null | undefined;
}): ReasonInput {
  const action = reasonAction(facts.action);
  return {
    ...(facts.code !== null ? { code: facts.code } : {}),
    ...(facts.enhanced !== null ? { enhanced: facts.enhanced } : {}),
    ...(facts.text ? { text: facts.text } : {}),
    ...(facts.host ? { host: facts.host } : {}),
    ...(action ? { action } : {}),
  };
}

/** The reason and the provider of one delivery, in the language of `texts` (`enReasons`, `jaReasons`, `ruReasons`). */
export function explainReason(input: ReasonInput, texts: ReasonTextData): { reason: ExplainedReason; provider: ExplainedProvider | null } {
  return describeResult(classifyReason(input), texts);
}

/** A result of classifyReason in the words of `texts` (required: a default would bundle English with every caller). */
export function describeResult(
  result: ReasonResult,
  texts: ReasonTextData,
): { reason: ExplainedReason; provider: ExplainedProvider | null } {
  const d = lookupReason(result.reason, texts);
  const reason: ExplainedReason = {
    id: result.reason,
    title: d?.title ?? result.reason,
    severity: d?.severity ?? 'depends',
    description: d?.description ?? '',
    action: d?.action ?? '',
    evidence: result.evidence,
    ...(result.textTruncated ? { textTruncated: true } : {}),
  };
  let provider: ExplainedProvider | null = null;
  const p = result.provider ? lookupProvider(result.provider, texts) : undefined;
  if (p) {
    const ev = result.evidence.rule === 'action' ? result.evidence.cause?.evidence : result.evidence;
    const code = ev?.rule === 'provider' && ev.provider === p.id ? p.codes[ev.index] : undefined;
    provider = { id: p.id, name: p.name, url: p.url, meaning: code?.meaning ?? null, advice: code?.action ?? null };
  }
  return { reason, provider };
}
