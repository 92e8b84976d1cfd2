// What explain-mime.js does for the page: read the messages and show their notices. Here, not in
// explain.js, so that the English page's main script stays small: only a page that sees a whole
// message loads this (and a second copy of the explanation code with it).
import { renderNotices } from './dom.js';
import type { MessagePage } from './messages.js';
import { explainNotices } from './notice-view.js';
import { readMessages } from './read-messages.js';
import { plurals } from './view.js';

export async function showMessages(input: string | Uint8Array, page: MessagePage): Promise<void> {
  const read = await readMessages(input);
  if (!page.isCurrent()) return;
  // The notices' strings, from the same data-* attributes as the page's own.
  const d = page.at.summary.dataset;
  const notices = { recipients: plurals(d, 'recipients'), messagesShown: d.messagesShown ?? '' };
  renderNotices(explainNotices(read, page.options, notices), page.at, { ...page.options.strings, recipient: d.recipient ?? '' });
}
