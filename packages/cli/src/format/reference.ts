// `list` and `show`: the reference of @smtp-codes/constants, in the terminal and as JSON.

import {
  describeEnhanced,
  describeReference,
  describeReply,
  type EnhancedDescription,
  type EnhancedFact,
  enhancedFacts,
  type MeaningData,
  type Reference,
  type ReplyDescription,
  replyFacts,
} from '@smtp-codes/constants';
import { severityOf } from '@smtp-codes/parser';
import type { Messages } from '../i18n/index.js';
import type { Style } from './style.js';
import { severityColour, stripMarkdown } from './terminal.js';
import { displayWidth, padEnd, wrap } from './text.js';

export interface ReferenceOptions {
  messages: Messages;
  style: Style;
  width: number;
}

/** Every basic code, numerically. */
export function replyCodes(): number[] {
  return Object.keys(replyFacts)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every registry code (`X.s.d`), by subject then detail. */
export function enhancedCodes(): string[] {
  const parts = (code: string) => code.split('.').slice(1).map(Number) as [number, number];
  return Object.keys(enhancedFacts).sort((a, b) => {
    const [sa, da] = parts(a);
    const [sb, db] = parts(b);
    return sa - sb || da - db;
  });
}

export interface ListJson {
  locale: string;
  replyCodes: { code: number; title: string; status: string | undefined }[];
  enhancedCodes: { code: string; title: string; deprecated: boolean }[];
}

export function listJson(locale: MeaningData): ListJson {
  return {
    locale: locale.locale,
    replyCodes: replyCodes().map((code) => {
      const d = describeReply(code, locale)!;
      return { code, title: d.title, status: d.status };
    }),
    enhancedCodes: enhancedCodes().map((code) => {
      const d = describeEnhanced(code, locale)!;
      return { code, title: d.title, deprecated: d.deprecated };
    }),
  };
}

export function formatList(locale: MeaningData, o: ReferenceOptions): string {
  const { messages: m, style } = o;
  const data = listJson(locale);
  const out: string[] = [style.bold(m.list.replyCodes)];
  for (const r of data.replyCodes) {
    const colour = severityColour(severityOfDigit(Math.floor(r.code / 100)), style);
    const tag = r.status && r.status !== 'standard' ? style.dim(` (${m.notes.registryStatus[r.status as 'standard']})`) : '';
    out.push(`  ${colour(String(r.code))}  ${r.title}${tag}`);
  }
  out.push('');
  out.push(style.bold(m.list.enhancedCodes));
  const w = Math.max(...data.enhancedCodes.map((e) => e.code.length));
  for (const e of data.enhancedCodes) {
    // "Deprecated duplicate of X.6.8" needs no "(deprecated)" after it.
    const saysSo = e.title.toLowerCase().includes(m.notes.deprecatedStem);
    const tag = e.deprecated && !saysSo ? style.dim(` (${m.notes.registryStatus.deprecated})`) : '';
    out.push(`  ${padEnd(e.code, w)}  ${e.title}${tag}`);
  }
  return out.join('\n');
}

function severityOfDigit(d: number) {
  return severityOf(d * 100) ?? null;
}

export interface ReferenceLink {
  doc: string;
  section?: string;
  label: string;
  title: string | undefined;
  url: string | undefined;
}

function links(refs: readonly Reference[]): ReferenceLink[] {
  return refs.map((ref) => {
    const d = describeReference(ref);
    return { ...ref, label: d?.label ?? ref.doc, title: d?.title, url: d?.url };
  });
}

export type ShowJson =
  | ({ type: 'reply'; associatedEnhanced: string[] } & Omit<ReplyDescription, 'references' | 'variants'> & {
        references: ReferenceLink[];
        variants: (ReplyDescription['variants'][number] & { references: ReferenceLink[] })[];
      })
  | ({ type: 'enhanced' } & Omit<EnhancedDescription, 'references'> & {
        references: ReferenceLink[];
        classes: readonly number[];
        classesFrom: EnhancedFact['classesFrom'];
      });

/** The full description of one code the reference lists, or undefined. */
export function showJson(code: string, locale: MeaningData): ShowJson | undefined {
  if (code.length === 3) {
    const d = describeReply(code, locale);
    if (!d?.known) return undefined;
    const associatedEnhanced = enhancedCodes().filter((e) => enhancedFacts[e]!.associatedBasicCodes.includes(d.code));
    return {
      type: 'reply',
      ...d,
      references: links(d.references),
      variants: d.variants.map((v) => ({ ...v, references: links(v.references) })),
      associatedEnhanced,
    };
  }
  const normalised = code.charCodeAt(0) === 120 ? `X${code.slice(1)}` : code;
  const d = describeEnhanced(normalised, locale);
  if (!d?.known) return undefined;
  const fact = enhancedFacts[d.generic]!;
  return { type: 'enhanced', ...d, references: links(d.references), classes: fact.classes, classesFrom: fact.classesFrom };
}

export function formatShow(data: ShowJson, o: ReferenceOptions): string {
  const { messages: m, style, width } = o;
  const out: string[] = [];
  const para = (text: string, indent = '  ') => wrap(stripMarkdown(text), width - indent.length).map((l) => indent + l);
  const rows: [string, string[]][] = [];
  if (data.type === 'reply') {
    const colour = severityColour(severityOfDigit(data.class.digit), style);
    out.push(`${style.bold(colour(String(data.code)))} — ${style.bold(data.title)}`);
    out.push(
      `  ${style.dim(`${m.labels.firstDigit} ${data.class.digit}: ${data.class.title} · ${m.labels.secondDigit} ${data.category.digit}: ${data.category.title}`)}`,
    );
    out.push(...para(data.description));
    out.push('');
    if (data.text) rows.push([m.labels.rfcText, [data.text]]);
    if (data.status) rows.push([m.labels.registryStatus, [m.notes.registryStatus[data.status]]]);
    if (data.commands.length > 0) rows.push([m.labels.commands, [data.commands.join(', ')]]);
    if (data.associatedEnhanced.length > 0) rows.push([m.labels.associatedEnhanced, [data.associatedEnhanced.join(', ')]]);
    rows.push([m.labels.references, linkLines(data.references)]);
  } else {
    const colour = severityColour(data.class ? severityOfDigit(data.class.value) : null, style);
    out.push(`${style.bold(colour(data.code))} — ${style.bold(data.title)}`);
    const parts: [string, string][] = [];
    if (data.class) parts.push([`${m.labels.class} ${data.class.value}`, data.class.title]);
    if (data.subject) parts.push([`${m.labels.subject} ${data.subject.value}`, data.subject.title]);
    parts.push([`${m.labels.detail} ${data.detail}`, data.title]);
    const w = Math.max(...parts.map(([l]) => displayWidth(l))) + 2;
    for (const [l, v] of parts) out.push(`  ${style.dim(padEnd(l, w))}${v}`);
    const forms = data.classes.map((c) => `${c}${data.generic.slice(1)}`);
    if (!data.class) out.push(...para(m.notes.generic(forms)).map((l) => style.dim(l)));
    out.push(...para(data.description));
    if (data.note) out.push(...para(m.notes.noteLine(data.note)).map((l) => style.dim(l)));
    if (!data.classAllowed) out.push(...para(m.notes.classNotAllowed(data.code, forms)).map((l) => style.yellow(l)));
    if (data.deprecated) out.push(...para(m.notes.deprecated).map((l) => style.yellow(l)));
    out.push('');
    if (data.associatedBasicCodes.length > 0) rows.push([m.labels.associated, [data.associatedBasicCodes.join(', ')]]);
    // The RFC is named by the code's first reference, without its section.
    const sources = data.classesFrom.map((f) =>
      f === 'rfc' ? (data.references[0]?.label.split(' §')[0] ?? 'RFC 3463') : m.notes.classesFrom[f],
    );
    const from = new Intl.ListFormat(m.locale, { type: 'conjunction' }).format(sources);
    rows.push([m.labels.classes, [`${data.classes.join(', ')} — ${from}`]]);
    rows.push([m.labels.references, linkLines(data.references)]);
  }
  const labelWidth = Math.max(...rows.map(([l]) => displayWidth(l))) + 2;
  for (const [label, values] of rows) {
    // Reference lines are never wrapped: an address must stay whole to be copied.
    const lines = label === m.labels.references ? values : values.flatMap((v) => wrap(v, Math.max(20, width - 2 - labelWidth)));
    lines.forEach((v, i) => {
      out.push(`  ${i === 0 ? style.dim(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)}${v}`);
    });
  }
  if (data.type === 'reply' && data.variants.length > 0) {
    out.push('');
    out.push(`  ${style.bold(m.labels.variants)}`);
    for (const v of data.variants) {
      out.push(`    ${style.bold(v.commands.join(', '))}: ${v.title}`);
      out.push(...para(v.description, '      '));
      out.push(`      ${style.dim(`${m.labels.rfcText}: ${v.text}`)}`);
      for (const l of linkLines(v.references)) out.push(`      ${style.dim(l)}`);
    }
  }
  return out.join('\n');
}

/** `RFC 5321 §4.2.2  https://…`, the labels padded to one column. */
function linkLines(list: readonly ReferenceLink[]): string[] {
  const w = Math.max(0, ...list.map((l) => displayWidth(l.label)));
  return list.map((l) => (l.url ? `${padEnd(l.label, w)}  ${l.url}` : l.label));
}
