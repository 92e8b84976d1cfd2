// `explain` shows the bounce reason and the provider (issue 15): in the text, the provider's meaning
// before the registry's, each labelled, and the reason with what to do and the deciding rule; in
// --json, `reason` and `provider` in the language asked for. The real bin as a child process.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const GMAIL =
  '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n421 4.7.28 from your IP address. To protect our users, mail has been temporarily rate limited. x1si - gsmtp\n';
const NOTICE = readFileSync(new URL('../../explain/test/fixtures/formats/postfix-gmail.eml', import.meta.url), 'utf8');

const LANGUAGES = [
  {
    lang: 'en',
    says: 'Gmail / Google Workspace says',
    registry: 'Registry',
    reason: 'Bounce reason — Rate limited or too many connections',
    whatToDo: 'What to do',
    decided: 'Decided by',
    rule: 'a code Gmail / Google Workspace documents',
    unknown: 'Bounce reason — Recipient address does not exist',
  },
  {
    lang: 'ja',
    says: 'Gmail / Google Workspace の説明',
    registry: 'レジストリ',
    reason: 'バウンス理由 — ',
    whatToDo: '対処',
    decided: '判定の根拠',
    rule: 'Gmail / Google Workspace が公開しているコード',
    unknown: 'バウンス理由 — ',
  },
  {
    lang: 'ru',
    says: 'По данным Gmail / Google Workspace',
    registry: 'Реестр',
    reason: 'Причина недоставки — ',
    whatToDo: 'Что делать',
    decided: 'Определено по',
    rule: 'коду из документации Gmail / Google Workspace',
    unknown: 'Причина недоставки — ',
  },
] as const;

describe('explain: reason and provider', () => {
  it.each(LANGUAGES)('pasted Gmail 421 4.7.28, text ($lang)', (l) => {
    const r = cli(['explain', '--lang', l.lang, GMAIL]);
    expect(r.status).toBe(0);
    const out = r.stdout;
    // The provider's meaning first, the registry's beside it, both before the registry's sections.
    const says = out.indexOf(l.says);
    const registry = out.indexOf(`  ${l.registry} `);
    expect(says).toBeGreaterThan(0);
    expect(registry).toBeGreaterThan(says);
    expect(out.lastIndexOf('4.7.28 — ')).toBeGreaterThan(registry);
    expect(out).toContain(l.reason);
    expect(out).toContain(l.whatToDo);
    expect(out).toContain(`${l.decided}  ${l.rule}`);
  });

  it.each(LANGUAGES)('pasted Gmail 421 4.7.28, --json ($lang)', (l) => {
    const r = cli(['explain', '--json', '--lang', l.lang, GMAIL]);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout.trimEnd().split('\n')[0]!);
    expect(o.reason).toMatchObject({
      id: 'rate-limited',
      severity: 'soft',
      evidence: { rule: 'provider', provider: 'gmail', code: { reply: 421, enhanced: '4.7.28' } },
    });
    expect(o.provider).toMatchObject({ id: 'gmail', name: 'Gmail / Google Workspace', url: expect.stringMatching(/^https:\/\//) });
    expect(typeof o.provider.meaning).toBe('string');
    if (l.lang === 'ja') expect(o.reason.title + o.provider.meaning).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    if (l.lang === 'ru') expect(o.reason.title + o.provider.meaning).toMatch(/[\u0400-\u04ff]/);
    if (l.lang === 'en') expect(o.reason.title).toBe('Rate limited or too many connections');
  });

  it.each(LANGUAGES)('a whole notice: each recipient, text and --json ($lang)', (l) => {
    const text = cli(['explain', '--lang', l.lang], { input: NOTICE });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(l.says);
    expect(text.stdout).toContain(l.unknown);
    const json = cli(['explain', '--json', '--lang', l.lang], { input: NOTICE });
    const rows = json.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((o) => [o.recipient, o.reason.id, o.provider?.id])).toEqual([
      ['no-such-user@gmail.com', 'user-unknown', 'gmail'],
      // 421 4.7.28 reported as failed: the queue gave up retrying.
      ['someone@gmail.com', 'expired', 'gmail'],
    ]);
    // The record's reason and the explanation's are the same object in --json.
    for (const o of rows) expect(o.explanation.reason).toEqual(o.reason);
  });
});
