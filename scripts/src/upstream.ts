import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_DIR } from './load-spec.js';

/** One row of the IANA registry snapshot in spec/upstream/. */
export interface UpstreamRow {
  code: string;
  title: string;
  basicCode: string;
  references: string;
}

export const UPSTREAM_DIR = join(SPEC_DIR, 'upstream');

export function snapshotFile(): string {
  const files = readdirSync(UPSTREAM_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  const last = files.at(-1);
  if (!last) throw new Error(`no registry snapshot in ${UPSTREAM_DIR}`);
  return join(UPSTREAM_DIR, last);
}

export function parseSnapshot(tsv: string): UpstreamRow[] {
  const [header, ...rows] = tsv.trimEnd().split('\n');
  if (header !== 'code\ttitle\tbasic_code\treference') throw new Error('unexpected snapshot header');
  return rows.map((row) => {
    const [code = '', title = '', basicCode = '', references = ''] = row.split('\t');
    return { code, title, basicCode, references };
  });
}

export function readSnapshot(): UpstreamRow[] {
  return parseSnapshot(readFileSync(snapshotFile(), 'utf8'));
}

export function formatSnapshot(rows: UpstreamRow[]): string {
  const lines = rows.map((r) => [r.code, r.title, r.basicCode, r.references].join('\t'));
  return `code\ttitle\tbasic_code\treference\n${lines.join('\n')}\n`;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const decodeXml = (s: string) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** Extracts the enumerated codes (registry 3) of the IANA XML into snapshot rows. */
export function rowsFromRegistryXml(xml: string): UpstreamRow[] {
  const start = xml.indexOf('<registry id="smtp-enhanced-status-codes-3">');
  if (start < 0) throw new Error('the XML has no "Enumerated Status Codes" registry');
  const part = xml.slice(start);
  const rows: UpstreamRow[] = [];
  for (const [, record = ''] of part.matchAll(/<record[^>]*>([\s\S]*?)<\/record>/g)) {
    const field = (name: string) => {
      const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(record);
      return m ? decodeXml(fold(m[1] ?? '')) : '';
    };
    const reference = /<reference>([\s\S]*?)<\/reference>/.exec(record)?.[1] ?? '';
    const refs = [...reference.matchAll(/data="([^"]+)"\/>(?:,\s*Section\s+([\d.]+))?/g)].map(([, id = '', section]) => {
      const doc = id.startsWith('rfc') ? `RFC${id.slice(3)}` : id.replace(/-\d+$/, '');
      return section ? `${doc} ${section}` : doc;
    });
    rows.push({ code: field('code'), title: field('sample'), basicCode: field('basic_code'), references: refs.join('; ') });
  }
  return rows;
}
