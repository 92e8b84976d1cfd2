// explain-mime.js: postal-mime and parseBounce, loaded by the page only when it first sees a whole
// message (scripts/src/docs/bundle-explain.ts inlines postal-mime's import()).
import { registerMessageReader } from './messages.js';
import { readMessages } from './read-messages.js';

registerMessageReader({ read: readMessages });
