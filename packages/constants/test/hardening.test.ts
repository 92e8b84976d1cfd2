// Issue 16, rows 8-11: a wrong locale, shared tables and results, digit positions, withClass.
import { describe, expect, it } from 'vitest';
import {
  commandFacts,
  describeCommand,
  describeDigit,
  describeEnhanced,
  describeReference,
  describeReply,
  documents,
  EnhancedStatus,
  en,
  enhancedCodes,
  enhancedFacts,
  enMeanings,
  enTitles,
  replyCodes,
  replyFacts,
  withClass,
} from '../src/index.js';
import { ja, jaMeanings, jaTitles } from '../src/locales/ja.js';
import { ru, ruMeanings, ruTitles } from '../src/locales/ru.js';

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (Object(value) !== value || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path || '(root)'];
  return own.concat(...Object.entries(value as object).map(([k, v]) => unfrozen(v, `${path}.${k}`, seen)));
}

describe('row 8: a locale argument that is not a locale', () => {
  const lookups = {
    describeReply: (locale: unknown) => describeReply(550, locale as 'en'),
    describeEnhanced: (locale: unknown) => describeEnhanced('5.1.1', locale as 'en'),
    describeDigit: (locale: unknown) => describeDigit('first', 5, locale as 'en'),
    describeCommand: (locale: unknown) => describeCommand('RCPT', locale as 'en'),
  };

  it.each(Object.entries(lookups))("%s accepts 'en' as the built-in English", (_, lookup) => {
    expect(lookup('en')).toEqual(lookup(undefined));
    expect(lookup('en')).toBeDefined();
  });

  it.each(Object.entries(lookups))("%s names the import for 'ja' and 'ru'", (name, lookup) => {
    const what = name === 'describeCommand' ? '' : 'Meanings';
    for (const id of ['ja', 'ru']) {
      expect(() => lookup(id)).toThrow(
        new TypeError(`locale ${id} is not loaded: pass 'en' or import ${id}${what} from '@smtp-codes/constants/locales/${id}'`),
      );
    }
  });

  it.each(Object.entries(lookups))('%s throws a TypeError, never a crash inside, for anything else', (_, lookup) => {
    for (const locale of [{}, null, 0, 'de', 'EN', [], { locale: 'ja' }, jaTitles, ruTitles]) {
      expect(() => lookup(locale), JSON.stringify(locale)).toThrow(/^locale .* is not loaded: pass 'en' or import ja/);
    }
  });

  it('a locale missing a table the lookup reads is refused', () => {
    const broken = { ...jaMeanings, secondDigit: null };
    expect(() => describeReply(550, broken as never)).toThrow(TypeError);
    expect(() => describeDigit('second', 1, broken as never)).toThrow(TypeError);
    expect(describeEnhanced('5.1.1', broken as never)!.title).toBe(ja.enhanced['X.1.1']!.title);
  });

  it('describeCommand wants a full locale, not meanings', () => {
    expect(() => describeCommand('RCPT', jaMeanings as never)).toThrow(TypeError);
    expect(describeCommand('RCPT', ja)!.locale).toBe('ja');
  });

  it('checks the locale before the code, so a bad locale is never hidden by a bad code', () => {
    expect(() => describeReply(-1, 'ja' as 'en')).toThrow(TypeError);
    expect(() => describeEnhanced('bogus', {} as never)).toThrow(TypeError);
    expect(() => describeDigit('bogus' as 'first', 1, null as never)).toThrow(TypeError);
  });

  it('keeps the message short for a huge locale string', () => {
    expect(() => describeReply(550, 'x'.repeat(1_000_000) as 'en')).toThrow(/^locale x{20} is not loaded/);
  });
});

