import { readFileSync } from 'node:fs';
import spec from '@smtp-codes/constants/spec.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { classifyReason, defaultReasonTables, MAX_REASON_TEXT, type ReasonTables } from '../src/index.js';
import { reasonInputOf, recipientsOf } from './bounce-fixture.js';
import { ROOT } from './helpers.js';

const reasonIds = spec.reasons.map((r) => r.id);

describe('every example of the spec', () => {
  const patternCases = spec.reasonRules.patterns.flatMap((p, index) => p.examples.map((example) => [p.reason, index, example] as const));
  // The patterns alone (a provider's own rule for the same text comes first, tested below).
  const patternsOnly: ReasonTables = { rules: defaultReasonTables.rules, providers: {} };
  it.each(patternCases)('pattern of %s (%i): %s', (reason, index, example) => {
    expect(classifyReason({ text: example }, patternsOnly)).toMatchObject({ reason, evidence: { rule: 'pattern', index } });
  });

  const providerCases = spec.providers.flatMap((p) => p.codes.map((code, index) => [p.id, index, code] as const));
  it.each(providerCases)('code of %s (%i)', (provider, index, code) => {
    const host = spec.providers.find((p) => p.id === provider)!.recognise.hosts[0];
    const result = classifyReason({ code: code.reply, enhanced: code.enhanced ?? undefined, text: code.text, host });
    expect(result).toMatchObject({ reason: code.reason, provider, evidence: { rule: 'provider', provider } });
    // Another code of the provider may fit as well; the one chosen gives the same reason.
    if (result.evidence.rule === 'provider') expect(provider === result.evidence.provider && result.evidence.code.reason).toBe(code.reason);
    expect(index).toBeGreaterThanOrEqual(0);
  });

  const recogniseCases = spec.providers.flatMap((p) =>
    p.recognise.patterns.flatMap((r) => r.examples.map((example) => [p.id, example] as const)),
  );
  it.each(recogniseCases)('%s recognises %s', (provider, example) => {
    expect(classifyReason({ text: example }).provider).toBe(provider);
  });
});

