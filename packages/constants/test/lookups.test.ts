import { describe, expect, it } from 'vitest';
import {
  classOf,
  describeCommand,
  describeDigit,
  describeEnhanced,
  describeReference,
  describeReply,
  EnhancedStatus,
  en,
  enhancedFacts,
  enMeanings,
  isPermanent,
  isSuccess,
  isTransient,
  lookupEnhanced,
  lookupReply,
  ReplyCode,
  replyFacts,
  toGeneric,
  withClass,
} from '../src/index.js';
import { ja, jaMeanings } from '../src/locales/ja.js';
import { ru, ruMeanings } from '../src/locales/ru.js';
import { hostile } from './hostile.js';

describe('constants', () => {
  it('have the values of the spec', () => {
    expect(ReplyCode.ServiceReady).toBe(220);
    expect(ReplyCode.MailboxUnavailable).toBe(550);
    expect(EnhancedStatus.BadDestinationMailboxAddress).toBe('X.1.1');
    for (const [code, fact] of Object.entries(replyFacts)) expect((ReplyCode as Record<string, number>)[fact.constant]).toBe(Number(code));
    for (const [code, fact] of Object.entries(enhancedFacts)) expect((EnhancedStatus as Record<string, string>)[fact.constant]).toBe(code);
  });
});

describe('describeReply', () => {
  it('describes every listed code in every locale', () => {
    for (const code of Object.keys(replyFacts).map(Number)) {
      for (const locale of [en, ja, ru]) {
        const d = describeReply(code, locale)!;
        expect(d.known, `${code}`).toBe(true);
        expect(d.title.length).toBeGreaterThan(0);
        expect(d.description.length).toBeGreaterThan(0);
        expect(d.locale).toBe(locale.locale);
        for (const v of d.variants) expect(v.description.length, `${code} variant`).toBeGreaterThan(0);
      }
    }
  });

  it('defaults to English and accepts a numeric string', () => {
    expect(describeReply(550)).toEqual(describeReply('550', en));
    expect(describeReply(550)!.title).toBe('Mailbox unavailable');
    expect(describeReply(550, ja)!.title).not.toBe(describeReply(550)!.title);
    expect(describeReply(550)!.class.digit).toBe(5);
    expect(describeReply(550)!.category.digit).toBe(5);
  });

  it('falls back on the digits for a well-formed code it does not list', () => {
    const d = describeReply(259)!;
    expect(d).toMatchObject({ code: 259, known: false, constant: undefined, status: undefined });
    expect(d.title).toContain(describeDigit('first', 2)!.title);
    expect(d.title).toContain(describeDigit('second', 5)!.title);
    expect(describeReply(431, ru)!.title).toContain(describeDigit('first', 4, ru)!.title);
  });

  it.each(hostile.map((h) => [h]))('returns undefined for %s', (input) => {
    if (typeof input === 'string' && /^[2-5][0-5]\d$/.test(input)) return;
    expect(describeReply(input as number)).toBeUndefined();
  });
});

describe('describeEnhanced', () => {
  it('describes every registry code, generic and concrete, in every locale', () => {
    for (const code of Object.keys(enhancedFacts)) {
      for (const locale of [en, ja, ru]) {
        const d = describeEnhanced(code, locale)!;
        expect(d, code).toMatchObject({ generic: code, known: true, fallback: 'none', class: undefined });
        const concrete = describeEnhanced(`5${code.slice(1)}`, locale)!;
        expect(concrete.class!.value).toBe(5);
        expect(concrete.title).toBe(d.title);
      }
    }
  });

  it('falls back to the subject, then to the class (RFC 3463)', () => {
    const bySubject = describeEnhanced('5.1.99')!;
    expect(bySubject).toMatchObject({ known: false, fallback: 'subject', detail: 99, constant: undefined });
    expect(bySubject.title).toBe(en.subjects[1]!.title);
    const byClass = describeEnhanced('4.9.9', ja)!;
    expect(byClass).toMatchObject({ known: false, fallback: 'class', subject: undefined });
    expect(byClass.title).toBe(ja.classes[4]!.title);
    expect(describeEnhanced('X.1.99')!.fallback).toBe('subject');
    expect(describeEnhanced('X.9.9')).toBeUndefined();
  });

  it('knows which classes a code is registered for', () => {
    expect(describeEnhanced('5.7.17')!.classAllowed).toBe(true);
    expect(describeEnhanced('4.7.17')!.classAllowed).toBe(false);
    expect(describeEnhanced('X.6.10')!.deprecated).toBe(true);
  });

  it.each(hostile.map((h) => [h]))('returns undefined for %s', (input) => {
    expect(describeEnhanced(input as string)).toBeUndefined();
  });
});

