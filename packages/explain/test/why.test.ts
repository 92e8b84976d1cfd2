// The reason and provider every record of parseBounce and every explanation carries (issue 15
// part 5): on the real notices, on every provider's documented codes, and in the layout.

import { readFileSync } from 'node:fs';
import { describeProvider, describeReason, providers } from '@smtp-codes/constants';
import { jaReasons } from '@smtp-codes/constants/locales/ja';
import { ruReasons } from '@smtp-codes/constants/locales/ru';
import { describe, expect, it } from 'vitest';
import { en, explainFinding, explainRecipient, extract, type Finding, layoutExplanation, parseBounce } from '../src/index.js';
import { ja } from '../src/ja.js';
import { ru } from '../src/ru.js';
import { EXPECTED_REASON } from './bounce-reasons.js';
import { ROOT } from './helpers.js';

const DIR = `${ROOT}test/fixtures/real/`;
const planned = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, { recipients: { recipient: string }[] }>;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CYRILLIC = /[\u0400-\u04ff]/;

describe('parseBounce: every recipient of the 22 real notices has a reason', () => {
  const files = Object.keys(planned);
  it('covers every recipient the reason tests name', () => {
    const names = files.flatMap((f) => planned[f]!.recipients.map((r) => `${f} ${r.recipient}`));
    expect(names.sort()).toEqual(Object.keys(EXPECTED_REASON).sort());
  });

  it.each(files)('%s', async (file) => {
    const report = await parseBounce(readFileSync(DIR + file));
    for (const rec of report.recipients) {
      const key = `${file} ${rec.recipient?.toLowerCase()}`;
      const id = EXPECTED_REASON[key];
      expect(rec.reason.id, key).toBe(id);
      expect(rec.reason.title, key).toBe(describeReason(id!)!.title);
      expect(rec.reason.severity, key).toBe(describeReason(id!)!.severity);
      // Only `on-hold` (a code with nothing a rule knows) comes from no rule.
      if (id === 'on-hold') expect(rec.reason.evidence.rule, key).toBe('none');
      else expect(rec.reason.evidence.rule, key).not.toBe('none');
      // None of these test servers is a provider of spec/providers.
      expect(rec.provider, key).toBeNull();
      // The explanation of the recipient gives the same reason, in each language's words.
      for (const [language, texts] of [
        [en, undefined],
        [ja, jaReasons],
        [ru, ruReasons],
      ] as const) {
        const e = explainRecipient(rec, language);
        expect(e.reason.id, key).toBe(id);
        expect(e.reason.title, key).toBe(describeReason(id!, texts)!.title);
        expect(e.reason.action, key).toBe(describeReason(id!, texts)!.action);
      }
    }
  });

  it('JSON of a record: reason id, English title, severity and evidence; provider null', async () => {
    const report = await parseBounce(readFileSync(`${DIR}postfix/BP01.eml`));
    const json = JSON.parse(JSON.stringify(report.recipients[0]));
    expect(json.reason).toEqual({
      id: 'user-unknown',
      title: describeReason('user-unknown')!.title,
      severity: 'hard',
      evidence: expect.objectContaining({ rule: expect.any(String) }),
    });
    expect(json.provider).toBeNull();
  });
});

/** A reply as a finding, with the host the provider is recognised by. */
function finding(code: number | undefined, enhanced: string | null, text: string | undefined, host: string): Finding {
  const t = text ?? 'rejected';
  return {
    kind: 'reply',
    line: 1,
    source: `${code ?? ''} ${enhanced ?? ''} ${t}`.trim(),
    reply: null,
    code: code ?? null,
    enhanced,
    text: t,
    context: { host },
    warnings: [],
    error: null,
  };
}

describe("every provider's documented codes give the provider's reason and meaning through explainFinding", () => {
  const cases = Object.values(providers).flatMap((p) => p.codes.map((code, index) => [p.id, index, code] as const));
  it('covers all 13 providers', () => {
    expect(new Set(cases.map(([id]) => id)).size).toBe(13);
  });

  it.each(cases)('%s code %i', (id, _index, code) => {
    const host = providers[id]!.recognise.hosts[0]!;
    const f = finding(code.reply, code.enhanced, code.text, host);
    for (const [language, texts] of [
      [en, undefined],
      [ja, jaReasons],
      [ru, ruReasons],
    ] as const) {
      const e = explainFinding(f, language);
      expect(e.reason.id).toBe(code.reason);
      expect(e.reason.evidence).toMatchObject({ rule: 'provider', provider: id });
      expect(e.provider).toMatchObject({ id, name: providers[id]!.name });
      // The meaning of the code that decided (another of the same reason may fit as well).
      const index = e.reason.evidence.rule === 'provider' ? e.reason.evidence.index : -1;
      const meaning = describeProvider(id, texts)!.codes[index]!.meaning;
      expect(meaning.length).toBeGreaterThan(0);
      expect(e.provider?.meaning).toBe(meaning);
      if (language === ja) expect(e.provider?.meaning).toMatch(JAPANESE);
      if (language === ru) expect(e.provider?.meaning).toMatch(CYRILLIC);
    }
  });
});