describe('the order of the rules: provider > pattern > enhanced detail > subject > reply > undetermined', () => {
  it('a provider rule wins over the registry meaning', () => {
    const reply = {
      code: 421,
      enhanced: '4.7.28',
      text: '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address.',
    };
    expect(classifyReason(reply)).toMatchObject({
      reason: 'spam-detected',
      evidence: { rule: 'enhanced', code: 'X.7.28', enhanced: '4.7.28' },
    });
    expect(classifyReason({ ...reply, host: 'gmail-smtp-in.l.google.com' })).toMatchObject({
      reason: 'rate-limited',
      provider: 'gmail',
      evidence: { rule: 'provider', provider: 'gmail', code: { enhanced: '4.7.28' } },
    });
  });

  it('a recognised provider without a fitting code still names the provider', () => {
    expect(classifyReason({ code: 552, enhanced: '5.2.2', text: '552 5.2.2 Mailbox full', host: 'mx.google.com' })).toMatchObject({
      reason: 'mailbox-full',
      provider: 'gmail',
      evidence: { rule: 'pattern' },
    });
  });

  it('host names match by whole labels', () => {
    expect(classifyReason({ code: 550, host: 'aspmx.l.google.com.' }).provider).toBe('gmail');
    expect(classifyReason({ code: 550, host: 'GOOGLE.COM' }).provider).toBe('gmail');
    expect(classifyReason({ code: 550, host: 'notgoogle.com' }).provider).toBeUndefined();
  });

  it('a pattern wins over the enhanced code', () => {
    expect(classifyReason({ code: 550, enhanced: '5.1.1', text: '550 5.1.1 Mailbox full' })).toMatchObject({
      reason: 'mailbox-full',
      evidence: { rule: 'pattern' },
    });
  });

  it('the detail wins over the subject; a class-only rule over both for that class', () => {
    expect(classifyReason({ enhanced: '5.1.2' })).toMatchObject({ reason: 'host-unknown', evidence: { rule: 'enhanced', code: 'X.1.2' } });
    expect(classifyReason({ enhanced: '5.1.99' })).toMatchObject({ reason: 'user-unknown', evidence: { rule: 'subject', code: 'X.1' } });
    expect(classifyReason({ enhanced: '5.4.4' })).toMatchObject({ reason: 'host-unknown', evidence: { rule: 'enhanced', code: '5.4.4' } });
    expect(classifyReason({ enhanced: '4.4.4' })).toMatchObject({ reason: 'network-error', evidence: { rule: 'subject', code: 'X.4' } });
    expect(classifyReason({ enhanced: '2.6.0' })).toMatchObject({ reason: 'delivered', evidence: { rule: 'subject', code: '2' } });
  });

  it('the subject wins over the reply code, which is the last resort', () => {
    expect(classifyReason({ code: 552, enhanced: '5.6.99' })).toMatchObject({ reason: 'content-rejected', evidence: { rule: 'subject' } });
    expect(classifyReason({ code: 552 })).toMatchObject({ reason: 'mailbox-full', evidence: { rule: 'reply', code: 552 } });
    expect(classifyReason({ code: 552, enhanced: '9.9.9' })).toMatchObject({ reason: 'mailbox-full', evidence: { rule: 'reply' } });
  });

  it('nothing recognised: on-hold when there was a code or text, undetermined when there was nothing', () => {
    expect(classifyReason({ code: 550, enhanced: '5.0.0', text: '550 5.0.0 Not today' })).toEqual({
      reason: 'on-hold',
      evidence: { rule: 'none' },
    });
    expect(classifyReason({})).toEqual({ reason: 'undetermined', evidence: { rule: 'none' } });
    expect(classifyReason({ text: '' })).toEqual({ reason: 'undetermined', evidence: { rule: 'none' } });
  });

  it('the DSN action: delivered, and a transient failure given up on is expired', () => {
    expect(classifyReason({ action: 'relayed', code: 250 })).toMatchObject({
      reason: 'delivered',
      evidence: { rule: 'action', action: 'relayed' },
    });
    const expired = classifyReason({ action: 'failed', code: 450, enhanced: '4.2.2', text: '450 4.2.2 Mailbox full' });
    expect(expired).toMatchObject({ reason: 'expired', evidence: { rule: 'action', action: 'failed', cause: { reason: 'mailbox-full' } } });
    expect(classifyReason({ action: 'delayed', code: 450, enhanced: '4.2.2' }).reason).toBe('mailbox-full');
    expect(classifyReason({ action: 'failed', code: 550, enhanced: '5.2.2' }).reason).toBe('mailbox-full');
  });

  it('reads at most MAX_REASON_TEXT characters of text and says so', () => {
    const long = `${'x'.repeat(MAX_REASON_TEXT)} User unknown`;
    expect(classifyReason({ code: 550, text: long })).toEqual({ reason: 'on-hold', evidence: { rule: 'none' }, textTruncated: true });
    expect(classifyReason({ code: 550, text: long.slice(-200) }).reason).toBe('user-unknown');
  });

  it('takes its rules from the tables passed, and is pure', () => {
    const tables: ReasonTables = {
      rules: { patterns: [{ pattern: 'go away', reason: 'blocked' }], enhanced: {}, reply: {} },
      providers: {},
    };
    const input = { code: 550, enhanced: '5.1.1', text: '550 5.1.1 Go away', host: 'mx.google.com' };
    expect(classifyReason(input, tables)).toEqual({
      reason: 'blocked',
      evidence: { rule: 'pattern', index: 0, pattern: 'go away', match: 'Go away' },
    });
    expect(classifyReason(input, tables)).toEqual(classifyReason(input, tables));
    expect(classifyReason(input, defaultReasonTables)).toEqual(classifyReason(input));
  });

  it('every reason it can return exists', () => {
    for (const r of [...spec.reasonRules.patterns, ...spec.reasonRules.enhanced, ...spec.reasonRules.reply])
      expect(reasonIds).toContain(r.reason);
    for (const id of ['on-hold', 'undetermined', 'expired', 'delivered']) expect(reasonIds).toContain(id);
  });
});