describe('classes', () => {
  it('reads the class of basic and enhanced codes', () => {
    expect([classOf(250), classOf(354), classOf(451), classOf(550)]).toEqual([2, 3, 4, 5]);
    expect([classOf('2.0.0'), classOf('4.4.1'), classOf('5.7.1'), classOf('X.7.1')]).toEqual([2, 4, 5, undefined]);
    expect(isTransient(421)).toBe(true);
    expect(isTransient('4.2.2')).toBe(true);
    expect(isPermanent(554)).toBe(true);
    expect(isPermanent('5.1.1')).toBe(true);
    expect(isSuccess('2.1.5')).toBe(true);
    expect(isTransient(550)).toBe(false);
  });

  it.each(hostile.map((h) => [h]))('never throws for %s', (input) => {
    expect(() => [classOf(input as number), isTransient(input as number), isPermanent(input as number)]).not.toThrow();
    if (!(typeof input === 'string' && /^[2-5][0-5]\d$/.test(input))) expect(classOf(input as number)).toBeUndefined();
  });

  it('makes concrete codes and back', () => {
    expect(withClass(5, EnhancedStatus.BadDestinationMailboxAddress)).toBe('5.1.1');
    expect(withClass(4, EnhancedStatus.MailboxFull)).toBe('4.2.2');
    expect(toGeneric('5.1.1')).toBe('X.1.1');
    expect(toGeneric('__proto__')).toBeUndefined();
  });
});

describe('digits, commands and references', () => {
  it('describes every digit position', () => {
    for (const d of [2, 3, 4, 5]) expect(describeDigit('first', d)?.title).toBeTruthy();
    for (const d of [0, 1, 2, 3, 4, 5]) expect(describeDigit('second', d, ru)?.title).toBeTruthy();
    expect(describeDigit('third', 7)?.description).toBeTruthy();
    expect(describeDigit('first', 9)).toBeUndefined();
    expect(describeDigit('first', Number.NaN)).toBeUndefined();
  });

  it('describes commands', () => {
    expect(describeCommand('rcpt')).toMatchObject({ command: 'RCPT', success: [250, 251] });
    expect(describeCommand('DATA')!.intermediate).toEqual([354]);
    expect(describeCommand('__proto__')).toBeUndefined();
  });

  it('describes references', () => {
    expect(describeReference({ doc: 'RFC5321', section: '4.2.2' })).toEqual({
      title: 'Simple Mail Transfer Protocol',
      url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2',
      label: 'RFC 5321 §4.2.2',
    });
    expect(describeReference({ doc: 'IANA-SMTP-ENHANCED' })?.label).toBe('IANA registry');
    expect(describeReference({ doc: '__proto__' })).toBeUndefined();
  });
});

describe('meanings-only locales', () => {
  it('share every part with the full locale and describe codes the same way', () => {
    for (const [full, meanings] of [
      [en, enMeanings],
      [ja, jaMeanings],
      [ru, ruMeanings],
    ] as const) {
      // The reason and provider texts are the `${locale}Reasons` part (test/reasons.test.ts).
      const { commands, concepts, reasons, providers, ...parts } = full;
      expect(reasons).toBeDefined();
      expect(providers).toBeDefined();
      expect(Object.keys(meanings).sort()).toEqual(Object.keys(parts).sort());
      for (const [key, value] of Object.entries(parts)) expect(meanings[key as keyof typeof meanings], key).toBe(value);
      // What the meanings leave out is there in the full locale.
      expect(Object.keys(commands).length, 'commands').toBeGreaterThan(0);
      expect(Object.keys(concepts).length, 'concepts').toBeGreaterThan(0);
      for (const code of [220, 421, 550, 559]) expect(describeReply(code, meanings)).toEqual(describeReply(code, full));
      for (const code of ['5.1.1', 'X.7.1', '4.2.99']) expect(describeEnhanced(code, meanings)).toEqual(describeEnhanced(code, full));
    }
  });
});

describe('lookupReply and lookupEnhanced (the locale required)', () => {
  it('give what describeReply and describeEnhanced give for the same locale, less the references, commands and variants', () => {
    for (const meanings of [enMeanings, jaMeanings, ruMeanings, en, ja, ru]) {
      for (const code of [220, '421', 550, 559, 259, 999, -1]) {
        const full = describeReply(code, meanings);
        if (!full) {
          expect(lookupReply(code, meanings)).toBeUndefined();
          continue;
        }
        const { constant, status, references, commands, variants, ...rest } = full;
        expect(lookupReply(code, meanings)).toEqual(rest);
      }
      for (const code of ['5.1.1', 'X.7.1', '4.2.99', '5.9.1', '2.7.1', '4.7.17', '9.9.9', '']) {
        const full = describeEnhanced(code, meanings);
        if (!full) {
          expect(lookupEnhanced(code, meanings)).toBeUndefined();
          continue;
        }
        const { constant, associatedBasicCodes, references, ...rest } = full;
        const fact = Object.hasOwn(enhancedFacts, full.generic) ? enhancedFacts[full.generic]! : null;
        expect(lookupEnhanced(code, meanings)).toEqual({ ...rest, classes: fact ? fact.classes : null });
      }
    }
    expect(lookupEnhanced('X.7.1', enMeanings)?.classes).toEqual(enhancedFacts['X.7.1']!.classes);
    expect(Object.isFrozen(lookupReply(550, jaMeanings))).toBe(true);
  });

  it("refuse anything that is not a locale object, the string 'en' included", () => {
    for (const bad of ['en', 'ja', undefined, null, {}, { replies: {} }]) {
      expect(() => lookupReply(550, bad as never)).toThrow(TypeError);
      expect(() => lookupEnhanced('5.1.1', bad as never)).toThrow(/not a locale object/);
    }
  });
});
