// explain-mime.js: postal-mime, parseBounce and the notices' view, loaded by the page only when it
// first sees a whole message (scripts/src/docs/bundle-explain.ts inlines postal-mime's import()).
import { registerMessageReader } from './messages.js';
import { showMessages } from './show-messages.js';

registerMessageReader({ show: showMessages });
