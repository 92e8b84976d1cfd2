import type { Dataset, Spec } from './types.js';

// Fixed field order so that a data change is a small diff (and matches spec.schema.json).
const ORDER: Record<string, string[]> = {
  localized: ['en', 'ja', 'ru'],
  reference: ['doc', 'section'],
  document: ['id', 'title', 'url', 'status'],
  registry: ['name', 'url', 'updated'],
  digit: ['digit', 'constant', 'title', 'description', 'references'],
  topic: ['title', 'description', 'references'],
  concept: ['id', 'title', 'description', 'references'],
  replyCode: ['code', 'constant', 'text', 'status', 'source', 'references', 'commands', 'title', 'description', 'variants', 'examples'],
  variant: ['commands', 'text', 'title', 'description', 'references'],
  enhancedClass: ['class', 'constant', 'title', 'description', 'references'],
  enhancedSubject: ['subject', 'constant', 'title', 'description', 'references'],
  enhancedCode: [
    'code',
    'constant',
    'subject',
    'detail',
    'title',
    'description',
    'registryBasicCodes',
    'associatedBasicCodes',
    'classes',
    'classesFrom',
    'references',
    'deprecated',
    'source',
    'note',
    'examples',
  ],
  example: ['reply', 'source'],
  command: ['command', 'title', 'description', 'references', 'extension', 'success', 'intermediate', 'errors', 'note'],
  reason: ['id', 'constant', 'severity', 'title', 'description', 'action', 'aliases'],
  aliasSet: ['tool', 'url', 'names'],
  reasonRules: ['patterns', 'enhanced', 'reply'],
  patterns: ['pattern', 'reason', 'examples'],
  enhanced: ['code', 'reason'],
  reply: ['code', 'reason'],
  provider: ['id', 'constant', 'name', 'url', 'recognise', 'codes'],
  recognise: ['hosts', 'patterns'],
  providerPattern: ['pattern', 'examples'],
  codes: ['reply', 'enhanced', 'text', 'reason', 'meaning', 'action'],
};
const CHILD: Record<string, string> = {
  title: 'localized',
  description: 'localized',
  note: 'localized',
  references: 'reference',
  variants: 'variant',
  action: 'localized',
  meaning: 'localized',
  examples: 'example',
};
// Children whose kind depends on the parent (a provider's `patterns` are not the rules' patterns).
const NESTED: Record<string, Record<string, string>> = { recognise: { patterns: 'providerPattern' } };

function ordered(kind: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(kind, v));
  if (value === null || typeof value !== 'object') return value;
  const keys = ORDER[kind];
  if (!keys) throw new Error(`no field order for ${kind}`);
  const source = value as Record<string, unknown>;
  const unknown = Object.keys(source).filter((k) => !keys.includes(k));
  if (unknown.length > 0) throw new Error(`${kind} has fields without an order: ${unknown.join(', ')}`);
  const out: Record<string, unknown> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = ordered(NESTED[kind]?.[k] ?? CHILD[k] ?? k, source[k]);
  return out;
}

/** The published dataset (spec.json): the whole spec in a fixed order, with the package version. */
export function buildDataset(spec: Spec, version: string): Dataset {
  return {
    version,
    registry: ordered('registry', spec.registry),
    references: ordered('document', spec.references),
    digits: {
      first: ordered('digit', spec.digits.first),
      second: ordered('digit', spec.digits.second),
      third: ordered('topic', spec.digits.third),
    },
    concepts: ordered('concept', spec.concepts),
    replyCodes: ordered('replyCode', spec.replyCodes),
    enhanced: {
      classes: ordered('enhancedClass', spec.enhanced.classes),
      subjects: ordered('enhancedSubject', spec.enhanced.subjects),
      codes: ordered('enhancedCode', spec.enhanced.codes),
    },
    commands: ordered('command', spec.commands),
    reasons: spec.reasons.map((r) => ({ ...(ordered('reason', { ...r, aliases: undefined }) as object), aliases: r.aliases })),
    reasonAliasSets: spec.reasonAliasSets.map((a) => ({ tool: a.tool, url: a.url, names: a.names })),
    reasonRules: ordered('reasonRules', spec.reasonRules),
    providers: ordered('provider', spec.providers),
  } as Dataset;
}

/** Stable serialisation: 2-space JSON with a trailing newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
