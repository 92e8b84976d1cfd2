import { readFileSync } from 'node:fs';
import { type ParseMode, parseReplies, type Reply, ReplyDecoder, ReplyParseError } from '../src/index.js';

export interface Example {
  id: string;
  input: string;
  input_base64?: string;
  split?: number[];
  why: string;
  strict: Expected;
  lenient: Expected;
}

export interface ExpectedReply {
  code: number;
  lines: string[];
  enhanced: string | null;
  text: string;
  warnings?: string[];
}

export type Expected =
  | { ok: true; replies: ExpectedReply[]; warnings?: string[] }
  | { ok: false; error: string; line: number; replies?: ExpectedReply[] };

export function loadExamples(): Example[] {
  const url = new URL('fixtures/parser-examples.jsonl', import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Example);
}

export function exampleBytes(example: Example): Uint8Array {
  return example.input_base64 === undefined
    ? new TextEncoder().encode(example.input)
    : new Uint8Array(Buffer.from(example.input_base64, 'base64'));
}

/** Everything a run produced, errors included, in a shape that `toEqual` compares whole. */
export interface Outcome {
  ok: boolean;
  replies: Reply[];
  warnings: { kind: string; line: number }[];
  error?: { kind: string; line: number; offset: number };
}

export function runWhole(bytes: Uint8Array | string, mode: ParseMode, options: object = {}): Outcome {
  try {
    const result = parseReplies(bytes, { mode, ...options });
    return { ok: true, replies: result.replies, warnings: result.warnings };
  } catch (error) {
    if (!(error instanceof ReplyParseError)) {
      throw error;
    }
    return { ok: false, replies: error.replies, warnings: [], error: { kind: error.kind, line: error.line, offset: error.offset } };
  }
}

/** Feeds the chunks to a decoder; replies from every call (and from the error) are collected. */
export function runChunks(chunks: Uint8Array[], mode: ParseMode, options: object = {}): Outcome {
  const decoder = new ReplyDecoder({ mode, ...options });
  const replies: Reply[] = [];
  try {
    for (const chunk of chunks) {
      replies.push(...decoder.push(chunk));
    }
    replies.push(...decoder.end());
    return { ok: true, replies, warnings: decoder.warnings };
  } catch (error) {
    if (!(error instanceof ReplyParseError)) {
      throw error;
    }
    replies.push(...error.replies);
    return { ok: false, replies, warnings: [], error: { kind: error.kind, line: error.line, offset: error.offset } };
  }
}

export function splitAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let previous = 0;
  for (const offset of offsets) {
    chunks.push(bytes.subarray(previous, offset));
    previous = offset;
  }
  chunks.push(bytes.subarray(previous));
  return chunks;
}

export function byteByByte(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
}

/** The comparison of BEHAVIOUR.md §16: warnings by kind, in order. */
export function toExpectedShape(outcome: Outcome): Expected {
  if (outcome.ok) {
    const shaped: Expected = { ok: true, replies: outcome.replies.map(shapeReply) };
    if (outcome.warnings.length > 0) {
      shaped.warnings = outcome.warnings.map((warning) => warning.kind);
    }
    return shaped;
  }
  const shaped: Expected = { ok: false, error: outcome.error!.kind, line: outcome.error!.line };
  if (outcome.replies.length > 0) {
    shaped.replies = outcome.replies.map(shapeReply);
  }
  return shaped;
}

function shapeReply(reply: Reply): ExpectedReply {
  const shaped: ExpectedReply = { code: reply.code, lines: reply.lines, enhanced: reply.enhanced, text: reply.text };
  if (reply.warnings.length > 0) {
    shaped.warnings = reply.warnings.map((warning) => warning.kind);
  }
  return shaped;
}

export const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * parseReplies in `mode`, checked against a decoder fed one byte at a time and at every two-chunk
 * split (same replies, warnings, error kind, line and offset). Returns the whole-input outcome.
 */
export function check(input: Uint8Array | string, mode: ParseMode, options: object = {}): Outcome {
  const bytes = typeof input === 'string' ? enc(input) : input;
  const whole = runWhole(bytes, mode, options);
  const expected = JSON.stringify(whole);
  const bytewise = runChunks(byteByByte(bytes), mode, options);
  if (JSON.stringify(bytewise) !== expected) {
    throw new Error(`byte-by-byte differs: ${JSON.stringify(bytewise)} vs ${expected}`);
  }
  if (bytes.length <= 2048) {
    for (let offset = 1; offset < bytes.length; offset++) {
      const split = runChunks(splitAt(bytes, [offset]), mode, options);
      if (JSON.stringify(split) !== expected) {
        throw new Error(`split at ${offset} differs: ${JSON.stringify(split)} vs ${expected}`);
      }
    }
  }
  return whole;
}

/** Kinds of the warnings. */
export const kinds = (warnings: { kind: string }[]): string[] => warnings.map((warning) => warning.kind);

/** The error part of an outcome, or the replies in compact form. */
export function errorOf(outcome: Outcome): { kind: string; line: number; offset: number } | undefined {
  return outcome.error;
}
