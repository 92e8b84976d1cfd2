import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { constantName } from '../src/constant-name.js';
import { formatIssue, loadSpec, loadSpecFromFiles, readSpecFiles, SpecError, type SpecIssue } from '../src/load-spec.js';

const pristine = readSpecFiles();

/** Loads the real spec with one file changed by `edit` (a YAML document edit) and returns the issues. */
function issuesAfter(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): SpecIssue[] {
  const files = new Map(pristine);
  const doc = parseDocument(files.get(file)!);
  edit(doc);
  files.set(file, String(doc));
  return issuesOf(files);
}

function issuesOf(files: Map<string, string>): SpecIssue[] {
  try {
    loadSpecFromFiles(files);
  } catch (err) {
    expect(err).toBeInstanceOf(SpecError);
    return (err as SpecError).issues;
  }
  throw new Error('expected the spec to be rejected');
}

/** Index of the list item whose `field` equals `value`. */
function indexOf(doc: ReturnType<typeof parseDocument>, key: string, field: string, value: unknown): number {
  const items = doc.toJS()[key] as Array<Record<string, unknown>>;
  const i = items.findIndex((item) => item[field] === value);
  if (i < 0) throw new Error(`${key} has no ${field} ${String(value)}`);
  return i;
}

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

  it('classes outside the registry need the RFC as source and a note naming the basic code', () => {
    const file = 'enhanced-codes/x.7-security-policy.yaml';
    // X.7.1 is 5 only by RFC 3463; its note names the registry's 451 and 454.
    const noNote = issuesAfter(file, (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.1'), 'note', 'en'], 'The registry also lists `533`.');
    });
    expect(noNote.map((i) => [i.entry, i.path, i.reason])).toEqual([
      ['X.7.1', 'note', 'basic code 451 is outside the classes [5]: the note must explain it (mention `451`)'],
      ['X.7.1', 'note', 'basic code 454 is outside the classes [5]: the note must explain it (mention `454`)'],
    ]);
    const notRfc = issuesAfter(file, (doc) => {
      doc.setIn(['codes', indexOf(doc, 'codes', 'code', 'X.7.1'), 'classesFrom'], doc.createNode(['meaning'], { flow: true }));
    });
    expect(notRfc.map((i) => i.reason)).toEqual([
      'the registry names classes [4,5] ("451, 454, 502, 503, 533, 550, 551"): use "registry"',
      'only the RFC text may exclude a class the registry names',
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

  it('collects every problem instead of stopping at the first', () => {
    const issues = issuesAfter('reply-codes.yaml', (doc) => {
      doc.deleteIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 550), 'title', 'ru']);
      doc.setIn(['replyCodes', indexOf(doc, 'replyCodes', 'code', 221), 'status'], 'obsolete');
    });
    expect(issues.map((i) => i.entry).sort()).toEqual(['221', '550']);
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
