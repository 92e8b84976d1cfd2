import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript without types
import { measure, TITLE_TARGET_BYTES } from '../bench/size.mjs';

interface Row {
  name: string;
  bytes: number;
  japanese: boolean;
  cyrillic: boolean;
  extras: boolean;
  descriptions: boolean;
  english: boolean;
}

// Sizes are deterministic (esbuild on the built dist), so they are asserted here; speed is not.
describe('bundles (built dist, esbuild --minify)', async () => {
  const rows = (await measure()) as Row[];
  const row = (name: string) => rows.find((r) => r.name === name)!;

  it('one reply-code constant from the namespace subpath costs under 1 KB', () => {
    expect(row('one reply code, namespace subpath').bytes).toBeLessThan(1024);
    expect(row('one enhanced code, namespace subpath').bytes).toBeLessThan(1024);
    expect(row('one bounce reason, namespace subpath').bytes).toBeLessThan(1024);
  });

  it('describeReason brings the reason texts of its language only, without the code meanings', () => {
    expect(row('describeReason, English')).toMatchObject({ japanese: false, cyrillic: false, extras: false });
    expect(row('describeReason, jaReasons')).toMatchObject({ japanese: true, cyrillic: false, extras: false });
    expect(row('describeReason, jaReasons').bytes).toBeLessThan(row('describeReply + describeEnhanced, jaMeanings').bytes);
  });

  it('one constant from the main entry costs what it did before the title lookups (1564 B)', () => {
    expect(row('one reply code, main entry').bytes).toBeLessThanOrEqual(1564);
  });

  it('the English title lookups for both kinds stay within 6.4 KB and carry no descriptions', () => {
    const titles = row('replyTitle + enhancedTitle, English');
    expect(titles.bytes).toBeLessThanOrEqual(TITLE_TARGET_BYTES);
    expect(titles).toMatchObject({ japanese: false, cyrillic: false, extras: false, descriptions: false });
    expect(row('describeReply, English').descriptions).toBe(true);
  });

  it('Japanese and Russian titles come only from their entry points', () => {
    expect(row('replyTitle + enhancedTitle, jaTitles')).toMatchObject({ japanese: true, cyrillic: false, descriptions: false });
    expect(row('replyTitle + enhancedTitle, ruTitles')).toMatchObject({ japanese: false, cyrillic: true, descriptions: false });
  });

  it('English lookups carry no Japanese or Russian text', () => {
    const en = row('describeReply, English');
    expect([en.japanese, en.cyrillic]).toEqual([false, false]);
  });

  it('a locale entry point brings its language and only that one', () => {
    expect(row('describeReply + describeEnhanced, Japanese')).toMatchObject({ japanese: true, cyrillic: false });
    expect(row('describeReply, Russian')).toMatchObject({ japanese: false, cyrillic: true });
  });

  it('describeReply with a Japanese locale still carries English (its default); lookupReply and lookupEnhanced do not', () => {
    expect(row('describeReply + describeEnhanced, jaMeanings').english).toBe(true);
    expect(row('lookupReply + lookupEnhanced, jaMeanings')).toMatchObject({
      japanese: true,
      cyrillic: false,
      english: false,
      extras: false,
    });
    expect(row('lookupReply + lookupEnhanced, jaMeanings').bytes).toBeLessThan(row('describeReply + describeEnhanced, jaMeanings').bytes);
  });

  it('describeReply and describeEnhanced leave the commands and concepts texts out; describeCommand brings them', () => {
    expect(row('describeReply, English').extras).toBe(false);
    expect(row('describeReply + describeEnhanced, jaMeanings').extras).toBe(false);
    expect(row('describeReply + describeEnhanced, jaMeanings').bytes).toBeLessThan(row('describeReply + describeEnhanced, Japanese').bytes);
    expect(row('describeCommand, English').extras).toBe(true);
  });
});
