// The ceiling: the cheapest code we could write that builds the same Reply objects as
// ReplyDecoder for the bench stream, with no checks at all. It trusts its input (in-range codes,
// CRLF, short enhanced codes, well-formed UTF-8, for which it gives the non-ascii warning) and is
// only right for streams like the bench's, which run.mjs proves by comparing its replies with
// ReplyDecoder's. It shows what the scan plus the API's objects and strings cost.

const SHORT_CODES = Array.from({ length: 600 }, (_, v) => `${(v / 100) | 0}.${((v / 10) | 0) % 10}.${v % 10}`);

/** A reader over chunks; `push` returns the replies each chunk completes, like ReplyDecoder. */
export class Ceiling {
  constructor() {
    this.carry = null;
    this.lineNo = 1;
    // The open multiline reply; lines === null when there is none.
    this.code = 0;
    this.lines = null;
    this.enhanced = null;
    this.strips = null;
    this.warnings = null;
  }

  push(chunk) {
    const out = [];
    let c = chunk;
    if (this.carry !== null) {
      // The partial line plus this chunk's first line, then the rest of the chunk.
      const lf = chunk.indexOf(10);
      const head = Buffer.concat([this.carry, chunk.subarray(0, lf + 1)]);
      this.carry = null;
      this.scan(head, out);
      c = chunk.subarray(lf + 1);
    }
    this.scan(c, out);
    return out;
  }

  scan(c, out) {
    const n = c.length;
    const view = new DataView(c.buffer, c.byteOffset, n);
    const lastWord = n - 4;
    const window = c.latin1Slice(0, n);
    let lineStart = 0;
    let high = false;
    let j = 0;
    for (;;) {
      while (j <= lastWord) {
        const x = view.getInt32(j, true);
        if (((((x - 0x20202020) & ~x) | x | (x + 0x01010101)) & 0x80808080) !== 0) {
          break;
        }
        j += 4;
      }
      while (j < n) {
        const b = c[j];
        if (b < 0x20 || b > 0x7e) {
          break;
        }
        j++;
      }
      if (j >= n) {
        break;
      }
      if (c[j] !== 13 || j + 1 >= n) {
        if (c[j] >= 0x80) {
          // UTF-8 text: on to the next byte below 0x20.
          high = true;
          j++;
          while (j <= lastWord) {
            const x = view.getInt32(j, true);
            if (((x - 0x20202020) & ~x & 0x80808080) !== 0) {
              break;
            }
            j += 4;
          }
          while (j < n && c[j] >= 0x20) {
            j++;
          }
          continue;
        }
        j++;
        continue;
      }
      // A line: lineStart to the CR at j.
      const ts = lineStart + 4;
      const text = high ? c.utf8Slice(ts, j) : window.slice(ts, j);
      let accepted = null;
      let strip = 0;
      if (j - ts >= 5 && c[ts + 1] === 0x2e && c[ts + 3] === 0x2e && (j - ts === 5 || c[ts + 5] === 0x20)) {
        accepted = SHORT_CODES[(c[ts] - 48) * 100 + (c[ts + 2] - 48) * 10 + (c[ts + 4] - 48)];
        strip = 5;
        while (ts + strip < j && c[ts + strip] === 0x20) {
          strip++;
        }
      }
      const final = c[lineStart + 3] === 0x20;
      const lineNo = this.lineNo++;
      if (this.lines === null) {
        const code = (c[lineStart] - 48) * 100 + (c[lineStart + 1] - 48) * 10 + (c[lineStart + 2] - 48);
        const warnings = high ? [{ kind: 'non-ascii', line: lineNo }] : [];
        if (final) {
          out.push({ code, lines: [text], enhanced: accepted, text: accepted === null ? text : text.slice(strip), warnings });
        } else {
          this.code = code;
          this.lines = [text];
          this.enhanced = accepted;
          this.strips = [strip];
          this.warnings = warnings;
        }
      } else {
        this.lines.push(text);
        this.strips.push(strip);
        if (high && this.warnings.length === 0) {
          this.warnings.push({ kind: 'non-ascii', line: lineNo });
        }
        if (final) {
          const lines = this.lines;
          const strips = this.strips;
          let joined = lines[0].slice(strips[0]);
          for (let k = 1; k < lines.length; k++) {
            joined += '\n';
            joined += lines[k].slice(strips[k]);
          }
          out.push({ code: this.code, lines, enhanced: this.enhanced, text: joined, warnings: this.warnings });
          this.lines = null;
        }
      }
      j += 2;
      lineStart = j;
      high = false;
    }
    if (lineStart < n) {
      this.carry = Buffer.from(c.subarray(lineStart));
    }
  }
}
