// One record per recipient, with the precedence of issue 14: the remote server's words, then the
// DSN Status, then the reporting MTA's own summary.

import { enReasons } from '@smtp-codes/constants';
import type { Reply } from '@smtp-codes/parser';
import { lowerKeepingIndexes, trimSpace } from '../chars.js';
import type { ReasonInput } from '../reason.js';
import type { Finding, FindingContext } from '../types.js';
import { explainReason, reasonInput } from '../why.js';
import type { DsnField, DsnRecipientBlock } from './delivery-status.js';
import { normaliseAction } from './kind.js';
import type { Claim } from './notice-text.js';
import { afterType, asAddress } from './text.js';
import type { BounceAction, BounceRecipient, RecordSource } from './types.js';

/** The claims of the text, used at most once each, looked up by recipient. */
export class ClaimPool {
  private readonly used = new Set<Claim>();
  private readonly byRecipient = new Map<string, Claim[]>();
  private readonly anonymous: Claim[] = [];

  constructor(
    readonly claims: readonly Claim[],
    /** True when the notice is about one recipient only: claims that name none are its. */
    private readonly single: boolean,
  ) {
    for (const c of claims) {
      if (c.recipient === null) this.anonymous.push(c);
      else {
        const key = lowerKeepingIndexes(c.recipient);
        const list = this.byRecipient.get(key);
        if (list) list.push(c);
        else this.byRecipient.set(key, [c]);
      }
    }
  }

  /** The first unused claim of `rank` about `recipient` (of the MTA's own lines, one with an enhanced code first). */
  take(rank: Claim['rank'], recipient: string | null): Claim | undefined {
    const own = recipient === null ? [] : (this.byRecipient.get(lowerKeepingIndexes(recipient)) ?? []);
    const pools = this.single ? [own, this.anonymous] : [own];
    let claim: Claim | undefined;
    for (const pool of pools) {
      const mine = (c: Claim) => c.rank === rank && !this.used.has(c);
      claim = (rank === 'summary' ? pool.find((c) => mine(c) && c.hasEnhanced) : undefined) ?? pool.find(mine);
      if (claim) break;
    }
    if (claim) this.used.add(claim);
    return claim;
  }

  /** True when some claim of `rank` names `recipient`. */
  has(rank: Claim['rank'], recipient: string): boolean {
    return (this.byRecipient.get(lowerKeepingIndexes(recipient)) ?? []).some((c) => c.rank === rank);
  }

  /** Claims no record took and that name none of `recipients` (lower case). */
  unused(recipients: ReadonlySet<string>): Claim[] {
    return this.claims.filter(
      (c) =>
        !this.used.has(c) &&
        !(this.single && c.recipient === null) &&
        !(c.recipient !== null && recipients.has(lowerKeepingIndexes(c.recipient))),
    );
  }
}

/** A record from a DSN recipient block, completed from the text where the block is silent. */
export function recordFromDsn(block: DsnRecipientBlock, pool: ClaimPool, relayed: readonly string[]): BounceRecipient {
  const f = block.fields;
  const value = (name: string): string | null => f.get(name)?.value || null;
  const recipient = address(f.get('final-recipient')) ?? address(f.get('original-recipient'));
  const dsnAction = value('action');
  let action = dsnAction ? normaliseAction(dsnAction) : null;
  if (action === 'delivered' && recipient && relayed.includes(lowerKeepingIndexes(recipient))) action = 'relayed';
  const diagnosticField = f.get('diagnostic-code');
  const diagnostic = diagnosticField ? splitDiagnostic(diagnosticField.value) : null;

  let replyFinding = block.diagnostic?.reply ? block.diagnostic : undefined;
  let source: RecordSource = 'dsn';
  // Taken either way: the text's words about this recipient are not left over as stray findings.
  const claim = pool.take('remote', recipient);
  if (!replyFinding && claim?.finding.reply) {
    replyFinding = claim.finding;
    source = 'text';
  }
  const remoteMta = f.get('remote-mta');
  const status = block.status?.enhanced ?? null;
  const qmailStatus = pool.take('status', recipient);
  const summaryClaim = pool.take('summary', recipient);
  // A diagnostic that is not the remote server's reply is the MTA's own account.
  const ownDiagnostic = diagnostic && !block.diagnostic?.reply ? diagnostic.text : null;
  return build({
    recipient,
    originalRecipient: address(f.get('original-recipient')),
    action,
    dsnAction,
    status: status ?? qmailStatus?.finding.enhanced ?? null,
    reply: replyFinding?.reply ?? null,
    replyFinding: replyFinding ?? null,
    remoteHost: (remoteMta ? afterType(remoteMta.value) : null) || claim?.host || null,
    command: claim?.command ?? null,
    lastAttemptDate: value('last-attempt-date'),
    diagnostic,
    summary: ownDiagnostic ?? summaryText(summaryClaim) ?? summaryText(qmailStatus),
    summaryEnhanced: summaryClaim?.finding.enhanced ?? null,
    source,
    statusFinding: block.status,
  });
}

