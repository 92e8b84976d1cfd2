import { describe, expect, it } from 'vitest';
import {
  describeEnhanced,
  describeReply,
  EnhancedStatus,
  en,
  enhancedCodes,
  enhancedFacts,
  enhancedStatusFor,
  enhancedTitle,
  enTitles,
  isEnhancedStatus,
  isReplyCode,
  ReplyCode,
  replyCodeFor,
  replyCodes,
  replyFacts,
  replyTitle,
  toGeneric,
} from '../src/index.js';
import { ja, jaMeanings, jaTitles } from '../src/locales/ja.js';
import { ru, ruTitles } from '../src/locales/ru.js';
import { hostile } from './hostile.js';

const locales = [
  [enTitles, en],
  [jaTitles, ja],
  [ruTitles, ru],
] as const;

// Every well-formed shape, listed or not: 200-559 and X/2/4/5 with subjects 0-9 and details 0-40.
const allReplyCodes = Array.from({ length: 360 }, (_, i) => 200 + i);
const allEnhancedCodes = ['X', '2', '4', '5'].flatMap((c) =>
  Array.from({ length: 10 }, (_, s) => [...Array.from({ length: 41 }, (_, d) => `${c}.${s}.${d}`), `${c}.${s}.999`]).flat(),
);

describe('replyTitle', () => {
  it('gives the title of describeReply for every code shape and locale', () => {
    for (const [titles, locale] of locales) {
      for (const code of allReplyCodes) {
        expect(replyTitle(code, titles), `${code} ${titles.locale}`).toBe(describeReply(code, locale)?.title);
        expect(replyTitle(String(code), titles)).toBe(describeReply(String(code), locale)?.title);
      }
    }
    expect(allReplyCodes.filter((c) => replyTitle(c) !== undefined)).toHaveLength(4 * 60);
  });

  it('names listed codes by their title and others by their digits', () => {
    expect(replyTitle(550)).toBe('Mailbox unavailable');
    expect(replyTitle(ReplyCode.ServiceReady, jaTitles)).toBe(ja.replies[220]!.title);
    expect(replyTitle(259)).toBe(`${en.firstDigit[2]!.title} — ${en.secondDigit[5]!.title}`);
    expect(replyTitle(560)).toBeUndefined();
  });

  it.each(hostile.map((h) => [h]))('returns undefined for %s', (input) => {
    if (typeof input === 'string' && /^[2-5][0-5]\d$/.test(input)) return;
    expect(replyTitle(input as number)).toBeUndefined();
    expect(replyTitle(input as number, ruTitles)).toBeUndefined();
  });
});

describe('enhancedTitle', () => {
  it('gives the title of describeEnhanced for every code shape and locale', () => {
    for (const [titles, locale] of locales) {
      for (const code of allEnhancedCodes) {
        expect(enhancedTitle(code, titles), `${code} ${titles.locale}`).toBe(describeEnhanced(code, locale)?.title);
      }
    }
  });

  it('falls back to the subject, then to the class (RFC 3463)', () => {
    expect(enhancedTitle('5.1.1')).toBe('Bad destination mailbox address');
    expect(enhancedTitle('5.1.99')).toBe(en.subjects[1]!.title);
    expect(enhancedTitle('X.7.31', ruTitles)).toBe(ru.subjects[7]!.title);
    expect(enhancedTitle('4.9.9', jaTitles)).toBe(ja.classes[4]!.title);
    expect(enhancedTitle('X.9.9')).toBeUndefined();
  });

  it.each(hostile.map((h) => [h]))('returns undefined for %s', (input) => {
    expect(enhancedTitle(input as string)).toBeUndefined();
    expect(enhancedTitle(input as string, jaTitles)).toBeUndefined();
  });

  it('answers a very long input at once', () => {
    for (const input of [`5.1.${'1'.repeat(1_000_000)}`, `${'5.'.repeat(500_000)}1`, 'X'.repeat(1_000_000)]) {
      expect(enhancedTitle(input)).toBeUndefined();
      expect(replyTitle(input)).toBeUndefined();
    }
  });
});

describe('the locale argument of the title lookups', () => {
  it("accepts 'en' for the built-in English titles", () => {
    expect(replyTitle(550, 'en')).toBe(replyTitle(550));
    expect(enhancedTitle('5.1.1', 'en')).toBe(enhancedTitle('5.1.1'));
  });

  it("throws a TypeError naming the import for 'ja' and 'ru'", () => {
    expect(() => replyTitle(550, 'ja' as 'en')).toThrow(
      new TypeError("locale ja is not loaded: pass 'en' or import jaTitles from '@smtp-codes/constants/locales/ja'"),
    );
    expect(() => enhancedTitle('5.1.1', 'ru' as 'en')).toThrow(
      /^locale ru is not loaded: .* ruTitles from '@smtp-codes\/constants\/locales\/ru'$/,
    );
  });

  it.each([
    ['a meanings object', jaMeanings],
    ['a full locale', ja],
    ['an empty object', {}],
    ['null', null],
    ['a number', 1],
    ['an unknown language', 'de'],
  ])('throws a TypeError for %s, whatever the code', (_, locale) => {
    for (const lookup of [() => replyTitle(550, locale as 'en'), () => enhancedTitle('bogus', locale as 'en')])
      expect(lookup).toThrow(TypeError);
    expect(() => replyTitle(550, locale as 'en')).toThrow(/is not loaded: pass 'en' or import jaTitles/);
  });
});

