// Benchmark, run against dist/ (npm run build first): our ReplyDecoder, nodemailer's own reply
// handling, an indexOf line counter and the no-checks ceiling, side by side on the same bytes and
// chunks.
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { ReplyDecoder, ReplyParseError } from '../dist/index.mjs';
import { Ceiling } from './ceiling.mjs';
import { buildStream, cut } from './stream.mjs';

const MiB = 1024 * 1024;
const PASSES = 25;

function ours(chunks) {
  const decoder = new ReplyDecoder();
  let replies = 0;
  for (const chunk of chunks) {
    replies += decoder.push(chunk).length;
  }
  return replies + decoder.end().length;
}

// The same Reply objects built with no checks (see ceiling.mjs): what the API's objects cost.
// Its own loop, not a shared one: a push call site that sees one class stays monomorphic.
function ceiling(chunks) {
  const reader = new Ceiling();
  let replies = 0;
  for (const chunk of chunks) {
    replies += reader.push(chunk).length;
  }
  return replies;
}

function allReplies(reader, chunks) {
  return chunks.flatMap((chunk) => reader.push(chunk));
}

// nodemailer schedules each next reply with setImmediate. The trampoline below runs those
// callbacks synchronously after each chunk: nodemailer's own code, without event-loop waits
// (the most favourable reading for it).
const realSetImmediate = globalThis.setImmediate;
function nodemailer(chunks) {
  const connection = new SMTPConnection({ host: '127.0.0.1', port: 25, logger: false });
  let replies = 0;
  const count = () => {
    replies++;
  };
  // One response action per reply; every reply is expected.
  connection._responseActions = { shift: () => count, push() {}, length: 1 };
  const queue = [];
  globalThis.setImmediate = (callback) => queue.push(callback);
  try {
    for (const chunk of chunks) {
      connection._onData(chunk);
      while (queue.length > 0) {
        queue.shift()();
      }
    }
  } finally {
    globalThis.setImmediate = realSetImmediate;
  }
  return replies;
}

// The same, with nodemailer's own setImmediate scheduling on the real event loop: each chunk is
// handed over when the previous one is fully processed, as a socket would. Ours gets the same
// per-chunk turn of the event loop.
const turn = () => new Promise((resolve) => realSetImmediate(resolve));
async function nodemailerEventLoop(chunks) {
  const connection = new SMTPConnection({ host: '127.0.0.1', port: 25, logger: false });
  let replies = 0;
  const count = () => {
    replies++;
  };
  connection._responseActions = { shift: () => count, push() {}, length: 1 };
  for (const chunk of chunks) {
    connection._onData(chunk);
    while (connection._responseQueue.length > 0 && !connection._responsePartial) {
      await turn();
    }
    await turn();
  }
  return replies;
}
async function oursEventLoop(chunks) {
  const decoder = new ReplyDecoder();
  let replies = 0;
  for (const chunk of chunks) {
    replies += decoder.push(chunk).length;
    await turn();
  }
  return replies + decoder.end().length;
}

function floor(chunks) {
  let lines = 0;
  for (const chunk of chunks) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      lines++;
    }
  }
  return lines;
}

function time(fn, chunks) {
  const start = performance.now();
  const result = fn(chunks);
  return { ms: performance.now() - start, result };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 2) => n.toFixed(digits);

// 1. Side by side on ~4 MiB.
const bytes = buildStream(4 * MiB);
const chunks = cut(bytes, 1024, 16 * 1024);
const expected = ours(chunks);
const lines = floor(chunks);
const nodemailerReplies = nodemailer(chunks);
console.log(
  `stream: ${fmt(bytes.length / MiB)} MiB, ${chunks.length} chunks of 1-16 KiB, ${lines} lines, ${expected} replies` +
    ` (nodemailer counted ${nodemailerReplies})`,
);
if (nodemailerReplies !== expected) {
  throw new Error('nodemailer and ReplyDecoder disagree on the number of replies');
}
// The ceiling is only a ceiling if it builds exactly what ReplyDecoder builds.
if (!isDeepStrictEqual(allReplies(new Ceiling(), chunks), allReplies(new ReplyDecoder(), chunks))) {
  throw new Error('the ceiling and ReplyDecoder build different replies');
}

const contenders = { ours, nodemailer, floor, ceiling };
const samples = { ours: [], nodemailer: [], floor: [], ceiling: [] };
for (let warm = 0; warm < 3; warm++) {
  for (const fn of Object.values(contenders)) {
    fn(chunks);
  }
}
for (let pass = 0; pass < PASSES; pass++) {
  // Rotate the order so that no contender always runs first.
  const names = Object.keys(contenders);
  for (let k = 0; k < names.length; k++) {
    const name = names[(pass + k) % names.length];
    samples[name].push(time(contenders[name], chunks).ms);
  }
}
console.log(`\n${PASSES} passes`);
console.log('contender    median ms   best ms   replies/s (median)   MB/s (median)');
for (const [name, values] of Object.entries(samples)) {
  const m = median(values);
  const best = Math.min(...values);
  const rate = name === 'floor' ? `${fmt(lines / (m / 1000) / 1e6)} M lines/s` : `${fmt(expected / (m / 1000) / 1e6)} M`;
  console.log(
    `${name.padEnd(12)} ${fmt(m).padStart(9)} ${fmt(best).padStart(9)}   ${rate.padStart(18)}   ${fmt(bytes.length / 1e6 / (m / 1000), 0).padStart(13)}`,
  );
}
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const b = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Math.min(...v)]));
console.log(
  `\nours vs nodemailer: ${fmt(m.nodemailer / m.ours)}x by median, ${fmt(b.nodemailer / b.ours)}x by best (target >= 5x by median)`,
);
console.log(
  `ours vs floor:      ${fmt(m.floor / m.ours, 3)} of the indexOf floor by median, ${fmt(b.floor / b.ours, 3)} by best (target >= 0.25)`,
);
console.log(
  `ceiling vs floor:   ${fmt(m.floor / m.ceiling, 3)} by median: the same replies built with no checks at all` +
    `\nours vs ceiling:    ${fmt(m.ceiling / m.ours, 3)} by median: what the checks cost`,
);

