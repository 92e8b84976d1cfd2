import { decodeBytewise, decodeWindow } from './text.js';

/** ASCII text is decoded per window of about this many bytes, then sliced per line. */
const WINDOW = 8192;

/**
 * The ASCII text of the chunk being scanned, decoded a window at a time and sliced per line: one
 * decoder call per window instead of one per line. Exact for ASCII bytes only; lines with bytes
 * >= 0x80 are decoded on their own (BEHAVIOUR.md §8).
 */
export class TextWindow {
  /** The chunk being scanned, or null between chunks. */
  private chunk: Uint8Array | null = null;
  /** Where the chunk's bytes end (its buffer may go on). */
  private chunkEnd = 0;
  private text = '';
  private start = 0;
  private end = 0;

  /** Lines of `chunk`, up to `chunkEnd`, are about to be sliced. */
  open(chunk: Uint8Array, chunkEnd: number): void {
    this.chunk = chunk;
    this.chunkEnd = chunkEnd;
    this.end = 0;
  }

  /** The chunk is done; nothing of it is kept. */
  close(): void {
    this.chunk = null;
  }

  /** `chunk[start, end)` of the open chunk, as a slice of its window. */
  slice(chunk: Uint8Array, start: number, end: number): string {
    if (end > this.end) {
      this.decode(chunk, start, end);
    }
    const windowStart = this.start;
    return this.text.slice(start - windowStart, end - windowStart);
  }

  /** ASCII bytes as a string: a slice of the window when they lie in the open chunk. */
  ascii(src: Uint8Array, start: number, end: number): string {
    return src === this.chunk ? this.slice(src, start, end) : decodeBytewise(src, start, end);
  }

  /** Decodes the window that starts with the line at `start`. */
  private decode(chunk: Uint8Array, start: number, end: number): void {
    this.start = start;
    this.end = Math.max(end, Math.min(this.chunkEnd, start + WINDOW));
    this.text = decodeWindow(chunk, start, this.end);
  }
}
