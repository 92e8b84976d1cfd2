import { en } from '@smtp-codes/constants';
import { ja } from '@smtp-codes/constants/locales/ja';
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
});