describe('row 9: tables and results are frozen, deeply', () => {
  it.each([
    ['replyFacts', replyFacts],
    ['enhancedFacts', enhancedFacts],
    ['commandFacts', commandFacts],
    ['documents', documents],
    ['en', en],
    ['ja', ja],
    ['ru', ru],
    ['enMeanings', enMeanings],
    ['jaMeanings', jaMeanings],
    ['ruMeanings', ruMeanings],
    ['enTitles', enTitles],
    ['jaTitles', jaTitles],
    ['ruTitles', ruTitles],
    ['replyCodes', replyCodes],
    ['enhancedCodes', enhancedCodes],
  ])('%s', (_, table) => {
    expect(unfrozen(table)).toEqual([]);
  });

  it('results of every lookup', () => {
    const results = [
      describeReply(550),
      describeReply(250, ja),
      describeReply(259, ru),
      describeEnhanced('5.1.1'),
      describeEnhanced('4.1.99', ja),
      describeEnhanced('5.9.1'),
      describeDigit('third', 3),
      describeCommand('ETRN', ru),
      describeReference({ doc: 'RFC5321', section: '4.2.2' }),
    ];
    for (const result of results) {
      expect(result).toBeDefined();
      expect(unfrozen(result)).toEqual([]);
    }
  });

  it('the attacks of the issue fail and change nothing for the next caller', () => {
    const before = describeReply(550)!;
    expect(() => (describeReply(550)!.references as unknown[]).push('x')).toThrow(TypeError);
    expect(() => {
      (replyFacts[550] as { status: string }).status = 'PWN';
    }).toThrow(TypeError);
    expect(() => {
      (enMeanings.replies[550] as { title: string }).title = 'PWN';
    }).toThrow(TypeError);
    expect(() => {
      (describeEnhanced('5.1.1') as { title: string }).title = 'PWN';
    }).toThrow(TypeError);
    expect(() => {
      (en.commands as Record<string, unknown>).RCPT = undefined;
    }).toThrow(TypeError);
    expect(describeReply(550)).toEqual(before);
    expect(describeReply(550)!.title).toBe('Mailbox unavailable');
    expect(describeCommand('RCPT')).toBeDefined();
  });
});

describe('row 10: describeDigit with a position that is not one', () => {
  it.each(['__proto__', 'bogus', undefined, 'constructor', 'toString', 'First', '', null, 1, 'third '])(
    '%s gives undefined',
    (position) => {
      for (const digit of [0, 1, 5, 9]) expect(describeDigit(position as 'first', digit)).toBeUndefined();
    },
  );

  it('the three positions still answer', () => {
    expect(describeDigit('first', 5)?.title).toBe(en.firstDigit[5]!.title);
    expect(describeDigit('second', 0, ja)?.title).toBe(ja.secondDigit[0]!.title);
    expect(describeDigit('third', 9)?.title).toBe(en.thirdDigit.title);
  });
});

describe('row 11: withClass', () => {
  it.each([
    [5, undefined],
    [5, null],
    [5, 550],
    [5, 'garbage'],
    [9, 'X.1.1'],
    [Number.NaN, 'X.1.1'],
    [5, '5.1.1'],
    [5, 'X.01.1'],
    [5, 'X.1.1 '],
    [5, '__proto__'],
    ['5', 'X.1.1'],
    [3, 'X.1.1'],
    [5.5, 'X.1.1'],
    [undefined, 'X.1.1'],
    [{ valueOf: (): number => 5 }, 'X.1.1'],
    [5, { slice: () => '.1.1' }],
  ])('withClass(%s, %s) is undefined', (cls, code) => {
    expect(withClass(cls as number, code as string)).toBeUndefined();
  });

  it('makes every registry code concrete in each class, and unregistered details too', () => {
    for (const code of enhancedCodes) for (const cls of [2, 4, 5] as const) expect(withClass(cls, code)).toBe(`${cls}${code.slice(1)}`);
    expect(withClass(4, EnhancedStatus.MailboxFull)).toBe('4.2.2');
    expect(withClass(5, 'X.1.999')).toBe('5.1.999');
  });
});
