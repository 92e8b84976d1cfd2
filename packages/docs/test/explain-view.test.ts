// The explain page's logic in Node: the state in the URL fragment, and what the page shows for a
// text (findings of the extraction of @smtp-codes/explain, laid out by @smtp-codes/explain).
import { describeEnhanced, describeReply } from '@smtp-codes/constants';
import { ja as jaData } from '@smtp-codes/constants/locales/ja';
import { ru as ruData } from '@smtp-codes/constants/locales/ru';
import { en } from '@smtp-codes/explain';
import { ja } from '@smtp-codes/explain/ja';
import { ru } from '@smtp-codes/explain/ru';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsInLink, fromFragment, MAX_LINK_TEXT, toFragment } from '../src/explain/fragment.js';
import { explainText, fill, lineOf, MAX_EXCERPT, MAX_ITEMS, MAX_ROWS, type PageStrings, visibleControls } from '../src/explain/view.js';

const strings: PageStrings = {
  copied: 'copied',
  copyFailed: 'copy failed',
  tooLong: 'too long {n}/{max}',
  empty: 'EMPTY',
  asReceived: 'As received',
  shownFirst: 'FIRST {shown}',
  moreLines: 'MORE {n}',
  offendingLine: 'Offending line',
  strictAccepted: 'STRICT OK',
  strictRejected: 'STRICT NO line {line}: {message} ({kind})',
  count: { one: '{n} finding', other: '{n} findings' },
  replyHref: 'reply-codes.html#code-{code}',
  enhancedHref: 'enhanced-codes.html#code-x-{subject}-{detail}',
};
const view = (text: string, language = en, strict = false) => explainText(text, { language, strings, strict });

const GMAIL = [
  '550-5.1.1 The mailbox you tried to reach does not exist. Check the address',
  '550-5.1.1 for typing mistakes or extra spaces and send the message again.',
  '550 5.1.1 No such user here mx.example.net - gsmtp',
].join('\r\n');

