import { describe, expect, it } from 'vitest';
import { buildDataset } from '../src/dataset.js';
import { loadSpec, validateDataset } from '../src/load-spec.js';
import { LOCALES, type Localized } from '../src/types.js';
import { readSnapshot } from '../src/upstream.js';

const spec = loadSpec();

/** Every localized text of the spec, with a name saying where it is. */
function* texts(): Generator<[string, Localized]> {
  for (const d of [...spec.digits.first, ...spec.digits.second]) yield* pairs(`digit ${d.digit}`, d);
  yield* pairs('third digit', spec.digits.third);
  for (const c of spec.concepts) yield* pairs(`concept ${c.id}`, c);
  for (const r of spec.replyCodes) {
    yield* pairs(`reply ${r.code}`, r);
    for (const v of r.variants ?? []) yield* pairs(`reply ${r.code} (${v.commands.join(',')})`, v);
  }
  for (const c of spec.enhanced.classes) yield* pairs(`class ${c.class}`, c);
  for (const s of spec.enhanced.subjects) yield* pairs(`subject ${s.subject}`, s);
  for (const c of spec.enhanced.codes) yield* pairs(c.code, c);
  for (const c of spec.commands) yield* pairs(`command ${c.command}`, c);
  for (const r of spec.reasons) {
    yield* pairs(`reason ${r.id}`, r);
    yield [`reason ${r.id} action`, r.action];
  }
  for (const p of spec.providers) {
    for (const [i, c] of p.codes.entries()) {
      yield [`provider ${p.id} code ${i} meaning`, c.meaning];
      yield [`provider ${p.id} code ${i} action`, c.action];
    }
  }
}
function* pairs(name: string, item: { title: Localized; description: Localized; note?: Localized }): Generator<[string, Localized]> {
  yield [`${name} title`, item.title];
  yield [`${name} description`, item.description];
  if (item.note) yield [`${name} note`, item.note];
}
const all = [...texts()];

describe('allowed classes', () => {
  const classes = (code: string) => spec.enhanced.codes.find((c) => c.code === code)!.classes;

  it('follow RFC 3463 section 3 where it says "only", and keep what the registry adds', () => {
    // "only useful for permanent failures" / "useful only as a permanent error"
    for (const code of ['X.1.2', 'X.1.3', 'X.1.6', 'X.3.4', 'X.5.2', 'X.6.1', 'X.7.2', 'X.7.3', 'X.7.4'])
      expect(classes(code), code).toEqual([5]);
    // "useful only as a persistent transient error"
    for (const code of ['X.3.1', 'X.4.1', 'X.4.2', 'X.4.5', 'X.4.6']) expect(classes(code), code).toEqual([4]);
    // RFC 3463 says "only", but the registry's basic codes name the other class too: both are kept.
    for (const code of ['X.1.1', 'X.4.3', 'X.5.1', 'X.5.4', 'X.7.1']) expect(classes(code), code).toEqual([4, 5]);
    // "both permanent and persistent transient"; "permanent, transient persistent, or successful"
    for (const code of ['X.2.1', 'X.2.4', 'X.3.2', 'X.4.4', 'X.6.5']) expect(classes(code), code).toEqual([4, 5]);
    expect(classes('X.7.7')).toEqual([2, 4, 5]);
    expect(classes('X.1.5')).toEqual([2]);
  });

  it('take the registry classes where the RFC is silent, and 4, 5 for a failure neither restricts', () => {
    expect(classes('X.0.0')).toEqual([2, 4, 5]);
    expect(classes('X.7.17')).toEqual([5]);
    expect(classes('X.7.15')).toEqual([4, 5]);
    expect(classes('X.3.6')).toEqual([2]);
    expect(classes('X.7.12')).toEqual([4]);
    expect(classes('X.4.7')).toEqual([4, 5]);
    expect(classes('X.1.0')).toEqual([2, 4, 5]);
  });

  it('are given for every code, with a source, and no failure code takes class 2 from its meaning alone', () => {
    for (const c of spec.enhanced.codes) {
      expect(c.classes.length, c.code).toBeGreaterThan(0);
      expect(c.classesFrom.length, c.code).toBeGreaterThan(0);
    }
    const open = spec.enhanced.codes.filter((c) => c.classesFrom.includes('meaning') && c.classes.includes(2)).map((c) => c.code);
    expect(open).toEqual(['X.1.0', 'X.1.9', 'X.2.0', 'X.6.10']);
  });
});

