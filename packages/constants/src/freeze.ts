// Tables and results are shared by every caller of the package: freezing them means no caller can
// change what another one reads (issue 16).

/**
 * Freezes `value` and every object reachable from it, and returns it. Stops at objects that are
 * frozen already, so freezing a result that points into the frozen tables costs only its own parts.
 */
export function deepFreeze<T>(value: T): T {
  if (Object(value) === value && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
