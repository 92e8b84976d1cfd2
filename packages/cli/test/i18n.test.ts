import { describe, expect, it } from 'vitest';
import { en, ja, type Messages, ru } from '../src/i18n/index.js';

/** Sample arguments: the class notes take the forms a code is used as. */
const FORMS = ['4.2.2', '5.2.2'];
const sampleArgs = (path: string): unknown[] =>
  path === '.notes.generic' ? [FORMS] : path === '.notes.classNotAllowed' ? ['2.2.2', FORMS] : ['X', 2, 3];

/** Every string (functions called with sample arguments) of a messages object, by key path. */
function strings(m: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof m === 'string') out.set(path, m);
  else if (typeof m === 'function') out.set(path, String((m as (...a: unknown[]) => unknown)(...sampleArgs(path))));
  else if (m && typeof m === 'object')
    for (const [k, v] of Object.entries(m)) for (const [p, s] of strings(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

const all: [string, Messages][] = [
  ['en', en],
  ['ja', ja],
  ['ru', ru],
];

describe('UI strings', () => {
  it('every locale has the same keys', () => {
    const keys = [...strings(en).keys()].sort();
    expect([...strings(ja).keys()].sort()).toEqual(keys);
    expect([...strings(ru).keys()].sort()).toEqual(keys);
  });

  it.each(all)('%s: no empty string', (_, m) => {
    for (const [path, s] of strings(m)) expect(s.trim(), path).not.toBe('');
  });

  it('Japanese follows the glossary: サブジェクト not 件名, 恒久的 not 永続的, 応答 not 返信/リプライ, 配送 not 配信', () => {
    for (const [path, s] of strings(ja)) {
      for (const bad of ['件名', '永続的', '返信', 'リプライ', '配信', '配達', 'メイル', '過渡的', 'サーバ ', 'ユーザ '])
        expect(s, path).not.toContain(bad);
    }
    expect(ja.labels.subject).toBe('サブジェクト');
    expect(ja.labels.replyCode).toBe('応答コード');
    expect(ja.labels.enhancedCode).toBe('拡張ステータスコード');
    expect(ja.labels.detail).toBe('詳細');
    expect(ja.labels.retry).toBe('再試行');
    expect(ja.severity['permanent-negative']).toBe('恒久的エラー');
    expect(ja.severity['transient-negative']).toBe('一時的エラー');
    // Bounce reasons (issue 15): Sisimai's バウンス理由, the long-vowel プロバイダー, レジストリ.
    expect([ja.why.reason, ja.why.provider, ja.why.registry]).toEqual(['バウンス理由', 'プロバイダー', 'レジストリ']);
    expect(ja.why.rules.reply(550)).toBe('応答コード 550');
    expect(ja.why.rules.enhanced('X.1.1')).toBe('拡張ステータスコード X.1.1');
  });

  it('Japanese sentences use です・ます', () => {
    for (const [key, s] of Object.entries(ja.advice)) {
      for (const sentence of s.split('。').filter((x) => x.trim())) expect(sentence, key).toMatch(/(です|ます|ません|ました|でした)$/);
    }
  });

  it('Russian follows the glossary: код ответа, never отклик; категория, never тема', () => {
    for (const [path, s] of strings(ru)) {
      for (const bad of ['отклик', 'Отклик', 'тема', 'Тема', 'субъект', 'улучшенн', 'перманент', 'переходн', 'авторизац', 'реле '])
        expect(s, path).not.toContain(bad);
    }
    expect(ru.labels.replyCode).toBe('Код ответа');
    expect(ru.labels.enhancedCode).toBe('Расширенный код состояния');
    expect([ru.labels.class, ru.labels.subject, ru.labels.detail]).toEqual(['Класс', 'Категория', 'Уточнение']);
    expect(ru.severity['transient-negative']).toBe('Временная ошибка');
    expect(ru.severity['permanent-negative']).toBe('Постоянная ошибка');
    expect(ru.labels.retry).toBe('Повторная попытка');
    // The reason's rule follows «Определено по» in the dative, with the same terms as the labels.
    expect(ru.why.rules.reply(550)).toBe('коду ответа 550');
    expect(ru.why.rules.enhanced('X.1.1')).toBe('расширенному коду состояния X.1.1');
    expect(ru.why.rules.subject('X.1')).toBe('категории расширенного кода (X.1)');
    expect([ru.why.reason, ru.why.registry]).toEqual(['Причина недоставки', 'Реестр']);
  });

  it('Russian plural forms', () => {
    expect(ru.scan.summary(1, 1, 1)).toBe('1 код в 1 строке');
    expect(ru.scan.summary(3, 22, 5)).toBe('3 кода в 22 строках (5 файлов)');
    expect(ru.scan.summary(11, 11, 2)).toBe('11 кодов в 11 строках (2 файла)');
  });
});
