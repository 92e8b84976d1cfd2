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
    if (outside.length > 0) out.push(['classes', `the registry also names class ${outside.join(', ')}`]);
    if (!from.includes('rfc') && JSON.stringify(fromRegistry) !== JSON.stringify(classes))
      out.push(['classes', `${JSON.stringify(classes)} differs from the registry's classes ${JSON.stringify(fromRegistry)}`]);
  } else if (outside.length > 0) {
    // The RFC's "useful only as ..." wins over the registry; the note must say so for each code it overrides.
    if (!from.includes('rfc')) out.push(['classesFrom', 'only the RFC text may exclude a class the registry names']);
    for (const b of e.associatedBasicCodes) {
      if (classes.includes(Math.floor(b / 100) as 2 | 4 | 5)) continue;
      if (!e.note?.en.includes(`\`${b}\``))
        out.push([
          'note',
          `basic code ${b} is outside the classes ${JSON.stringify(classes)}: the note must explain it (mention \`${b}\`)`,
        ]);
    }
  } else if (fromRegistry.length > 0 && !from.includes('rfc')) {
    out.push(['classesFrom', 'the registry names classes: list "registry"']);
  }
  return out;
}