describe('the URL fragment', () => {
  it('round-trips any text and the strict switch', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, strict) => {
        const fragment = toFragment({ text, strict });
        if (text === '') expect(fragment).toBe('');
        else {
          expect(fragment.startsWith('#text=')).toBe(true);
          // Nothing in it that a URL would cut or reinterpret.
          expect(/[\s#]/.test(fragment.slice(1))).toBe(false);
          expect(fromFragment(fragment)).toEqual({ text, strict });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps CRLF, +, &, % and non-ASCII exactly', () => {
    const text = '550 5.1.1 a+b&c=d %41 ユーザー Пользователь\r\n';
    expect(fromFragment(toFragment({ text, strict: false }))).toEqual({ text, strict: false });
  });

  it('reads other fragments (plain anchors, a malformed escape) as no state, without throwing', () => {
    expect(fromFragment('#main')).toBeNull();
    expect(fromFragment('#code-550')).toBeNull();
    expect(fromFragment('')).toBeNull();
    expect(fromFragment('#text=%zz%')).toEqual({ text: '%zz%', strict: false });
  });

  it('keeps a text in the link up to the limit', () => {
    expect(fitsInLink('x'.repeat(MAX_LINK_TEXT))).toBe(true);
    expect(fitsInLink('x'.repeat(MAX_LINK_TEXT + 1))).toBe(false);
  });
});

describe('helpers', () => {
  it('lineOf gives a line of the input without its line end', () => {
    expect(lineOf('a\r\nb\nc', 1)).toBe('a');
    expect(lineOf('a\r\nb\nc', 2)).toBe('b');
    expect(lineOf('a\r\nb\nc', 3)).toBe('c');
    expect(lineOf('a\r\nb\nc', 4)).toBe('');
  });

  it('visibleControls shows control characters, keeps tabs, line ends and text', () => {
    expect(visibleControls('a\rb\0c\x1bd\x7fe\tf\ng')).toBe('a\u240db\u2400c\u241bd\u2421e\tf\ng');
    expect(visibleControls('<script>ユーザー')).toBe('<script>ユーザー');
  });

  it('visibleControls escapes C1 controls and the characters that reorder text, as the CLI does', () => {
    // "user\u202Egnp.exe" would read as "userexe.png" on the page.
    expect(visibleControls('user\u202egnp.exe')).toBe('user\\u{202e}gnp.exe');
    expect(visibleControls('a\u2066b\u2069c\u200fd\u061ce\x85f\x9bg')).toBe('a\\u{2066}b\\u{2069}c\\u{200f}d\\u{61c}e\\x85f\\x9bg');
    // Arabic and Hebrew letters are text, not controls.
    expect(visibleControls('شكرا שלום')).toBe('شكرا שלום');
  });

  it('fill replaces known placeholders only', () => {
    expect(fill('{n} of {max} {other}', { n: 1, max: 2 })).toBe('1 of 2 {other}');
  });
});

describe('explainText', () => {
  it('a Gmail-style multiline 550-5.1.1: one reply, both meanings in English, the text lines as received', () => {
    const v = view(GMAIL);
    expect(v.summary).toBe('1 finding');
    expect(v.items).toHaveLength(1);
    const l = v.items[0]!.layout;
    expect(l.codes).toBe('550 5.1.1');
    expect(l.severity).toBe('permanent-negative');
    expect(l.basic?.title).toBe(describeReply(550)!.title);
    expect(l.enhanced?.title).toBe(describeEnhanced('5.1.1')!.title);
    expect(l.enhanced?.description).toBe(describeEnhanced('5.1.1')!.description);
    expect(l.facts.slice(0, 3).map((r) => r.value)).toEqual([
      'The mailbox you tried to reach does not exist. Check the address',
      'for typing mistakes or extra spaces and send the message again.',
      'No such user here mx.example.net - gsmtp',
    ]);
    expect(l.retry?.advice).toBeTruthy();
    expect(v.items[0]!.source).toBe(GMAIL.replaceAll('\r\n', '\n'));
    expect(v.items[0]!.errorLine).toBeNull();
    expect(v.items[0]!.links).toEqual({ basic: 'reply-codes.html#code-550', enhanced: 'enhanced-codes.html#code-x-1-1' });
  });

  it('links only codes that have an entry of their own in the reference', () => {
    // 559 is well-formed but undefined; 5.1.99 is read by its subject.
    expect(view('559 5.1.99 odd').items[0]!.links).toEqual({ basic: null, enhanced: null });
    expect(view('X.7.1').items[0]!.links).toEqual({ basic: null, enhanced: 'enhanced-codes.html#code-x-7-1' });
  });

  it('gives the meanings in Japanese and Russian from those languages', () => {
    const jv = view(GMAIL, ja).items[0]!.layout;
    expect(jv.basic?.title).toBe(describeReply(550, jaData)!.title);
    expect(jv.enhanced?.title).toBe(describeEnhanced('5.1.1', jaData)!.title);
    expect(jv.basic?.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(jv.retry?.advice).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const rv = view(GMAIL, ru).items[0]!.layout;
    expect(rv.basic?.title).toBe(describeReply(550, ruData)!.title);
    expect(rv.enhanced?.title).toBe(describeEnhanced('5.1.1', ruData)!.title);
    expect(rv.verdict).toMatch(/[\u0400-\u04ff]/);
    expect(view('', ja).summary).toBe('EMPTY');
  });

  it('reads pipelined replies, a DSN, log lines of Postfix, Exim and Sendmail, and bare codes', () => {
    expect(view('250 2.1.0 ok\r\n250 2.1.5 ok\r\n354 go ahead\r\n').items.map((x) => x.layout.codes)).toEqual([
      '250 2.1.0',
      '250 2.1.5',
      '354',
    ]);
    const dsn = view('Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 no such\n user here\n').items;
    expect(dsn.map((x) => x.layout.codes)).toContain('550 5.1.1');
    const postfix =
      'Dec  1 09:12:44 mx1 postfix/smtp[4121]: 3F2A81C0042: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: Recipient address rejected (in reply to RCPT TO command))';
    const p = view(postfix).items[0]!.layout;
    expect(p.codes).toBe('550 5.1.1');
    expect(p.facts.map((r) => r.value)).toContain('bob@example.org');
    const exim = view(
      '2026-12-01 09:12:44 1abcde-000123-AB ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown',
    ).items;
    expect(exim[0]?.layout.codes).toBe('550 5.1.1');
    const sendmail = view(
      'Dec  1 09:12:44 mx sendmail[123]: x: to=<bob@example.org>, delay=00:00:01, mailer=esmtp, relay=mx.example.org. [192.0.2.25], dsn=5.1.1, stat=User unknown, reply=550 5.1.1 User unknown',
    ).items;
    expect(sendmail[0]?.layout.codes).toBe('550 5.1.1');
    // A transcript with client lines between the server's (RFC style and swaks).
    expect(view('S: 220 mx ESMTP\nC: RCPT TO:<b@example.net>\nS: 550 5.1.1 no such user\n').items.map((x) => x.layout.codes)).toEqual([
      '220',
      '550 5.1.1',
    ]);
    expect(view(' -> RCPT TO:<b@example.net>\n<** 550 5.1.1 no such user\n').items.map((x) => x.layout.codes)).toEqual(['550 5.1.1']);
    expect(view('550').items[0]!.layout.codes).toBe('550');
    expect(view(' X.7.1 ').items[0]!.layout.codes).toBe('X.7.1');
  });

  it('a parse error names kind and line, shows the offending line, and keeps the replies before it', () => {
    const v = view('250 2.1.0 ok\n550=5.1.1 no such user\n');
    expect(v.items.map((x) => x.layout.codes)).toEqual(['250 2.1.0', '550 5.1.1']);
    const broken = v.items[1]!;
    expect(broken.layout.error).toMatchObject({ kind: 'bad-separator', line: 2, lineLabel: 'line 2' });
    expect(broken.layout.error!.message).toBe(en.messages.issues['bad-separator']);
    expect(broken.errorLine).toBe('550=5.1.1 no such user');
    expect(v.items[0]!.layout.error).toBeNull();
  });

  it('every warning comes with its line and a sentence', () => {
    const v = view('250 ok\n550-5.1.1 first\n551 5.1.1 second\n');
    const w = v.items[1]!.layout.warnings!;
    expect(w.items.map((i) => [i.kind, i.line])).toContainEqual(['code-mismatch', 3]);
    for (const i of w.items) expect(i.message).toBe(en.messages.issues[i.kind as keyof typeof en.messages.issues]);
  });

  it('the strict verdict: rejected with line and offending line, or accepted; absent unless asked', () => {
    const text = '250 ok\n550-5.1.1 first\n551 5.1.1 second\n';
    expect(view(text).strict).toBeNull();
    const v = view(text, en, true);
    expect(v.strict).toMatchObject({ accepted: false, line: 3, lineText: '551 5.1.1 second' });
    expect(v.strict!.message).toBe(`STRICT NO line 3: ${en.messages.issues['code-mismatch']} (code-mismatch)`);
    // Lenient still explains the reply.
    expect(v.items.map((x) => x.layout.codes)).toEqual(['250', '550 5.1.1']);
    expect(view('250 2.1.5 ok\r\n', en, true).strict).toEqual({ accepted: true, message: 'STRICT OK' });
    expect(view('', en, true).strict).toBeNull();
  });

  it('says when nothing is found, and counts with the plural rules of the language', () => {
    expect(view('hello world').summary).toBe(en.messages.notes.nothingFound);
    expect(view('hello world', ja).summary).toBe(ja.messages.notes.nothingFound);
    expect(view('   \n').summary).toBe('EMPTY');
    expect(view('250 ok\r\n250 ok\r\n').summary).toBe('2 findings');
    const ruStrings = { ...strings, count: { one: '{n} one', few: '{n} few', many: '{n} many', other: '{n} other' } };
    const count = (n: number) =>
      explainText(Array(n).fill('250 ok').join('\r\n'), { language: ru, strings: ruStrings, strict: false }).summary;
    expect([count(1), count(2), count(5), count(21)]).toEqual(['1 one', '2 few', '5 many', '21 one']);
  });

  it('server text stays data: markup in a reply is kept verbatim for the page to show as text', () => {
    const evil = '550 5.7.1 <script>alert(1)</script><img src=x onerror="alert(2)">';
    const l = view(evil).items[0]!.layout;
    expect(l.facts[0]!.value).toBe('<script>alert(1)</script><img src=x onerror="alert(2)">');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, strict) => {
        const v = view(text, en, strict);
        expect(typeof v.summary).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('what a page shows is bounded, whatever the input', () => {
  it('only the first MAX_ITEMS findings are explained; the summary counts them all', () => {
    const v = view(
      Array(MAX_ITEMS * 3)
        .fill('550 5.1.1 no')
        .join('\r\n'),
    );
    expect(v.items).toHaveLength(MAX_ITEMS);
    expect(v.total).toBe(MAX_ITEMS * 3);
    expect(v.summary).toBe(`${MAX_ITEMS * 3} findings FIRST ${MAX_ITEMS}`);
  });

  it('up to MAX_ITEMS: no note', () => {
    const v = view(Array(MAX_ITEMS).fill('550 5.1.1 no').join('\r\n'));
    expect(v.items).toHaveLength(MAX_ITEMS);
    expect(v.summary).toBe(`${MAX_ITEMS} findings`);
  });

  it('a multiline reply of many lines: MAX_ROWS rows, the last says how many were left out', () => {
    const lines = 400;
    const text = `${Array(lines - 1)
      .fill('550-5.1.1 line')
      .join('\r\n')}\r\n550 5.1.1 end\r\n`;
    const [item] = view(text).items;
    expect(item!.layout.facts).toHaveLength(MAX_ROWS);
    const facts = view(text.split('\r\n').slice(0, 30).join('\r\n')).items[0]!.layout.facts.length;
    expect(facts).toBeLessThan(MAX_ROWS);
    expect(item!.layout.facts.at(-1)!.value).toMatch(/^MORE \d+$/);
  });

  it('a huge excerpt is cut at MAX_EXCERPT characters with the count of lines left out', () => {
    const text = `550 5.1.1 ${'x'.repeat(MAX_EXCERPT * 3)}`;
    const [item] = view(text).items;
    expect(item!.source.length).toBeLessThan(MAX_EXCERPT + 100);
    expect(item!.source).toContain('MORE 0');
  });
});
