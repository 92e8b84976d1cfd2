// A line splitter over byte chunks: constant memory whatever the file size. Lines longer than
// `maxLine` bytes are cut there (the rest of that line is skipped), so one huge line cannot
// grow the buffer.

/** Default cap on one line, in bytes. */
export const MAX_LINE = 64 * 1024;

export class LineSplitter {
  /** The bytes of the current line so far (at most `maxLine`). */
  private carry: Buffer | null = null;
  /** The current line passed the cap and was emitted: drop its bytes up to the next LF. */
  private skipping = false;
  /** Lines that were cut at the cap. */
  truncated = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLine = MAX_LINE,
  ) {}

  push(chunk: Buffer): void {
    let from = 0;
    for (;;) {
      const lf = chunk.indexOf(10, from);
      const end = lf < 0 ? chunk.length : lf;
      if (!this.skipping) {
        const have = this.carry ? this.carry.length : 0;
        if (have + (end - from) > this.maxLine) {
          this.truncated++;
          this.emit(this.join(chunk.subarray(from, from + (this.maxLine - have))));
          this.carry = null;
          this.skipping = lf < 0;
        } else if (lf >= 0) {
          this.emit(this.join(chunk.subarray(from, end)));
          this.carry = null;
        } else if (end > from) {
          this.carry = this.carry ? Buffer.concat([this.carry, chunk.subarray(from, end)]) : Buffer.from(chunk.subarray(from, end));
        }
      }
      if (lf < 0) return;
      this.skipping = false;
      from = lf + 1;
    }
  }

  /** The last line, when the input does not end with LF. */
  end(): void {
    if (this.carry && this.carry.length > 0) this.emit(this.carry);
    this.carry = null;
    this.skipping = false;
  }

  private join(part: Buffer): Buffer {
    return this.carry ? Buffer.concat([this.carry, part]) : part;
  }

  private emit(buf: Buffer): void {
    const end = buf.length > 0 && buf[buf.length - 1] === 13 ? buf.length - 1 : buf.length;
    this.onLine(buf.toString('utf8', 0, end));
  }
}
