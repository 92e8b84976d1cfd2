// The notice's kind and whether it is a delivery report at all, when its DSN fields do not say.

import { lowerKeepingIndexes } from '../chars.js';
import type { NoticeHeader } from './mime.js';
import type { BounceAction, NoticeKind } from './types.js';

/** Subject and text wordings of a delay warning (lower case). */
const DELAY = [
  'delayed mail',
  'delivery delayed',
  'delivery status notification (delay)',
  'warning: message',
  'warning: could not send message',
  'has not yet been delivered',
  'not yet been delivered',
  'will continue to try',
  'still trying',
  'this is a warning message only',
  'no action is required on your part',
  'delivery attempts will continue',
];

/** Subject and text wordings of a delivery report (lower case). */
const SUCCESS = [
  'successful mail delivery report',
  'delivery status notification (success)',
  'was successfully delivered',
  'successfully delivered',
  'delivery succeeded',
  'relayed to non-dsn-aware',
];

/**
 * Wordings that make a message a non-delivery notice (subject or sender, lower case). ASCII only:
 * the main entry carries no Japanese or Russian (notices in those languages come from a
 * mailer-daemon or postmaster address, or as multipart/report).
 */
const NOTICE = [
  'mailer-daemon',
  'mail delivery',
  'postmaster',
  'undeliver',
  'undelivered',
  'returned mail',
  'returned to sender',
  'delivery status notification',
  'delivery failure',
  'delivery failed',
  'delivery has failed',
  'failure notice',
  'non-delivery',
  'nondelivery',
  'could not be delivered',
  'not be delivered',
  'delivery report',
  'delivery notification',
  'mail system error',
  'delayed mail',
  'delivery delayed',
  'warning: message',
];

/** Kind from the DSN actions: a failure outranks a delay, which outranks success. */
export function kindFromActions(actions: readonly (BounceAction | null)[]): NoticeKind | null {
  if (actions.includes('failed')) return 'failure';
  if (actions.includes('delayed')) return 'delay';
  if (actions.some((a) => a === 'delivered' || a === 'relayed' || a === 'expanded')) return 'success';
  return null;
}

/** Kind from the subject and text alone: failure unless they say delay or success. */
export function kindFromWords(subject: string, lowerText: string): NoticeKind {
  const s = lowerKeepingIndexes(subject);
  if (DELAY.some((w) => s.indexOf(w) >= 0 || lowerText.indexOf(w) >= 0)) return 'delay';
  if (SUCCESS.some((w) => s.indexOf(w) >= 0)) return 'success';
  if (lowerText.indexOf('successfully delivered') >= 0 && lowerText.indexOf('could not') < 0) return 'success';
  return 'failure';
}

/** The headers say this is a notice from a mail system (sender, subject, report type, failed recipients). */
export function looksLikeNotice(headers: readonly NoticeHeader[]): boolean {
  for (const h of headers) {
    if (h.key === 'x-failed-recipients') return true;
    if (h.key === 'content-type' && lowerKeepingIndexes(h.value).indexOf('multipart/report') >= 0) return true;
    if (h.key === 'from' || h.key === 'subject' || h.key === 'return-path') {
      const v = lowerKeepingIndexes(h.value);
      if (h.key === 'return-path' && (v === '<>' || v === '')) return true;
      if (NOTICE.some((w) => v.indexOf(w) >= 0)) return true;
    }
  }
  return false;
}

/** `relayed (to non-DSN-aware mailer)` → `relayed`; unknown words → null. */
export function normaliseAction(value: string): BounceAction | null {
  const v = lowerKeepingIndexes(value);
  for (const a of ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const) if (v.startsWith(a)) return a;
  if (v.startsWith('failure')) return 'failed';
  if (v.startsWith('deferred') || v.startsWith('delay')) return 'delayed';
  return null;
}
