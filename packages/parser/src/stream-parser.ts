import { CR, DASH, EOL_CRLF, EOL_LF, EOL_NONE, HT, isDigit, LF, plainCode, SP, skipPlainWords, skipTextWords, ZERO } from './bytes.js';
import { NEEDS_FULL_CHECK, NO_TOKEN, newScan, plainToken, SHORT_CODES, scanEnhanced, TOKEN_NONE, TOKEN_TOO_LONG } from './enhanced.js';
import { type ErrorKind, ReplyParseError } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { type Reply, type ReplyWarning, WARNING_KINDS, type WarningKind } from './reply.js';
import { isCodeInRange, lineCode } from './reply-code.js';
import { decodeLatin1, decodeUtf8, HAS_CONTROL, HAS_CR, HAS_HIGH, newBytes, scanText } from './text.js';
import { TextWindow } from './text-window.js';

/** Each warning kind's bit in a mask of kinds: the bit of its index in WARNING_KINDS (BEHAVIOUR.md §11.1). */
const WARNING_BIT = Object.fromEntries(WARNING_KINDS.map((kind, index) => [kind, 1 << index])) as Readonly<Record<WarningKind, number>>;

/** RFC 5321 §4.5.3.1.5: reply lines of at most 512 octets including CRLF. */
const RFC_LINE_LIMIT = 512;
/** RFC 4954 §4: AUTH challenges are exempt from the 512 rule. */
const AUTH_CHALLENGE = 334;
const INITIAL_BUFFER = 256;

/**
 * The line and reply state machine behind ReplyDecoder, parseReplies and parseReply. `push` and
 * `end` put completed replies into `out`; on a problem they throw a ReplyParseError whose
 * `replies` is `out`, and every later call throws it again.
 */
export class ReplyStreamParser {
  private readonly strict: boolean;
  private readonly maxLineLength: number;
  private readonly maxLines: number;
  /** Longest line that no length rule can object to: min(maxLineLength, 512). */
  private readonly plainLimit: number;
  /** parseReply(): a second reply is `extra-data`. */
  private readonly single: boolean;

  private failed: ReplyParseError | null = null;
  private ended = false;
  /** Stream offset of the next byte. */
  private pos = 0;
  /** Number of the current line (the one being read). */
  private lineNo = 1;
  /** Stream offset of the current line. */
  private lineOffset = 0;

  /** The partial line; never more than `maxLineLength` bytes. */
  private buf: Uint8Array = new Uint8Array(0);
  private bufLen = 0;
  /** Reads `buf` (replaced with it). */
  private bufView = new DataView(this.buf.buffer);

  // The open reply. The hot path compares booleans with `=== true`: V8 tracks no field type for
  // them, so a bare `if (this.open)` tests every kind of falsy value (measured).
  private open = false;
  /** A reply has been completed (parseReply: the next one is extra-data). */
  private done = false;
  private firstCode = 0;
  private code5 = -1;
  private code4 = -1;
  private lineCount = 0;
  private lines: string[] = [];
  private lineEnhanced: (string | null)[] = [];
  private lineStripLength: number[] = [];
  private firstLineEnhanced: string | null = null;
  /** firstLineEnhanced as the fast path of scanLines compares it (see firstLine). */
  private firstLineToken = NO_TOKEN;
  /** The head words of the open reply's later plain lines (see startReply). */
  private nextHead = 0;
  private finalHead = 0;
  private chosenEnhanced: string | null = null;
  private replyKinds = 0;
  private replyWarnings: ReplyWarning[] = [];

  // Warnings of empty lines seen while no reply is open (BEHAVIOUR.md §5.4).
  private pendingKinds = 0;
  private pendingWarnings: ReplyWarning[] = [];
  private streamWarnings: ReplyWarning[] = [];

  // The chunk being scanned: stream offset of its byte 0, where the current line starts, and
  // what its bytes so far contain.
  private base = 0;
  private lineStart = 0;

