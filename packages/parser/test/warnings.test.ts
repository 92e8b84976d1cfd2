import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplies, WARNING_KINDS, type WarningKind } from '../src/index.js';
import { check, enc, kinds } from './helpers.js';

// One input per warning kind, with the mode(s) where it is a warning and the expected first line.
const cases: { kind: WarningKind; input: string | Uint8Array; modes: ('strict' | 'lenient')[]; line: number }[] = [
  { kind: 'bad-separator', input: '250\tOK\r\n', modes: ['lenient'], line: 1 },
  { kind: 'code-out-of-range', input: '571 x\r\n', modes: ['lenient'], line: 1 },
  { kind: 'code-mismatch', input: '250-a\r\n251 b\r\n', modes: ['lenient'], line: 2 },
  { kind: 'missing-code', input: '250-a\r\nb\r\n250 c\r\n', modes: ['lenient'], line: 2 },
  { kind: 'bare-code', input: '250\r\n', modes: ['strict', 'lenient'], line: 1 },
  { kind: 'bare-lf', input: '250-a\r\n250 b\n', modes: ['lenient'], line: 2 },
  { kind: 'bare-cr', input: '250 a\rb\r\n', modes: ['lenient'], line: 1 },
  { kind: 'empty-line', input: '250-a\r\n\r\n250 b\r\n', modes: ['lenient'], line: 2 },
  { kind: 'line-too-long', input: `250 ${'x'.repeat(600)}\r\n`, modes: ['lenient'], line: 1 },
  { kind: 'unterminated', input: '250-a\r\n250 b', modes: ['lenient'], line: 2 },
  { kind: 'invalid-utf8', input: new Uint8Array([...enc('250 M'), 0xfc, ...enc('ller\r\n')]), modes: ['lenient'], line: 1 },
  { kind: 'control-char', input: '250 a\x00b\r\n', modes: ['lenient'], line: 1 },
  { kind: 'non-ascii', input: '250-a\r\n250 Grüße\r\n', modes: ['strict', 'lenient'], line: 2 },
  { kind: 'enhanced-syntax', input: '550 5.01.1 x\r\n', modes: ['lenient'], line: 1 },
  { kind: 'enhanced-class-mismatch', input: '550 4.7.1 x\r\n', modes: ['lenient'], line: 1 },
  { kind: 'enhanced-inconsistent', input: '550-5.1.1 a\r\n550 b\r\n', modes: ['lenient'], line: 2 },
];

describe('every warning kind', () => {
  for (const { kind, input, modes, line } of cases) {
    for (const mode of modes) {
      it(`${kind} (${mode})`, () => {
        const outcome = check(input, mode);
        expect(outcome.ok).toBe(true);
        const warning = outcome.replies[0]!.warnings.find((w) => w.kind === kind);
        expect(warning).toEqual({ kind, line });
      });
    }
  }

  it('covers all 16 kinds', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBe(16);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(WARNING_KINDS));
  });

  it('WARNING_KINDS holds each kind that BEHAVIOUR.md §12 makes a warning in some mode, once', () => {
    const behaviour = readFileSync(new URL('../BEHAVIOUR.md', import.meta.url), 'utf8');
    const table = behaviour.slice(behaviour.indexOf('## 12.'), behaviour.indexOf('## 13.'));
    const warnings = [...table.matchAll(/^\| `([a-z0-9-]+)` \|([^|\n]*)\|([^|\n]*)\|/gm)]
      .filter(([, , strict, lenient]) => `${strict}${lenient}`.includes('warning'))
      .map(([, kind]) => kind);
    expect(warnings).toHaveLength(16);
    expect([...WARNING_KINDS].sort()).toEqual(warnings.sort());
  });
});

describe('warning order and deduplication', () => {
  it('follows the step order within a line', () => {
    const input = new Uint8Array([...enc('571\tx\ry\x01'), 0xfc, ...enc('\n')]);
    expect(kinds(check(input, 'lenient').replies[0]!.warnings)).toEqual([
      'code-out-of-range',
      'bad-separator',
      'bare-cr',
      'bare-lf',
      'control-char',
      'invalid-utf8',
    ]);
  });

  it('keeps the first occurrence of each kind in a reply', () => {
    const reply = check('250-a\n250-b\n250 c\n', 'lenient').replies[0]!;
    expect(reply.warnings).toEqual([{ kind: 'bare-lf', line: 1 }]);
  });

  it('pending warnings come first in the next reply and are deduplicated with its own', () => {
    const reply = check('\n\r\n250 a\n', 'lenient').replies[0]!;
    expect(reply.warnings).toEqual([
      { kind: 'empty-line', line: 1 },
      { kind: 'bare-lf', line: 1 },
    ]);
  });

  it('stream-level warnings are only blank lines after the last reply, once per kind', () => {
    const { replies, warnings } = parseReplies('250 a\r\n\r\n\n\r\n');
    expect(replies[0]!.warnings).toEqual([]);
    expect(warnings).toEqual([
      { kind: 'empty-line', line: 2 },
      { kind: 'bare-lf', line: 3 },
    ]);
  });

  it('bare-code and non-ascii are reported in strict mode too', () => {
    expect(kinds(check('250\r\n', 'strict').replies[0]!.warnings)).toEqual(['bare-code']);
    expect(kinds(check('250 ✓\r\n', 'strict').replies[0]!.warnings)).toEqual(['non-ascii']);
  });
});
