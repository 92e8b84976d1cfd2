import type { Reference, Spec } from './types.js';

/** "RFC 5321 §4.2.2" for { doc: 'RFC5321', section: '4.2.2' }. */
export function referenceLabel(ref: Reference, registryName = 'IANA registry'): string {
  const name = ref.doc.startsWith('RFC') ? `RFC ${ref.doc.slice(3)}` : ref.doc === 'IANA-SMTP-ENHANCED' ? registryName : ref.doc;
  return ref.section ? `${name} §${ref.section}` : name;
}

/** The document's address, pointing at the section for RFCs. */
export function referenceUrl(spec: Spec, ref: Reference): string {
  const doc = spec.references.find((d) => d.id === ref.doc);
  if (!doc) throw new Error(`unknown reference ${ref.doc}`);
  return ref.section && ref.doc.startsWith('RFC') ? `${doc.url}#section-${ref.section}` : doc.url;
}
