import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { constantName } from '../src/constant-name.js';
import { formatIssue, loadSpec, MAX_SPEC_FILE_BYTES, REPO_ROOT, readSpecFiles } from '../src/load-spec.js';
import { indexOf, issuesAfter, issuesOf, pristine } from './spec-edits.js';

describe('the real spec', () => {
  it('loads without problems', () => {
    expect(() => loadSpec()).not.toThrow();
  });

  it('rejects nothing silently: every file of spec/ is read', () => {
    const names = [...pristine.keys()];
    expect(names).toEqual(expect.arrayContaining(['reply-codes.yaml', 'commands.yaml', 'digits.yaml', 'concepts.yaml']));
    expect(names.filter((n) => n.startsWith('enhanced-codes/'))).toHaveLength(8);
  });
});

describe('validation errors name file, line, entry and reason', () => {
  it('missing locale', () => {
    const [issue, ...rest] = issuesAfter('reply-codes.yaml', (doc) => {
      doc.deleteIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 550), 'title', 'ja']);
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'spec/reply-codes.yaml', entry: '550', path: 'title', reason: 'missing required field "ja"' });
    expect(issue!.line).toBeGreaterThan(1);
    expect(formatIssue(issue!)).toMatch(/^spec\/reply-codes\.yaml:\d+: 550: title: missing required field "ja"$/);
  });

  it('empty or padded text', () => {
    const issues = issuesAfter('enhanced-codes/x.1-addressing.yaml', (doc) => {
      const i = indexOf(doc, 'codes', 'code', 'X.1.1');
      doc.setIn(['codes', i, 'description', 'ru'], '');
      doc.setIn(['codes', i, 'title', 'en'], ' Bad destination mailbox address');
    });
    expect(issues.map((i) => [i.entry, i.path])).toEqual(
      expect.arrayContaining([
        ['X.1.1', 'description.ru'],
        ['X.1.1', 'title.en'],
      ]),
    );
  });

  it('duplicate code', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      const items = doc.get('replyCodes') as { items: unknown[] };
      const copy = doc.createNode(doc.toJS().replyCodes[indexOf(doc, 'replyCodes', 'code', 250)]);
      items.items.push(copy);
    });
    expect(issues.map((i) => i.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^duplicate code 250 \(first at spec\/reply-codes\.yaml:\d+\)$/)]),
    );
  });

  it('duplicate enhanced code across files', () => {
    const files = new Map(pristine);
    const doc = parseDocument(files.get('enhanced-codes/x.1-addressing.yaml')!);
    const x11 = doc.toJS().codes[indexOf(doc, 'codes', 'code', 'X.1.1')];
    (doc.get('codes') as { items: unknown[] }).items.push(doc.createNode(x11));
    files.set('enhanced-codes/x.1-addressing.yaml', String(doc));
    const issues = issuesOf(files);
    expect(issues.some((i) => i.entry === 'X.1.1' && i.reason.startsWith('duplicate code "X.1.1"'))).toBe(true);
  });

  it('bad code syntax', () => {
    const enhanced = issuesAfter('enhanced-codes/x.1-addressing.yaml', (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.1.1'), 'code'], '5.01.1');
    });
    expect(enhanced).toContainEqual(
      expect.objectContaining({ entry: '5.01.1', path: 'code', reason: expect.stringContaining('does not match') }),
    );
    const basic = issuesAfter('reply-codes.yaml', (doc) => {
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 252), 'code'], 262);
    });
    expect(basic).toContainEqual(
      expect.objectContaining({ entry: '262', path: 'code', reason: '262 is not a reply code: the second digit must be 0-5' }),
    );
  });

  it('associated basic code that does not exist', () => {
    const issues = issuesAfter('enhanced-codes/x.1-addressing.yaml', (doc) => {
      const i = indexOf(doc, 'codes', 'code', 'X.1.1');
      doc.setIn(['codes', i, 'registryBasicCodes'], '451, 559');
      doc.setIn(['codes', i, 'associatedBasicCodes'], doc.createNode([451, 559], { flow: true }));
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'spec/enhanced-codes/x.1-addressing.yaml',
        entry: 'X.1.1',
        path: 'associatedBasicCodes',
        reason: 'associated basic code 559 does not exist in reply-codes.yaml',
      }),
    ]);
  });

  it('associated basic codes that disagree with the registry column', () => {
    const issues = issuesAfter('enhanced-codes/x.1-addressing.yaml', (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.1.1'), 'associatedBasicCodes'], doc.createNode([550], { flow: true }));
    });
    expect(issues).toEqual([
      expect.objectContaining({ entry: 'X.1.1', reason: '[550] does not match the codes in registryBasicCodes "451, 550"' }),
    ]);
  });

  it('a class the registry names is never dropped, whatever the source', () => {
    const file = 'enhanced-codes/x.7-security-policy.yaml';
    // X.7.1: RFC 3463 says permanent only, the registry lists 451 and 454 as well.
    const rfcOnly = issuesAfter(file, (doc) => {
      const i = indexOf(doc, 'codes', 'code', 'X.7.1');
      doc.setIn(['codes', i, 'classes'], doc.createNode([5], { flow: true }));
      doc.setIn(['codes', i, 'classesFrom'], doc.createNode(['rfc'], { flow: true }));
    });
    expect(rfcOnly.map((i) => [i.entry, i.path, i.reason])).toEqual([
      ['X.7.1', 'classesFrom', 'the registry names classes [4,5] ("451, 454, 502, 503, 533, 550, 551"): list "registry"'],
      // and its example, Postfix's `450 4.7.1`, no longer fits
      ['X.7.1', 'examples.3.reply', 'class 4 is not allowed for X.7.1 (5)'],
    ]);
    const notRegistry = issuesAfter(file, (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.1'), 'classesFrom'], doc.createNode(['meaning'], { flow: true }));
    });
    expect(notRegistry.map((i) => i.reason)).toEqual([
      'the registry names classes [4,5] ("451, 454, 502, 503, 533, 550, 551"): use "registry"',
      'the registry names classes: list "registry"',
    ]);
  });

  it("classes from the registry must be the registry's, ascending", () => {
    const file = 'enhanced-codes/x.7-security-policy.yaml';
    const wider = issuesAfter(file, (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.17'), 'classes'], doc.createNode([4, 5], { flow: true }));
    });
    expect(wider).toEqual([
      expect.objectContaining({ entry: 'X.7.17', path: 'classes', reason: "[4,5] differs from the registry's classes [5]" }),
    ]);
    const unordered = issuesAfter(file, (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.15'), 'classes'], doc.createNode([5, 4], { flow: true }));
    });
    expect(unordered.map((i) => i.reason)).toContain('[5,4] must be ascending');
    const missing = issuesAfter(file, (doc) => {
      doc.deleteIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.15'), 'classes']);
    });
    expect(missing).toEqual([expect.objectContaining({ entry: 'X.7.15', reason: 'missing required field "classes"' })]);
  });

  it('unknown reference', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 221), 'references', 0, 'doc'], 'RFC9999');
    });
    expect(issues).toEqual([
      expect.objectContaining({ entry: '221', path: 'references.0.doc', reason: 'unknown reference "RFC9999" (not in references.yaml)' }),
    ]);
  });

  it('unknown field', () => {
    const issues = issuesAfter('commands.yaml', (doc) => {
      doc.setIn(['commands', indexOf(doc, 'commands', 'command', 'QUIT'), 'sucess'], doc.createNode([221]));
    });
    expect(issues).toEqual([expect.objectContaining({ file: 'spec/commands.yaml', entry: 'QUIT', reason: 'unknown field "sucess"' })]);
  });

  it('command that lists a code that does not exist', () => {
    const issues = issuesAfter('commands.yaml', (doc) => {
      doc.setIn(['commands', indexOf(doc, 'commands', 'command', 'QUIT'), 'success'], doc.createNode([222]));
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ entry: 'QUIT', path: 'success', reason: 'reply code 222 does not exist in reply-codes.yaml' }),
    );
  });

  it('reply variant for a command that does not exist', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      const i = doc.toJS().replyCodes.findIndex((r: { variants?: unknown[] }) => r.variants?.length);
      doc.setIn(['replyCodes', i, 'variants', 0, 'commands'], doc.createNode(['XYZZY']));
    });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'variants.0.commands', reason: 'unknown command "XYZZY" (not in commands.yaml)' }),
    ]);
  });

  it('constant that does not follow the naming rule, and duplicate constants', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 221), 'constant'], 'ServiceReady');
    });
    expect(issues.map((i) => i.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"ServiceReady" does not follow the naming rule for its English title: expected "\w+"$/),
        expect.stringMatching(/^duplicate constant name "ServiceReady"/),
      ]),
    );
  });

  it('entry filed under the wrong subject', () => {
    const files = new Map(pristine);
    const from = parseDocument(files.get('enhanced-codes/x.2-mailbox.yaml')!);
    const to = parseDocument(files.get('enhanced-codes/x.1-addressing.yaml')!);
    const i = indexOf(from, 'codes', 'code', 'X.2.2');
    (to.get('codes') as { items: unknown[] }).items.push(to.createNode(from.toJS().codes[i]));
    from.deleteIn(['codes', i]);
    files.set('enhanced-codes/x.2-mailbox.yaml', String(from));
    files.set('enhanced-codes/x.1-addressing.yaml', String(to));
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ entry: 'X.2.2', reason: 'belongs in the file for subject 2, not spec/enhanced-codes/x.1-addressing.yaml' }),
    ]);
  });

  it('text that is null for a code with an RFC, and registry-only codes with text', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 221), 'text'], null);
    });
    expect(issues).toEqual([expect.objectContaining({ entry: '221', path: 'text', reason: expect.stringContaining('registry-only') })]);
  });

  it('YAML syntax errors and duplicate keys, with their line', () => {
    const files = new Map(pristine);
    files.set('concepts.yaml', `${pristine.get('concepts.yaml')}\nconcepts: []\n`);
    const [issue] = issuesOf(files);
    expect(issue).toMatchObject({
      file: 'spec/concepts.yaml',
      entry: '(file)',
      reason: expect.stringMatching(/^YAML: Map keys must be unique/),
    });
    expect(issue!.line).toBeGreaterThan(1);
  });

  it('missing file and unknown top-level key', () => {
    const files = new Map(pristine);
    files.delete('commands.yaml');
    files.set('digits.yaml', `${pristine.get('digits.yaml')}\nfourth: []\n`);
    const issues = issuesOf(files);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'spec/commands.yaml', reason: 'file is missing' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'spec/digits.yaml', path: 'fourth', reason: expect.stringContaining('unknown top-level key') }),
    );
  });

  it('example replies that do not carry their entry, or lack a source', () => {
    const reply = issuesAfter('reply-codes.yaml', (doc) => {
      const i = indexOf(doc, 'replyCodes', 'code', 550);
      doc.setIn(['replyCodes', i, 'examples'], doc.createNode([{ reply: '551 5.1.1 nope', source: 'x-mta' }, { reply: '550 ok' }]));
    });
    expect(reply.map((i) => `${i.entry} ${i.path}: ${i.reason}`)).toEqual(['550 examples.1: missing required field "source"']);
    const wrongCode = issuesAfter('reply-codes.yaml', (doc) => {
      const i = indexOf(doc, 'replyCodes', 'code', 550);
      doc.setIn(['replyCodes', i, 'examples'], doc.createNode([{ reply: '551 5.1.1 nope', source: 'x-mta' }]));
    });
    expect(wrongCode.map((i) => `${i.entry} ${i.path}: ${i.reason}`)).toEqual(['550 examples.0.reply: is a 551 reply, not 550']);
    const enhanced = issuesAfter('enhanced-codes/x.1-addressing.yaml', (doc) => {
      const i = indexOf(doc, 'codes', 'code', 'X.1.1');
      doc.setIn(
        ['codes', i, 'examples'],
        doc.createNode([
          { reply: '550 5.1.2 wrong detail', source: 'mta-a' },
          { reply: '450 5.1.1 class and code disagree', source: 'mta-b' },
          { reply: '550-5.1.1 first\n550-5.1.1 last line must use a space', source: 'mta-c' },
          { reply: '550-5.1.1 first\n551 5.1.1 second', source: 'mta-d' },
          { reply: '550-5.1.1 good\n550 5.1.1 multi-line reply', source: 'mta-e' },
        ]),
      );
    });
    expect(enhanced.map((i) => `${i.path}: ${i.reason}`)).toEqual([
      'examples.0.reply: does not start its text with X.1.1',
      'examples.1.reply: class 5 does not match the reply code 450',
      'examples.2.reply: line 2 must have " " after the code (last line)',
      'examples.3.reply: the lines carry different codes: 550, 551',
    ]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      doc.deleteIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 550), 'title', 'ru']);
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 221), 'status'], 'obsolete');
    });
    expect(issues.map((i) => i.entry).sort()).toEqual(['221', '550']);
  });
});

