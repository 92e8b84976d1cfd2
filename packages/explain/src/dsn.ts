// DSN fields (RFC 3464) as findings, on top of the parser's parseStatusField/parseDiagnosticCode.

import { type ParseMode, parseDiagnosticCode, parseStatusField } from '@smtp-codes/parser';
import { hasReplyCodeAt, isDigit } from './chars.js';
import { readDiagnostic } from './embedded.js';
import { brokenReply } from './replies.js';
import type { Finding, FindingContext } from './types.js';

/**
 * A `Status:` field: `value` with folded lines joined by `\n `, `source` as the input had it. `Status: 5.1.1 (comment)` is a finding; a value
 * that starts like a code but is not one is a finding with error `dsn-status-syntax`; anything
 * else (mbox's `Status: RO`) is not a DSN field and gives undefined.
 */
export function parseDsnStatus(value: string, source: string, line: number, context: FindingContext): Finding | undefined {
  const status = parseStatusField(value);
  const base: Finding = {
    kind: 'dsn-status',
    line,
    source,
    reply: null,
    code: null,
    enhanced: null,
    text: null,
    context: { ...context },
    warnings: [],
    error: null,
  };
  if (status) return { ...base, enhanced: status.code, text: status.comment };
  const colon = value.indexOf(':');
  let i = colon + 1;
  while (value.charCodeAt(i) === 32 || value.charCodeAt(i) === 9) i++;
  const c = value.charCodeAt(i);
  if ((c === 50 || c === 52 || c === 53) && value.charCodeAt(i + 1) === 46 && isDigit(value.charCodeAt(i + 2))) {
    return { ...base, error: { kind: 'dsn-status-syntax', line } };
  }
  return undefined;
}

/**
 * A `Diagnostic-Code:` field (`value` with folded lines joined by `\n `, `source` as received), or a
 * bare `smtp; …` value. Type smtp
 * with a reply: a finding with the reply; a reply that does not parse: a finding with the error;
 * any other type, or smtp text without a code: nothing (the `Status:` field carries the code).
 */
export function parseDsnDiagnostic(value: string, source: string, line: number, context: FindingContext, mode: ParseMode): Finding[] {
  const diagnostic = parseDiagnosticCode(value);
  if (!diagnostic) return [];
  const ctx: FindingContext = { ...context, diagnosticType: diagnostic.type };
  if (diagnostic.type !== 'smtp' || !hasReplyCodeAt(diagnostic.text, 0)) return [];
  const { reply, error } = readDiagnostic(diagnostic, diagnostic.text, mode);
  if (!reply) {
    const broken = brokenReply(line, source, diagnostic.text, { kind: error ?? 'bad-code', line });
    return [{ ...broken, kind: 'dsn-diagnostic', context: ctx }];
  }
  return [
    {
      kind: 'dsn-diagnostic',
      line,
      source,
      reply,
      code: reply.code,
      enhanced: reply.enhanced,
      text: reply.text,
      context: ctx,
      warnings: reply.warnings.map((w) => ({ kind: w.kind, line })),
      error: null,
    },
  ];
}
