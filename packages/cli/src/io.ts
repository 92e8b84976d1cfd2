// The process around a command, passed in so commands stay testable.

import type { Readable } from 'node:stream';
import type { ParsedArgs } from './args.js';
import type { Env } from './env.js';
import type { Style } from './format/style.js';
import type { Language } from './i18n/index.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: Readable;
  stdinIsTTY: boolean;
  /** Standard input is a directory (`scan < /tmp`). */
  stdinIsDirectory: boolean;
  /** Writes to stdout and resolves once the stream can take more (backpressure for long output). */
  write: (s: string) => Promise<void>;
  /** The current time in ms (relative `--since`, the year of yearless stamps read from stdin). */
  now: () => number;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width of stdout, when it is a terminal. */
  columns: number | undefined;
  env: Env;
}

export interface Context {
  io: Io;
  args: ParsedArgs;
  /** The chosen language: code meanings (`language.data`) and UI strings (`language.messages`). */
  language: Language;
  style: Style;
  width: number;
}

/** Exit codes: 0 done, 1 nothing explained / parse error in strict mode, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