/** A copy of the real spec in a temporary directory. */
function specCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-'));
  for (const [name, text] of pristine) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('hostile spec files (issue 16)', () => {
  /** The 1-based line of the first line of `text` that contains `needle`. */
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('refuses YAML aliases with file and line, before expanding them (billion laughs)', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      laughs.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const files = new Map(pristine);
    files.set('concepts.yaml', `${pristine.get('concepts.yaml')}\n${laughs.join('\n')}\n`);
    const issues = issuesOf(files);
    const aliases = issues.filter((i) => i.file === 'spec/concepts.yaml');
    expect(aliases).toHaveLength(81);
    expect(aliases[0]).toMatchObject({ entry: '(file)', reason: 'YAML alias *a is not allowed in spec files; write the value out' });
    expect(aliases[0]!.line).toBe(lineOf(files.get('concepts.yaml')!, 'b: &b'));
    expect(formatIssue(aliases[0]!)).toMatch(/^spec\/concepts\.yaml:\d+: \(file\): YAML alias \*a is not allowed/);
  });

  it('check-spec reports a billion laughs as file:line, exit 1, without a stack trace', () => {
    const dir = specCopy();
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const [prev, next] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      laughs.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    writeFileSync(join(dir, 'concepts.yaml'), `${pristine.get('concepts.yaml')}\n${laughs.join('\n')}\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts/src/check-spec.ts'), dir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('spec/ has 81 problem(s):');
    for (const line of lines.slice(1))
      expect(line).toMatch(/concepts\.yaml:\d+: \(file\): YAML alias \*[a-i] is not allowed in spec files/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses even one harmless alias', () => {
    const files = new Map(pristine);
    const text = `${pristine.get('concepts.yaml')}\nextra: &r 1\nmore: *r\n`;
    files.set('concepts.yaml', text);
    expect(issuesOf(files)).toEqual([expect.objectContaining({ file: 'spec/concepts.yaml', line: lineOf(text, 'more: *r') })]);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const files = new Map(pristine);
    // Not even valid YAML: the limit is checked first, so the only problem named is the size.
    files.set('concepts.yaml', `{{{{\n${'x'.repeat(MAX_SPEC_FILE_BYTES)}`);
    expect(issuesOf(files)).toEqual([
      {
        file: 'spec/concepts.yaml',
        line: 0,
        entry: '(file)',
        path: '',
        reason: expect.stringMatching(/^file is larger than the limit of 1048576 bytes/),
      },
    ]);
  });

  it('reads no more than the limit of an oversized file from disk', () => {
    const dir = specCopy();
    writeFileSync(join(dir, 'concepts.yaml'), 'concepts:\n'.concat('  - x\n'.repeat(MAX_SPEC_FILE_BYTES)));
    const files = readSpecFiles(dir);
    expect(Buffer.byteLength(files.get('concepts.yaml')!)).toBe(MAX_SPEC_FILE_BYTES + 1);
    expect(() => loadSpec(dir)).toThrow(/concepts\.yaml:0: \(file\): file is larger than the limit/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('reports a top-level %s key as unknown', (key) => {
    const files = new Map(pristine);
    const text = `${pristine.get('digits.yaml')}\n${key}: 1\n`;
    files.set('digits.yaml', text);
    expect(issuesOf(files)).toEqual([
      {
        file: 'spec/digits.yaml',
        line: lineOf(text, `${key}: 1`),
        entry: '(file)',
        path: key,
        reason: 'unknown top-level key; expected first, second, third',
      },
    ]);
  });

  it('points a field error at the line of the field, not of the entry', () => {
    const text = pristine.get('reply-codes.yaml')!;
    const files = new Map(pristine);
    const doc = parseDocument(text);
    const i = indexOf(doc, 'replyCodes', 'code', 550);
    doc.setIn(['replyCodes', i, 'status'], 'obsolete');
    doc.setIn(['replyCodes', i, 'colour'], 'red');
    const j = indexOf(doc, 'replyCodes', 'code', 221);
    doc.setIn(['replyCodes', j, 'constant'], 'Wrong');
    const edited = String(doc);
    files.set('reply-codes.yaml', edited);
    const lines = edited.split('\n');
    const entryLine = (code: number) => lines.indexOf(`  - code: ${code}`) + 1;
    const after = (code: number, needle: string) => lines.findIndex((l, n) => n >= entryLine(code) && l.includes(needle)) + 1;
    const issues = issuesOf(files);
    expect(issues.map((x) => [x.entry, x.path])).toEqual([
      ['550', 'status'],
      ['550', ''],
      ['221', 'constant'],
    ]);
    expect(issues[0]!.line).toBe(after(550, 'status: obsolete'));
    expect(issues[1]).toMatchObject({ reason: 'unknown field "colour"', line: after(550, 'colour: red') });
    expect(issues[2]!.line).toBe(after(221, 'constant: Wrong'));
    expect(issues[0]!.line).toBeGreaterThan(entryLine(550));
    expect(issues[2]!.line).toBeGreaterThan(entryLine(221));
  });
});

describe('constantName', () => {
  it.each([
    ['Bad destination mailbox address', 'BadDestinationMailboxAddress'],
    ["Bad sender's system address", 'BadSendersSystemAddress'],
    ['Recipient address has null MX', 'RecipientAddressHasNullMX'],
    ['UTF-8 string reply is required, but not permitted by the SMTP client', 'UTF8StringReplyIsRequiredButNotPermittedByTheSMTPClient'],
    ['Deprecated duplicate of X.6.8', 'DeprecatedDuplicateOfX68'],
  ])('%s -> %s', (title, name) => {
    expect(constantName(title)).toBe(name);
  });
});
