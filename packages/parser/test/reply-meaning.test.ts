import { en } from '@smtp-codes/constants';
import { ja, jaMeanings, jaTitles } from '@smtp-codes/constants/locales/ja';
import { ru } from '@smtp-codes/constants/locales/ru';
import { describe, expect, it } from 'vitest';
import { meaningOf, parseReplies, parseReply } from '../src/index.js';

describe('meaningOf', () => {
  it('explains the basic and the enhanced code in each language', () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    const inEnglish = meaningOf(reply);
    expect(inEnglish.reply?.title).toBe(en.replies[550]!.title);
    expect(inEnglish.enhanced?.title).toBe(en.enhanced['X.1.1']!.title);
    expect(inEnglish.enhanced?.code).toBe('5.1.1');
    expect(meaningOf(reply, ja).enhanced?.title).toBe(ja.enhanced['X.1.1']!.title);
    expect(meaningOf(reply, ru).reply?.title).toBe(ru.replies[550]!.title);
    expect(inEnglish.classification.action).toBe('fail');
  });

  it('falls back for an unregistered enhanced detail and explains replies without one', () => {
    const [a, b] = parseReplies('451 4.7.999 greylisted\r\n250 OK\r\n').replies;
    expect(meaningOf(a!).enhanced).toMatchObject({ fallback: 'subject', known: false });
    expect(meaningOf(a!).classification.action).toBe('retry');
    expect(meaningOf(b!).enhanced).toBeUndefined();
    expect(meaningOf(b!).reply?.code).toBe(250);
  });

  it('leaves the basic meaning undefined for a lenient out-of-range code', () => {
    const [reply] = parseReplies('600 odd\r\n').replies;
    expect(meaningOf(reply!).reply).toBeUndefined();
  });

  it("accepts 'en' and a meanings object as well as the full locale", () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    expect(meaningOf(reply, 'en')).toEqual(meaningOf(reply));
    expect(meaningOf(reply, jaMeanings)).toEqual(meaningOf(reply, ja));
  });

  it("throws a TypeError naming the import for 'ja' or 'ru', for every reply", () => {
    const replies = parseReplies('550 5.1.1 no\r\n250 OK\r\n600 odd\r\n').replies;
    expect(replies).toHaveLength(3);
    for (const reply of replies) {
      expect(() => meaningOf(reply, 'ja' as 'en')).toThrow(
        new TypeError("locale ja is not loaded: pass 'en' or import jaMeanings from '@smtp-codes/constants/locales/ja'"),
      );
      expect(() => meaningOf(reply, 'ru' as 'en')).toThrow(/import ruMeanings from '@smtp-codes\/constants\/locales\/ru'/);
      for (const wrong of [{}, null, 'de', 42, jaTitles]) expect(() => meaningOf(reply, wrong as never)).toThrow(TypeError);
    }
  });

  it('gives a frozen answer that no caller can change for another', () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    const meaning = meaningOf(reply);
    expect(Object.isFrozen(meaning) && Object.isFrozen(meaning.classification) && Object.isFrozen(meaning.reply)).toBe(true);
    expect(() => {
      (meaning.enhanced as { title: string }).title = 'PWN';
    }).toThrow(TypeError);
    expect(() => (meaning.reply!.references as unknown[]).push('x')).toThrow(TypeError);
    expect(meaningOf(reply).enhanced?.title).toBe(en.enhanced['X.1.1']!.title);
  });
});
