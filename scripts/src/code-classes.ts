// Which classes (2, 4, 5) an enhanced code may take, and the checks that keep the spec's
// `classes` and `classesFrom` honest against the registry's basic-code column.
import type { EnhancedCode } from './types.js';

export const ALL_CLASSES: ReadonlyArray<2 | 4 | 5> = [2, 4, 5];

/** The classes the registry's basic-code column names: `550` -> 5, `5XX` -> 5, `Any` -> all. */
export function registryClasses(column: string): Array<2 | 4 | 5> {
  if (/^\s*any\s*$/i.test(column)) return [...ALL_CLASSES];
  const named = new Set<number>();
  for (const m of column.matchAll(/\b([2-5])(?:\d\d|XX)\b/g)) named.add(Number(m[1]));
  return ALL_CLASSES.filter((c) => named.has(c));
}

type ClassFields = Pick<EnhancedCode, 'code' | 'classes' | 'classesFrom' | 'registryBasicCodes' | 'associatedBasicCodes' | 'note'>;

/** Why the entry's classes do not follow the rules of `classesFrom` (spec.schema.json), as [field, reason]. */
export function classProblems(e: ClassFields): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const { classes, classesFrom: from } = e;
  if (classes.some((c, i) => i > 0 && c <= classes[i - 1]!)) out.push(['classes', `${JSON.stringify(classes)} must be ascending`]);
  const fromRegistry = registryClasses(e.registryBasicCodes);
  const outside = fromRegistry.filter((c) => !classes.includes(c));
  if (from.includes('meaning') && from.length > 1)
    out.push(['classesFrom', '"meaning" applies only when neither the RFC nor the registry names a class']);
  if (from.includes('meaning') && fromRegistry.length > 0)
    out.push(['classesFrom', `the registry names classes ${JSON.stringify(fromRegistry)} ("${e.registryBasicCodes}"): use "registry"`]);
  if (from.includes('registry')) {
    if (fromRegistry.length === 0) out.push(['classesFrom', `the registry names no basic code ("${e.registryBasicCodes}")`]);
    // A class the registry names stays: RFC 3463's "useful only as ..." is noted, not enforced, since
    // the registry (and real servers: `450 4.7.1`) use the code in that class too.
    if (outside.length > 0) out.push(['classes', `the registry also names class ${outside.join(', ')}`]);
    if (!from.includes('rfc') && JSON.stringify(fromRegistry) !== JSON.stringify(classes))
      out.push(['classes', `${JSON.stringify(classes)} differs from the registry's classes ${JSON.stringify(fromRegistry)}`]);
  } else if (outside.length > 0) {
    out.push(['classesFrom', `the registry names classes ${JSON.stringify(fromRegistry)} ("${e.registryBasicCodes}"): list "registry"`]);
  } else if (fromRegistry.length > 0 && !from.includes('rfc')) {
    out.push(['classesFrom', 'the registry names classes: list "registry"']);
  }
  return out;
}