describe('title tables', () => {
  it('hold every listed code in every locale, and only titles', () => {
    for (const [titles, locale] of locales) {
      expect(titles.locale).toBe(locale.locale);
      expect(Object.keys(titles.replies).map(Number)).toEqual(replyCodes);
      for (const code of enhancedCodes) expect(enhancedTitle(code, titles)).toBe(locale.enhanced[code]!.title);
      expect(titles.enhanced.join('\n').split('\n').filter(Boolean)).toHaveLength(enhancedCodes.length);
    }
  });

  it('are frozen', () => {
    expect(() => {
      (enTitles.replies as Record<number, string>)[550] = 'PWN';
    }).toThrow(TypeError);
    expect(() => {
      (jaTitles.enhanced as string[])[1] = 'PWN';
    }).toThrow(TypeError);
    expect(replyTitle(550)).toBe('Mailbox unavailable');
    expect(enhancedTitle('5.1.1', jaTitles)).toBe(ja.enhanced['X.1.1']!.title);
  });
});

describe('replyCodes and enhancedCodes', () => {
  it('list every code of the spec once, in order, frozen', () => {
    expect(replyCodes).toEqual(
      Object.keys(replyFacts)
        .map(Number)
        .sort((a, b) => a - b),
    );
    expect([...enhancedCodes].sort()).toEqual(Object.keys(enhancedFacts).sort());
    expect(new Set(enhancedCodes).size).toBe(enhancedCodes.length);
    expect(Object.isFrozen(replyCodes) && Object.isFrozen(enhancedCodes)).toBe(true);
    expect(() => (replyCodes as number[]).push(999)).toThrow(TypeError);
  });
});

describe('isReplyCode and isEnhancedStatus', () => {
  it('accept every listed code', () => {
    for (const code of replyCodes) expect(isReplyCode(code), `${code}`).toBe(true);
    for (const code of enhancedCodes) expect(isEnhancedStatus(code), code).toBe(true);
    expect(isReplyCode(ReplyCode.MailboxUnavailable)).toBe(true);
    expect(isEnhancedStatus(toGeneric('5.1.1'))).toBe(true);
  });

  it('reject everything else', () => {
    for (const code of allReplyCodes) if (!(code in replyFacts)) expect(isReplyCode(code), `${code}`).toBe(false);
    for (const code of allEnhancedCodes) if (!(code in enhancedFacts)) expect(isEnhancedStatus(code), code).toBe(false);
    for (const other of ['550', '5.1.1', 550.5, new Number(550), 'X.1.1 ', 'x.1.1', EnhancedStatus, ReplyCode])
      expect([isReplyCode(other), isEnhancedStatus(other)]).toEqual([false, false]);
    for (const input of hostile) expect([isReplyCode(input), isEnhancedStatus(input)]).toEqual([false, false]);
  });
});

describe('replyCodeFor and enhancedStatusFor', () => {
  it('find every code by its constant name and by its exact English title', () => {
    for (const [code, fact] of Object.entries(replyFacts)) {
      expect(replyCodeFor(fact.constant)).toBe(Number(code));
      expect(replyCodeFor(en.replies[Number(code)]!.title), en.replies[Number(code)]!.title).toBe(Number(code));
    }
    for (const [code, fact] of Object.entries(enhancedFacts)) {
      expect(enhancedStatusFor(fact.constant)).toBe(code);
      expect(enhancedStatusFor(en.enhanced[code]!.title), en.enhanced[code]!.title).toBe(code);
    }
    expect(replyCodeFor('MailboxUnavailable')).toBe(550);
    expect(enhancedStatusFor('Mailbox full')).toBe('X.2.2');
  });

  it('match exactly: no other case, spacing, language or kind', () => {
    for (const name of ['mailbox unavailable', 'Mailbox unavailable ', 'mailboxUnavailable', ja.replies[550]!.title, 'Mailbox full', '550'])
      expect(replyCodeFor(name), name).toBeUndefined();
    for (const name of ['mailbox full', 'MAILBOX FULL', ru.enhanced['X.2.2']!.title, 'Mailbox unavailable', 'X.2.2', ''])
      expect(enhancedStatusFor(name), name).toBeUndefined();
  });

  it.each(hostile.map((h) => [h]))('return undefined for %s', (input) => {
    expect(replyCodeFor(input as string)).toBeUndefined();
    expect(enhancedStatusFor(input as string)).toBeUndefined();
  });
});
