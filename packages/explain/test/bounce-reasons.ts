// The reason each recipient of the real notices (fixtures/bounces = fixtures/real) should get, by
// `file recipient`: what the capture planned (expected.json) and what the notice says. Shared by
// reason.test.ts (the engine on the DSN fields) and why.test.ts (parseBounce and explainRecipient).
export const EXPECTED_REASON: Readonly<Record<string, string>> = {
  'postfix/BP01.eml nosuchuser@exim.real-peers.test': 'user-unknown',
  // 550 5.7.1 with no words the patterns know: the X.7 subject (refused by policy).
  'postfix/BP02.eml multiline-reject@exim.real-peers.test': 'policy-rejected',
  'postfix/BP08.eml root@smtp-server.real-logs.test': 'message-too-big',
  'postfix/BP11-failed.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
  'postfix/BP11-failed.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
  // 450 4.2.1 "Mailbox temporarily unavailable": X.2.1, a mailbox not taking mail for now.
  'postfix/BP11-delayed.eml tempfail@smtp-server.real-logs.test': 'mailbox-disabled',
  // The same 4.2.1, reported as failed once the queue lifetime was over.
  'postfix/BP11-expired.eml tempfail@smtp-server.real-logs.test': 'expired',
  // postfix's own error transport, "outbound delivery disabled", Status 5.7.1: refused by policy.
  'postfix/BP12.eml someone@unrouted.invalid': 'policy-rejected',
  'postfix/BD01-success.eml root@aiosmtpd.real-peers.test': 'delivered',
  'postfix/BD01-success.eml root@smtp-server.real-logs.test': 'delivered',
  'postfix/BD01-success.eml inbox@bounces.real-logs.test': 'delivered',
  'exim/EB02.eml someone@nowhere-postfix.invalid': 'relaying-denied',
  'exim/EB05.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
  'exim/EB06.eml root@smtp-server.real-logs.test': 'message-too-big',
  'exim/EB08.eml contentreject@smtp-server.real-logs.test': 'content-rejected',
  // A delay warning with Status 4.0.0 and no word about the cause.
  'exim/EB11-delayed.eml someone@closed-port.invalid': 'on-hold',
  // "retry timeout exceeded" in the notice.
  'exim/EB11-expired.eml someone@closed-port.invalid': 'expired',
  'exim/ED01-success.eml root@haraka.real-peers.test': 'delivered',
  'exim/ED01-success.eml root@smtp-server.real-logs.test': 'delivered',
  'exim/ED01-success.eml inbox@exim-client.real-logs.test': 'delivered',
  'sendmail/SB01.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
  'sendmail/SB04.eml root@smtp-server.real-logs.test': 'message-too-big',
  'sendmail/SB06-failed.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
  'sendmail/SB06-failed.eml mailboxfull@smtp-server.real-logs.test': 'mailbox-full',
  'sendmail/SB06-expired.eml tempfail@smtp-server.real-logs.test': 'expired',
  // "Deferred: Connection refused by [127.0.0.1]" in the transcript.
  'sendmail/SB08-delayed.eml someone@closed-port.invalid': 'network-error',
  'sendmail/SB09.eml nosuchuser@sendmail-client.real-logs.test': 'user-unknown',
  'sendmail/SD01.eml root@smtp-server.real-logs.test': 'delivered',
  'sendmail/SD01.eml nosuchuser@smtp-server.real-logs.test': 'user-unknown',
};
