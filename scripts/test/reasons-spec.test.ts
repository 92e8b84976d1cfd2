// The checks of reasons.yaml, reason-rules.yaml and providers/*.yaml: each error, shown with a
// small bad edit of the real spec, names file, line, entry and reason.
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { formatIssue, loadSpec } from '../src/load-spec.js';
import { reasonConstant } from '../src/spec-reasons.js';
import { indexOf, issuesAfter, issuesOf, pristine } from './spec-edits.js';

/** The 1-based line of `needle` in a file's text as edited. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the real reasons, rules and providers', () => {
  const spec = loadSpec();

  it('load, with every Sisimai name mapped exactly once', () => {
    const sisimai = spec.reasonAliasSets.find((s) => s.tool === 'sisimai');
    const mapped = spec.reasons.flatMap((r) => r.aliases.sisimai ?? []);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect([...mapped].sort()).toEqual([...(sisimai?.names ?? [])].sort());
    // The names of Sisimai 5's reason index, as of its current release.
    expect(mapped).toEqual(
      expect.arrayContaining(['userunknown', 'ratelimited', 'emailtoolarge', 'suppressed', 'failedstarttls', 'vacation']),
    );
  });

  it('every reason has texts in three languages and a constant built from its id', () => {
    for (const r of spec.reasons) {
      for (const field of [r.title, r.description, r.action]) expect(Object.keys(field).sort()).toEqual(['en', 'ja', 'ru']);
      expect(r.constant).toBe(reasonConstant(r.id));
    }
    expect(reasonConstant('reverse-dns-required')).toBe('ReverseDnsRequired');
  });

  it('reads the provider files', () => {
    expect(spec.providers.map((p) => p.id)).toContain('gmail');
    expect([...pristine.keys()].filter((f) => f.startsWith('providers/')).length).toBe(spec.providers.length);
  });
});

describe('reasons.yaml errors', () => {
  it('a missing language', () => {
    const issues = issuesAfter('reasons.yaml', (doc) =>
      doc.deleteIn(['reasons', indexOf(doc, 'reasons', 'id', 'mailbox-full'), 'action', 'ru']),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'spec/reasons.yaml',
      entry: 'mailbox-full',
      path: 'action',
      reason: 'missing required field "ru"',
    });
    expect(formatIssue(issues[0]!)).toMatch(/^spec\/reasons\.yaml:\d+: mailbox-full: action: missing required field "ru"$/);
  });

  it('a duplicate id, and a constant that does not follow the id', () => {
    const issues = issuesAfter('reasons.yaml', (doc) => {
      const i = indexOf(doc, 'reasons', 'id', 'mailbox-full');
      doc.setIn(['reasons', i, 'id'], 'user-unknown');
      doc.setIn(['reasons', i, 'constant'], 'FullMailbox');
    });
    const reasons = issues.map((i) => i.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^duplicate reason id "user-unknown" \(first at spec\/reasons\.yaml:\d+\)$/),
        '"FullMailbox" does not follow the id: expected "UserUnknown"',
      ]),
    );
  });

  it('a Sisimai name mapped twice, one mapped by none, one that Sisimai does not have, an unknown tool', () => {
    const issues = issuesAfter('reasons.yaml', (doc) => {
      doc.setIn(
        ['reasons', indexOf(doc, 'reasons', 'id', 'mailbox-full'), 'aliases', 'sisimai'],
        doc.createNode(['userunknown', 'quotaexceeded']),
      );
      doc.setIn(['reasons', indexOf(doc, 'reasons', 'id', 'has-moved'), 'aliases', 'bounce-x'], doc.createNode(['moved']));
    });
    const reasons = issues.map((i) => `${i.entry}: ${i.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mailbox-full: sisimai name "userunknown" is already mapped by "user-unknown" \(spec\/reasons\.yaml:\d+\)$/),
        'mailbox-full: "quotaexceeded" is not a sisimai name (not in its aliasSets entry)',
        'aliases of sisimai: sisimai name(s) mapped by no reason: mailboxfull',
        'has-moved: unknown tool "bounce-x" (not in aliasSets)',
      ]),
    );
  });

  it('a reason the rule engine needs is missing', () => {
    const issues = issuesAfter('reasons.yaml', (doc) => doc.deleteIn(['reasons', indexOf(doc, 'reasons', 'id', 'on-hold')]));
    expect(issues.map((i) => i.reason)).toEqual(
      expect.arrayContaining(['the rule engine needs the reason "on-hold"', 'sisimai name(s) mapped by no reason: onhold']),
    );
  });
});

describe('reason-rules.yaml errors', () => {
  const rules = pristine.get('reason-rules.yaml')!;
  const patternIndex = (doc: Document, reason: string) => indexOf(doc, 'patterns', 'reason', reason);

  it('a pattern that does not compile, with its line', () => {
    let text = '';
    const issues = issuesAfter('reason-rules.yaml', (doc) => {
      doc.setIn(['patterns', patternIndex(doc, 'system-full'), 'pattern'], 'insufficient (system storage');
      text = String(doc);
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'spec/reason-rules.yaml',
      path: 'pattern',
      line: lineOf(text, 'insufficient (system storage'),
    });
    expect(issues[0]!.entry).toMatch(/^pattern \d+ \(system-full\)$/);
    expect(issues[0]!.reason).toMatch(/^does not compile: /);
  });

  it('an example its pattern does not match, at the example line', () => {
    const issues = issuesAfter('reason-rules.yaml', (doc) => {
      doc.addIn(['patterns', patternIndex(doc, 'system-full'), 'examples'], '452 4.3.1 Out of memory');
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.reason).toBe('the pattern does not match its example "452 4.3.1 Out of memory"');
    expect(issues[0]!.path).toMatch(/^examples\.\d+$/);
    expect(issues[0]!.line).toBeGreaterThan(lineOf(rules, 'reason: system-full'));
  });

  it('a contradiction: an example of one reason matched by the pattern of another', () => {
    let text = '';
    const issues = issuesAfter('reason-rules.yaml', (doc) => {
      doc.addIn(['patterns', patternIndex(doc, 'user-unknown'), 'examples'], '550 5.1.1 Unknown user; mailbox full');
      text = String(doc);
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.reason).toMatch(
      /^contradiction: the example is also matched by the pattern of "mailbox-full" at spec\/reason-rules\.yaml:\d+$/,
    );
    expect(issues[0]!.line).toBe(lineOf(text, 'Unknown user; mailbox full'));
  });

  it('unknown reasons, unregistered or duplicate codes', () => {
    const issues = issuesAfter('reason-rules.yaml', (doc) => {
      doc.setIn(['patterns', patternIndex(doc, 'system-full'), 'reason'], 'disk-full');
      doc.addIn(['enhanced'], doc.createNode({ code: 'X.1.99', reason: 'user-unknown' }));
      doc.addIn(['enhanced'], doc.createNode({ code: 'X.9', reason: 'user-unknown' }));
      doc.addIn(['enhanced'], doc.createNode({ code: 'X.1.1', reason: 'has-moved' }));
      doc.addIn(['reply'], doc.createNode({ code: 599, reason: 'system-error' }));
      doc.addIn(['reply'], doc.createNode({ code: 552, reason: 'message-too-big' }));
      doc.addIn(['reply'], doc.createNode({ code: 554, reason: 'spam' }));
    });
    const reasons = issues.map((i) => `${i.entry}: ${i.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pattern \d+ \(disk-full\): unknown reason "disk-full" \(not in reasons\.yaml\)$/),
        'enhanced X.1.99: X.1.99 is not in the registry (enhanced-codes/)',
        'enhanced X.9: subject 9 is not in enhanced-subjects.yaml',
        expect.stringMatching(/^enhanced X\.1\.1: duplicate rule for X\.1\.1 \(first at spec\/reason-rules\.yaml:\d+\)$/),
        'reply 599: reply code 599 is not in reply-codes.yaml',
        expect.stringMatching(/^reply 552: duplicate rule for 552 /),
        'reply 554: unknown reason "spam" (not in reasons.yaml)',
      ]),
    );
  });

  it('a malformed enhanced rule code fails the schema', () => {
    const issues = issuesAfter('reason-rules.yaml', (doc) =>
      doc.addIn(['enhanced'], doc.createNode({ code: '5.1.1.1', reason: 'user-unknown' })),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ entry: 'enhanced 5.1.1.1', path: 'code' });
  });
});

describe('providers/*.yaml errors', () => {
  const gmail = pristine.get('providers/gmail.yaml')!;
  const provider = (id: string, pattern: string, example: string) =>
    [
      `id: ${id}`,
      `constant: ${reasonConstant(id)}`,
      `name: ${id}`,
      'url: https://example.com/codes',
      'recognise:',
      '  hosts: [example.net]',
      '  patterns:',
      `    - pattern: '${pattern}'`,
      `      examples: ['${example}']`,
      'codes: []',
      '',
    ].join('\n');

  it('a schema error, at the line of the field', () => {
    let text = '';
    const issues = issuesAfter('providers/gmail.yaml', (doc) => {
      doc.deleteIn(['codes', 1, 'meaning', 'ja']);
      text = String(doc);
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'spec/providers/gmail.yaml',
      entry: 'gmail',
      path: 'codes.1.meaning',
      reason: 'missing required field "ja"',
    });
    const codes = text.split('\n');
    expect(codes[issues[0]!.line - 1]).toMatch(/^\s+meaning:$/);
  });

  it('YAML syntax errors name their line', () => {
    const issues = issuesOf(new Map([...pristine, ['providers/broken.yaml', 'id: broken\ncodes: [\n']]));
    expect(issues[0]).toMatchObject({ file: 'spec/providers/broken.yaml', entry: '(file)' });
    expect(issues[0]!.reason).toMatch(/^YAML: /);
  });

  it('an id that is not the file name, an unknown reason, a code that matches everything, a class that does not fit', () => {
    const issues = issuesAfter('providers/gmail.yaml', (doc) => {
      doc.set('id', 'google');
      doc.setIn(['codes', 0, 'reason'], 'too-fast');
      doc.deleteIn(['codes', 1, 'reply']);
      doc.deleteIn(['codes', 1, 'text']);
      doc.setIn(['codes', 1, 'enhanced'], null);
      doc.setIn(['codes', 2, 'reply'], 550);
    });
    const reasons = issues.map((i) => `${i.path}: ${i.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'id: must be the file name "gmail"',
        'codes.0.reason: unknown reason "too-fast" (not in reasons.yaml)',
        'codes.1: gives none of reply, enhanced and text, so it would match every reply',
        'codes.2.enhanced: class 4 does not fit the reply code 550',
      ]),
    );
  });

  it('a contradiction within a provider: a code whose own reply another code takes', () => {
    const issues = issuesAfter('providers/gmail.yaml', (doc) => {
      const first = doc.toJS().codes[0];
      (doc.get('codes') as { items: unknown[] }).items.unshift(doc.createNode({ ...first, reason: 'spam-detected' }));
    });
    expect(issues.map((i) => `${i.path}: ${i.reason}`).sort()).toEqual([
      'codes.1: contradiction: its own reply is taken by codes.0 (reason "spam-detected", not "rate-limited")',
      'codes.1: the same reply, enhanced code and text as codes.0',
    ]);
  });

  it('a recognition pattern that does not match its example', () => {
    const issues = issuesAfter('providers/gmail.yaml', (doc) => doc.setIn(['recognise', 'patterns', 0, 'pattern'], ' - gcdp$'));
    // every example of the pattern is reported, each at its own line
    expect(issues.map((i) => i.path)).toEqual(['recognise.patterns.0.examples.0', 'recognise.patterns.0.examples.1']);
    // (lines of the edited file, which the YAML writer may fold differently from the original)
    expect(issues[0]!.line).toBeGreaterThan(lineOf(gmail, 'patterns:'));
    expect(issues[1]!.line).toBeGreaterThan(issues[0]!.line);
  });

  it('a contradiction between providers, and a host claimed twice', () => {
    const other = provider('other-mail', 'gsmtp', '550 5.1.1 No such user - gsmtp');
    const issues = issuesAfter('providers/gmail.yaml', (doc) => doc.addIn(['recognise', 'hosts'], 'example.net'), {
      'providers/other-mail.yaml': other,
    });
    const reasons = issues.map((i) => `${i.entry}: ${i.path}: ${i.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'gmail: recognise.patterns.0.examples.0: contradiction: the example is also recognised as "other-mail" (spec/providers/other-mail.yaml)',
        'other-mail: recognise.patterns.0.examples.0: contradiction: the example is also recognised as "gmail" (spec/providers/gmail.yaml)',
        'other-mail: recognise.hosts.0: host "example.net" also recognises "gmail" (spec/providers/gmail.yaml)',
      ]),
    );
  });
});
