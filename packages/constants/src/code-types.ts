import type * as EnhancedStatusValues from './generated/enhanced-status.js';
import type * as ReplyCodeValues from './generated/reply-code.js';

/** Union of every basic reply code the spec lists. */
export type ReplyCodeValue = (typeof ReplyCodeValues)[keyof typeof ReplyCodeValues];
/** Union of every enhanced status code of the registry, in its `X.s.d` form. */
export type EnhancedStatusValue = (typeof EnhancedStatusValues)[keyof typeof EnhancedStatusValues];