/** A record from the text alone (no DSN block names this recipient). */
export function recordFromText(recipient: string | null, pool: ClaimPool, action: BounceAction | null): BounceRecipient {
  const remote = pool.take('remote', recipient);
  const status = pool.take('status', recipient);
  const summary = pool.take('summary', recipient);
  const replyFinding = remote?.finding.reply ? remote.finding : null;
  return build({
    recipient,
    originalRecipient: null,
    action,
    dsnAction: null,
    status: status?.finding.enhanced ?? null,
    reply: replyFinding?.reply ?? null,
    replyFinding,
    remoteHost: remote?.host ?? null,
    command: remote?.command ?? null,
    lastAttemptDate: null,
    diagnostic: null,
    summary: summaryText(summary) ?? summaryText(status),
    summaryEnhanced: summary?.finding.enhanced ?? null,
    source: 'text',
    statusFinding: status?.finding,
  });
}

interface Parts {
  recipient: string | null;
  originalRecipient: string | null;
  action: BounceAction | null;
  dsnAction: string | null;
  status: string | null;
  reply: Reply | null;
  replyFinding: Finding | null;
  remoteHost: string | null;
  command: string | null;
  lastAttemptDate: string | null;
  diagnostic: { type: string; text: string } | null;
  summary: string | null;
  summaryEnhanced: string | null;
  source: RecordSource;
  statusFinding: Finding | undefined;
}

function build(p: Parts): BounceRecipient {
  const command = p.command ? commandName(p.command) : (p.replyFinding?.context.command ?? null);
  const enhanced = p.reply?.enhanced ?? p.status ?? p.summaryEnhanced ?? null;
  const context: FindingContext = {};
  if (p.recipient) context.recipient = p.recipient;
  if (p.remoteHost) context.host = p.remoteHost;
  if (command) context.command = command;
  if (p.dsnAction) context.action = p.dsnAction;
  else if (p.action) context.action = p.action;
  if (p.status) context.dsn = p.status;
  if (p.diagnostic) context.diagnosticType = p.diagnostic.type;
  const from = p.replyFinding ?? p.statusFinding;
  const finding: Finding = {
    kind: p.replyFinding ? (p.source === 'dsn' ? 'dsn-diagnostic' : 'reply') : p.statusFinding ? 'dsn-status' : 'code',
    line: from?.line ?? 1,
    source: from?.source ?? p.summary ?? p.recipient ?? '',
    reply: p.reply,
    code: p.reply?.code ?? null,
    enhanced,
    text: p.reply?.text ?? p.summary,
    context,
    warnings: p.replyFinding?.warnings ?? [],
    error: p.replyFinding?.error ?? null,
  };
  return {
    recipient: p.recipient,
    originalRecipient: p.originalRecipient,
    action: p.action,
    dsnAction: p.dsnAction,
    status: p.status,
    reply: p.reply,
    code: p.reply?.code ?? null,
    enhanced,
    remoteHost: p.remoteHost,
    command,
    lastAttemptDate: p.lastAttemptDate,
    diagnostic: p.diagnostic,
    summary: p.summary,
    source: p.source,
    finding,
    ...whyOf(recordReasonInput({ finding, diagnostic: p.diagnostic, remoteHost: p.remoteHost, dsnAction: p.dsnAction, action: p.action })),
  };
}

/**
 * What classifyReason reads of a record: its codes, the reply text (else the Diagnostic-Code, else
 * the MTA's summary, else `fallbackText`: what the notice's text says about the recipient), the
 * remote host (else `fallbackHost`: parseBounce passes the Reporting-MTA, since without a remote
 * host the server that wrote the notice is the one that refused), and the action.
 */
export function recordReasonInput(
  rec: Pick<BounceRecipient, 'finding' | 'diagnostic' | 'remoteHost' | 'dsnAction' | 'action'>,
  fallbackHost: string | null = null,
  fallbackText: string | null = null,
): ReasonInput {
  const f = rec.finding;
  const text = f.text ?? rec.diagnostic?.text ?? fallbackText;
  return reasonInput({
    code: f.code,
    enhanced: f.enhanced,
    text,
    host: rec.remoteHost ?? fallbackHost,
    action: rec.dsnAction ?? rec.action,
  });
}

/** The reason and provider of a record, with English titles (a record carries no language). */
export function whyOf(input: ReasonInput): Pick<BounceRecipient, 'reason' | 'provider'> {
  const { reason, provider } = explainReason(input, enReasons);
  const { description: _d, action: _a, ...info } = reason;
  return { reason: info, provider: provider ? { id: provider.id, name: provider.name } : null };
}

/** `smtp; 550 …` → type `smtp` (lower case) and the text; null without a `;` (as parseDiagnosticCode). */
function splitDiagnostic(value: string): { type: string; text: string } | null {
  const semi = value.indexOf(';');
  if (semi < 0) return null;
  const type = trimSpace(value.slice(0, semi)).toLowerCase();
  return type ? { type, text: trimSpace(value.slice(semi + 1)) } : null;
}

function summaryText(claim: Claim | undefined): string | null {
  return claim ? trimSpace(claim.finding.source) || null : null;
}

function address(field: DsnField | undefined): string | null {
  if (!field) return null;
  const v = afterType(field.value);
  return asAddress(v) ?? (v || null);
}

/** `RCPT TO:<bob@example.com>` → `RCPT TO`; `pipelined MAIL FROM:<a> SIZE=1` → `MAIL FROM`. */
function commandName(command: string): string {
  let c = trimSpace(command);
  if (lowerKeepingIndexes(c).startsWith('pipelined ')) c = trimSpace(c.slice(10));
  const colon = c.indexOf(':');
  if (colon > 0) c = c.slice(0, colon);
  return trimSpace(c);
}
