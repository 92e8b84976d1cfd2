// What explain-mime.js does with a message: split an mbox file, read each message with parseBounce.
import { isMbox, parseBounce, splitMbox } from '@smtp-codes/explain';
import type { ReadMessages } from './messages.js';

/** Messages of one mbox file that the page reads at most; the rest are counted. */
export const MAX_MESSAGES = 20;

/** Reads `input` as one message, or as the messages of an mbox file. Rejects only past parseBounce's size limit. */
export async function readMessages(input: string | Uint8Array): Promise<ReadMessages> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (!isMbox(bytes)) return { reports: [await parseBounce(input)], total: 1 };
  const messages = splitMbox(bytes);
  const reports = [];
  for (const message of messages.slice(0, MAX_MESSAGES)) reports.push(await parseBounce(message));
  return { reports, total: messages.length };
}
