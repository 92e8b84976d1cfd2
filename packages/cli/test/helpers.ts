import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/io.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = `${ROOT}bin/smtp-codes.mjs`;
export const FIXTURE = `${ROOT}test/fixtures/mail.log`;
/** Logs written by the real MTAs on loopback (test/fixtures/mta/record-*.sh). */
export const POSTFIX = `${ROOT}test/fixtures/postfix.log`;
export const EXIM = `${ROOT}test/fixtures/exim.log`;
export const SENDMAIL = `${ROOT}test/fixtures/sendmail.log`;

/** An Io for calling run() in-process: no input, output dropped, unless overridden. */
export function fakeIo(over: Partial<Io> = {}): Io {
  return {
    stdout: () => {},
    stderr: () => {},
    stdin: Readable.from([]),
    stdinIsTTY: false,
    stdinIsDirectory: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
    env: {},
    write: async () => {},
    now: () => Date.now(),
    ...over,
  };
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built bin with a clean environment (no locale, no colour variables) plus `env`.
 * stdin is `input`, or empty.
 */
export function cli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): Result {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace: no "    at " frames, no "Error:" dumps from Node. */
export function expectNoStack(r: Result): void {
  if (/\n\s+at /.test(r.stderr) || r.stderr.includes('node:internal')) throw new Error(`stack trace on stderr:\n${r.stderr}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes on purpose
export const ANSI = /\x1b\[/;