  /** The ASCII text of that chunk. */
  private readonly window = new TextWindow();

  private readonly scan = newScan();

  constructor(options: ResolvedOptions, single: boolean) {
    this.strict = options.strict;
    this.maxLineLength = options.maxLineLength;
    this.maxLines = options.maxLines;
    this.plainLimit = Math.min(options.maxLineLength, RFC_LINE_LIMIT);
    this.single = single;
  }

  /** Stream-level warnings (BEHAVIOUR.md §5.4), set by `end`. */
  get warnings(): ReplyWarning[] {
    return this.streamWarnings;
  }

  get failure(): ReplyParseError | null {
    return this.failed;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  push(bytes: Uint8Array, out: Reply[]): void {
    if (this.failed !== null) {
      throw this.failed;
    }
    try {
      this.feed(bytes, out);
    } catch (error) {
      throw this.fail(error, out);
    }
  }

  end(out: Reply[]): void {
    if (this.failed !== null) {
      throw this.failed;
    }
    if (this.ended) {
      return;
    }
    this.ended = true;
    try {
      this.finish(out);
    } catch (error) {
      throw this.fail(error, out);
    }
  }

  private fail(error: unknown, out: Reply[]): unknown {
    this.window.close();
    if (error instanceof ReplyParseError) {
      error.replies = out;
      this.failed = error;
      // Nothing is retained after a failure.
      this.buf = new Uint8Array(0);
      this.bufView = new DataView(this.buf.buffer);
      this.bufLen = 0;
      this.lines = [];
      this.lineEnhanced = [];
      this.lineStripLength = [];
      this.replyWarnings = [];
      this.pendingWarnings = [];
    }
    return error;
  }

  private error(kind: ErrorKind): ReplyParseError {
    return new ReplyParseError(kind, this.lineNo, this.lineOffset);
  }

  private feed(bytes: Uint8Array, out: Reply[]): void {
    const n = bytes.length;
    const base = this.pos;
    let start = 0;
    if (this.bufLen > 0) {
      const lf = bytes.indexOf(LF);
      if (lf < 0) {
        this.appendPartial(bytes, 0, n, out);
        this.pos = base + n;
        return;
      }
      this.completeBuffered(bytes, lf, out);
      start = lf + 1;
    }
    if (start < n) {
      this.scanChunk(bytes, new DataView(bytes.buffer, bytes.byteOffset, n), base, start, n, out);
    }
    const rest = start < n ? this.lineStart : n;
    this.lineOffset = base + rest;
    if (rest < n) {
      this.appendPartial(bytes, rest, n, out);
    }
    this.pos = base + n;
  }

  /** scanLines on `c[start, end)`, whose byte 0 is at stream offset `base`; `view` reads `c`. */
  private scanChunk(c: Uint8Array, view: DataView, base: number, start: number, end: number, out: Reply[]): void {
    this.base = base;
    this.window.open(c, end);
    this.scanLines(c, view, start, end, out);
    this.window.close();
  }

  /**
   * Processes the complete lines of `c` from `start` on and leaves `lineStart` at the partial
   * line that is left. One pass finds each line end and what the content bytes contain: plain
   * text (0x20-0x7E) is skipped a 4-byte word at a time, so a plain line costs one stop, at the
   * CR LF that ends it.
   *
   * Most lines are plain: CRLF, printable ASCII, a code in range with SP or `-`, the open reply's
   * code, at most 512 bytes (and maxLineLength), and no enhanced code or a short one that raises
   * nothing. No step of processLine can report anything for such a line, in either mode, so it
   * is added to its reply right here. The fast path is written out in the loop rather than in a
   * method: V8 then inlines all its helpers within its budget (about 6% faster, measured). Every
   * other line goes through processLine.
   */
  private scanLines(c: Uint8Array, view: DataView, start: number, n: number, out: Reply[]): void {
    this.lineStart = start;
    const base = this.base;
    const lastWord = n - 4;
    let lineStart = start;
    let flags = 0;
    let j = start;
    for (;;) {
      // Plain words, then the bytes of the word with the byte that stops.
      j = skipPlainWords(view, j, lastWord);
      while (j < n) {
        const b = c[j]!;
        if (b < 0x20 || b > 0x7e) {
          break;
        }
        j++;
      }
      if (j >= n) {
        break;
      }
      const byte = c[j]!;
      if (byte === CR) {
        // `j + 1 < n` first: a read past the end (a CR that ends the chunk) would make V8 compile
        // every read here for out-of-bounds indices, much slower (measured).
        if (j + 1 < n && c[j + 1] === LF) {
          // The fast path: its checks, then its reply (see above).
          const len = j + 2 - lineStart;
          let code = -1;
          let token = NEEDS_FULL_CHECK;
          if (flags === 0 && len >= 6 && len <= this.plainLimit) {
            const head = view.getInt32(lineStart, true);
            if (this.open === true) {
              // A line of the open reply needs its code (the whole head word: `NNN-` or `NNN `)
              // and room.
              if ((head === this.nextHead || head === this.finalHead) && this.lineCount < this.maxLines) {
                code = this.firstCode;
              }
            } else if (this.pendingKinds === 0 && !(this.single === true && this.done === true)) {
              // No pending warnings to take over, and not parseReply's extra data.
              code = plainCode(head);
            }
            if (code >= 0) {
              const cls = (code / 100) | 0;
              // BEHAVIOUR.md §4.1 step 10; 3xx text is never scanned.
              token = cls === 3 ? NO_TOKEN : plainToken(c, view, lineStart + 4, j, cls);
              // The open reply's enhanced code (compared by token value).
              if (this.open === true && token !== this.firstLineToken) {
                token = NEEDS_FULL_CHECK;
              }
            }
          }
          if (token === NEEDS_FULL_CHECK) {
            this.lineOffset = base + lineStart;
            this.processLine(c, lineStart, j, EOL_CRLF, len, flags, out);
          } else {
            const ts = lineStart + 4;
            const acceptedCode = token === NO_TOKEN ? null : SHORT_CODES[token]!;
            // The token and the SPs after it: what `text` leaves out.
            const stripLength = token === NO_TOKEN ? 0 : skipSpaces(c, ts + 5, j) - ts;
            const text = ts === j ? '' : this.window.slice(c, ts, j);
            const final = c[lineStart + 3] === SP;
            if (this.open === true) {
              this.nextLine(text, acceptedCode, stripLength);
              if (final) {
                this.finishReply(out);
              }
            } else if (final) {
              // No pending warnings here (see above): a new, empty list.
              this.deliver(oneLineReply(code, text, acceptedCode, stripLength, []), out);
            } else {
              this.startReply(code);
              this.firstLine(text, acceptedCode, stripLength, token);
            }
          }
          this.lineNo++;
          j += 2;
          lineStart = j;
          flags = 0;
          continue;
        }
        // A bare CR, or the last byte of the chunk: then the line is partial and is scanned
        // again once complete.
        flags |= HAS_CR;
      } else if (byte === LF) {
        // Not after a CR: that CR would have been the stop.
        this.lineOffset = base + lineStart;
        this.processLine(c, lineStart, j, EOL_LF, j + 1 - lineStart, flags, out);
        this.lineNo++;
        lineStart = j + 1;
        flags = 0;
      } else if (byte >= 0x80) {
        // Text with bytes >= 0x80 is UTF-8 (or Latin-1) throughout: skip on to the next byte that
        // can end the line or is a control byte, rather than stopping at every byte >= 0x80.
        flags |= HAS_HIGH;
        j = skipTextWords(view, j + 1, lastWord);
        while (j < n) {
          const b = c[j]!;
          if (b < 0x20 || b === 0x7f) {
            break;
          }
          j++;
        }
        continue;
      } else if (byte !== HT) {
        flags |= HAS_CONTROL;
      }
      j++;
    }
    this.lineStart = lineStart;
  }

  /** Bytes of the current line without its LF; the line goes on in a later chunk. */
  private appendPartial(src: Uint8Array, from: number, to: number, out: Reply[]): void {
    const total = this.bufLen + to - from;
    if (total > this.maxLineLength) {
      this.overCap(src, from, total, out);
    }
    this.reserve(total);
    this.buf.set(src.subarray(from, to), this.bufLen);
    this.bufLen = total;
    this.checkPartialLine();
  }

  /**
   * The LF at `lf` ends the buffered line, which is then scanned like a chunk of one line (the
   * same fast path and checks as every other line).
   */
  private completeBuffered(src: Uint8Array, lf: number, out: Reply[]): void {
    const total = this.bufLen + lf + 1;
    if (total > this.maxLineLength) {
      this.overCap(src, 0, total, out);
    }
    this.reserve(total);
    this.buf.set(src.subarray(0, lf + 1), this.bufLen);
    this.bufLen = 0;
    this.scanChunk(this.buf, this.bufView, this.lineOffset, 0, total, out);
  }

  /**
   * The current line exceeds maxLineLength. Its first 4 bytes are content (maxLineLength >= 5): enough for
   * BEHAVIOUR.md §4.1 steps 1-6, after which BEHAVIOUR.md §4.1 step 7 throws line-too-long without buffering the rest.
   */
  private overCap(src: Uint8Array, from: number, total: number, out: Reply[]): never {
    const have = Math.min(this.bufLen, 4);
    const head = new Uint8Array(4);
    head.set(this.buf.subarray(0, have));
    head.set(src.subarray(from, from + 4 - have), have);
    this.processLine(head, 0, 4, EOL_CRLF, total, 0, out);
    throw this.error('line-too-long');
  }

  private reserve(size: number): void {
    if (size <= this.buf.length) {
      return;
    }
    let capacity = Math.max(INITIAL_BUFFER, this.buf.length * 2);
    while (capacity < size) {
      capacity *= 2;
    }
    const grown = newBytes(Math.min(capacity, this.maxLineLength));
    grown.set(this.buf.subarray(0, this.bufLen));
    this.buf = grown;
    this.bufView = new DataView(grown.buffer, grown.byteOffset, grown.length);
  }

  /**
   * Early detection (BEHAVIOUR.md §4.2) on the partial line: BEHAVIOUR.md §4.1 steps 2-6 as soon as its first 4 bytes
   * (or a non-digit) are known, then the strict 512 rule. A trailing CR may still become CRLF and
   * decides nothing. Throws only what the complete line would throw first.
   */
  private checkPartialLine(): void {
    const buf = this.buf;
    const length = this.bufLen;
    const m = buf[length - 1] === CR ? length - 1 : length;
    if (m === 0) {
      return;
    }
    if (this.single && this.done) {
      throw this.error('extra-data');
    }
    let codeless = false;
    const digits = Math.min(m, 3);
    for (let j = 0; j < digits; j++) {
      if (!isDigit(buf[j]!)) {
        codeless = true;
      }
    }
    if (!codeless) {
      if (m < 4) {
        return;
      }
      codeless = isDigit(buf[3]!);
    }
    const strict = this.strict;
    let effective: number;
    if (codeless) {
      if (strict || !this.open) {
        throw this.error('bad-code');
      }
      effective = this.firstCode;
    } else {
      const code = (buf[0]! - ZERO) * 100 + (buf[1]! - ZERO) * 10 + (buf[2]! - ZERO);
      if (strict && !isCodeInRange(code)) {
        throw this.error('code-out-of-range');
      }
      const sep = buf[3];
      if (sep !== SP && sep !== DASH && (strict || sep !== HT)) {
        throw this.error('bad-separator');
      }
      if (strict && this.open && code !== this.firstCode) {
        throw this.error('code-mismatch');
      }
      effective = code;
    }
    if (this.open && this.lineCount >= this.maxLines) {
      throw this.error('too-many-lines');
    }
    if (strict && length > RFC_LINE_LIMIT && effective !== AUTH_CHALLENGE) {
      throw this.error('line-too-long');
    }
  }

  private warn(kind: WarningKind): void {
    const bit = WARNING_BIT[kind];
    if ((this.replyKinds & bit) === 0) {
      this.replyKinds |= bit;
      this.replyWarnings.push({ kind, line: this.lineNo });
    }
  }

  /** A deviation (BEHAVIOUR.md §1): an error in strict mode, a warning in lenient mode. */
  private deviation(kind: WarningKind, error: ErrorKind): void {
    if (this.strict) {
      throw this.error(error);
    }
    this.warn(kind);
  }

  private pending(kind: WarningKind): void {
    const bit = WARNING_BIT[kind];
    if ((this.pendingKinds & bit) === 0) {
      this.pendingKinds |= bit;
      this.pendingWarnings.push({ kind, line: this.lineNo });
    }
  }

  /**
   * A reply starts with a line that has `code`. Pending blank-line warnings become its first
   * warnings (BEHAVIOUR.md §5.4).
   */
  private startReply(code: number): void {
    this.open = true;
    this.firstCode = code;
    // scanLines compares the head word of each later plain line with `NNN-` and `NNN `; a code
    // out of range has none (0), so its lines take processLine.
    const digits = isCodeInRange(code)
      ? ZERO + ((code / 100) | 0) + ((ZERO + (((code / 10) | 0) % 10)) << 8) + ((ZERO + (code % 10)) << 16)
      : 0;
    this.nextHead = digits === 0 ? 0 : digits | (DASH << 24);
    this.finalHead = digits === 0 ? 0 : digits | (SP << 24);
    this.code5 = -1;
    this.code4 = -1;
    this.lineCount = 0;
    const pending = this.pendingKinds;
    this.replyKinds = pending;
    if (pending === 0) {
      this.replyWarnings = [];
    } else {
      this.replyWarnings = this.pendingWarnings;
      this.pendingKinds = 0;
      this.pendingWarnings = [];
    }
  }

  /**
   * The first line of a multiline reply; its accepted code is the one the others must match.
   * `token` is that code as the fast path of scanLines compares it: NO_TOKEN, a short code's
   * value, or NEEDS_FULL_CHECK (never equal to a plain line's, so later lines take processLine).
   */
  private firstLine(text: string, acceptedCode: string | null, stripLength: number, token: number): void {
    this.lineCount = 1;
    this.lines = [text];
    this.firstLineEnhanced = acceptedCode;
    this.firstLineToken = token;
    this.chosenEnhanced = acceptedCode;
    if (acceptedCode !== null) {
      this.lineEnhanced[0] = acceptedCode;
      this.lineStripLength[0] = stripLength;
    }
  }

  /** A later line of the open reply, after its checks. */
  private nextLine(text: string, acceptedCode: string | null, stripLength: number): void {
    const index = this.lineCount;
    this.lineCount = index + 1;
    this.lines.push(text);
    // Codes are kept from the chosen one on: finishReply reads them only when there is one.
    if (this.chosenEnhanced === null) {
      if (acceptedCode === null) {
        return;
      }
      this.chosenEnhanced = acceptedCode;
      // The lines before it have none (earlier replies' codes are still there).
      this.lineEnhanced.fill(null, 0, index);
    }
    this.lineEnhanced[index] = acceptedCode;
    this.lineStripLength[index] = stripLength;
  }

  /**
   * One complete physical line: content `src[s, ce)`, its line end, its length in bytes and what
   * its content bytes contain (HAS_*). Runs the steps of BEHAVIOUR.md §4.1 in order.
   */
  private processLine(src: Uint8Array, s: number, ce: number, eol: number, len: number, flags: number, out: Reply[]): void {
    const clen = ce - s;
    const strict = this.strict;
    // BEHAVIOUR.md §4.1 step 1: empty line.
    if (clen === 0) {
      this.emptyLine(eol);
      return;
    }
    if (this.single && this.done) {
      throw this.error('extra-data');
    }
    // BEHAVIOUR.md §4.1 step 2: code.
    const code = lineCode(src, s, ce);
    const outOfRange = code >= 0 && !isCodeInRange(code);
    let ts: number;
    let final: boolean;
    let effective: number;
    if (code < 0) {
      if (strict || !this.open) {
        throw this.error('bad-code');
      }
      this.warn('missing-code');
      ts = s;
      final = false;
      effective = this.firstCode;
    } else {
      if (!this.open) {
        this.startReply(code);
      }
      // BEHAVIOUR.md §4.1 step 3: range.
      if (outOfRange) {
        this.deviation('code-out-of-range', 'code-out-of-range');
      }
      // BEHAVIOUR.md §4.1 step 4: separator.
      if (clen === 3) {
        this.warn('bare-code');
        final = true;
        ts = ce;
      } else {
        const sep = src[s + 3];
        if (sep === SP) {
          final = true;
        } else if (sep === DASH) {
          final = false;
        } else if (sep === HT && !strict) {
          this.warn('bad-separator');
          final = true;
        } else {
          throw this.error('bad-separator');
        }
        ts = s + 4;
      }
      // BEHAVIOUR.md §4.1 step 5: mismatch. Framing never changes; the most severe code is kept (BEHAVIOUR.md §5.3).
      if (code !== this.firstCode) {
        this.deviation('code-mismatch', 'code-mismatch');
        const digit = (code / 100) | 0;
        if (digit === 5) {
          if (this.code5 < 0) {
            this.code5 = code;
          }
        } else if (digit === 4 && this.code4 < 0) {
          this.code4 = code;
        }
      }
      effective = code;
    }
    // BEHAVIOUR.md §4.1 step 6: lines per reply.
    const index = this.lineCount;
    if (index >= this.maxLines) {
      throw this.error('too-many-lines');
    }
    // BEHAVIOUR.md §4.1 step 7: length.
    if (len > this.maxLineLength) {
      throw this.error('line-too-long');
    }
    if (len > RFC_LINE_LIMIT && effective !== AUTH_CHALLENGE) {
      this.deviation('line-too-long', 'line-too-long');
    }
    // BEHAVIOUR.md §4.1 step 8: bare CR, then the line end.
    if ((flags & HAS_CR) !== 0) {
      this.deviation('bare-cr', 'bare-cr');
    }
    if (eol !== EOL_CRLF) {
      if (eol === EOL_LF) {
        this.deviation('bare-lf', 'bare-lf');
      } else {
        this.warn('unterminated');
      }
    }
    // BEHAVIOUR.md §4.1 step 9: control bytes, then encoding.
    let text: string;
    if ((flags & (HAS_CONTROL | HAS_HIGH)) === 0) {
      text = ts === ce ? '' : this.window.ascii(src, ts, ce);
    } else {
      if ((flags & HAS_CONTROL) !== 0) {
        this.deviation('control-char', 'invalid-text');
      }
      text = this.decodeText(src, ts, ce, flags);
    }
    // BEHAVIOUR.md §4.1 step 10: enhanced code; 3xx text is never scanned (RFC 2034 §4).
    let acceptedCode: string | null = null;
    let stripLength = 0;
    const effectiveClass = (effective / 100) | 0;
    if (effectiveClass !== 3 && ts < ce) {
      const first = src[ts];
      // Cheap rejection: a token starts with 2, 4, 5 or #.
      if (first === 0x32 || first === 0x34 || first === 0x35 || first === 0x23) {
        acceptedCode = this.enhanced(src, ts, ce, effectiveClass);
        stripLength = this.scan.end;
      }
    }
    if (index === 0) {
      if (final) {
        // One-line reply: nothing to compare or join.
        this.deliver(oneLineReply(code, text, acceptedCode, stripLength, this.replyWarnings), out);
        return;
      }
      this.firstLine(text, acceptedCode, stripLength, acceptedCode === null ? NO_TOKEN : NEEDS_FULL_CHECK);
    } else {
      if (acceptedCode !== this.firstLineEnhanced) {
        this.deviation('enhanced-inconsistent', 'enhanced-inconsistent');
      }
      this.nextLine(text, acceptedCode, stripLength);
    }
    if (final) {
      this.finishReply(out);
    }
  }

  private emptyLine(eol: number): void {
    if (this.strict) {
      throw this.error('empty-line');
    }
    if (this.open) {
      this.warn('empty-line');
      if (eol === EOL_LF) {
        this.warn('bare-lf');
      }
    } else {
      this.pending('empty-line');
      if (eol === EOL_LF) {
        this.pending('bare-lf');
      }
    }
  }

  /** Text with a control byte or a byte >= 0x80 (BEHAVIOUR.md §8). */
  private decodeText(src: Uint8Array, ts: number, ce: number, flags: number): string {
    if ((flags & HAS_HIGH) === 0) {
      return this.window.ascii(src, ts, ce);
    }
    const decoded = decodeUtf8(src, ts, ce);
    if (decoded !== undefined) {
      this.warn('non-ascii');
      return decoded;
    }
    this.deviation('invalid-utf8', 'invalid-text');
    return decodeLatin1(src, ts, ce);
  }

  /**
   * BEHAVIOUR.md §4.1 step 10 for a line whose text may start with an enhanced code (BEHAVIOUR.md §9): returns the
   * accepted code or null; `scan.end` is then where the text starts without the token and its SPs.
   */
  private enhanced(src: Uint8Array, ts: number, ce: number, lineClass: number): string | null {
    const scan = this.scan;
    const status = scanEnhanced(src, ts, ce, !this.strict, scan);
    if (status === TOKEN_NONE) {
      return null;
    }
    if (status === TOKEN_TOO_LONG) {
      this.deviation('enhanced-syntax', 'enhanced-syntax');
      return null;
    }
    if (scan.leadingZero) {
      this.deviation('enhanced-syntax', 'enhanced-syntax');
    } else if (scan.hash) {
      this.warn('enhanced-syntax');
    }
    if (scan.cls !== lineClass) {
      this.deviation('enhanced-class-mismatch', 'enhanced-class-mismatch');
      return null;
    }
    const acceptedCode = normalised(scan.cls, scan.subject, scan.detail);
    let p = scan.end;
    while (p < ce && src[p] === SP) {
      p++;
    }
    scan.end = p - ts;
    return acceptedCode;
  }

  private finishReply(out: Reply[]): void {
    // BEHAVIOUR.md §5.3: the earliest 5xx, else the earliest 4xx, else the first code. Only lines that differ
    // from the first one were tracked, and the first line is the earliest of all.
    const first = this.firstCode;
    const firstClass = (first / 100) | 0;
    const code =
      firstClass === 5 || (this.code5 < 0 && (firstClass === 4 || this.code4 < 0)) ? first : this.code5 >= 0 ? this.code5 : this.code4;
    let enhanced = this.chosenEnhanced;
    // BEHAVIOUR.md §4.1 step 11: possible only after a lenient code mismatch.
    if (enhanced !== null && enhanced.charCodeAt(0) - ZERO !== ((code / 100) | 0)) {
      this.deviation('enhanced-class-mismatch', 'enhanced-class-mismatch');
      enhanced = null;
    }
    const lines = this.lines;
    let text: string;
    if (enhanced === null) {
      // Concatenation, not join(): V8 builds a rope in O(1) per line.
      text = lines[0]!;
      for (let k = 1; k < lines.length; k++) {
        text += '\n';
        text += lines[k]!;
      }
    } else {
      const lineEnhanced = this.lineEnhanced;
      const lineStripLength = this.lineStripLength;
      text = lineEnhanced[0] === enhanced ? lines[0]!.slice(lineStripLength[0]!) : lines[0]!;
      for (let k = 1; k < lines.length; k++) {
        text += '\n';
        text += lineEnhanced[k] === enhanced ? lines[k]!.slice(lineStripLength[k]!) : lines[k]!;
      }
    }
    this.deliver(newReply(code, lines, enhanced, text, this.replyWarnings), out);
  }

  /** A reply is complete: it is handed out at once (BEHAVIOUR.md §5.5), and no reply is open. */
  private deliver(reply: Reply, out: Reply[]): void {
    out.push(reply);
    this.open = false;
    this.done = true;
  }

  /** End of stream (BEHAVIOUR.md §10). */
  private finish(out: Reply[]): void {
    if (this.bufLen > 0) {
      const buf = this.buf;
      const length = this.bufLen;
      const ce = buf[length - 1] === CR ? length - 1 : length;
      if (this.strict || !isFinalLine(buf, ce)) {
        throw this.error('incomplete');
      }
      this.bufLen = 0;
      this.processLine(buf, 0, ce, EOL_NONE, length, scanText(buf, 0, ce), out);
      this.lineNo++;
      this.lineOffset = this.pos;
    }
    if (this.open || (this.single && !this.done)) {
      throw this.error('incomplete');
    }
    if (!this.single) {
      this.streamWarnings = this.pendingWarnings;
    }
    this.pendingWarnings = [];
    this.buf = new Uint8Array(0);
    this.bufView = new DataView(this.buf.buffer);
    this.lines = [];
  }
}

// A small direct-mapped cache of normalised enhanced codes: replies repeat a few codes, and a
// cached string is neither built nor allocated again.
const CACHE_SIZE = 256;
const cacheKeys = new Int32Array(CACHE_SIZE).fill(-1);
const cacheStrings: string[] = new Array<string>(CACHE_SIZE).fill('');

function normalised(cls: number, subject: number, detail: number): string {
  const key = cls * 1_000_000 + subject * 1000 + detail;
  const slot = (subject * 67 + detail * 7 + cls) & (CACHE_SIZE - 1);
  if (cacheKeys[slot] === key) {
    return cacheStrings[slot]!;
  }
  const code = `${cls}.${subject}.${detail}`;
  cacheKeys[slot] = key;
  cacheStrings[slot] = code;
  return code;
}

/** Every reply is made here, so that all of them have one shape. */
function newReply(code: number, lines: string[], enhanced: string | null, text: string, warnings: ReplyWarning[]): Reply {
  return { code, lines, enhanced, text, warnings };
}

/** A reply of one line: its text leaves out the enhanced code and the SPs after it (BEHAVIOUR.md §9.7). */
function oneLineReply(code: number, text: string, enhanced: string | null, stripLength: number, warnings: ReplyWarning[]): Reply {
  return newReply(code, [text], enhanced, enhanced === null ? text : text.slice(stripLength), warnings);
}

function skipSpaces(src: Uint8Array, from: number, end: number): number {
  let p = from;
  while (p < end && src[p] === SP) {
    p++;
  }
  return p;
}

/** A partial line at end of stream that lenient mode completes: a code, then SP, HT or nothing. */
function isFinalLine(buf: Uint8Array, ce: number): boolean {
  return lineCode(buf, 0, ce) >= 0 && (ce === 3 || buf[3] === SP || buf[3] === HT);
}
