import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { classProblems } from './code-classes.js';
import { constantName } from './constant-name.js';
import { checkReasons, PROVIDERS_DIR } from './spec-reasons.js';
import type { Command, EnhancedCode, ReplyCode, Spec } from './types.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_DIR = join(REPO_ROOT, 'spec');
export const SCHEMA_FILE = join(SPEC_DIR, 'spec.schema.json');
/** The largest spec file the loader parses (8 times the largest today), checked before parsing. */
export const MAX_SPEC_FILE_BYTES = 1024 * 1024;

/** One thing wrong with the spec: where (file, line, entry, field) and why. */
export interface SpecIssue {
  file: string;
  line: number;
  entry: string;
  path: string;
  reason: string;
}

export class SpecError extends Error {
  override name = 'SpecError';
  constructor(readonly issues: SpecIssue[]) {
    super(`spec/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
  }
}

export function formatIssue(i: SpecIssue): string {
  const field = i.path ? ` ${i.path}:` : '';
  return `${i.file}:${i.line}: ${i.entry}:${field} ${i.reason}`;
}

/** What each file holds: its top-level keys, the schema $def of their items, how an item is named. */
interface KeySpec {
  def: string;
  list: boolean;
  name: (item: Record<string, unknown>, index: number) => string;
}
const byField =
  (field: string, prefix = '') =>
  (item: Record<string, unknown>, index: number) =>
    item[field] === undefined ? `${prefix || field}[${index}]` : `${prefix}${String(item[field])}`;

const FILE_KINDS: Record<string, Record<string, KeySpec>> = {
  'references.yaml': {
    registry: { def: 'registryInfo', list: false, name: () => 'registry' },
    documents: { def: 'document', list: true, name: byField('id') },
  },
  'digits.yaml': {
    first: { def: 'digit', list: true, name: byField('digit', 'first digit ') },
    second: { def: 'digit', list: true, name: byField('digit', 'second digit ') },
    third: { def: 'topic', list: false, name: () => 'third digit' },
  },
  'concepts.yaml': { concepts: { def: 'concept', list: true, name: byField('id') } },
  'reply-codes.yaml': { replyCodes: { def: 'replyCode', list: true, name: byField('code') } },
  'commands.yaml': { commands: { def: 'command', list: true, name: byField('command') } },
  'enhanced-classes.yaml': { classes: { def: 'enhancedClass', list: true, name: byField('class', 'class ') } },
  'enhanced-subjects.yaml': { subjects: { def: 'enhancedSubject', list: true, name: byField('subject', 'subject ') } },
  'reasons.yaml': {
    aliasSets: { def: 'aliasSet', list: true, name: byField('tool', 'aliases of ') },
    reasons: { def: 'reason', list: true, name: byField('id') },
  },
  'reason-rules.yaml': {
    patterns: { def: 'reasonPattern', list: true, name: (item, i) => `pattern ${i + 1}${item.reason ? ` (${String(item.reason)})` : ''}` },
    enhanced: { def: 'enhancedRule', list: true, name: byField('code', 'enhanced ') },
    reply: { def: 'replyRule', list: true, name: byField('code', 'reply ') },
  },
};
const ENHANCED_DIR = 'enhanced-codes';
const ENHANCED_KIND: Record<string, KeySpec> = { codes: { def: 'enhancedCode', list: true, name: byField('code') } };

interface Located {
  file: string;
  line: number;
  name: string;
  value: Record<string, unknown>;
  /** The line of a field inside the entry (`title.ja`, `variants.0.commands`); the entry's line if absent. */
  lineOf?: (path: string) => number;
}

/** The YAML node a dotted path leads to inside `node`: a map field's key, or a list item. */
function nodeAtPath(node: unknown, path: string): unknown {
  let at = node;
  let found = node;
  for (const segment of path ? path.split('.') : []) {
    if (isMap(at)) {
      const pair = at.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) break;
      found = pair.key;
      at = pair.value;
    } else if (isSeq(at)) {
      const item = at.items[Number(segment)];
      if (item === undefined) break;
      found = item;
      at = item;
    } else break;
  }
  return found;
}

/** Reads every spec file from a directory. */
export function readSpecFiles(dir: string = SPEC_DIR): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(FILE_KINDS)) {
    try {
      files.set(name, readBounded(join(dir, name)));
    } catch {
      // a missing file is reported by loadSpecFromFiles
    }
  }
  let enhanced: string[] = [];
  try {
    enhanced = readdirSync(join(dir, ENHANCED_DIR)).filter((f) => f.endsWith('.yaml'));
  } catch {
    // reported below as a missing directory
  }
  for (const f of enhanced.sort()) files.set(`${ENHANCED_DIR}/${f}`, readBounded(join(dir, ENHANCED_DIR, f)));
  let providers: string[] = [];
  try {
    providers = readdirSync(join(dir, PROVIDERS_DIR)).filter((f) => f.endsWith('.yaml'));
  } catch {
    // no providers yet
  }
  for (const f of providers.sort()) files.set(`${PROVIDERS_DIR}/${f}`, readBounded(join(dir, PROVIDERS_DIR, f)));
  return files;
}

/** Reads at most one byte more than the limit, so an oversized file is reported, never read whole. */
function readBounded(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_SPEC_FILE_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

let cachedSchema: { schema: Record<string, unknown>; ajv: Ajv2020 } | undefined;
function schemaValidator(def: string): ValidateFunction {
  if (!cachedSchema) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    cachedSchema = { schema, ajv };
  }
  const id = `${cachedSchema.schema.$id as string}#/$defs/${def}`;
  const validate = cachedSchema.ajv.getSchema(id);
  if (!validate) throw new Error(`schema has no $defs/${def}`);
  return validate;
}

/** Validates the whole published dataset against the schema (the top level). */
export function validateDataset(dataset: unknown): string[] {
  schemaValidator('text');
  const validate = cachedSchema!.ajv.getSchema(cachedSchema!.schema.$id as string)!;
  return validate(dataset) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${describeAjvError(e)}`);
}

function describeAjvError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `missing required field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'unevaluatedProperties':
      return `unknown field "${String(p.unevaluatedProperty)}"`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'pattern':
      return `"${String(e.data)}" does not match ${String(p.pattern)}`;
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * Why an example reply cannot stand for its entry, or null: every line is `code-text` and the last
 * `code text` (RFC 5321 §4.2.1), with one code throughout; a basic code's example has that code, an
 * enhanced code's example starts its text with the code in a class it allows and that matches the
 * reply's first digit (RFC 3463 §2).
 */
export function exampleProblem(reply: string, expect: { basic: number } | { enhanced: string; classes: number[] }): string | null {
  const lines = reply.split('\n');
  const codes = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if ([...line].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')) return `line ${i + 1} has a control character`;
    const m = /^([2-5][0-5]\d)(?:([ -])|$)/.exec(line);
    if (!m) return `line ${i + 1} does not start with a three-digit reply code: ${JSON.stringify(line)}`;
    const last = i === lines.length - 1;
    if ((m[2] ?? ' ') !== (last ? ' ' : '-'))
      return `line ${i + 1} must have "${last ? ' ' : '-'}" after the code (${last ? 'last line' : 'continuation'})`;
    codes.add(m[1]!);
  }
  if (codes.size !== 1) return `the lines carry different codes: ${[...codes].join(', ')}`;
  const code = Number([...codes][0]);
  if ('basic' in expect) return code === expect.basic ? null : `is a ${code} reply, not ${expect.basic}`;
  const [, subject, detail] = expect.enhanced.split('.');
  const m = /^\d{3}[ -]([245])\.(\d{1,3})\.(\d{1,3})(?:\s|$)/.exec(lines[0]!);
  if (!m || m[2] !== subject || m[3] !== detail) return `does not start its text with ${expect.enhanced}`;
  const cls = Number(m[1]);
  if (!expect.classes.includes(cls)) return `class ${cls} is not allowed for ${expect.enhanced} (${expect.classes.join(', ')})`;
  if (cls !== Math.floor(code / 100)) return `class ${cls} does not match the reply code ${code}`;
  return null;
}

/** Loads spec/ from disk, validates it and returns the assembled spec, or throws SpecError. */
export function loadSpec(dir: string = SPEC_DIR): Spec {
  return loadSpecFromFiles(readSpecFiles(dir), relative(REPO_ROOT, dir) || 'spec');
}

/**
 * Validates spec files given as text (file name relative to spec/ -> YAML) and assembles them.
 * Every problem is collected (file, line, entry, field, reason) and thrown together.
 */
export function loadSpecFromFiles(files: Map<string, string>, prefix = 'spec'): Spec {
  const issues: SpecIssue[] = [];
  const collected: Record<string, Located[]> = {};
  // Every item, valid or not, so one broken entry does not make every reference to it fail too.
  const raw: Record<string, Array<Record<string, unknown>>> = {};
  const singles: Record<string, Located> = {};

  const kinds = new Map<string, Record<string, KeySpec>>(Object.entries(FILE_KINDS));
  for (const name of files.keys()) if (name.startsWith(`${ENHANCED_DIR}/`)) kinds.set(name, ENHANCED_KIND);
  if (![...files.keys()].some((f) => f.startsWith(`${ENHANCED_DIR}/`))) {
    issues.push({ file: `${prefix}/${ENHANCED_DIR}/`, line: 0, entry: '(directory)', path: '', reason: 'no enhanced-code files found' });
  }

  for (const [name, keys] of kinds) {
    const file = `${prefix}/${name}`;
    const text = files.get(name);
    if (text === undefined) {
      issues.push({ file, line: 0, entry: '(file)', path: '', reason: 'file is missing' });
      continue;
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_SPEC_FILE_BYTES) {
      const reason = `file is larger than the limit of ${MAX_SPEC_FILE_BYTES} bytes; split it or raise MAX_SPEC_FILE_BYTES`;
      issues.push({ file, line: 0, entry: '(file)', path: '', reason });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const lineOf = (node: unknown) => {
      const range = (node as YamlNode | undefined)?.range;
      return range ? lines.linePos(range[0]).line : 1;
    };
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        issues.push({
          file,
          line: lines.linePos(err.pos[0]).line,
          entry: '(file)',
          path: '',
          reason: `YAML: ${err.message.split('\n')[0]}`,
        });
      }
      continue;
    }
    // Aliases are refused before anything expands them: a few can stand for billions of nodes.
    let aliases = 0;
    visit(doc, {
      Alias(_, node) {
        aliases++;
        const reason = `YAML alias *${node.source} is not allowed in spec files; write the value out`;
        issues.push({ file, line: lineOf(node), entry: '(file)', path: '', reason });
      },
    });
    if (aliases > 0) continue;
    if (!isMap(doc.contents)) {
      issues.push({ file, line: 1, entry: '(file)', path: '', reason: `must be a mapping with the keys ${Object.keys(keys).join(', ')}` });
      continue;
    }
    const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      // Own properties only: `constructor` or `__proto__` must not pass as known keys.
      if (!Object.hasOwn(keys, key)) {
        issues.push({
          file,
          line: lineOf(pair.key ?? doc.contents),
          entry: '(file)',
          path: key,
          reason: `unknown top-level key; expected ${Object.keys(keys).join(', ')}`,
        });
      }
    }
    for (const [key, ks] of Object.entries(keys)) {
      const node = doc.contents.get(key, true);
      if (!Object.hasOwn(data, key)) {
        issues.push({ file, line: 1, entry: '(file)', path: key, reason: 'missing top-level key' });
        continue;
      }
      const validate = schemaValidator(ks.def);
      const check = (value: unknown, entryNode: unknown, nameOf: string) => {
        if (!validate(value)) {
          for (const e of validate.errors ?? []) {
            const path = e.instancePath.slice(1).replaceAll('/', '.');
            const p = e.params as Record<string, unknown>;
            const unknownField = p.additionalProperty ?? p.unevaluatedProperty;
            const at = nodeAtPath(entryNode, unknownField === undefined ? path : [path, unknownField].filter(Boolean).join('.'));
            issues.push({ file, line: lineOf(at), entry: nameOf, path, reason: describeAjvError(e) });
          }
          return false;
        }
        return true;
      };
      if (!ks.list) {
        const value = data[key];
        if (check(value, node, ks.name({}, 0)))
          singles[`${name}#${key}`] = {
            file,
            line: lineOf(node),
            name: ks.name({}, 0),
            value: value as Record<string, unknown>,
            lineOf: (path) => lineOf(nodeAtPath(node, path)),
          };
        continue;
      }
      const items = data[key];
      if (!Array.isArray(items) || !isSeq(node)) {
        issues.push({ file, line: lineOf(node), entry: '(file)', path: key, reason: 'must be a list' });
        continue;
      }
      const bucketName = ks.def === 'digit' ? `digit:${key}` : ks.def;
      const bucket: Located[] = collected[bucketName] ?? [];
      const rawBucket: Array<Record<string, unknown>> = raw[ks.def] ?? [];
      collected[bucketName] = bucket;
      raw[ks.def] = rawBucket;
      items.forEach((item: unknown, i) => {
        const line = lineOf(node.items[i]);
        const nameOf = item && typeof item === 'object' ? ks.name(item as Record<string, unknown>, i) : `${key}[${i}]`;
        if (item && typeof item === 'object') rawBucket.push(item as Record<string, unknown>);
        const lineOfField = (path: string) => lineOf(nodeAtPath(node.items[i], path));
        if (check(item, node.items[i], nameOf))
          bucket.push({ file, line, name: nameOf, value: item as Record<string, unknown>, lineOf: lineOfField });
      });
    }
  }

  const add = (at: Located, path: string, reason: string) =>
    issues.push({ file: at.file, line: at.lineOf?.(path) ?? at.line, entry: at.name, path, reason });
  const list = <T>(def: string) => (collected[def] ?? []) as Array<Located & { value: T }>;

  // Unique keys and unique constants within each kind.
  const unique = (def: string, field: string, what: string) => {
    const seen = new Map<unknown, Located>();
    for (const at of list<Record<string, unknown>>(def)) {
      const v = at.value[field];
      const first = seen.get(v);
      if (first) add(at, field, `duplicate ${what} ${JSON.stringify(v)} (first at ${first.file}:${first.line})`);
      else seen.set(v, at);
    }
  };
  const kindsWithConstants: Array<[string, string]> = [
    ['digit:first', 'digit'],
    ['digit:second', 'digit'],
    ['replyCode', 'code'],
    ['enhancedClass', 'class'],
    ['enhancedSubject', 'subject'],
    ['enhancedCode', 'code'],
  ];
  for (const [def, key] of kindsWithConstants) {
    unique(def, key, key === 'digit' ? 'digit' : 'code');
    unique(def, 'constant', 'constant name');
    for (const at of list<{ constant: string; title: { en: string } }>(def)) {
      const expected = constantName(at.value.title.en);
      if (at.value.constant !== expected)
        add(at, 'constant', `"${at.value.constant}" does not follow the naming rule for its English title: expected "${expected}"`);
    }
  }
  unique('document', 'id', 'document id');
  unique('concept', 'id', 'concept id');
  unique('command', 'command', 'command');

  // References must name a document of references.yaml.
  const known = (def: string, field: string) => new Set((raw[def] ?? []).map((item) => item[field]));
  const docs = known('document', 'id');
  const checkRefs = (at: Located, refs: unknown, path: string) => {
    if (!Array.isArray(refs)) return;
    refs.forEach((r: { doc: string }, i) => {
      if (!docs.has(r?.doc)) add(at, `${path}.${i}.doc`, `unknown reference "${r.doc}" (not in references.yaml)`);
    });
  };
  for (const bucket of Object.values(collected)) {
    for (const at of bucket) {
      checkRefs(at, at.value.references, 'references');
      const variants = at.value.variants;
      if (Array.isArray(variants)) {
        variants.forEach((v: { references: unknown }, i) => {
          checkRefs(at, v.references, `variants.${i}.references`);
        });
      }
    }
  }
  for (const at of Object.values(singles)) checkRefs(at, at.value.references, 'references');

  // Basic codes: first digit 2-5, second 0-5 (RFC 5321 section 4.2).
  const replyCodes = list<Omit<ReplyCode, 'commands'>>('replyCode');
  for (const at of replyCodes) {
    const c = at.value.code;
    if (Math.floor(c / 10) % 10 > 5) add(at, 'code', `${c} is not a reply code: the second digit must be 0-5`);
    if ((at.value.status === 'registry-only') !== (at.value.text === null)) {
      add(at, 'text', 'text must be null exactly when status is registry-only (no RFC defines its text)');
    }
  }
  const basic = known('replyCode', 'code');

  // Enhanced codes: known subject, file matches subject, associated basic codes exist and fit.
  const subjects = known('enhancedSubject', 'subject');
  const enhanced = list<Omit<EnhancedCode, 'subject' | 'detail'>>('enhancedCode');
  for (const at of enhanced) {
    const s = Number(at.value.code.split('.')[1]);
    if (!subjects.has(s)) add(at, 'code', `subject ${s} is not defined in enhanced-subjects.yaml`);
    const fileSubject = /x\.(\d+)-[^/]*\.yaml$/.exec(at.file)?.[1];
    if (fileSubject !== undefined && Number(fileSubject) !== s) add(at, 'code', `belongs in the file for subject ${s}, not ${at.file}`);
    const named = (at.value.registryBasicCodes.match(/\b[2-5]\d\d\b/g) ?? []).map(Number);
    if (JSON.stringify(named) !== JSON.stringify(at.value.associatedBasicCodes)) {
      add(
        at,
        'associatedBasicCodes',
        `${JSON.stringify(at.value.associatedBasicCodes)} does not match the codes in registryBasicCodes "${at.value.registryBasicCodes}"`,
      );
    }
    for (const b of at.value.associatedBasicCodes) {
      if (!basic.has(b)) add(at, 'associatedBasicCodes', `associated basic code ${b} does not exist in reply-codes.yaml`);
    }
    for (const [field, reason] of classProblems(at.value)) add(at, field, reason);
  }

  // Example replies must carry the code of their entry on every line.
  for (const at of replyCodes) {
    (at.value.examples ?? []).forEach((x, i) => {
      const problem = exampleProblem(x.reply, { basic: at.value.code });
      if (problem) add(at, `examples.${i}.reply`, problem);
    });
  }
  for (const at of enhanced) {
    (at.value.examples ?? []).forEach((x, i) => {
      const problem = exampleProblem(x.reply, {
        enhanced: at.value.code,
        classes: at.value.classes as number[],
      });
      if (problem) add(at, `examples.${i}.reply`, problem);
    });
  }

  // Commands list existing codes; reply variants name commands that list the code.
  const commands = list<Command>('command');
  const commandNames = known('command', 'command');
  for (const at of commands) {
    for (const field of ['success', 'intermediate', 'errors'] as const) {
      for (const c of at.value[field]) if (!basic.has(c)) add(at, field, `reply code ${c} does not exist in reply-codes.yaml`);
    }
  }
  for (const at of replyCodes) {
    (at.value.variants ?? []).forEach((v, i) => {
      for (const name of v.commands) {
        const cmd = commandNames.has(name);
        // An extension may add a reply to a command RFC 5321 section 4.3.2 lists without it
        // (530 "Must issue a STARTTLS command first" to MAIL), so only the name is checked.
        if (!cmd) add(at, `variants.${i}.commands`, `unknown command "${name}" (not in commands.yaml)`);
      }
    });
  }

  // Bounce reasons, their rules and the providers (spec-reasons.ts).
  const reasonChecks = checkReasons({
    files,
    prefix,
    reasons: list('reason'),
    aliasSets: list('aliasSet'),
    patterns: list('reasonPattern'),
    enhanced: list('enhancedRule'),
    reply: list('replyRule'),
    reasonIds: known('reason', 'id'),
    rawReasons: raw.reason ?? [],
    registryCodes: known('enhancedCode', 'code'),
    subjects,
    basicCodes: basic,
    validator: schemaValidator,
    describeError: describeAjvError,
  });
  issues.push(...reasonChecks.issues);

  const third = singles['digits.yaml#third'];
  const registry = singles['references.yaml#registry'];
  if (issues.length > 0 || !third || !registry) throw new SpecError(issues);

  const values = <T>(def: string) => list<T>(def).map((at) => at.value);
  const commandOrder = commands.map((c) => c.value);
  return {
    registry: registry.value as unknown as Spec['registry'],
    references: values<Spec['references'][number]>('document'),
    digits: {
      first: values<Spec['digits']['first'][number]>('digit:first').sort((a, b) => a.digit - b.digit),
      second: values<Spec['digits']['second'][number]>('digit:second').sort((a, b) => a.digit - b.digit),
      third: third.value as unknown as Spec['digits']['third'],
    },
    concepts: values<Spec['concepts'][number]>('concept'),
    replyCodes: replyCodes
      .map(({ value }) => ({
        ...value,
        commands: commandOrder
          .filter(
            (c) =>
              [...c.success, ...c.intermediate, ...c.errors].includes(value.code) ||
              value.variants?.some((v) => v.commands.includes(c.command)),
          )
          .map((c) => c.command),
      }))
      .sort((a, b) => a.code - b.code),
    enhanced: {
      classes: values<Spec['enhanced']['classes'][number]>('enhancedClass').sort((a, b) => a.class - b.class),
      subjects: values<Spec['enhanced']['subjects'][number]>('enhancedSubject').sort((a, b) => a.subject - b.subject),
      codes: enhanced
        .map(({ value }) => {
          const [, subject, detail] = value.code.split('.').map(Number) as [number, number, number];
          return { ...value, subject, detail };
        })
        .sort((a, b) => a.subject - b.subject || a.detail - b.detail),
    },
    commands: commandOrder,
    reasons: values<Spec['reasons'][number]>('reason'),
    reasonAliasSets: values<Spec['reasonAliasSets'][number]>('aliasSet'),
    reasonRules: {
      patterns: values<Spec['reasonRules']['patterns'][number]>('reasonPattern'),
      enhanced: values<Spec['reasonRules']['enhanced'][number]>('enhancedRule'),
      reply: values<Spec['reasonRules']['reply'][number]>('replyRule'),
    },
    providers: reasonChecks.providers,
  };
}
