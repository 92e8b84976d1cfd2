import { describe, expect, it } from 'vitest';
import spec from '../data/spec.json' with { type: 'json' };
import * as BounceReasonEntry from '../src/bounce-reason.js';
import { BounceReason, describeProvider, describeReason, enReasons, providers, reasonFacts, reasonRules } from '../src/index.js';
import { ja, jaReasons } from '../src/locales/ja.js';
import { ru, ruReasons } from '../src/locales/ru.js';

const ids = Object.keys(reasonFacts);

describe('BounceReason', () => {
  it('has one constant per reason of the spec, valued by its id', () => {
    expect(Object.values(BounceReason).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(BounceReason[reasonFacts[id]!.constant as keyof typeof BounceReason]).toBe(id);
    expect(BounceReason.UserUnknown).toBe('user-unknown');
    expect(BounceReasonEntry.MailboxFull).toBe('mailbox-full');
  });

  it('is typed as literals', () => {
    const id: 'user-unknown' = BounceReason.UserUnknown;
    const any: BounceReason = BounceReason.RateLimited;
    expect([id, any]).toEqual(['user-unknown', 'rate-limited']);
  });
});

describe('describeReason', () => {
  it('gives every reason in English, Japanese and Russian', () => {
    for (const id of ids) {
      const texts = [
        describeReason(id),
        describeReason(id, ja),
        describeReason(id, jaReasons),
        describeReason(id, ru),
        describeReason(id, ruReasons),
      ];
      for (const d of texts) {
        expect(d?.title.length).toBeGreaterThan(0);
        expect(d?.description.length).toBeGreaterThan(0);
        expect(d?.action.length).toBeGreaterThan(0);
      }
      expect(texts.map((d) => d?.locale)).toEqual(['en', 'ja', 'ja', 'ru', 'ru']);
      expect(texts[1]).toEqual(texts[2]);
      expect(texts[1]?.title).not.toBe(texts[0]?.title);
      expect(texts[3]?.description).toMatch(/[\u0400-\u04ff]/u);
    }
  });

  it('matches the published dataset', () => {
    for (const r of spec.reasons) {
      expect(describeReason(r.id, ja)).toMatchObject({
        constant: r.constant,
        severity: r.severity,
        title: r.title.ja,
        description: r.description.ja,
        action: r.action.ja,
        aliases: r.aliases,
      });
    }
    expect(describeReason('user-unknown')).toMatchObject({
      title: 'Recipient address does not exist',
      severity: 'hard',
      aliases: { sisimai: ['userunknown'] },
    });
    expect(describeReason('user-unknown', jaReasons)?.title).toBe('宛先不明');
  });

  it('returns undefined for unknown or inherited ids', () => {
    for (const id of ['', 'userunknown', '__proto__', 'constructor', 'toString']) expect(describeReason(id)).toBeUndefined();
  });
});

describe('providers and rule tables', () => {
  it('describeProvider joins each code with its texts in order', () => {
    for (const p of spec.providers) {
      const en = describeProvider(p.id);
      const jaP = describeProvider(p.id, ja);
      expect(en).toMatchObject({ id: p.id, name: p.name, url: p.url, recognise: { hosts: p.recognise.hosts } });
      expect(en?.codes.map((c) => [c.enhanced, c.reason, c.meaning])).toEqual(p.codes.map((c) => [c.enhanced, c.reason, c.meaning.en]));
      expect(jaP?.codes.map((c) => c.action)).toEqual(p.codes.map((c) => c.action.ja));
    }
    expect(describeProvider('__proto__')).toBeUndefined();
    expect(describeProvider('gmail')?.codes.find((c) => c.enhanced === '4.7.28')?.reason).toBe('rate-limited');
  });

  it('every rule names a reason that exists, and every pattern compiles', () => {
    for (const p of reasonRules.patterns) {
      expect(ids).toContain(p.reason);
      expect(() => new RegExp(p.pattern, 'i')).not.toThrow();
    }
    for (const reason of [...Object.values(reasonRules.enhanced), ...Object.values(reasonRules.reply)]) expect(ids).toContain(reason);
    for (const p of Object.values(providers)) for (const c of p.codes) expect(ids).toContain(c.reason);
    expect(reasonRules.enhanced['X.1.1']).toBe('user-unknown');
    expect(reasonRules.reply[552]).toBe('mailbox-full');
  });

  it('each locale carries the texts of every reason and provider, and the default is English', () => {
    for (const locale of [enReasons, jaReasons, ruReasons]) {
      expect(Object.keys(locale.reasons).sort()).toEqual([...ids].sort());
      expect(Object.keys(locale.providers).sort()).toEqual(Object.keys(providers).sort());
    }
    expect(describeReason('expired')).toEqual(describeReason('expired', enReasons));
  });
});

describe('reason-only locales', () => {
  it('share their parts with the full locale', async () => {
    const { en } = await import('../src/locales/en.js');
    for (const [full, part] of [
      [en, enReasons],
      [ja, jaReasons],
      [ru, ruReasons],
    ] as const) {
      expect(Object.keys(part).sort()).toEqual(['locale', 'name', 'providers', 'reasons']);
      expect(part.reasons).toBe(full.reasons);
      expect(part.providers).toBe(full.providers);
      expect([part.locale, part.name]).toEqual([full.locale, full.name]);
    }
  });
});

describe('hardening', () => {
  it('results are frozen, and so are the tables', () => {
    const d = describeReason('user-unknown');
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d?.aliases.sisimai)).toBe(true);
    expect(Object.isFrozen(describeProvider('gmail')?.codes[0])).toBe(true);
    expect(Object.isFrozen(reasonRules.patterns)).toBe(true);
    expect(Object.isFrozen(providers.gmail?.recognise.hosts)).toBe(true);
    expect(Object.isFrozen(jaReasons.reasons['user-unknown'])).toBe(true);
  });

  it("a locale that is not loaded throws a TypeError naming the import; 'en' is English", () => {
    expect(() => describeReason('user-unknown', 'ja' as never)).toThrow(
      new TypeError("locale ja is not loaded: pass 'en' or import jaReasons from '@smtp-codes/constants/locales/ja'"),
    );
    expect(() => describeProvider('gmail', {} as never)).toThrow(TypeError);
    expect(describeReason('user-unknown', 'en')).toEqual(describeReason('user-unknown'));
  });
});
