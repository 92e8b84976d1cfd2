// Checks of the bounce reasons (reasons.yaml), their rules (reason-rules.yaml) and the providers
// (providers/*.yaml), and the loading of the provider files. Called by load-spec.ts, which has
// already validated reasons.yaml and reason-rules.yaml entry by entry against the schema.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { type Document, isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { AliasSet, Provider, Reason, ReasonPattern } from './types.js';

export const PROVIDERS_DIR = 'providers';
/** Reasons the rule engine returns by itself, so they must exist. */
export const ENGINE_REASONS = ['expired', 'on-hold', 'undetermined'] as const;

interface Issue {
  file: string;
  line: number;
  entry: string;
  path: string;
  reason: string;
}
interface At<T> {
  file: string;
  line: number;
  name: string;
  value: T;
}

export interface ReasonInputs {
  files: Map<string, string>;
  prefix: string;
  reasons: Array<At<Reason>>;
  aliasSets: Array<At<AliasSet>>;
  patterns: Array<At<ReasonPattern>>;
  enhanced: Array<At<{ code: string; reason: string }>>;
  reply: Array<At<{ code: number; reason: string }>>;
  /** Ids of every reason entry, valid or not (so that one broken entry does not fail every reference). */
  reasonIds: Set<unknown>;
  /** Every reason entry, valid or not, for the same reason. */
  rawReasons: Array<Record<string, unknown>>;
  registryCodes: Set<unknown>;
  subjects: Set<unknown>;
  basicCodes: Set<unknown>;
  validator: (def: string) => ValidateFunction;
  describeError: (e: ErrorObject) => string;
}

