// A link checker for generated Markdown and HTML held in memory (path -> content): every relative
// link must name a file of the set and every #anchor an id in its target. External links must be
// https (no other scheme, no protocol-relative URLs), so a page can never pull in a CDN.
import { posix } from 'node:path';

export interface LinkProblem {
  file: string;
  link: string;
  reason: string;
}

const ID = /\sid="([^"]+)"/g;
const MD_LINK = /\]\(([^)\s]+)\)/g;
const ATTR_LINK = /\s(?:href|src)="([^"]*)"/g;

/** Every id in a generated page. */
export function idsOf(content: string): string[] {
  return [...content.matchAll(ID)].map((m) => m[1]!);
}

/** Every link target of a generated page: Markdown destinations and href/src attributes. */
export function linksOf(file: string, content: string): string[] {
  const attrs = [...content.matchAll(ATTR_LINK)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return file.endsWith('.md') ? [...[...content.matchAll(MD_LINK)].map((m) => m[1]!), ...attrs] : attrs;
}

/** Resolves a relative link of `file` to [target path, fragment]. */
export function resolveLink(file: string, link: string): [string, string] {
  const hash = link.indexOf('#');
  const path = hash < 0 ? link : link.slice(0, hash);
  const fragment = hash < 0 ? '' : decodeURIComponent(link.slice(hash + 1));
  return [path === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURI(path))), fragment];
}

export function checkLinks(files: Map<string, string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [file, content] of files) {
    if (!/\.(md|html)$/.test(file)) continue;
    const list = idsOf(content);
    const set = new Set(list);
    if (set.size !== list.length) {
      const dup = list.filter((id, i) => list.indexOf(id) !== i);
      problems.push({ file, link: `#${dup[0]}`, reason: `duplicate ids: ${[...new Set(dup)].join(', ')}` });
    }
    ids.set(file, set);
  }
  for (const [file, content] of files) {
    if (!/\.(md|html)$/.test(file)) continue;
    for (const link of linksOf(file, content)) {
      if (/^https:\/\/[^/]/.test(link)) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link)) {
        problems.push({ file, link, reason: 'only https:// and relative links are allowed' });
        continue;
      }
      if (link.startsWith('/')) {
        problems.push({ file, link, reason: 'absolute path: breaks on file:// and on GitHub' });
        continue;
      }
      const [target, fragment] = resolveLink(file, link);
      if (!files.has(target)) {
        problems.push({ file, link, reason: `no such file ${target}` });
        continue;
      }
      if (fragment && !ids.get(target)?.has(fragment)) problems.push({ file, link, reason: `${target} has no id "${fragment}"` });
    }
  }
  return problems;
}