// 1b. With the event loop: nodemailer schedules every next reply with setImmediate.
const loopSamples = { ours: [], nodemailer: [] };
for (let pass = 0; pass < 5; pass++) {
  for (const [name, fn] of [
    ['ours', oursEventLoop],
    ['nodemailer', nodemailerEventLoop],
  ]) {
    const start = performance.now();
    const count = await fn(chunks);
    loopSamples[name].push(performance.now() - start);
    if (count !== expected) {
      throw new Error(`${name} counted ${count} replies on the event loop`);
    }
  }
}
const loopOurs = median(loopSamples.ours);
const loopNodemailer = median(loopSamples.nodemailer);
console.log(
  `\nwith the event loop (one turn per chunk; nodemailer also waits a turn per reply), median of 5: ` +
    `ours ${fmt(loopOurs)} ms, nodemailer ${fmt(loopNodemailer)} ms, ${fmt(loopNodemailer / loopOurs)}x`,
);

// 1c. The same bytes as plain Uint8Array chunks, as Web Streams and browsers hand them over. The
// floor's chunk.indexOf is then TypedArray#indexOf, a slower call than Buffer#indexOf: the floor
// moves, ours should not. Copies of ours and floor, not calls to them: V8 keeps type feedback per
// function, so the call sites timed above still see only Buffers.
const typed = chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
function oursTyped(chunks) {
  const decoder = new ReplyDecoder();
  let replies = 0;
  for (const chunk of chunks) {
    replies += decoder.push(chunk).length;
  }
  return replies + decoder.end().length;
}
function floorTyped(chunks) {
  let lines = 0;
  for (const chunk of chunks) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      lines++;
    }
  }
  return lines;
}
const typedSamples = { ours: [], floor: [] };
for (let pass = 0; pass < 15; pass++) {
  typedSamples.ours.push(time(oursTyped, typed).ms);
  typedSamples.floor.push(time(floorTyped, typed).ms);
}
const typedOurs = median(typedSamples.ours);
const typedFloor = median(typedSamples.floor);
console.log(
  `\non Uint8Array chunks (median of 15): ours ${fmt(typedOurs)} ms, floor ${fmt(typedFloor)} ms, ` +
    `${fmt(typedFloor / typedOurs, 3)} of that floor`,
);

// 2. Linear growth.
console.log('\nlinear growth (ReplyDecoder, median of 7 after 2 warm-up runs)');
for (const size of [1, 2, 4, 8]) {
  const sized = cut(buildStream(size * MiB, 3), 1024, 16 * 1024, 4);
  const values = [];
  ours(sized);
  ours(sized);
  for (let i = 0; i < 7; i++) {
    values.push(time(ours, sized).ms);
  }
  const ms = median(values);
  console.log(`${String(size).padStart(2)} MiB: ${fmt(ms).padStart(8)} ms  (${fmt(ms / size)} ms/MiB)`);
}

// 3. An endless line: retained memory stays near maxLineLength.
const gc = globalThis.gc;
const heap = () => {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const kib = (bytes) => `${fmt(Math.max(0, bytes) / 1024, 0)} KiB`;
console.log(`\nendless line without LF: 64 MiB in 64 KiB chunks, lenient${gc ? '' : ' (run with --expose-gc for exact figures)'}`);
const piece = Buffer.alloc(64 * 1024, 0x78);
for (const maxLineLength of [16384, 1024 * 1024, 8 * MiB]) {
  const before = heap();
  const decoder = new ReplyDecoder({ maxLineLength });
  decoder.push('250 ');
  let fed = 4;
  let thrownAt = -1;
  let peak = 0;
  for (let i = 0; i < 1024; i++) {
    try {
      decoder.push(piece);
    } catch (error) {
      if (!(error instanceof ReplyParseError) || error.kind !== 'line-too-long') {
        throw error;
      }
      if (thrownAt < 0) {
        thrownAt = fed + piece.length;
      }
    }
    fed += piece.length;
    if (thrownAt < 0 || i % 64 === 0) {
      peak = Math.max(peak, heap() - before);
    }
  }
  console.log(
    `maxLineLength ${String(maxLineLength).padStart(8)}: line-too-long thrown by the push that took the line from ` +
      `${thrownAt - piece.length} to ${thrownAt} bytes; retained at most ${kib(peak)}, after all 64 MiB ${kib(heap() - before)}`,
  );
  decoder.warnings; // keeps the decoder alive until here
}
