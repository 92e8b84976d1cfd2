// The 22 real notices (fixtures/real, README there): every recipient against the truth the capture
// planned. Two facts of that truth are not in the notices at all, and the test says which.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBounce } from '../src/index.js';
import { ROOT } from './helpers.js';

interface Expected {
  mta: string;
  notice: 'failed' | 'success' | 'delayed' | 'expired';
  recipients: {
    recipient: string;
    action: string;
    reply_code: number | null;
    enhanced_code: string | null;
    dsn_status?: string;
    dsn_action?: string;
  }[];
}

const DIR = `${ROOT}test/fixtures/real/`;
const expected: Record<string, Expected> = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8'));

/**
 * The receiving server's reply to the end of data, which the notice never quotes: exim's success
 * report quotes its own `250 Ok`, sendmail's quotes the RCPT reply (`250 2.1.5`). What the notice
 * does quote is reported instead.
 */
const NOT_IN_NOTICE: Record<string, { recipient: string; absent: string; quoted: string | null }> = {
  'exim/ED01-success.eml': { recipient: 'root@smtp-server.real-logs.test', absent: '2.6.0', quoted: null },
  'sendmail/SD01.eml': { recipient: 'root@smtp-server.real-logs.test', absent: '2.6.0', quoted: '2.1.5' },
};

const KIND = { failed: 'failure', expired: 'failure', delayed: 'delay', success: 'success' } as const;

describe('real notices: every recipient', () => {
  it('has all 22', () => {
    expect(Object.keys(expected)).toHaveLength(22);
  });

  it.each(Object.keys(expected))('%s', async (file) => {
    const e = expected[file]!;
    const raw = readFileSync(DIR + file);
    const report = await parseBounce(raw);
    expect(report.kind).toBe(KIND[e.notice]);
    expect(report.author.mta).toBe(e.mta);
    expect(report.author.reportingMta).not.toBeNull();
    expect(report.returned?.subject).toContain(file.split('/')[1]!.slice(0, 4));
    expect(report.recipients.map((r) => r.recipient?.toLowerCase()).sort()).toEqual(e.recipients.map((r) => r.recipient).sort());
    for (const want of e.recipients) {
      const got = report.recipients.find((r) => r.recipient?.toLowerCase() === want.recipient)!;
      const where = `${file} ${want.recipient}`;
      expect(got.action, where).toBe(want.action);
      expect(got.dsnAction, where).toBe(want.dsn_action ?? want.action);
      expect(got.code, where).toBe(want.reply_code);
      expect(got.status, where).toBe(want.dsn_status ?? want.enhanced_code);
      const gap = NOT_IN_NOTICE[file];
      if (gap && gap.recipient === want.recipient) {
        expect(raw.toString('utf8')).not.toContain(gap.absent);
        expect(got.reply?.enhanced ?? null, where).toBe(gap.quoted);
        continue;
      }
      expect(got.reply?.enhanced ?? null, where).toBe(want.enhanced_code);
      // The JSON `enhanced`: the remote reply's, else the DSN Status.
      expect(got.enhanced, where).toBe(want.enhanced_code ?? want.dsn_status ?? null);
    }
  });
});
