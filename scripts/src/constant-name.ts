/**
 * The one naming rule for generated constants: delete apostrophes, split the English title on
 * every character that is not an ASCII letter or digit, upper-case the first letter of each piece,
 * keep the rest as written, join. The result is stored in the spec (`constant`) so a later change
 * of wording never renames a published constant; tests check the stored names follow the rule.
 */
export function constantName(title: string): string {
  return title
    .replace(/['\u2019]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((piece) => piece.length > 0)
    .map((piece) => piece[0]!.toUpperCase() + piece.slice(1))
    .join('');
}
