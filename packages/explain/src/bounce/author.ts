// Who wrote the notice: the mail software and the provider, recognised from what the notice itself
// shows (its headers, its DSN fields, the wording of its text). Each rule names its evidence.

import { asciiLower } from '../chars.js';
import type { NoticeHeader } from './mime.js';
import type { MtaId, NoticeAuthor, ProviderId } from './types.js';

interface Rule<T> {
  id: T;
  /** Lower-case fragments of the notice's text (before the returned copy). */
  text?: readonly string[];
  /** [header name, lower-case fragment of its value]; '' matches any value. */
  headers?: readonly (readonly [string, string])[];
  /** Lower-case name suffixes for Reporting-MTA, the From domain and the first Received host. */
  hosts?: readonly string[];
}

const MTAS: readonly Rule<MtaId>[] = [
  {
    id: 'postfix',
    text: ['this is the mail system at host'],
    headers: [
      ['x-postfix-queue-id', ''],
      ['received', '(postfix)'],
    ],
  },
  {
    id: 'exim',
    text: ['this message was created automatically by mail delivery software'],
    headers: [
      ['x-failed-recipients', ''],
      ['received', '(exim '],
      ['content-type', 'eximdsn'],
    ],
  },
  {
    id: 'sendmail',
    text: ['----- transcript of session follows -----', 'the original message was received at'],
    headers: [
      ['subject', 'returned mail: '],
      ['x-actual-recipient', ''],
    ],
  },
  { id: 'qmail', text: ['this is the qmail-send program at', "i'm afraid i wasn't able to deliver your message"] },
  { id: 'opensmtpd', text: ['this is the mailer-daemon, please do not reply to this email'] },
  {
    id: 'exchange',
    text: ['diagnostic information for administrators', 'generating server:', 'remote server returned'],
    headers: [
      ['x-ms-exchange-message-is-ndr', ''],
      ['x-ms-exchange-organization-scl', ''],
    ],
  },
  {
    id: 'domino',
    text: ['domino directory', 'lotus domino'],
    headers: [
      ['x-mailer', 'lotus domino'],
      ['x-mimetrack', ''],
    ],
  },
  { id: 'courier', text: ['running the courier mail server'], headers: [['x-mailer', 'courier']] },
];

const PROVIDERS: readonly Rule<ProviderId>[] = [
  {
    id: 'gmail',
    text: ['google tried to deliver your message', '** address not found **', '** message not delivered **', '** delivery incomplete **'],
    hosts: ['googlemail.com', 'google.com', 'gmail.com'],
  },
  {
    id: 'microsoft',
    text: ['prod.outlook.com', 'protection.outlook.com', 'office 365'],
    hosts: ['outlook.com', 'hotmail.com', 'microsoft.com', 'live.com'],
  },
  {
    id: 'yahoo',
    text: ['sorry, we were unable to deliver your message to the following address'],
    hosts: ['yahoo.com', 'yahoo.co.jp', 'yahoodns.net', 'aol.com'],
  },
  { id: 'amazon-ses', hosts: ['amazonses.com'], headers: [['x-ses-outgoing', '']] },
  { id: 'yandex', hosts: ['yandex.ru', 'yandex.net', 'yandex.com', 'ya.ru'] },
  { id: 'mailru', hosts: ['mail.ru', 'corp.mail.ru', 'bk.ru', 'inbox.ru', 'list.ru'] },
  { id: 'docomo', hosts: ['docomo.ne.jp'] },
  { id: 'au', hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com', 'auone-net.jp'] },
  { id: 'softbank', hosts: ['softbank.ne.jp', 'i.softbank.jp', 'vodafone.ne.jp', 'disney.ne.jp'] },
];

/** How much of the text (from its start) is searched for an author's wording. */
const TEXT_WINDOW = 8192;

/** The header names any rule or host lookup reads. */
const RULE_HEADERS = new Set(['from', 'received', ...[...MTAS, ...PROVIDERS].flatMap((r) => (r.headers ?? []).map(([name]) => name))]);

/** The notice's author from its headers, its Reporting-MTA and its text (lower-cased by the caller). */
export function recogniseAuthor(noticeHeaders: readonly NoticeHeader[], reportingMta: string | null, text: string): NoticeAuthor {
  // The wordings that tell an author apart sit near the top of a notice.
  const lowerText = text.slice(0, TEXT_WINDOW).toLowerCase();
  const evidence: string[] = [];
  const headers = noticeHeaders.filter((h) => RULE_HEADERS.has(h.key)).map((h) => ({ key: h.key, value: h.value.toLowerCase() }));
  const hosts = authorHosts(headers, reportingMta);
  const mta = firstMatch(MTAS, headers, hosts, lowerText, evidence);
  const provider = firstMatch(PROVIDERS, headers, hosts, lowerText, evidence);
  return { reportingMta, mta, provider, evidence };
}

function firstMatch<T extends string>(
  rules: readonly Rule<T>[],
  headers: readonly NoticeHeader[],
  hosts: readonly string[],
  lowerText: string,
  evidence: string[],
): T | null {
  for (const rule of rules) {
    for (const fragment of rule.text ?? []) {
      if (lowerText.indexOf(fragment) >= 0) {
        evidence.push(`text: ${fragment}`);
        return rule.id;
      }
    }
    for (const [name, fragment] of rule.headers ?? []) {
      const h = headers.find((x) => x.key === name && x.value.indexOf(fragment) >= 0);
      if (h) {
        evidence.push(fragment ? `header: ${name} ${fragment}` : `header: ${name}`);
        return rule.id;
      }
    }
    for (const suffix of rule.hosts ?? []) {
      const host = hosts.find((h) => h === suffix || h.endsWith(`.${suffix}`));
      if (host) {
        evidence.push(`host: ${host}`);
        return rule.id;
      }
    }
  }
  return null;
}

/** Lower-case host names that speak for the author: Reporting-MTA, the From domain, the top Received `by` host. */
function authorHosts(headers: readonly NoticeHeader[], reportingMta: string | null): string[] {
  const out: string[] = [];
  if (reportingMta) out.push(asciiLower(reportingMta));
  const from = headers.find((h) => h.key === 'from');
  if (from) {
    const value = asciiLower(from.value);
    const at = value.lastIndexOf('@');
    if (at >= 0) {
      let end = at + 1;
      while (end < value.length && value.charCodeAt(end) !== 62 && value.charCodeAt(end) !== 32 && value.charCodeAt(end) !== 41) end++;
      out.push(value.slice(at + 1, end));
    }
  }
  const received = headers.find((h) => h.key === 'received');
  if (received) {
    const value = asciiLower(received.value);
    const by = value.indexOf(' by ');
    const start = by >= 0 ? by + 4 : value.startsWith('by ') ? 3 : -1;
    if (start >= 0) {
      let end = start;
      while (end < value.length && value.charCodeAt(end) !== 32 && value.charCodeAt(end) !== 59) end++;
      out.push(value.slice(start, end));
    }
  }
  return out;
}
