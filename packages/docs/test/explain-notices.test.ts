// The explain page with whole messages, in Node: readMessages (what explain-mime.js runs) on real
// notices from packages/explain/test/fixtures/real, and the page's view of them (notice-view.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, looksLikeMessage } from '@smtp-codes/explain';
import { ja } from '@smtp-codes/explain/ja';
import { ru } from '@smtp-codes/explain/ru';
import { describe, expect, it } from 'vitest';
import { explainNotices, type NoticeStrings } from '../src/explain/notice-view.js';
import { MAX_MESSAGES, readMessages } from '../src/explain/read-messages.js';
import type { PageStrings } from '../src/explain/view.js';

const REAL = join(import.meta.dirname, '..', '..', 'explain', 'test', 'fixtures', 'real');
const expected = JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Record<
  string,
  { recipients: { recipient: string; action: string; reply_code: number | null; enhanced_code: string | null; dsn_status?: string }[] }
>;
const eml = (name: string) => readFileSync(join(REAL, name));

const strings: PageStrings = {
  copied: '',
  copyFailed: '',
  tooLong: '',
  empty: 'EMPTY',
  asReceived: 'As received',
  shownFirst: 'FIRST {shown}',
  moreLines: 'MORE {n}',
  offendingLine: 'Offending line',
  strictAccepted: '',
  strictRejected: '',
  count: { other: '{n} findings' },
  replyHref: 'codes/{code}.html',
  enhancedHref: 'codes/X.{subject}.{detail}.html',
};
const noticeStrings: NoticeStrings = {
  recipients: { one: '{n} recipient', other: '{n} recipients' },
  messagesShown: 'SHOWN {shown} OF {n}',
};
const options = (language = en) => ({ language, strings, strict: false });

/** An mbox file of these messages (each `From ` line escaped in the body as mboxrd does). */
function mbox(messages: Buffer[]): Uint8Array {
  return Buffer.concat(messages.flatMap((m) => [Buffer.from('From MAILER-DAEMON Tue Dec  8 00:44:57 2026\n'), m, Buffer.from('\n')]));
}

