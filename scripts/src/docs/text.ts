// Escaping of spec text for the two output formats. Spec text is plain text in which `backticks`
// mark protocol literals (spec.schema.json, $defs/text) and a line break separates paragraphs.
// Every function here escapes first and only then adds markup, so spec text can never inject
// HTML into a page.
import type { Locale } from '../types.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Splits text into its plain parts (even indexes) and `code` parts (odd indexes, without the backticks). */
function splitCode(text: string): string[] {
  const parts: string[] = [];
  const re = /`([^`]+)`/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push(text.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The paragraphs of a spec text. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** One line of spec text as HTML: escaped, with `code` as <code>. */
export function htmlInline(text: string): string {
  return splitCode(text.replace(/\s*\n\s*/g, ' '))
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** Spec text as HTML paragraphs. */
export function htmlParagraphs(text: string): string {
  return paragraphs(text)
    .map((p) => `<p>${htmlInline(p)}</p>`)
    .join('\n');
}

/**
 * One line of spec text as GitHub-flavoured Markdown: HTML-significant characters become entities,
 * Markdown punctuation is backslash-escaped, `code` spans stay code spans (their content is
 * literal in Markdown, so it needs no escaping; only `|` is escaped, which GFM tables require).
 */
export function mdInline(text: string): string {
  return splitCode(text.replace(/\s*\n\s*/g, ' '))
    .map((part, i) => {
      if (i % 2 === 1) return `\`${part.replaceAll('|', '\\|')}\``;
      const escaped = part.replace(/[\\*_[\]|~]/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
      // A part that opens the text must not read as a heading, quote or list item.
      return i === 0 ? escaped.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2') : escaped;
    })
    .join('');
}

/** Spec text as Markdown paragraphs separated by blank lines. */
export function mdParagraphs(text: string): string {
  return paragraphs(text).map(mdInline).join('\n\n');
}

/**
 * Letters a language's readers type interchangeably, folded before matching: Russian readers often
 * type е for ё. The site's search script gets its language's pairs from the search index, so the
 * script itself holds no language's letters.
 */
export const SEARCH_FOLDS: Readonly<Record<Locale, ReadonlyArray<readonly [string, string]>>> = { en: [], ja: [], ru: [['ё', 'е']] };

/** The text used to match a search query: NFKC (full-width digits and letters), lower case, the language's folds. */
export function searchNormalize(text: string, locale: Locale): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (const [from, to] of SEARCH_FOLDS[locale]) out = out.replaceAll(from, to);
  return out.replace(/\s+/g, ' ').trim();
}

/** Spec text without its markup, for the search index. */
export function plainText(text: string): string {
  return text.replaceAll('`', '').replace(/\s*\n\s*/g, ' ');
}
