// The message reader: explain-mime.js (postal-mime and parseBounce) registers it here when the page
// first sees a whole message. A classic script, not `import()`: browsers refuse module scripts and
// dynamic imports of files on file:// pages. Nothing here imports explain code.
import type { BounceReport } from '@smtp-codes/explain';
import type { ResultElements } from './dom.js';
import type { ViewOptions } from './view.js';

/** The messages of an input (one, or each of an mbox file's), read by parseBounce. */
export interface ReadMessages {
  reports: BounceReport[];
  /** How many messages the input holds; more than `reports.length` when it was cut to the limit. */
  total: number;
}

/** Where and how the reader shows what it read: the page's result area, language and strings. */
export interface MessagePage {
  options: ViewOptions;
  at: ResultElements;
  /** False once the text has changed again: then nothing is shown. */
  isCurrent(): boolean;
}

/** explain-mime.js: reads the input and shows its notices (the rendering is in that bundle too, to keep explain.js small). */
export interface MessageReader {
  show(input: string | Uint8Array, page: MessagePage): Promise<void>;
}

const KEY = 'smtpExplainMessageReader';

/** Makes the reader available to the page (explain-mime.js calls this). */
export function registerMessageReader(reader: MessageReader): void {
  (globalThis as unknown as Record<string, MessageReader>)[KEY] = reader;
}

/** The registered reader, or undefined before explain-mime.js has run. */
export function messageReader(): MessageReader | undefined {
  return (globalThis as unknown as Record<string, MessageReader | undefined>)[KEY];
}
