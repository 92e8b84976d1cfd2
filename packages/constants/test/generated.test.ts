import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { constantsVersion, generateConstants } from '../../../scripts/src/generate-constants.js';
import { loadSpec, REPO_ROOT } from '../../../scripts/src/load-spec.js';

const files = generateConstants(loadSpec(), constantsVersion());

describe('generated files are current (run `npm run generate` after editing spec/)', () => {
  it.each([...files.keys()].map((f) => [f]))('%s', (path) => {
    const committed = readFileSync(join(REPO_ROOT, path), 'utf8');
    expect(committed, `${path} differs from what spec/ generates`).toBe(files.get(path));
  });

  it('every file in src/generated comes from the generator and says so on line 1', () => {
    const dir = 'packages/constants/src/generated';
    const onDisk = readdirSync(join(REPO_ROOT, dir)).map((name) => `${dir}/${name}`);
    expect(onDisk.sort()).toEqual([...files.keys()].filter((path) => path.startsWith(`${dir}/`)).sort());
    for (const path of onDisk) {
      const firstLine = readFileSync(join(REPO_ROOT, path), 'utf8').split('\n')[0];
      expect(firstLine, path).toMatch(/^\/\/ Generated from spec\/ .*Do not edit/);
    }
  });

  it('the JSDoc of each constant carries all three titles', () => {
    const text = files.get('packages/constants/src/generated/reply-code.ts')!;
    expect(text).toMatch(/\*\*550 Mailbox unavailable\*\*/);
    expect(text).toContain('ja: メールボックスが利用できない');
    expect(text).toContain('@see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}');
  });
});
