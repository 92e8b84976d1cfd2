// The README's API section shows each export with `//=>` examples; each one is run here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as jaEntry from '../src/locales/ja.js';
import * as ruEntry from '../src/locales/ru.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const api = readme.slice(readme.indexOf('## API\n'), readme.indexOf('## Why no `enum`'));
const scope: Record<string, unknown> = { ...main, ...jaEntry, ...ruEntry };
const run = (expression: string) => new Function(...Object.keys(scope), `return (${expression});`)(...Object.values(scope));

/** [expression, expected] for each `expression;` line followed by a `//=> expected` line. */
const examples: Array<[string, string]> = [];
for (const block of api.matchAll(/```js\n([\s\S]*?)```/g)) {
  const lines = block[1]!.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('//=> ')) examples.push([lines[i - 1]!.replace(/;$/, ''), line.slice(5)]);
  });
}

describe('README API examples', () => {
  it('has a heading and an example for every value export', () => {
    const headings = [...api.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    for (const name of Object.keys(scope)) {
      expect(
        headings.some((h) => h.split(/[(,\s]+/).includes(name)),
        `### for ${name}`,
      ).toBe(true);
      expect(
        examples.some(([expression]) => new RegExp(`\\b${name}\\b`).test(expression)),
        `example of ${name}`,
      ).toBe(true);
    }
  });

  it.each(examples)('%s', (expression, expected) => {
    if (expected.startsWith('TypeError: ')) expect(() => run(expression)).toThrow(new TypeError(expected.slice(11)));
    else expect(run(expression)).toEqual(run(expected));
  });
});