/** `user-unknown` -> `UserUnknown`: the constant every reason stores. */
export function reasonConstant(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Compiles a rule's pattern as the engine does (case-insensitive), or returns the error message. */
export function compilePattern(source: string): RegExp | string {
  try {
    return new RegExp(source, 'i');
  } catch (err) {
    return (err as Error).message;
  }
}

export function checkReasons(input: ReasonInputs): { issues: Issue[]; providers: Provider[] } {
  const issues: Issue[] = [];
  const add = (at: { file: string; line: number; name: string }, path: string, reason: string, line = at.line) =>
    issues.push({ file: at.file, line, entry: at.name, path, reason });
  const lines = sourceLines(input.files, input.prefix);
  const knownReason = (at: At<unknown>, id: string, path: string) => {
    if (!input.reasonIds.has(id)) add(at, path, `unknown reason "${id}" (not in reasons.yaml)`);
  };

  // Reasons: unique ids and constants, constant = PascalCase id, aliases mapped exactly once.
  const firstId = new Map<string, At<Reason>>();
  const firstConstant = new Map<string, At<Reason>>();
  for (const at of input.reasons) {
    const { id, constant } = at.value;
    const sameId = firstId.get(id);
    if (sameId) add(at, 'id', `duplicate reason id "${id}" (first at ${sameId.file}:${sameId.line})`);
    else firstId.set(id, at);
    const sameConstant = firstConstant.get(constant);
    if (sameConstant) add(at, 'constant', `duplicate constant name "${constant}" (first at ${sameConstant.file}:${sameConstant.line})`);
    else firstConstant.set(constant, at);
    if (constant !== reasonConstant(id)) add(at, 'constant', `"${constant}" does not follow the id: expected "${reasonConstant(id)}"`);
  }
  const reasonsFile = `${input.prefix}/reasons.yaml`;
  for (const id of ENGINE_REASONS) {
    if (input.reasons.length > 0 && !input.reasonIds.has(id))
      issues.push({ file: reasonsFile, line: 1, entry: '(file)', path: 'reasons', reason: `the rule engine needs the reason "${id}"` });
  }
  const sets = new Map(input.aliasSets.map((at) => [at.value.tool, at]));
  const mappedBy = new Map<string, At<Reason>>();
  for (const at of input.reasons) {
    for (const [tool, names] of Object.entries(at.value.aliases)) {
      const set = sets.get(tool);
      if (!set) {
        add(at, `aliases.${tool}`, `unknown tool "${tool}" (not in aliasSets)`);
        continue;
      }
      for (const name of names) {
        const key = `${tool}:${name}`;
        const first = mappedBy.get(key);
        if (!set.value.names.includes(name)) add(at, `aliases.${tool}`, `"${name}" is not a ${tool} name (not in its aliasSets entry)`);
        else if (first)
          add(at, `aliases.${tool}`, `${tool} name "${name}" is already mapped by "${first.value.id}" (${first.file}:${first.line})`);
        else mappedBy.set(key, at);
      }
    }
  }
  const mappedByBroken = new Set(
    input.rawReasons.flatMap((r) =>
      Object.entries((r.aliases ?? {}) as Record<string, unknown>).flatMap(([tool, names]) =>
        Array.isArray(names) ? names.map((n) => `${tool}:${String(n)}`) : [],
      ),
    ),
  );
  for (const set of input.aliasSets) {
    const missing = set.value.names.filter((n) => !mappedBy.has(`${set.value.tool}:${n}`) && !mappedByBroken.has(`${set.value.tool}:${n}`));
    if (missing.length > 0) add(set, 'names', `${set.value.tool} name(s) mapped by no reason: ${missing.join(', ')}`);
  }

  // Patterns: each compiles, matches its own examples and no pattern of another reason matches them.
  const compiled = input.patterns.map((at) => ({ at, re: compilePattern(at.value.pattern) }));
  for (const { at, re } of compiled) {
    knownReason(at, at.value.reason, 'reason');
    if (typeof re === 'string') add(at, 'pattern', `does not compile: ${re}`, lines.at(at, ['pattern']));
  }
  for (const { at, re } of compiled) {
    if (typeof re === 'string') continue;
    at.value.examples.forEach((example, i) => {
      const line = lines.at(at, ['examples', i]);
      if (!re.test(example)) add(at, `examples.${i}`, `the pattern does not match its example ${JSON.stringify(example)}`, line);
      for (const other of compiled) {
        if (other.at === at || typeof other.re === 'string' || other.at.value.reason === at.value.reason) continue;
        if (other.re.test(example)) {
          add(
            at,
            `examples.${i}`,
            `contradiction: the example is also matched by the pattern of "${other.at.value.reason}" at ${other.at.file}:${other.at.line}`,
            line,
          );
        }
      }
    });
  }

  // Enhanced-code rules: unique, registry codes and subjects.
  const seenEnhanced = new Map<string, At<unknown>>();
  for (const at of input.enhanced) {
    const { code, reason } = at.value;
    knownReason(at, reason, 'reason');
    const first = seenEnhanced.get(code);
    if (first) add(at, 'code', `duplicate rule for ${code} (first at ${first.file}:${first.line})`);
    else seenEnhanced.set(code, at);
    const [, subject, detail] = code.split('.');
    if (subject !== undefined && !input.subjects.has(Number(subject)))
      add(at, 'code', `subject ${subject} is not in enhanced-subjects.yaml`);
    else if (detail !== undefined && !input.registryCodes.has(`X.${subject}.${detail}`))
      add(at, 'code', `X.${subject}.${detail} is not in the registry (enhanced-codes/)`);
  }
  const seenReply = new Map<number, At<unknown>>();
  for (const at of input.reply) {
    knownReason(at, at.value.reason, 'reason');
    const first = seenReply.get(at.value.code);
    if (first) add(at, 'code', `duplicate rule for ${at.value.code} (first at ${first.file}:${first.line})`);
    else seenReply.set(at.value.code, at);
    if (!input.basicCodes.has(at.value.code)) add(at, 'code', `reply code ${at.value.code} is not in reply-codes.yaml`);
  }

  const providers = loadProviders(input, issues, lines);
  return { issues, providers };
}

/** Reads and checks every providers/*.yaml file; returns the valid providers, sorted by id. */
function loadProviders(input: ReasonInputs, issues: Issue[], lines: SourceLines): Provider[] {
  const validate = input.validator('provider');
  const loaded: Array<At<Provider>> = [];
  for (const name of [...input.files.keys()].filter((f) => f.startsWith(`${PROVIDERS_DIR}/`)).sort()) {
    const file = `${input.prefix}/${name}`;
    const parsed = lines.parse(name);
    if (!parsed) continue;
    const { doc } = parsed;
    if (doc.errors.length > 0) {
      for (const err of doc.errors)
        issues.push({
          file,
          line: parsed.counter.linePos(err.pos[0]).line,
          entry: '(file)',
          path: '',
          reason: `YAML: ${err.message.split('\n')[0]}`,
        });
      continue;
    }
    const value = doc.toJS() as Provider;
    const entry = isMap(doc.contents) && typeof value.id === 'string' ? value.id : '(file)';
    if (!validate(value)) {
      for (const e of validate.errors ?? []) {
        const path = e.instancePath.split('/').slice(1);
        issues.push({ file, line: lines.node(name, path), entry, path: path.join('.'), reason: input.describeError(e) });
      }
      continue;
    }
    const expectedId = name.slice(PROVIDERS_DIR.length + 1).replace(/\.yaml$/, '');
    if (value.id !== expectedId)
      issues.push({ file, line: lines.node(name, ['id']), entry, path: 'id', reason: `must be the file name "${expectedId}"` });
    loaded.push({ file, line: 1, name: value.id, value });
  }

  const byConstant = new Map<string, At<Provider>>();
  const byHost = new Map<string, At<Provider>>();
  const recognisers: Array<{ at: At<Provider>; re: RegExp; index: number }> = [];
  for (const at of loaded) {
    const p = at.value;
    const name = at.file.slice(input.prefix.length + 1);
    const add = (path: Array<string | number>, reason: string) =>
      issues.push({ file: at.file, line: lines.node(name, path), entry: p.id, path: path.join('.'), reason });
    const sameConstant = byConstant.get(p.constant);
    if (sameConstant) add(['constant'], `duplicate constant name "${p.constant}" (also ${sameConstant.file})`);
    else byConstant.set(p.constant, at);
    p.recognise.hosts.forEach((host, i) => {
      const other = byHost.get(host);
      if (other) add(['recognise', 'hosts', i], `host "${host}" also recognises "${other.value.id}" (${other.file})`);
      else byHost.set(host, at);
    });
    p.recognise.patterns.forEach((rule, i) => {
      const re = compilePattern(rule.pattern);
      if (typeof re === 'string') {
        add(['recognise', 'patterns', i, 'pattern'], `does not compile: ${re}`);
        return;
      }
      rule.examples.forEach((example, j) => {
        if (!re.test(example))
          add(['recognise', 'patterns', i, 'examples', j], `the pattern does not match its example ${JSON.stringify(example)}`);
      });
      recognisers.push({ at, re, index: i });
    });
    const seenCodes = new Map<string, number>();
    p.codes.forEach((code, i) => {
      if (!input.reasonIds.has(code.reason)) add(['codes', i, 'reason'], `unknown reason "${code.reason}" (not in reasons.yaml)`);
      if (code.enhanced === null && code.reply === undefined && code.text === undefined)
        add(['codes', i], 'gives none of reply, enhanced and text, so it would match every reply');
      if (code.enhanced !== null && code.reply !== undefined && Math.floor(code.reply / 100) !== Number(code.enhanced[0]))
        add(['codes', i, 'enhanced'], `class ${code.enhanced[0]} does not fit the reply code ${code.reply}`);
      const key = JSON.stringify([code.reply, code.enhanced, code.text?.toLowerCase()]);
      const first = seenCodes.get(key);
      if (first !== undefined) add(['codes', i], `the same reply, enhanced code and text as codes.${first}`);
      else seenCodes.set(key, i);
    });
  }
  // Each code, given its own reply, enhanced code and text, must get its own reason: the engine
  // takes the fitting code that gives the most fields (the first of equals).
  for (const at of loaded) {
    const name = at.file.slice(input.prefix.length + 1);
    const codes = at.value.codes;
    codes.forEach((code, i) => {
      const chosen = bestProviderCode(codes, code.reply, code.enhanced, code.text ?? '');
      const other = chosen === undefined ? undefined : codes[chosen];
      if (chosen !== undefined && chosen !== i && other && other.reason !== code.reason) {
        issues.push({
          file: at.file,
          line: lines.node(name, ['codes', i]),
          entry: at.value.id,
          path: `codes.${i}`,
          reason: `contradiction: its own reply is taken by codes.${chosen} (reason "${other.reason}", not "${code.reason}")`,
        });
      }
    });
  }
  // A provider's recognition examples must not be claimed by another provider's patterns.
  for (const { at, index } of recognisers) {
    const name = at.file.slice(input.prefix.length + 1);
    at.value.recognise.patterns[index]?.examples.forEach((example, j) => {
      for (const other of recognisers) {
        if (other.at === at || !other.re.test(example)) continue;
        issues.push({
          file: at.file,
          line: lines.node(name, ['recognise', 'patterns', index, 'examples', j]),
          entry: at.value.id,
          path: `recognise.patterns.${index}.examples.${j}`,
          reason: `contradiction: the example is also recognised as "${other.at.value.id}" (${other.at.file})`,
        });
      }
    });
  }
  return loaded.map((at) => at.value).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The engine's choice (packages/explain/src/reason.ts): every field a code gives matches; most fields win. */
export function bestProviderCode(
  codes: ReadonlyArray<{ reply?: number; enhanced: string | null; text?: string }>,
  reply: number | undefined,
  enhanced: string | null | undefined,
  text: string,
): number | undefined {
  const lower = text.toLowerCase();
  let best: number | undefined;
  let bestFields = 0;
  codes.forEach((c, i) => {
    if (c.enhanced !== null && c.enhanced !== enhanced) return;
    if (c.reply !== undefined && c.reply !== reply) return;
    if (c.text !== undefined && !lower.includes(c.text.toLowerCase())) return;
    const fields = (c.enhanced !== null ? 1 : 0) + (c.reply !== undefined ? 1 : 0) + (c.text !== undefined ? 1 : 0);
    if (fields > bestFields) {
      best = i;
      bestFields = fields;
    }
  });
  return best;
}

interface SourceLines {
  parse(name: string): { doc: Document; counter: LineCounter } | undefined;
  /** The line of the node at a path of a file (the nearest existing parent when it is missing). */
  node(name: string, path: Array<string | number>): number;
  /** The line of a field of a list entry whose item starts at `at.line`. */
  at(at: { file: string; line: number }, path: Array<string | number>): number;
}

function sourceLines(files: Map<string, string>, prefix: string): SourceLines {
  const cache = new Map<string, { doc: Document; counter: LineCounter } | undefined>();
  const parse = (name: string) => {
    if (!cache.has(name)) {
      const text = files.get(name);
      const counter = new LineCounter();
      cache.set(name, text === undefined ? undefined : { doc: parseDocument(text, { lineCounter: counter }), counter });
    }
    return cache.get(name);
  };
  const lineOf = (name: string, node: unknown) => {
    const range = (node as YamlNode | undefined)?.range;
    const parsed = parse(name);
    return range && parsed ? parsed.counter.linePos(range[0]).line : 1;
  };
  // The line of a map entry is the line of its key; of a list item, the item's.
  const node = (name: string, path: Array<string | number>) => {
    const parsed = parse(name);
    if (!parsed) return 1;
    const keys = path.map(toKey);
    for (let n = keys.length; n > 0; n--) {
      const parent = n === 1 ? parsed.doc.contents : parsed.doc.getIn(keys.slice(0, n - 1), true);
      const last = keys[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
        if (pair) return lineOf(name, pair.key);
      } else if (isSeq(parent) && typeof last === 'number' && parent.items[last]) return lineOf(name, parent.items[last]);
    }
    return lineOf(name, parsed.doc.contents);
  };
  const at = (where: { file: string; line: number }, path: Array<string | number>) => {
    const name = where.file.slice(prefix.length + 1);
    const parsed = parse(name);
    if (!parsed || !isMap(parsed.doc.contents)) return where.line;
    for (const pair of parsed.doc.contents.items) {
      const list = pair.value as { items?: unknown[] } | null;
      const index = list?.items?.findIndex((item) => lineOf(name, item) === where.line) ?? -1;
      if (index >= 0) return node(name, [String((pair.key as { value: unknown }).value), index, ...path]);
    }
    return where.line;
  };
  return { parse, node, at };
}

function toKey(part: string | number): string | number {
  return typeof part === 'number' || !/^\d+$/.test(part) ? part : Number(part);
}