describe('counts', () => {
  it('has every basic reply code of RFC 5321 and of the extensions that add codes', () => {
    const required = [
      // RFC 5321 4.2.2 / 4.2.3 and 4.1.1.11
      211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555,
      // RFC 3207, RFC 4954, RFC 7504, RFC 1985, RFC 2645
      454, 530, 235, 334, 432, 534, 535, 538, 521, 556, 253, 458, 459, 453,
      // only in the enhanced-code registry's associated basic code column
      422, 430, 523, 524, 525, 533,
    ];
    const codes = spec.replyCodes.map((r) => r.code);
    expect(codes.filter((c) => required.includes(c)).sort()).toEqual([...required].sort());
    expect(spec.replyCodes.filter((r) => r.status === 'registry-only').map((r) => r.code)).toEqual([422, 430, 523, 524, 525, 533]);
  });

  it('has the 3 classes, 8 subjects and 81 enumerated codes of the registry', () => {
    expect(spec.enhanced.classes.map((c) => c.class)).toEqual([2, 4, 5]);
    expect(spec.enhanced.subjects.map((s) => s.subject)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(spec.enhanced.codes).toHaveLength(81);
    const perSubject = [1, 11, 5, 7, 8, 7, 11, 31];
    for (const [s, n] of perSubject.entries()) {
      expect(
        spec.enhanced.codes.filter((c) => c.subject === s),
        `subject ${s}`,
      ).toHaveLength(n);
    }
  });

  it('has the meaning of every digit position', () => {
    expect(spec.digits.first.map((d) => d.digit)).toEqual(expect.arrayContaining([2, 3, 4, 5]));
    expect(spec.digits.second.map((d) => d.digit)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('has the command-reply sequences of RFC 5321 4.3.2', () => {
    const names = spec.commands.map((c) => c.command);
    expect(names).toEqual(
      expect.arrayContaining(['CONNECT', 'EHLO', 'HELO', 'MAIL', 'RCPT', 'DATA', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT']),
    );
    const rcpt = spec.commands.find((c) => c.command === 'RCPT')!;
    expect(rcpt.success).toEqual([250, 251]);
    expect(rcpt.errors).toEqual(expect.arrayContaining([550, 551, 552, 553, 450, 451, 452, 503, 455, 555]));
    expect(spec.commands.find((c) => c.command === 'DATA')!.intermediate).toEqual([354]);
  });
});

describe('every text, every language', () => {
  it('is non-empty in en, ja and ru', () => {
    for (const [name, text] of all) {
      for (const locale of LOCALES) expect(text[locale]?.trim(), `${name} ${locale}`).toBeTruthy();
    }
  });

  it('Japanese texts are written in Japanese and Russian texts in Cyrillic', () => {
    for (const [name, text] of all) {
      expect(text.ja, `${name} ja`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text.ru, `${name} ru`).toMatch(/[\u0400-\u04ff]/);
    }
  });

  it('translations are of comparable completeness to the English', () => {
    for (const [name, text] of all) {
      if (!name.endsWith('description')) continue;
      // Japanese packs about 2-3 Latin characters into one; Russian runs a little longer than English.
      expect(text.ja.length, `${name} ja is much shorter than en`).toBeGreaterThan(text.en.length * 0.2);
      expect(text.ru.length, `${name} ru is much shorter than en`).toBeGreaterThan(text.en.length * 0.6);
    }
  });

  it('follows the glossary decisions: サブジェクト, 恒久的, 配送, код ответа, категория (scripts/data/docs/glossary.yaml)', () => {
    const banned: Array<[keyof Localized, RegExp, string]> = [
      ['ja', /件名/, 'subject is サブジェクト, never 件名'],
      ['ja', /メイル/, 'メール, not メイル'],
      ['ja', /永続的/, 'permanent is 恒久的'],
      ['ja', /配信|配達/, 'delivery is 配送'],
      ['ja', /返信|リプライ/, 'reply is 応答'],
      ['ja', /強化された/, 'enhanced is 拡張'],
      ['ja', /サーバ(?!ー)|ユーザ(?!ー)|ヘッダ(?!ー)|パラメータ(?!ー)/, 'long vowel mark: サーバー, ユーザー, ヘッダー, パラメーター'],
      ['ja', /クオータ/, 'quota is クォータ'],
      ['ja', /せよ/, 'no imperative'],
      ['ru', /отклик/i, 'reply is ответ, never отклик'],
      ['ru', /авториз/i, 'authentication is аутентификация, never авторизация'],
      ['ru', /\bтем[аеуыой]\b|субъект/i, 'subject is категория'],
      ['ru', /улучшенн/i, 'enhanced is расширенный'],
      ['ru', /перманентн|переходн/i, 'permanent/transient: постоянный/временный'],
      ['ru', /\bреле\b|\bрелей\b|отскок|поставк/i, 'relay is ретрансляция; bounce/delivery wording'],
      ['ru', /мейлбокс|мэйлбокс/i, 'mailbox is почтовый ящик'],
      ['ru', /позитивн|негативн/i, 'положительный / отрицательный'],
      ['ru', /учетн|отключен\b|истек\b|отчет/i, 'write ё'],
    ];
    const problems: string[] = [];
    for (const [name, text] of all) {
      for (const [locale, pattern, rule] of banned)
        if (pattern.test(text[locale])) problems.push(`${name} ${locale}: ${rule}: ${text[locale]}`);
    }
    expect(problems).toEqual([]);
  });

  it('Japanese puts a half-width space between Japanese and Latin letters or digits', () => {
    const jaChar = '[\\u3040-\\u30ff\\u4e00-\\u9fff]';
    const tight = new RegExp(`${jaChar}[A-Za-z0-9\`]|[A-Za-z0-9\`]${jaChar}`);
    const problems = all.filter(([, t]) => tight.test(t.ja)).map(([name, t]) => `${name}: ${t.ja}`);
    expect(problems).toEqual([]);
  });

  it('titles have no final full stop', () => {
    for (const [name, text] of all) {
      if (!name.endsWith('title')) continue;
      expect(text.en, name).not.toMatch(/\.$/);
      expect(text.ja, name).not.toMatch(/。$/);
      expect(text.ru, name).not.toMatch(/\.$/);
    }
  });
});

describe('agreement with the IANA registry snapshot (spec/upstream)', () => {
  const upstream = readSnapshot();
  const byCode = new Map(spec.enhanced.codes.map((c) => [c.code, c]));

  it('has exactly the registry codes', () => {
    expect([...byCode.keys()]).toEqual(upstream.map((r) => r.code));
  });

  it.each(upstream.map((r) => [r.code, r] as const))('%s has the registry title, basic codes and references', (code, row) => {
    const entry = byCode.get(code)!;
    if (row.title) expect(entry.title.en).toBe(row.title);
    expect(entry.registryBasicCodes).toBe(row.basicCode);
    const refs = entry.references.map((r) => (r.section ? `${r.doc} ${r.section}` : r.doc));
    for (const ref of row.references.split('; '))
      expect(refs).toContainEqual(expect.stringMatching(new RegExp(`^${ref.split(' ')[0]}( |$)`)));
    expect(entry.deprecated).toBe(row.title === '');
  });

  it('records the registry quirks: permanent-only X.7.17-19, deprecated X.6.10, the RFC 4468 note of X.7.8', () => {
    for (const code of ['X.7.17', 'X.7.18', 'X.7.19']) expect(byCode.get(code)!.classes).toEqual([5]);
    expect(byCode.get('X.6.10')!.deprecated).toBe(true);
    expect(byCode.get('X.7.8')!.note?.en).toMatch(/4468/);
  });
});

describe('the published dataset', () => {
  const dataset = buildDataset(spec, '0.0.0');

  it('validates against spec.schema.json', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('derives the commands of each reply code from commands.yaml', () => {
    const find = (code: number) => dataset.replyCodes.find((r) => r.code === code)!;
    expect(find(354).commands).toEqual(['DATA']);
    expect(find(251).commands).toEqual(expect.arrayContaining(['RCPT', 'VRFY']));
    expect(find(220).commands).toContain('CONNECT');
  });

  it('derives subject and detail of each enhanced code', () => {
    const x110 = dataset.enhanced.codes.find((c) => c.code === 'X.1.10')!;
    expect([x110.subject, x110.detail]).toEqual([1, 10]);
  });

  it('rejects a dataset with an unknown field', () => {
    const broken = structuredClone(dataset) as unknown as { replyCodes: Array<Record<string, unknown>> };
    broken.replyCodes[0]!.colour = 'red';
    expect(validateDataset(broken)).toEqual([expect.stringMatching(/^\/replyCodes\/0 unknown field "colour"$/)]);
  });
});
