import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Comments cite the parser's behaviour as `BEHAVIOUR.md §N` or `BEHAVIOUR.md §N.M step K`; every
// such citation in the packages' sources must name a heading of packages/parser/BEHAVIOUR.md.

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const behaviour = readFileSync(join(packagesDir, 'parser', 'BEHAVIOUR.md'), 'utf8');

interface Headings {
  /** `4`, `4.1`, ... */
  sections: Set<string>;
  /** `4.1 step 3`, ... */
  steps: Set<string>;
}

function headingsOf(markdown: string): Headings {
  const sections = new Set<string>();
  const steps = new Set<string>();
  let section = '';
  for (const line of markdown.split('\n')) {
    const numbered = /^#{2,3} (\d+(?:\.\d+)?)\.? /.exec(line);
    if (numbered) {
      section = numbered[1]!;
      sections.add(section);
      continue;
    }
    const step = /^#### Step (\d+)\. /.exec(line);
    if (step) {
      steps.add(`${section} step ${step[1]}`);
    }
  }
  return { sections, steps };
}

const REFERENCE = /BEHAVIOUR\.md §(\d+(?:\.\d+)?)(?: (steps?) (\d+)(?:-(\d+))?)?/g;

/** The citations in `text` that name no heading. */
function unresolved(text: string, headings: Headings): string[] {
  const missing: string[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, section, , first, last] = match;
    if (!headings.sections.has(section!)) {
      missing.push(whole);
    } else if (first !== undefined) {
      for (let step = Number(first); step <= Number(last ?? first); step++) {
        if (!headings.steps.has(`${section} step ${step}`)) {
          missing.push(whole);
        }
      }
    }
  }
  return missing;
}

/** `§` and `step N` that are neither an RFC section nor part of a BEHAVIOUR.md citation. */
function stray(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/§\d+(?:\.\d+)*/g)) {
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (!/(?:RFC \d+ |BEHAVIOUR\.md )$/.test(before)) {
      found.push(`${before}${match[0]}`);
    }
  }
  for (const match of text.matchAll(/\b[Ss]teps? \d+/g)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (!/BEHAVIOUR\.md §\d+(?:\.\d+)? $/.test(before)) {
      found.push(`${before}${match[0]}`);
    }
  }
  return found;
}

function sourceFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    let entries: string[];
    try {
      entries = readdirSync(src, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (/\.[cm]?tsx?$/.test(entry)) {
        files.push(join(src, entry));
      }
    }
  }
  return files;
}

const headings = headingsOf(behaviour);
const files = sourceFiles();

describe('BEHAVIOUR.md references', () => {
  it('finds the headings: sections 1-16 and the 11 steps of §4.1', () => {
    for (let n = 1; n <= 16; n++) {
      expect(headings.sections.has(String(n)), `§${n}`).toBe(true);
    }
    expect([...headings.steps]).toEqual(Array.from({ length: 11 }, (_, i) => `4.1 step ${i + 1}`));
  });

  it('tells a citation that resolves from one that does not', () => {
    expect(unresolved('BEHAVIOUR.md §4.2, BEHAVIOUR.md §4.1 steps 2-6 and BEHAVIOUR.md §9.3', headings)).toEqual([]);
    expect(unresolved('BEHAVIOUR.md §17, BEHAVIOUR.md §4.1 step 12, BEHAVIOUR.md §4.2 step 1', headings)).toEqual([
      'BEHAVIOUR.md §17',
      'BEHAVIOUR.md §4.1 step 12',
      'BEHAVIOUR.md §4.2 step 1',
    ]);
    const found = stray('(contract §3.2) // Step 10: enhanced code; RFC 5321 §4.2 and BEHAVIOUR.md §4.1 step 10');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/contract §3\.2$/);
    expect(found[1]).toMatch(/Step 10$/);
  });

  it('scans the sources of the parser and of explain', () => {
    const names = files.map((file) => relative(packagesDir, file));
    expect(names).toContain(join('parser', 'src', 'stream-parser.ts'));
    expect(names).toContain(join('explain', 'src', 'replies.ts'));
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('BEHAVIOUR.md §')).length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const name = relative(packagesDir, file);
    const text = readFileSync(file, 'utf8');
    if (!/§|\b[Ss]teps? \d/.test(text)) {
      continue;
    }
    it(`${name}: every citation names a heading, and no other § or step is cited`, () => {
      expect(unresolved(text, headings)).toEqual([]);
      expect(stray(text)).toEqual([]);
    });
  }

  it('BEHAVIOUR.md: its own § references name its headings', () => {
    const missing = [...behaviour.matchAll(/(?<!RFC \d+ )§(\d+(?:\.\d+)?)/g)]
      .map((match) => match[1]!)
      .filter((section) => !headings.sections.has(section));
    expect(missing).toEqual([]);
  });
});