describe('whole messages on the explain page', () => {
  it.each(Object.keys(expected))('%s: one card per recipient, with its recipient, action and codes', async (name) => {
    const bytes = eml(name);
    expect(looksLikeMessage(bytes.toString('utf8'))).toBe(true);
    const read = await readMessages(new Uint8Array(bytes));
    expect(read.total).toBe(1);
    const view = explainNotices(read, options(), noticeStrings);
    const [notice] = view.notices;
    expect(notice!.title).toBeNull();
    expect(notice!.kindLabel).toBe(en.messages.notice.kinds[notice!.kind]);
    expect(notice!.head[0]).toEqual({ label: 'Written by', value: expect.stringContaining(name.split('/')[0]!) });
    const want = expected[name]!.recipients;
    // The same recipients as the truth of the fixtures (in the notice's order), each on its own card.
    const shown = notice!.recipients.map((c) => c.recipient?.toLowerCase());
    expect([...shown].sort()).toEqual(want.map((r) => r.recipient).sort());
    for (const r of want) {
      const card = notice!.recipients[shown.indexOf(r.recipient)]!;
      const record = read.reports[0]!.recipients[shown.indexOf(r.recipient)]!;
      expect(card.action).toBe(en.messages.notice.actions[r.action as 'failed']);
      // The card explains the recipient's codes: the remote reply's, else the DSN Status.
      const codes = [record.code, record.enhanced].filter((x) => x !== null).join(' ');
      expect(card.item.layout.codes, r.recipient).toBe(codes || card.item.layout.codes);
      if (r.reply_code !== null) expect(card.item.layout.codes.startsWith(`${r.reply_code} `), r.recipient).toBe(true);
    }
    const n = want.length;
    expect(view.summary).toBe(`${notice!.kindLabel} · ${n} ${n === 1 ? 'recipient' : 'recipients'}`);
  });

  it('a text as pasted reads the same as the file', async () => {
    const bytes = eml('postfix/BP11-failed.eml');
    const fromText = explainNotices(await readMessages(bytes.toString('utf8')), options(), noticeStrings);
    const fromBytes = explainNotices(await readMessages(new Uint8Array(bytes)), options(), noticeStrings);
    expect(fromText).toEqual(fromBytes);
    const cards = fromText.notices[0]!.recipients;
    const card = (address: string) => cards.find((c) => c.recipient === address)!;
    expect(card('nosuchuser@smtp-server.real-logs.test').item.layout.codes).toBe('550 5.1.1');
    expect(card('nosuchuser@smtp-server.real-logs.test').item.links).toEqual({ basic: 'codes/550.html', enhanced: 'codes/X.1.1.html' });
    expect(card('mailboxfull@smtp-server.real-logs.test').item.layout.codes).toBe('552 5.2.2');
  });

  it('in Japanese and Russian, with the glossary terms', async () => {
    const read = await readMessages(new Uint8Array(eml('postfix/BP11-failed.eml')));
    const inJa = explainNotices(read, options(ja), noticeStrings).notices[0]!;
    expect(inJa.kindLabel).toBe('不達通知 (バウンスメール)');
    expect(inJa.head[0]!.label).toBe('作成元');
    expect(inJa.recipients.map((c) => c.action)).toEqual(['配送失敗', '配送失敗']);
    const unknownUser = inJa.recipients.find((c) => c.recipient === 'nosuchuser@smtp-server.real-logs.test')!;
    expect(unknownUser.item.layout.basic?.title).toBe('メールボックスが利用できない');
    const inRu = explainNotices(read, options(ru), { ...noticeStrings, recipients: { few: '{n} получателя', other: '?' } }).notices[0]!;
    expect(inRu.kindLabel).toBe('Отчёт о недоставке (NDR)');
    expect(explainNotices(read, options(ru), { ...noticeStrings, recipients: { few: '{n} получателя', other: '?' } }).summary).toContain(
      '2 получателя',
    );
  });

  it('an mbox file: one notice per message, titled, cut at MAX_MESSAGES and counted', async () => {
    const two = await readMessages(mbox([eml('postfix/BP01.eml'), eml('exim/EB05.eml')]));
    expect(two.total).toBe(2);
    const view = explainNotices(two, options(), noticeStrings);
    expect(view.notices.map((n) => n.title)).toEqual(['message 1', 'message 2']);
    expect(view.notices.map((n) => n.recipients.map((c) => c.recipient))).toEqual([
      ['nosuchuser@exim.real-peers.test'],
      ['mailboxfull@smtp-server.real-logs.test'],
    ]);
    expect(view.summary).toBe('2 recipients');

    const many = await readMessages(mbox(Array.from({ length: MAX_MESSAGES + 1 }, () => eml('postfix/BP01.eml'))));
    expect([many.reports.length, many.total]).toEqual([MAX_MESSAGES, MAX_MESSAGES + 1]);
    expect(explainNotices(many, options(), noticeStrings).summary).toBe(
      `${MAX_MESSAGES} recipients · SHOWN ${MAX_MESSAGES} OF ${MAX_MESSAGES + 1}`,
    );
  });

  it('a message that is no delivery report says so and still explains its codes', async () => {
    const text = 'From: alice@example.com\nTo: bob@example.com\nSubject: the log\n\nThe server said: 550 5.7.1 Relaying denied\n';
    expect(looksLikeMessage(text)).toBe(true);
    const [notice] = explainNotices(await readMessages(text), options(), noticeStrings).notices;
    expect(notice).toMatchObject({ kind: 'not-a-report', note: 'no delivery report found', recipients: [] });
    expect(notice!.findings.map((x) => x.layout.codes)).toEqual(['550 5.7.1']);
  });
});
