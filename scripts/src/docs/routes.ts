// Where each page lives and how every code is addressed. The anchors are the public, stable part:
// links such as en/reply-codes.md#code-550 or site/ja/enhanced-codes.html#code-x-1-1 must keep
// working, so change them only together with a note in the changelog.
import { posix } from 'node:path';

export type Format = 'md' | 'html';
export type PageKey =
  | 'overview'
  | 'replyCodes'
  | 'enhancedCodes'
  | 'commands'
  | 'glossary'
  | 'explain'
  | 'reasons'
  | 'providers'
  | `command:${string}`
  | `reply:${number}`
  | `enhanced:${string}`
  | `reason:${string}`
  | `provider:${string}`;

/** The page of one basic reply code (site only): codes/550.html. */
export const replyPage = (code: number): PageKey => `reply:${code}`;
/** The page of one enhanced status code (site only): codes/X.1.1.html, named as the registry writes the code. */
export const enhancedPage = (code: string): PageKey => `enhanced:${code}`;

/** The page of one bounce reason (site only): reasons/user-unknown.html. */
export const reasonPage = (id: string): PageKey => `reason:${id}`;
/** The page of one provider (site only): providers/gmail.html. */
export const providerPage = (id: string): PageKey => `provider:${id}`;

/** File name of a command page: lower case, as written (`data-end`). */
export function commandSlug(command: string): string {
  return command.toLowerCase();
}

/** Path of a page relative to its language directory. */
export function pagePath(page: PageKey, format: Format): string {
  const ext = format === 'md' ? 'md' : 'html';
  const index = format === 'md' ? 'README.md' : 'index.html';
  if (page.startsWith('command:')) return `commands/${commandSlug(page.slice('command:'.length))}.${ext}`;
  if (page.startsWith('reply:') || page.startsWith('enhanced:')) return `codes/${page.slice(page.indexOf(':') + 1)}.${ext}`;
  if (page.startsWith('reason:')) return `reasons/${page.slice('reason:'.length)}.${ext}`;
  if (page.startsWith('provider:')) return `providers/${page.slice('provider:'.length)}.${ext}`;
  switch (page) {
    case 'overview':
      return index;
    case 'commands':
      return `commands/${index}`;
    case 'replyCodes':
      return `reply-codes.${ext}`;
    case 'enhancedCodes':
      return `enhanced-codes.${ext}`;
    case 'explain':
      return `explain.${ext}`;
    case 'reasons':
      return `reasons/${index}`;
    case 'providers':
      return `providers/${index}`;
    default:
      return `glossary.${ext}`;
  }
}

// A site of ~450 pages asks for the same few hundred links again and again; path.relative is the
// slowest step of the build without this cache.
const relativeCache = new Map<string, string>();

/** Relative link from one file to another, both given relative to the same directory. */
export function relativeLink(from: string, to: string): string {
  const dir = posix.dirname(from);
  const key = `${dir}\n${to}`;
  let link = relativeCache.get(key);
  if (link === undefined) {
    link = posix.relative(dir, to);
    relativeCache.set(key, link);
  }
  return link;
}

/** Link from one page to another page (and anchor) of the same language; `#anchor` within a page. */
export function pageLink(from: PageKey, to: PageKey, format: Format, anchor?: string): string {
  const [a, b] = [pagePath(from, format), pagePath(to, format)];
  if (anchor) return a === b ? `#${anchor}` : `${relativeLink(a, b)}#${anchor}`;
  return relativeLink(a, b);
}

/** Anchor of a basic reply code: `code-550` (a string gives a template: `code-{code}`). */
export const replyAnchor = (code: number | string): string => `code-${code}`;
/** Anchor of an enhanced status code: `code-x-1-1` for X.1.1 (lower case, dots as hyphens: valid in HTML, CSS and on GitHub). */
export const enhancedAnchor = (code: string): string => `code-${code.toLowerCase().replaceAll('.', '-')}`;
export const classAnchor = (cls: number): string => `class-${cls}`;
export const subjectAnchor = (subject: number): string => `subject-${subject}`;
export const digitAnchor = (position: 'first' | 'second', digit: number): string => `${position}-digit-${digit}`;
export const conceptAnchor = (id: string): string => `concept-${id}`;
export const termAnchor = (id: string): string => `term-${id}`;
/** Anchor of a provider's documented code on its page: `code-1` for the first (the order of spec/providers/<id>.yaml). */
export const providerCodeAnchor = (index: number): string => `code-${index + 1}`;
export const commandAnchor = (command: string): string => `command-${commandSlug(command)}`;
