// The one input parseBounce refuses: more than it is willing to hold. Everything else is read as
// far as it can be, and what it worked around is listed in the report's `issues`.

/** Messages larger than this (16 MiB) are refused unless `maxBytes` says otherwise. */
export const MAX_BOUNCE_BYTES = 16 * 1024 * 1024;

export class BounceInputError extends Error {
  override name = 'BounceInputError';
  /** Always `too-large` for now: the input is over the limit. */
  readonly kind: 'too-large';
  /** Size of the input in bytes (UTF-16 code units × 1 for strings: a lower bound). */
  readonly size: number;
  readonly limit: number;

  constructor(size: number, limit: number) {
    super(`the message is ${size} bytes, over the limit of ${limit} bytes`);
    this.kind = 'too-large';
    this.size = size;
    this.limit = limit;
  }
}
