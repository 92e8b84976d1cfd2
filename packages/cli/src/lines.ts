// A line splitter over byte chunks: constant memory whatever the file size. Each chunk is decoded
// once (UTF-8, a character split across chunks is kept for the next one) and cut at LF; lines
// longer than `maxLine` characters are cut there (the rest of that line is skipped), so one huge
// line cannot grow the buffer.

import { StringDecoder } from 'node:string_decoder';

/** Default cap on one line, in characters. */
export const MAX_LINE = 64 * 1024;

export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  /** The current line so far (at most `maxLine` characters). */
  private carry = '';
  /** The current line passed the cap and was emitted: drop it up to the next LF. */
  private skipping = false;
  /** Lines that were cut at the cap. */
  truncated = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLine = MAX_LINE,
  ) {}

  push(chunk: Buffer): void {
    this.text(this.decoder.write(chunk));
  }

  /** The last line, when the input does not end with LF. */
  end(): void {
    this.text(this.decoder.end());
    if (this.carry.length > 0 && !this.skipping) this.emit(this.carry);
    this.carry = '';
    this.skipping = false;
  }

  private text(s: string): void {
    let from = 0;
    for (;;) {
      const lf = s.indexOf('\n', from);
      const end = lf < 0 ? s.length : lf;
      if (!this.skipping) {
        const have = this.carry.length;
        if (have + (end - from) > this.maxLine) {
          this.truncated++;
          this.emit(this.carry + s.slice(from, from + (this.maxLine - have)));
          this.carry = '';
          this.skipping = lf < 0;
        } else if (lf >= 0) {
          this.emit(have > 0 ? this.carry + s.slice(from, end) : s.slice(from, end));
          this.carry = '';
        } else if (end > from) {
          this.carry += s.slice(from, end);
        }
      }
      if (lf < 0) return;
      this.skipping = false;
      from = lf + 1;
    }
  }

  private emit(line: string): void {
    this.onLine(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line);
  }
}
