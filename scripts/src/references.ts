import type { Reference, Spec } from './types.js';

/**
 * How a document is named where it is cited: "RFC 5321", "IANA registry" (or `registryName`, the
 * docs' translation) for the enhanced-code registry. The one rule: the constants package reads
 * these names from its generated `documents` (`describeReference`).
 */
export function documentName(doc: string, registryName = 'IANA registry'): string {
  return doc.startsWith('RFC') ? `RFC ${doc.slice(3)}` : doc === 'IANA-SMTP-ENHANCED' ? registryName : doc;
}

/** "RFC 5321 §4.2.2" for { doc: 'RFC5321', section: '4.2.2' }. */
export function referenceLabel(ref: Reference, registryName?: string): string {
  const name = documentName(ref.doc, registryName);
  return ref.section ? `${name} §${ref.section}` : name;
}

/** The document's address, pointing at the section for RFCs. */
export function referenceUrl(spec: Spec, ref: Reference): string {
  const doc = spec.references.find((d) => d.id === ref.doc);
  if (!doc) throw new Error(`unknown reference ${ref.doc}`);
  return ref.section && ref.doc.startsWith('RFC') ? `${doc.url}#section-${ref.section}` : doc.url;
}