// The bounces of test/fixtures/bounces (copied from the shared set, written by real postfix, exim
// and sendmail; expected.json is the planned outcome of each recipient). The reason expected for
// each recipient follows from that plan and what the notice says.
describe('real bounce messages', () => {
  const dir = `${ROOT}test/fixtures/bounces/`;
  const planned = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<
    string,
    {
      notice: string;
      recipients: Array<{ recipient: string; action: string; reply_code: number | null; enhanced_code: string | null; note: string }>;
    }
  >;
  const expectedReason: Record<string, string> = {
    'postfix/BP01.eml nosuchuser@exim.real-peers.test': 'user-unknown',
    // 550 5.7.1 with no words the patterns know: the X.7 subject (refused by policy).
    'postfix/BP02.eml multiline-reject@exim.real-peers.test': 'policy-rejected',
    'postfix/BP08.eml root@smtp-server.real-logs.test': 'message-too-big',
    'postfix/BP11-failed.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
    'postfix/BP11-failed.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
    // 450 4.2.1 "Mailbox temporarily unavailable": X.2.1, a mailbox not taking mail for now.
    'postfix/BP11-delayed.eml tempfail@smtp-server.real-logs.test': 'mailbox-disabled',
    // The same 4.2.1, reported as failed once the queue lifetime was over.
    'postfix/BP11-expired.eml tempfail@smtp-server.real-logs.test': 'expired',
    // postfix's own error transport, "outbound delivery disabled", Status 5.7.1: refused by policy.
    'postfix/BP12.eml someone@unrouted.invalid': 'policy-rejected',
    'postfix/BD01-success.eml root@aiosmtpd.real-peers.test': 'delivered',
    'postfix/BD01-success.eml root@smtp-server.real-logs.test': 'delivered',
    'postfix/BD01-success.eml inbox@bounces.real-logs.test': 'delivered',
    'exim/EB02.eml someone@nowhere-postfix.invalid': 'relaying-denied',
    'exim/EB05.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
    'exim/EB06.eml root@smtp-server.real-logs.test': 'message-too-big',
    'exim/EB08.eml contentreject@smtp-server.real-logs.test': 'content-rejected',
    // A delay warning with Status 4.0.0 and no word about the cause.
    'exim/EB11-delayed.eml someone@closed-port.invalid': 'on-hold',
    // "retry timeout exceeded" in the notice.
    'exim/EB11-expired.eml someone@closed-port.invalid': 'expired',
    'exim/ED01-success.eml root@haraka.real-peers.test': 'delivered',
    'exim/ED01-success.eml root@smtp-server.real-logs.test': 'delivered',
    'exim/ED01-success.eml inbox@exim-client.real-logs.test': 'delivered',
    'sendmail/SB01.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
    'sendmail/SB04.eml root@smtp-server.real-logs.test': 'message-too-big',
    'sendmail/SB06-failed.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
    'sendmail/SB06-failed.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
    'sendmail/SB06-expired.eml tempfail@smtp-server.real-logs.test': 'expired',
    // "Deferred: Connection refused by [127.0.0.1]" in the transcript.
    'sendmail/SB08-delayed.eml someone@closed-port.invalid': 'network-error',
    'sendmail/SB09.eml nosuchuser@sendmail-client.real-logs.test': 'user-unknown',
    'sendmail/SD01.eml root@smtp-server.real-logs.test': 'delivered',
    'sendmail/SD01.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
  };
  const cases = Object.entries(planned).flatMap(([file, entry]) => entry.recipients.map((r) => [file, r.recipient, r] as const));

  it('covers every recipient of expected.json', () => {
    expect(cases.map(([file, recipient]) => `${file} ${recipient}`).sort()).toEqual(Object.keys(expectedReason).sort());
    expect(cases).toHaveLength(29);
  });

  it.each(cases)('%s %s', (file, recipient, plan) => {
    const fields = recipientsOf(readFileSync(`${dir}${file}`, 'utf8')).find((r) => r.recipient.toLowerCase() === recipient.toLowerCase());
    expect(fields, `no delivery-status block for ${recipient}`).toBeDefined();
    const input = reasonInputOf(fields!);
    // A refusal as read from the notice is the reply the server was set up to send. (For a relayed
    // recipient the plan names the reply to the end of data, which the notices do not quote.)
    if (plan.action !== 'relayed' && plan.action !== 'delivered' && fields!.diagnosticType === 'smtp') {
      expect(input.code).toBe(plan.reply_code);
      if (plan.enhanced_code) expect(input.enhanced).toBe(plan.enhanced_code);
    }
    expect(classifyReason(input).reason).toBe(expectedReason[`${file} ${recipient}`]);
  });
});
