import { en } from '@smtp-codes/constants';
import { ja, jaMeanings, jaTitles } from '@smtp-codes/constants/locales/ja';
import { ru } from '@smtp-codes/constants/locales/ru';
import { expect, describe as group, it } from 'vitest';
import { describe, parseReplies, parseReply } from '../src/index.js';

group('describe', () => {
  it('explains the basic and the enhanced code in each language', () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    const inEnglish = describe(reply);
    expect(inEnglish.reply?.title).toBe(en.replies[550]!.title);
    expect(inEnglish.enhanced?.title).toBe(en.enhanced['X.1.1']!.title);
    expect(inEnglish.enhanced?.code).toBe('5.1.1');
    expect(describe(reply, ja).enhanced?.title).toBe(ja.enhanced['X.1.1']!.title);
    expect(describe(reply, ru).reply?.title).toBe(ru.replies[550]!.title);
    expect(inEnglish.classification.action).toBe('fail');
  });

  it('falls back for an unregistered enhanced detail and explains replies without one', () => {
    const [a, b] = parseReplies('451 4.7.999 greylisted\r\n250 OK\r\n').replies;
    expect(describe(a!).enhanced).toMatchObject({ fallback: 'subject', known: false });
    expect(describe(a!).classification.action).toBe('retry');
    expect(describe(b!).enhanced).toBeUndefined();
    expect(describe(b!).reply?.code).toBe(250);
  });

  it('leaves the basic meaning undefined for a lenient out-of-range code', () => {
    const [reply] = parseReplies('600 odd\r\n').replies;
    expect(describe(reply!).reply).toBeUndefined();
  });

  // Issue 16, row 8: a locale the caller did not import.
  it("accepts 'en' and a meanings object as well as the full locale", () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    expect(describe(reply, 'en')).toEqual(describe(reply));
    expect(describe(reply, jaMeanings)).toEqual(describe(reply, ja));
  });

  it("throws a TypeError naming the import for 'ja' or 'ru', for every reply", () => {
    const replies = parseReplies('550 5.1.1 no\r\n250 OK\r\n600 odd\r\n').replies;
    expect(replies).toHaveLength(3);
    for (const reply of replies) {
      expect(() => describe(reply, 'ja' as 'en')).toThrow(
        new TypeError("locale ja is not loaded: pass 'en' or import jaMeanings from '@smtp-codes/constants/locales/ja'"),
      );
      expect(() => describe(reply, 'ru' as 'en')).toThrow(/import ruMeanings from '@smtp-codes\/constants\/locales\/ru'/);
      for (const wrong of [{}, null, 'de', 42, jaTitles]) expect(() => describe(reply, wrong as never)).toThrow(TypeError);
    }
  });

  it('gives a frozen answer that no caller can change for another', () => {
    const reply = parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n');
    const meaning = describe(reply);
    expect(Object.isFrozen(meaning) && Object.isFrozen(meaning.classification) && Object.isFrozen(meaning.reply)).toBe(true);
    expect(() => {
      (meaning.enhanced as { title: string }).title = 'PWN';
    }).toThrow(TypeError);
    expect(() => (meaning.reply!.references as unknown[]).push('x')).toThrow(TypeError);
    expect(describe(reply).enhanced?.title).toBe(en.enhanced['X.1.1']!.title);
  });
});