describe('the layout: the provider first, then the registry, each labelled', () => {
  const gmail =
    '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\r\n421 4.7.28 from your IP address. To protect our users, mail has been temporarily rate limited. x1si - gsmtp\r\n';

  it.each([
    [en, 'Gmail / Google Workspace says', 'Registry', 'Bounce reason'],
    [ja, 'Gmail / Google Workspace の説明', 'レジストリ', 'バウンス理由'],
    [ru, 'По данным Gmail / Google Workspace', 'Реестр', 'Причина недоставки'],
  ] as const)('Gmail 421 4.7.28 (%#)', (language, says, registry, reasonLabel) => {
    const [f] = extract(gmail);
    const e = explainFinding(f!, language);
    expect(e.provider?.id).toBe('gmail');
    expect(e.reason.id).toBe('rate-limited');
    const l = layoutExplanation(e, language.messages);
    expect(l.provider?.meanings.map((r) => r.label)).toEqual([says, registry]);
    expect(l.provider?.meanings[0]?.value).toBe(e.provider?.meaning);
    // The registry's meaning is the enhanced code's title (mail flood), not Gmail's.
    expect(l.provider?.meanings[1]?.value).toBe(e.enhancedStatus?.title);
    expect(l.provider?.meanings[0]?.value).not.toBe(l.provider?.meanings[1]?.value);
    expect(l.reason.label).toBe(reasonLabel);
    expect(l.reason.title).toBe(e.reason.title);
    expect(l.reason.rows.map((r) => r.label)).toEqual([language.messages.why.whatToDo, language.messages.why.decidedBy]);
    expect(l.reason.rows[1]?.value).toBe(language.messages.why.rules.provider('Gmail / Google Workspace'));
  });

  it('without a provider: no provider block, and the rule names what matched', () => {
    const [f] = extract('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table\r\n');
    const e = explainFinding(f!, en);
    expect(e.provider).toBeNull();
    const l = layoutExplanation(e, en.messages);
    expect(l.provider).toBeNull();
    expect(l.reason.title).toBe(describeReason('user-unknown')!.title);
    expect(e.reason.evidence.rule).toBe('pattern');
    expect(l.reason.rows[1]?.value).toMatch(/^the text ".+"$/);
  });

  it('a recognised provider without a documented code: its name, no meanings', () => {
    const [f] = extract('552 5.2.2 Mailbox full\r\n');
    const e = explainFinding({ ...f!, context: { host: 'mx.google.com' } }, en);
    expect(e.provider).toMatchObject({ id: 'gmail', meaning: null, advice: null });
    expect(layoutExplanation(e, en.messages).provider).toMatchObject({ name: 'Gmail / Google Workspace', meanings: [] });
  });

  it('a class-only rule is named as the class', () => {
    const [f] = extract('250 2.0.0 Ok: queued as 12345\r\n');
    const e = explainFinding(f!, en);
    expect(e.reason).toMatchObject({ id: 'delivered', evidence: { rule: 'subject', code: '2' } });
    expect(layoutExplanation(e, en.messages).reason.rows[1]?.value).toBe('the class of the enhanced code (2)');
    expect(layoutExplanation(explainFinding(f!, ru), ru.messages).reason.rows[1]?.value).toBe('классу расширенного кода (2)');
  });

  it('an expired delivery names the action and what the reply said', () => {
    const [f] = extract('450 4.2.1 Mailbox temporarily unavailable\r\n');
    const e = explainFinding({ ...f!, context: { action: 'failed' } }, en);
    expect(e.reason.id).toBe('expired');
    expect(layoutExplanation(e, en.messages).reason.rows[1]?.value).toBe('the DSN action "failed" · the enhanced code X.2.1');
  });
});
