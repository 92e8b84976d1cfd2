// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
import type { ProviderFact, ReasonFact, ReasonRuleTables } from '../types.js';
/** Language-independent facts of every bounce reason, by id: constant, severity and the names other tools use. */
export const reasonFacts: Readonly<Record<string, ReasonFact>> = /* @__PURE__ */ deepFreeze({
  "user-unknown": {
    "constant": "UserUnknown",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "userunknown"
      ]
    }
  },
  "mailbox-full": {
    "constant": "MailboxFull",
    "severity": "soft",
    "aliases": {
      "sisimai": [
        "mailboxfull"
      ]
    }
  },
  "mailbox-disabled": {
    "constant": "MailboxDisabled",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "suspend"
      ]
    }
  },
  "recipient-filtered": {
    "constant": "RecipientFiltered",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "filtered"
      ]
    }
  },
  "has-moved": {
    "constant": "HasMoved",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "hasmoved"
      ]
    }
  },
  "host-unknown": {
    "constant": "HostUnknown",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "hostunknown"
      ]
    }
  },
  "expired": {
    "constant": "Expired",
    "severity": "soft",
    "aliases": {
      "sisimai": [
        "expired"
      ]
    }
  },
  "network-error": {
    "constant": "NetworkError",
    "severity": "soft",
    "aliases": {
      "sisimai": [
        "networkerror"
      ]
    }
  },
  "message-too-big": {
    "constant": "MessageTooBig",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "emailtoolarge",
        "mesgtoobig",
        "exceedlimit"
      ]
    }
  },
  "rate-limited": {
    "constant": "RateLimited",
    "severity": "soft",
    "aliases": {
      "sisimai": [
        "ratelimited",
        "speeding",
        "toomanyconn"
      ]
    }
  },
  "blocked": {
    "constant": "Blocked",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "blocked",
        "badreputation"
      ]
    }
  },
  "spam-detected": {
    "constant": "SpamDetected",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "spamdetected"
      ]
    }
  },
  "virus-detected": {
    "constant": "VirusDetected",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "virusdetected"
      ]
    }
  },
  "content-rejected": {
    "constant": "ContentRejected",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "contenterror"
      ]
    }
  },
  "policy-rejected": {
    "constant": "PolicyRejected",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "policyviolation",
        "securityerror"
      ]
    }
  },
  "not-compliant": {
    "constant": "NotCompliant",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "notcompliantrfc"
      ]
    }
  },
  "authentication-failed": {
    "constant": "AuthenticationFailed",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "authfailure"
      ]
    }
  },
  "reverse-dns-required": {
    "constant": "ReverseDnsRequired",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "requireptr"
      ]
    }
  },
  "tls-required": {
    "constant": "TlsRequired",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "failedstarttls"
      ]
    }
  },
  "relaying-denied": {
    "constant": "RelayingDenied",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "norelaying"
      ]
    }
  },
  "sender-rejected": {
    "constant": "SenderRejected",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "rejected"
      ]
    }
  },
  "not-accepting-mail": {
    "constant": "NotAcceptingMail",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "notaccept"
      ]
    }
  },
  "syntax-error": {
    "constant": "SyntaxError",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "syntaxerror"
      ]
    }
  },
  "system-error": {
    "constant": "SystemError",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "systemerror",
        "mailererror"
      ]
    }
  },
  "system-full": {
    "constant": "SystemFull",
    "severity": "soft",
    "aliases": {
      "sisimai": [
        "systemfull"
      ]
    }
  },
  "suppressed": {
    "constant": "Suppressed",
    "severity": "hard",
    "aliases": {
      "sisimai": [
        "suppressed"
      ]
    }
  },
  "on-hold": {
    "constant": "OnHold",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "onhold"
      ]
    }
  },
  "auto-reply": {
    "constant": "AutoReply",
    "severity": "none",
    "aliases": {
      "sisimai": [
        "vacation"
      ]
    }
  },
  "feedback-report": {
    "constant": "FeedbackReport",
    "severity": "none",
    "aliases": {
      "sisimai": [
        "feedback"
      ]
    }
  },
  "delivered": {
    "constant": "Delivered",
    "severity": "none",
    "aliases": {
      "sisimai": [
        "delivered"
      ]
    }
  },
  "undetermined": {
    "constant": "Undetermined",
    "severity": "depends",
    "aliases": {
      "sisimai": [
        "undefined"
      ]
    }
  }
});
/** The rules that find a reason: text patterns (case-insensitive regular expressions, first match wins), enhanced codes (`C.s.d`, `C.s`, `C`, `X.s.d`, `X.s`) and basic reply codes. */
export const reasonRules: ReasonRuleTables = /* @__PURE__ */ deepFreeze({
  "patterns": [
    {
      "pattern": "retry timeout exceeded|have been failing for a long time|queue\\.expired|message expired|delivery time expired|could not be delivered for \\d+ (hours|days)|cannot send message for \\d+ (hours|days)|delivery expired|giving up on|message timed out|in the queue too long|(unable|failed) to deliver .{0,40}after (multiple|many|several) (retries|attempts)|not reachable within the allowed queue period|retry time not reached for any host after a long failure period|could not be delivered for more than",
      "reason": "expired"
    },
    {
      "pattern": "receiving mail (at a rate|too quickly)|rate limit|rate of (incoming|outgoing) mail|too many (connections|concurrent|recipients|smtp sessions|messages|emails)|too much mail from|temporarily deferred due to (unexpected volume|user complaints)|gr[ae]y-?list|try again slower|throttl|sending (too fast|rate)|exceeded the max(imum)? (emails|messages|recipients|connections) per (hour|minute|day)|(connection|message|sending|mail) (rate|limit) (exceeded|reached)|too many (errors|messages) from your ip",
      "reason": "rate-limited"
    },
    {
      "pattern": "suppression list|has suppressed sending|address is suppressed",
      "reason": "suppressed"
    },
    {
      "pattern": "user unknown|unknown user|no such (user|mailbox|recipient)|recipient not found|recipientnotfound|user not found|(account|address|mailbox) (that you tried to reach )?does not exist|(mailbox|recipient|user) (name )?(is )?(unknown|invalid)|invalid (recipient|mailbox)|no mailbox here by that name|doesn.t have an? [\\w.-]+ account|mailbox unavailable(?! *,? *try)|not a valid (mailbox|recipient|user)|unknown (local part|recipient|address)|(address|mailbox|recipient|user|e-?mail account|e-?mail address) (does not exist|doesn.t exist|not exist|not found|could not be found|unknown|not known|is unknown|is invalid|invalid)|(?<!bouncing as an )(invalid|unknown|bad|nonexistent|non-existent) (address|recipient|mailbox|user|e-?mail address|local ?part)|no such (address|person)|not a (valid|known) (user|recipient|mailbox|address)|is not a known user|not a local address|no (mailbox|account) (here )?by that name|no mailbox (found|available)|recipient address rejected: (invalid user|unknown user|userunknown|access denied)|resolver\\.adr\\.recipient ?notfound|badrcptto|validrcptto|\\buser\\b[^.;]{0,60}\\b(does not exist|was not found)",
      "reason": "user-unknown"
    },
    {
      "pattern": "mailbox (is )?full|mailbox .{0,40}over quota|is over quota|over quota|quota exceeded|exceeded (the |their |his |her )?(storage|mailbox|disk) (quota|allocation|space)|quotaexceeded|mailbox (size )?limit exceeded|full mailbox|mailfolder is full|(over|exceeded?) (the |his |her |their )?(disk |storage |mailbox )?quota|quota (exceeded|violation|full)|exceeded storage allocation|insufficient disk space|not (sufficient|enough) disk space|mailbox (would )?exceeds? .{0,40}(size|limit|storage)|too many messages on the server",
      "reason": "mailbox-full"
    },
    {
      "pattern": "(account|mailbox|user) (that you tried to reach )?(has been |is )?(disabled|suspended|inactive|deactivated|locked|blocked by (the )?administrator)|(account|mailbox) (has been )?(closed|terminated)|(currently|temporarily) suspended|has been suspended|is suspended|user suspended|(inactive|disabled|deactivated|frozen|archived) (account|user|mailbox|recipient)|mailbox (is )?frozen|account (is |has been )?(discontinued|terminated)|temporarily inactive|user is terminated|no longer accepts mail",
      "reason": "mailbox-disabled"
    },
    {
      "pattern": "no longer on (this )?server|(user|mailbox|recipient) has moved|user not local; please try|(address|mailbox|recipient) (has )?changed",
      "reason": "has-moved"
    },
    {
      "pattern": "null ?mx|does not accept mail|not accepting (network )?messages|accepts no mail|esmtp not accepting connections|not accepting mail|does not receive mail|this domain (does not|doesn.t) (accept|receive)",
      "reason": "not-accepting-mail"
    },
    {
      "pattern": "host unknown|host or domain name not found(?!.*try again)|recipient address rejected: domain not found|unrouteable address|unroutable address|no such domain|(mx|mail exchanger) (record )?not found|nxdomain|recipient domain (must exist|does not exist)|unknown domain|(?<!sender address rejected: )domain (name )?(not found|does not exist)(?!.*try again)|name or service not known|unknown host|no such host|mail domain .{0,40} is unknown",
      "reason": "host-unknown"
    },
    {
      "pattern": "relay(ing)? (access )?(denied|not permitted|prohibited)|(not permitted|unable|not allowed) to relay|we do not relay|relay not (permitted|allowed)|not (allowed|authorized) to relay|rcpthosts|relaying (is )?not allowed|not our customer|relaying mail to .{0,60} is not allowed",
      "reason": "relaying-denied"
    },
    {
      "pattern": "reverse (dns|hostname|lookup|dns lookup)|\\bptr\\b|cannot find your hostname|rdns|no reverse",
      "reason": "reverse-dns-required"
    },
    {
      "pattern": "\\b(spf|dkim|dmarc|arc)\\b.{0,24}\\b(fail|failed|failure|check|validation|verification|policy|signature|alignment|not authorized)|(failed|fails|did not pass|not pass) (spf|dkim|dmarc)|sender is unauthenticated|sender policy framework|does not have authentication information|fails? to pass authentication checks|authentication (checks? )?failed",
      "reason": "authentication-failed"
    },
    {
      "pattern": "starttls|\\btls\\b|\\bssl\\b|encryption (is )?(required|needed)|must use encryption",
      "reason": "tls-required"
    },
    {
      "pattern": "sender address rejected|sender (is |was )?rejected|sender verify failed|(invalid|unknown|unverified|bad) sender|domain of sender address .{0,80}does not (exist|resolve)|sender domain (must exist|does not exist|not found)|sender (address )?(is )?(blocked|not allowed|denied)|(sender|from) (address|domain) (is )?(not allowed|denied|blocked|invalid|not verified|not valid)|mail from:? ?<[^>]*>.{0,30} (refused|rejected)|sender (verification|verify) (failed|failure)|(unknown|invalid|unverified) from address|sender domain is (invalid|blacklisted)|sender (is |was )?(blocked|denied|not allowed|unknown)",
      "reason": "sender-rejected"
    },
    {
      "pattern": "blocked using|block ?list|black ?list|blacklisted|listed (at|in|on) |banned sending ip|traffic not accepted from this ip|client host rejected: access denied|helo command rejected|invalid helo|bad helo|helo name (rejected|invalid)|(poor|bad|low) reputation|ip reputation|part of their network is on our block list|(your|the|sender|sending|client) (ip|ip address|host|server|network|mail server)\\b[^;]{0,60}\\b(is |has been |was )?(blocked|blacklisted|banned|not allowed)|\\b(dnsbl|rbl)\\b|spamhaus|spamcop|barracuda|sorbs|abuseat|dynamic ip|hosts with dynamic|open proxy|not currently accepting mail from your ip|bad sender ip|refused to talk to me|too many (spams|unwanted messages)|(you are|currently) sending spam|go away",
      "reason": "blocked"
    },
    {
      "pattern": "(message|mail|email) (file )?too (big|large)|message (size|length) (\\d+ )?exceeds|exceeds? (the )?(fixed )?(maximum|size|administrative) (permitted|message size|limit)|exceeded .{0,30}message size limits?|size exceeds (fixed )?maximum",
      "reason": "message-too-big"
    },
    {
      "pattern": "virus|malware|infected|trojan",
      "reason": "virus-detected"
    },
    {
      "pattern": "likely unsolicited mail|detected as spam|spam message rejected|(classified|identified|considered|flagged|marked) as spam|spam detected|looks like spam|rejected as spam|\\bube\\b|spam score|content filter rejection|message (is|was|looks) spam|(as|is|be|likely|probable|probably|suspected|possible) spam\\b|spam (content|score|filter|check|blocked|refused|rejected|rejection|not accepted|message)|rejected (by|due to) .{0,30}spam|appears to be (unsolicited|spam)|spam-like|anti-?spam|spamassassin|considered unsolicited|bulk (mail|e-?mail)|message filtered|rejecting (banned|mail) content|unacceptable content|spam complaints",
      "reason": "spam-detected"
    },
    {
      "pattern": "not rfc ?5322 compliant|not (rfc|rfc ?2822|rfc ?5322)[ -]?compliant|rfc ?5322|multiple (from|date|message-id|sender|subject|to) headers|missing (a )?(valid )?(from|date|message-?id) header|duplicate (from|date|message-id) header",
      "reason": "not-compliant"
    },
    {
      "pattern": "content policy|improper use of 8-bit data|too many \"?received\"? headers|illegal attachment|attachment .{0,40}not (allowed|permitted)|header (line|size) (too long|exceeds)|message content (is )?not acceptable|blocked (file|attachment) type|(invalid|malformed) (mime|header|message)|(message|mime|header) (format|structure) (is )?(invalid|not valid)|bare (lf|linefeed)|line (is )?too long|attachment.{0,40}(blocked|prohibited)|file type .{0,40}(not allowed|blocked)",
      "reason": "content-rejected"
    },
    {
      "pattern": "for policy reasons|policy violation|violates .{0,60}policy|administrative prohibition|delivery not authorized|not authorized to (send|deliver)|rejected by (the )?(local )?policy|policy (rejection|restriction)|security (policy|reasons)|not allowed by (local )?policy|message refused",
      "reason": "policy-rejected"
    },
    {
      "pattern": "insufficient system storage|mail system full|no space left on device|space shortage|disk (is )?full|out of (disk )?space|system storage",
      "reason": "system-full"
    },
    {
      "pattern": "connection (refused|timed out|reset)|timed out while|lost connection with|loops back to myself|no route to host|network is unreachable|host not found, try again|connect to .{0,120}: (connection refused|no route to host)|conversation with .{0,120} timed out|host unreachable|network unreachable|no route|connection (closed|dropped|lost)|broken pipe|dns (lookup|query) (failed|failure|error)|servfail",
      "reason": "network-error"
    },
    {
      "pattern": "syntax error|command unrecognized|unrecognized command|command not (recognized|implemented)|bad sequence of commands|need (rcpt|mail|helo|ehlo) command|invalid command|^\\d{3}[ -]5\\.5\\.4 syntax:",
      "reason": "syntax-error"
    },
    {
      "pattern": "configuration error|temporary lookup failure|temporary local problem|local delivery failed|command died with status|internal (server )?error|system error|mailer error|unable to deliver .{0,40}mailer|local error in processing|local configuration problem|(temporary )?system (problem|failure)|(internal|unexpected) (error|failure)|mailer (error|failure)|error (writing|reading) (message|file)",
      "reason": "system-error"
    }
  ],
  "enhanced": {
    "2": "delivered",
    "X.1.1": "user-unknown",
    "X.1.2": "host-unknown",
    "X.1.3": "user-unknown",
    "X.1.4": "user-unknown",
    "X.1.5": "delivered",
    "X.1.6": "has-moved",
    "X.1.7": "sender-rejected",
    "X.1.8": "sender-rejected",
    "X.1.9": "delivered",
    "X.1.10": "not-accepting-mail",
    "X.2.1": "mailbox-disabled",
    "X.2.2": "mailbox-full",
    "X.2.3": "message-too-big",
    "X.2.4": "system-error",
    "X.3.1": "system-full",
    "X.3.2": "not-accepting-mail",
    "X.3.4": "message-too-big",
    "5.4.4": "host-unknown",
    "X.4.1": "network-error",
    "X.4.2": "network-error",
    "X.4.3": "system-error",
    "X.4.5": "system-full",
    "X.4.6": "network-error",
    "X.4.7": "expired",
    "X.5.3": "rate-limited",
    "X.7.10": "tls-required",
    "X.7.13": "mailbox-disabled",
    "X.7.16": "message-too-big",
    "X.7.17": "has-moved",
    "X.7.18": "has-moved",
    "X.7.20": "authentication-failed",
    "X.7.21": "authentication-failed",
    "X.7.22": "authentication-failed",
    "X.7.23": "authentication-failed",
    "X.7.24": "authentication-failed",
    "X.7.25": "reverse-dns-required",
    "X.7.26": "authentication-failed",
    "X.7.27": "sender-rejected",
    "X.7.28": "spam-detected",
    "X.7.29": "authentication-failed",
    "X.7.30": "tls-required",
    "X.1": "user-unknown",
    "X.2": "mailbox-disabled",
    "X.3": "system-error",
    "X.4": "network-error",
    "X.5": "syntax-error",
    "X.6": "content-rejected",
    "X.7": "policy-rejected"
  },
  "reply": {
    "250": "delivered",
    "251": "delivered",
    "500": "syntax-error",
    "501": "syntax-error",
    "502": "syntax-error",
    "503": "syntax-error",
    "504": "syntax-error",
    "521": "not-accepting-mail",
    "551": "has-moved",
    "552": "mailbox-full",
    "555": "syntax-error",
    "556": "not-accepting-mail"
  }
});
/** Mailbox providers and filtering services: how to recognise each, and its documented codes with their reasons (texts in the locales, same order). */
export const providers: Readonly<Record<string, ProviderFact>> = /* @__PURE__ */ deepFreeze({
  "amazon-ses": {
    "id": "amazon-ses",
    "constant": "AmazonSes",
    "name": "Amazon SES",
    "url": "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html",
    "recognise": {
      "hosts": [
        "amazonses.com"
      ],
      "patterns": [
        "\\bemail-smtp(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com\\b",
        "\\bAmazon SES\\b|\\bamazonses\\.com\\b"
      ]
    },
    "codes": [
      {
        "reply": 421,
        "enhanced": null,
        "text": "Too many concurrent SMTP connections",
        "reason": "rate-limited"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Temporary service failure",
        "reason": "system-error"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Timeout waiting for data from client",
        "reason": "network-error"
      },
      {
        "reply": 454,
        "enhanced": null,
        "text": "Daily message quota exceeded",
        "reason": "rate-limited"
      },
      {
        "reply": 454,
        "enhanced": null,
        "text": "Maximum sending rate exceeded",
        "reason": "rate-limited"
      },
      {
        "reply": 454,
        "enhanced": null,
        "text": "Temporary authentication failure",
        "reason": "system-error"
      },
      {
        "reply": 530,
        "enhanced": null,
        "text": "Authentication required",
        "reason": "authentication-failed"
      },
      {
        "reply": 535,
        "enhanced": null,
        "text": "Authentication Credentials Invalid",
        "reason": "authentication-failed"
      },
      {
        "reply": 535,
        "enhanced": null,
        "text": "Account not subscribed to SES",
        "reason": "sender-rejected"
      },
      {
        "reply": 552,
        "enhanced": null,
        "text": "Message is too long",
        "reason": "message-too-big"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "is not authorized to perform ses:SendRawEmail",
        "reason": "sender-rejected"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Email address is not verified",
        "reason": "sender-rejected"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Sending paused for this account",
        "reason": "blocked"
      },
      {
        "enhanced": null,
        "text": "on the suppression list for your account",
        "reason": "suppressed"
      },
      {
        "enhanced": null,
        "text": "has suppressed sending to this address",
        "reason": "suppressed"
      },
      {
        "enhanced": "4.4.7",
        "text": "Message expired: unable to deliver in",
        "reason": "expired"
      }
    ]
  },
  "au": {
    "id": "au",
    "constant": "Au",
    "name": "au (KDDI)",
    "url": "https://www.au.com/mobile/service/attention/specification/",
    "recognise": {
      "hosts": [
        "au.com",
        "ezweb.ne.jp"
      ],
      "patterns": [
        "<\\S+@(?:ezweb\\.ne\\.jp|au\\.com)>: User unknown",
        "Postmaster@(?:ezweb\\.ne\\.jp|au\\.com)"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": null,
        "text": ">: User unknown",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": ": User unknown",
        "reason": "recipient-filtered"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Relay access denied",
        "reason": "relaying-denied"
      },
      {
        "enhanced": null,
        "text": "The user(s) account is temporarily over quota",
        "reason": "mailbox-full"
      },
      {
        "enhanced": null,
        "text": "The user(s) account is disabled",
        "reason": "mailbox-disabled"
      },
      {
        "enhanced": null,
        "text": "The user(s) account is temporarily limited",
        "reason": "mailbox-disabled"
      },
      {
        "enhanced": null,
        "text": "Your message was not delivered within",
        "reason": "expired"
      }
    ]
  },
  "docomo": {
    "id": "docomo",
    "constant": "Docomo",
    "name": "NTT docomo (docomo.ne.jp)",
    "url": "https://www.docomo.ne.jp/service/docomo_mail/smtp_notice/",
    "recognise": {
      "hosts": [
        "docomo.ne.jp"
      ],
      "patterns": [
        "(?:Unknown user|Too much mail data) \\S+@docomo\\.ne\\.jp"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": null,
        "text": "Unknown user",
        "reason": "user-unknown"
      },
      {
        "reply": 552,
        "enhanced": null,
        "text": "Too much mail data",
        "reason": "mailbox-full"
      },
      {
        "reply": 552,
        "enhanced": null,
        "text": "Too many recipients",
        "reason": "rate-limited"
      },
      {
        "reply": 500,
        "enhanced": null,
        "text": "Line Too Long",
        "reason": "not-compliant"
      },
      {
        "reply": 503,
        "enhanced": null,
        "text": "Bad sequence of commands",
        "reason": "syntax-error"
      }
    ]
  },
  "gmail": {
    "id": "gmail",
    "constant": "Gmail",
    "name": "Gmail / Google Workspace",
    "url": "https://support.google.com/a/answer/3726730",
    "recognise": {
      "hosts": [
        "google.com",
        "googlemail.com"
      ],
      "patterns": [
        "\\s-\\sgsmtp\\b",
        "\\s-\\sgcdp\\s"
      ]
    },
    "codes": [
      {
        "reply": 450,
        "enhanced": "4.2.1",
        "text": "too quickly",
        "reason": "rate-limited"
      },
      {
        "reply": 450,
        "enhanced": "4.2.1",
        "text": "at a rate that prevents additional messages",
        "reason": "rate-limited"
      },
      {
        "reply": 450,
        "enhanced": "4.2.1",
        "text": "Peak SMTP relay limit exceeded",
        "reason": "rate-limited"
      },
      {
        "reply": 452,
        "enhanced": "4.2.2",
        "text": "storage space",
        "reason": "mailbox-full"
      },
      {
        "reply": 451,
        "enhanced": "4.3.0",
        "text": "temporarily rejected",
        "reason": "system-error"
      },
      {
        "reply": 421,
        "enhanced": "4.3.0",
        "text": "Temporary System Problem",
        "reason": "system-error"
      },
      {
        "reply": 451,
        "enhanced": "4.4.2",
        "text": "Timeout - closing connection",
        "reason": "network-error"
      },
      {
        "reply": 421,
        "enhanced": "4.4.5",
        "text": "Server busy",
        "reason": "system-error"
      },
      {
        "reply": 451,
        "enhanced": "4.5.0",
        "text": "SMTP protocol violation",
        "reason": "syntax-error"
      },
      {
        "reply": 452,
        "enhanced": "4.5.3",
        "text": "Domain policy size per transaction exceeded",
        "reason": "rate-limited"
      },
      {
        "reply": 452,
        "enhanced": "4.5.3",
        "text": "too many recipients",
        "reason": "rate-limited"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "Connection expired",
        "reason": "network-error"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "IP not in whitelist for RCPT domain",
        "reason": "blocked"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "Try again later, closing connection",
        "reason": "blocked"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "does not have a PTR record",
        "reason": "reverse-dns-required"
      },
      {
        "reply": 454,
        "enhanced": "4.7.0",
        "text": "Too many login attempts",
        "reason": "rate-limited"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "TLS required for RCPT domain",
        "reason": "tls-required"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "very low reputation of the sending",
        "reason": "blocked"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "unusual rate of unsolicited",
        "reason": "rate-limited"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "nature of the content or the links",
        "reason": "spam-detected"
      },
      {
        "enhanced": "4.7.23",
        "text": "PTR record",
        "reason": "reverse-dns-required"
      },
      {
        "reply": 451,
        "enhanced": "4.7.24",
        "text": "SPF record",
        "reason": "authentication-failed"
      },
      {
        "reply": 451,
        "enhanced": "4.7.26",
        "text": "temporary DNS failures",
        "reason": "authentication-failed"
      },
      {
        "reply": 421,
        "enhanced": "4.7.26",
        "text": "unauthenticated",
        "reason": "authentication-failed"
      },
      {
        "reply": 421,
        "enhanced": "4.7.27",
        "text": "SPF",
        "reason": "authentication-failed"
      },
      {
        "reply": 421,
        "enhanced": "4.7.28",
        "text": "has detected an unusual",
        "reason": "rate-limited"
      },
      {
        "reply": 421,
        "enhanced": "4.7.28",
        "text": "same Message-ID",
        "reason": "content-rejected"
      },
      {
        "reply": 421,
        "enhanced": "4.7.29",
        "text": "TLS",
        "reason": "tls-required"
      },
      {
        "reply": 421,
        "enhanced": "4.7.30",
        "text": "DKIM",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "4.7.32",
        "text": "aligned",
        "reason": "authentication-failed"
      },
      {
        "reply": 421,
        "enhanced": "4.7.40",
        "text": "DMARC",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "does not exist",
        "reason": "user-unknown"
      },
      {
        "reply": 553,
        "enhanced": "5.1.2",
        "text": "find the recipient domain",
        "reason": "host-unknown"
      },
      {
        "reply": 553,
        "enhanced": "5.1.3",
        "text": "is not a valid RFC 5321 address",
        "reason": "user-unknown"
      },
      {
        "reply": 553,
        "enhanced": "5.1.7",
        "text": "sender address",
        "reason": "sender-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.2.1",
        "text": "account that you tried to reach is",
        "reason": "mailbox-disabled"
      },
      {
        "reply": 550,
        "enhanced": "5.2.1",
        "text": "at a rate that prevents additional messages",
        "reason": "rate-limited"
      },
      {
        "reply": 552,
        "enhanced": "5.2.2",
        "text": "storage space",
        "reason": "mailbox-full"
      },
      {
        "reply": 552,
        "enhanced": "5.3.4",
        "text": "header",
        "reason": "message-too-big"
      },
      {
        "reply": 552,
        "enhanced": "5.3.4",
        "text": "number of attachments",
        "reason": "message-too-big"
      },
      {
        "reply": 552,
        "enhanced": "5.3.4",
        "text": "message size limit",
        "reason": "message-too-big"
      },
      {
        "reply": 550,
        "enhanced": "5.4.5",
        "text": "Daily",
        "reason": "rate-limited"
      },
      {
        "reply": 554,
        "enhanced": "5.4.6",
        "text": "exceeded 50 hops",
        "reason": "network-error"
      },
      {
        "enhanced": "5.5.1",
        "reason": "syntax-error"
      },
      {
        "enhanced": "5.5.2",
        "text": "Syntax error",
        "reason": "syntax-error"
      },
      {
        "reply": 550,
        "enhanced": "5.5.3",
        "text": "Too many recipients for this sender",
        "reason": "rate-limited"
      },
      {
        "reply": 501,
        "enhanced": "5.5.4",
        "text": "HELO/EHLO argument",
        "reason": "syntax-error"
      },
      {
        "reply": 554,
        "enhanced": "5.6.0",
        "text": "malformed",
        "reason": "content-rejected"
      },
      {
        "reply": 552,
        "enhanced": "5.7.0",
        "text": "potential security issue",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.0",
        "text": "relay denied",
        "reason": "relaying-denied"
      },
      {
        "reply": 550,
        "enhanced": "5.7.0",
        "text": "sending denied",
        "reason": "sender-rejected"
      },
      {
        "reply": 530,
        "enhanced": "5.7.0",
        "text": "Must issue a STARTTLS command first",
        "reason": "tls-required"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "has a policy that prohibit",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "Invalid credentials for relay",
        "reason": "relaying-denied"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "likely unsolicited",
        "reason": "spam-detected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "IPv6 sending guidelines",
        "reason": "reverse-dns-required"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "very low reputation of the sending",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "RfcMessageNonCompliant",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "unicode character in a disallowed header",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "has been rate limited",
        "reason": "rate-limited"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "not authorized to send",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "relay sending limit exceeded",
        "reason": "rate-limited"
      },
      {
        "reply": 550,
        "enhanced": "5.7.24",
        "text": "SPF record",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.25",
        "text": "PTR record",
        "reason": "reverse-dns-required"
      },
      {
        "reply": 550,
        "enhanced": "5.7.26",
        "text": "DMARC policy",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.26",
        "text": "hard fail policy",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.26",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.27",
        "text": "SPF",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.28",
        "text": "unusual rate of unsolicited",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": "5.7.29",
        "text": "TLS",
        "reason": "tls-required"
      },
      {
        "reply": 550,
        "enhanced": "5.7.30",
        "text": "DKIM",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.32",
        "text": "aligned",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.40",
        "text": "DMARC",
        "reason": "authentication-failed"
      },
      {
        "reply": 535,
        "enhanced": "5.7.8",
        "text": "Username and Password not accepted",
        "reason": "authentication-failed"
      },
      {
        "reply": 534,
        "enhanced": "5.7.9",
        "text": "Application-specific password required",
        "reason": "authentication-failed"
      }
    ]
  },
  "icloud": {
    "id": "icloud",
    "constant": "ICloud",
    "name": "Apple iCloud Mail",
    "url": "https://support.apple.com/en-us/102322",
    "recognise": {
      "hosts": [
        "icloud.com",
        "me.com",
        "mac.com"
      ],
      "patterns": [
        "support\\.apple\\.com/(?:[a-z]{2}-[a-z]{2}/)?(?:HT204137|102322)",
        "\\[(?:CS\\d{2}|HME\\d)\\]"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "user does not exist",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "inactive email address",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "unknown or illegal alias",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": "5.1.6",
        "text": "recipient no longer on server",
        "reason": "has-moved"
      },
      {
        "reply": 552,
        "enhanced": "5.2.2",
        "text": "user is over quota",
        "reason": "mailbox-full"
      },
      {
        "reply": 421,
        "enhanced": "4.7.1",
        "text": "deferred due to excessive volume",
        "reason": "rate-limited"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "DMARC policy",
        "reason": "authentication-failed"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "[HME1]",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "[CS01]",
        "reason": "content-rejected"
      },
      {
        "enhanced": "5.7.0",
        "text": "Blocked - see",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "Spamhaus",
        "reason": "blocked"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "not accepting connections",
        "reason": "blocked"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "Relay access denied",
        "reason": "relaying-denied"
      },
      {
        "reply": 450,
        "enhanced": "4.1.8",
        "text": "Sender address rejected: Domain not found",
        "reason": "sender-rejected"
      }
    ]
  },
  "mailru": {
    "id": "mailru",
    "constant": "MailRu",
    "name": "Mail.ru / VK WorkSpace",
    "url": "https://help.mail.ru/mail-help/postmaster/error",
    "recognise": {
      "hosts": [
        "mail.ru"
      ],
      "patterns": [
        "abuse@corp\\.mail\\.ru",
        "https?://help\\.mail\\.ru/",
        "Message was not accepted -- invalid mailbox\\.\\s+Local mailbox \\S+ is unavailable"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": null,
        "text": "is unavailable: user not found",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "is unavailable: user is terminated",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "is unavailable: account is disabled",
        "reason": "mailbox-disabled"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "message sending for this account is disabled",
        "reason": "sender-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "spam message rejected",
        "reason": "spam-detected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "spam message discarded",
        "reason": "spam-detected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "owner DMARC policy",
        "reason": "authentication-failed"
      },
      {
        "reply": 421,
        "enhanced": null,
        "text": "Try again later",
        "reason": "rate-limited"
      }
    ]
  },
  "microsoft": {
    "id": "microsoft",
    "constant": "Microsoft",
    "name": "Microsoft 365 / Outlook.com / Exchange Online",
    "url": "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
    "recognise": {
      "hosts": [
        "outlook.com",
        "protection.outlook.com",
        "office365.com",
        "exchangelabs.com",
        "hotmail.com"
      ],
      "patterns": [
        "\\.prod\\.(?:outlook|exchangelabs)\\.com\\b",
        "\\bAS\\(\\d{3,}\\)|\\(AS\\d{6,}\\)",
        "\\(S\\d{3,5}\\)|\\[AGT=[A-Z]+\\]",
        "\\b(?:RESOLVER\\.[A-Z]{3}\\.[A-Za-z]+|STOREDRV\\.[A-Za-z]+)",
        "Diagnostic information for administrators:"
      ]
    },
    "codes": [
      {
        "reply": 432,
        "enhanced": "4.3.2",
        "text": "recipient thread limit exceeded",
        "reason": "rate-limited"
      },
      {
        "enhanced": "4.4.316",
        "text": "Connection refused",
        "reason": "network-error"
      },
      {
        "enhanced": "5.4.316",
        "text": "Message expired",
        "reason": "expired"
      },
      {
        "enhanced": "4.4.7",
        "text": "Message expired",
        "reason": "expired"
      },
      {
        "enhanced": "5.4.300",
        "text": "Message expired",
        "reason": "expired"
      },
      {
        "enhanced": "4.4.8",
        "text": "failed MTA-STS validation",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.4.8",
        "text": "failed MTA-STS validation",
        "reason": "tls-required"
      },
      {
        "enhanced": "4.5.3",
        "text": "Too many recipients",
        "reason": "rate-limited"
      },
      {
        "enhanced": "4.7.5",
        "text": "Remote certificate failed MTA-STS validation",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.7.5",
        "text": "Remote certificate failed MTA-STS validation",
        "reason": "tls-required"
      },
      {
        "enhanced": "4.7.26",
        "text": "must pass either SPF or DKIM validation",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.321",
        "text": "starttls-not-supported",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.7.322",
        "text": "certificate-expired",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.7.323",
        "text": "tlsa-invalid",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.7.324",
        "text": "dnssec-invalid",
        "reason": "tls-required"
      },
      {
        "enhanced": "5.7.325",
        "text": "certificate-host-mismatch",
        "reason": "tls-required"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Access denied, please try again later",
        "reason": "blocked"
      },
      {
        "reply": 451,
        "enhanced": "4.7.650",
        "text": "temporarily rate limited due to IP reputation",
        "reason": "blocked"
      },
      {
        "reply": 451,
        "enhanced": "4.7.651",
        "text": "temporarily rate limited due to IP reputation",
        "reason": "blocked"
      },
      {
        "enhanced": "5.0.350",
        "text": "x-dg-ref header is too long",
        "reason": "content-rejected"
      },
      {
        "enhanced": "5.0.350",
        "text": "policy violation detected (AS345)",
        "reason": "content-rejected"
      },
      {
        "enhanced": "5.1.0",
        "text": "Sender denied",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.1.1",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.1.8",
        "text": "bad outbound sender",
        "reason": "blocked"
      },
      {
        "enhanced": "5.1.10",
        "text": "Recipient not found",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.1.90",
        "text": "daily limit for message recipients",
        "reason": "rate-limited"
      },
      {
        "enhanced": "5.2.2",
        "text": "Submission quota exceeded",
        "reason": "rate-limited"
      },
      {
        "enhanced": "5.2.2",
        "text": "mailbox full",
        "reason": "mailbox-full"
      },
      {
        "enhanced": "5.2.121",
        "text": "per hour message receive limit from specific sender exceeded",
        "reason": "rate-limited"
      },
      {
        "enhanced": "5.2.122",
        "text": "per hour message receive limit exceeded",
        "reason": "rate-limited"
      },
      {
        "enhanced": "5.4.1",
        "text": "Relay Access Denied",
        "reason": "relaying-denied"
      },
      {
        "enhanced": "5.4.1",
        "text": "Recipient address rejected: Access denied",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.4.310",
        "text": "does not exist",
        "reason": "host-unknown"
      },
      {
        "enhanced": "5.4.6",
        "text": "Routing loop detected",
        "reason": "network-error"
      },
      {
        "enhanced": "5.4.14",
        "text": "Routing loop detected",
        "reason": "network-error"
      },
      {
        "enhanced": "5.5.0",
        "text": "mailbox unavailable",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.6.11",
        "text": "Invalid characters",
        "reason": "content-rejected"
      },
      {
        "enhanced": "5.7.1",
        "text": "Delivery not authorized",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.1",
        "text": "Unable to relay",
        "reason": "relaying-denied"
      },
      {
        "enhanced": "5.7.1",
        "text": "Client was not authenticated",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.1",
        "text": "block list",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.1",
        "text": "blocked using",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.12",
        "text": "Sender was not authenticated by organization",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.23",
        "text": "Sender Policy Framework violation",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.25",
        "text": "must have a reverse DNS record",
        "reason": "reverse-dns-required"
      },
      {
        "enhanced": "5.7.57",
        "text": "Client was not authenticated to send anonymous mail",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.64",
        "text": "TenantAttribution; Relay Access Denied",
        "reason": "relaying-denied"
      },
      {
        "enhanced": "5.7.124",
        "text": "Sender not in allowed-senders list",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.133",
        "text": "Sender not authenticated for group",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.134",
        "text": "Sender was not authenticated for mailbox",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.136",
        "text": "Sender was not authenticated",
        "reason": "sender-rejected"
      },
      {
        "enhanced": "5.7.501",
        "text": "spam abuse detected",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.502",
        "text": "banned sender",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.503",
        "text": "banned sender",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.504",
        "text": "Recipient address rejected: Access denied",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.7.505",
        "text": "banned recipient",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.7.506",
        "text": "Bad HELO",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.507",
        "text": "rejected by recipient",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.508",
        "text": "has exceeded permitted limits",
        "reason": "rate-limited"
      },
      {
        "enhanced": "5.7.509",
        "text": "does not pass DMARC verification",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.510",
        "text": "does not accept email over IPv6",
        "reason": "not-accepting-mail"
      },
      {
        "enhanced": "5.7.511",
        "text": "banned sender",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.512",
        "text": "RFC 5322 section 3.6.2",
        "reason": "content-rejected"
      },
      {
        "enhanced": "5.7.513",
        "text": "Customer Block list",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.515",
        "text": "does not meet the required authentication level",
        "reason": "authentication-failed"
      },
      {
        "enhanced": "5.7.520",
        "text": "external forwarding",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "banned sending IP",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.703",
        "text": "Tenant Allow Block List",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.705",
        "text": "tenant has exceeded threshold",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.708",
        "text": "traffic not accepted from this IP",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.750",
        "text": "unregistered domain",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.800",
        "text": "banned sender",
        "reason": "blocked"
      },
      {
        "enhanced": null,
        "text": "submission quota was exceeded",
        "reason": "rate-limited"
      }
    ]
  },
  "mimecast": {
    "id": "mimecast",
    "constant": "Mimecast",
    "name": "Mimecast",
    "url": "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
    "recognise": {
      "hosts": [
        "mimecast.com",
        "mimecast.co.za",
        "mimecast-offshore.com"
      ],
      "patterns": [
        "community\\.mimecast\\.com/",
        "\\[[A-Za-z0-9_-]{20,24}\\.(?:us|uk|eu|de|za|au|ca|je|uae)\\d{1,3}\\]"
      ]
    },
    "codes": [
      {
        "reply": 421,
        "enhanced": null,
        "text": "Sender address blocked",
        "reason": "blocked"
      },
      {
        "reply": 421,
        "enhanced": null,
        "text": "Unable to process connection at this time",
        "reason": "system-error"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Internal resource",
        "reason": "blocked"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Recipient Temporarily Unavailable",
        "reason": "blocked"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "IP Temporarily Blacklisted",
        "reason": "rate-limited"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Account service is temporarily unavailable",
        "reason": "rate-limited"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Open relay",
        "reason": "relaying-denied"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Account inbounds disabled",
        "reason": "not-accepting-mail"
      },
      {
        "reply": 452,
        "enhanced": null,
        "text": "Too many recipients",
        "reason": "rate-limited"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Invalid Recipient",
        "reason": "user-unknown"
      },
      {
        "reply": 501,
        "enhanced": null,
        "text": "Invalid address",
        "reason": "user-unknown"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Administrative prohibition",
        "reason": "sender-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Envelope blocked - User",
        "reason": "sender-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Blocked Senders",
        "reason": "sender-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Anti-Spoofing",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Local CT IP Reputation",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "SPF Sender Invalid",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "DKIM Sender Invalid",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "DMARC Sender Invalid",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "Content Examination policy",
        "reason": "content-rejected"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Email rejected due to security policies",
        "reason": "spam-detected"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Maximum email size exceeded",
        "reason": "message-too-big"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Mail loop detected",
        "reason": "network-error"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "Host network",
        "reason": "blocked"
      },
      {
        "reply": 553,
        "enhanced": null,
        "text": "This route requires",
        "reason": "tls-required"
      },
      {
        "reply": 535,
        "enhanced": null,
        "text": "Incorrect authentication data",
        "reason": "authentication-failed"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "exceeding outbound thread limit",
        "reason": "rate-limited"
      }
    ]
  },
  "proofpoint": {
    "id": "proofpoint",
    "constant": "Proofpoint",
    "name": "Proofpoint",
    "url": "https://www.proofpoint.com/us/postmaster",
    "recognise": {
      "hosts": [
        "pphosted.com",
        "ppe-hosted.com",
        "ppops.net"
      ],
      "patterns": [
        "ipcheck\\.proofpoint\\.com|support\\.proofpoint\\.com/dnsbl-lookup",
        "Proofpoint Dynamic Reputation"
      ]
    },
    "codes": [
      {
        "enhanced": null,
        "text": "Blocked - see",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.0",
        "text": "Blocked - see",
        "reason": "blocked"
      },
      {
        "enhanced": "5.7.1",
        "text": "blocked using Proofpoint Dynamic Reputation",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": "5.7.0",
        "text": "Local Policy Violation",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "User Unknown",
        "reason": "user-unknown"
      }
    ]
  },
  "softbank": {
    "id": "softbank",
    "constant": "SoftBank",
    "name": "SoftBank",
    "url": "https://www.softbank.jp/mobile/support/antispam/wrestle/",
    "recognise": {
      "hosts": [
        "softbank.ne.jp",
        "softbank.jp"
      ],
      "patterns": [
        "Invalid recipient: <\\S+@(?:softbank\\.ne\\.jp|i\\.softbank\\.jp|disney\\.ne\\.jp|[a-z]\\.vodafone\\.ne\\.jp)>"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": null,
        "text": "Invalid recipient",
        "reason": "user-unknown"
      },
      {
        "reply": 553,
        "enhanced": null,
        "text": "does not exist",
        "reason": "sender-rejected"
      }
    ]
  },
  "yahoo": {
    "id": "yahoo",
    "constant": "Yahoo",
    "name": "Yahoo / AOL",
    "url": "https://senders.yahooinc.com/smtp-error-codes/",
    "recognise": {
      "hosts": [
        "yahoodns.net",
        "yahoo.com",
        "aol.com"
      ],
      "patterns": [
        "\\[(?:TSS?\\d{2}|PH\\d{2}|BL\\d{2})\\]",
        "(?:senders|postmaster)\\.yahooinc\\.com|postmaster\\.yahoo\\.com",
        "delivery error: dd "
      ]
    },
    "codes": [
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "[TSS04]",
        "reason": "blocked"
      },
      {
        "reply": 421,
        "enhanced": "4.7.0",
        "text": "[TS0",
        "reason": "blocked"
      },
      {
        "reply": 553,
        "enhanced": "5.7.2",
        "text": "will be permanently deferred",
        "reason": "blocked"
      },
      {
        "reply": 553,
        "enhanced": "5.7.1",
        "text": "Spamhaus",
        "reason": "blocked"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "[PH0",
        "reason": "content-rejected"
      },
      {
        "reply": 554,
        "enhanced": "5.7.9",
        "text": "not accepted for policy reasons",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.9",
        "text": "requires all senders to authenticate",
        "reason": "authentication-failed"
      },
      {
        "enhanced": null,
        "text": "unresolvable RFC.5321",
        "reason": "sender-rejected"
      },
      {
        "enhanced": null,
        "text": "unresolvable RFC.5322",
        "reason": "sender-rejected"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "This user doesn't have a",
        "reason": "user-unknown"
      },
      {
        "reply": 552,
        "enhanced": null,
        "text": "mailbox not found",
        "reason": "user-unknown"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "is no longer valid",
        "reason": "mailbox-disabled"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "This mailbox is disabled",
        "reason": "mailbox-disabled"
      },
      {
        "reply": 554,
        "enhanced": null,
        "text": "account is over quota",
        "reason": "mailbox-full"
      },
      {
        "reply": 450,
        "enhanced": null,
        "text": "receiving mail too quickly",
        "reason": "rate-limited"
      },
      {
        "reply": 421,
        "enhanced": null,
        "text": "Max message per connection reached",
        "reason": "rate-limited"
      },
      {
        "enhanced": null,
        "text": "Resources temporarily unavailable",
        "reason": "system-error"
      },
      {
        "reply": 451,
        "enhanced": null,
        "text": "Excessive unknown recipients",
        "reason": "blocked"
      },
      {
        "reply": 550,
        "enhanced": null,
        "text": "relaying denied",
        "reason": "relaying-denied"
      },
      {
        "enhanced": null,
        "text": "headers are not RFC compliant",
        "reason": "content-rejected"
      }
    ]
  },
  "yandex": {
    "id": "yandex",
    "constant": "Yandex",
    "name": "Yandex Mail / Yandex 360",
    "url": "https://yandex.com/support/yandex-360/customers/mail/en/bounces/yandex",
    "recognise": {
      "hosts": [
        "yandex.ru",
        "yandex.net"
      ],
      "patterns": [
        "https?://ya\\.cc/|feedback\\.yandex\\.ru/",
        "5\\.7\\.1 No such user!"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "No such user!",
        "reason": "user-unknown"
      },
      {
        "enhanced": "5.1.3",
        "text": "Bad recipient address syntax",
        "reason": "user-unknown"
      },
      {
        "enhanced": null,
        "text": "No correct recipients",
        "reason": "user-unknown"
      },
      {
        "reply": 504,
        "enhanced": "5.5.2",
        "text": "need fully-qualified address",
        "reason": "syntax-error"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "Policy rejection on the target address",
        "reason": "mailbox-disabled"
      },
      {
        "reply": 552,
        "enhanced": "5.2.2",
        "text": "Mailbox size limit exceeded",
        "reason": "mailbox-full"
      },
      {
        "enhanced": null,
        "text": "Mailbox size exceeded",
        "reason": "mailbox-full"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "Message rejected under suspicion of SPAM",
        "reason": "spam-detected"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "blocked by spam statistics",
        "reason": "blocked"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "Message infected by virus",
        "reason": "virus-detected"
      },
      {
        "reply": 552,
        "enhanced": "5.3.4",
        "text": "message file too big",
        "reason": "message-too-big"
      },
      {
        "reply": 451,
        "enhanced": "4.7.1",
        "text": "Sorry, the service is currently unavailable",
        "reason": "system-error"
      },
      {
        "reply": 553,
        "enhanced": "5.7.1",
        "text": "Sender address rejected: not owned by auth user",
        "reason": "sender-rejected"
      },
      {
        "reply": 451,
        "enhanced": "4.7.1",
        "text": "Spam limit exceeded",
        "reason": "spam-detected"
      }
    ]
  },
  "zoho": {
    "id": "zoho",
    "constant": "Zoho",
    "name": "Zoho Mail",
    "url": "https://www.zoho.com/mail/help/spam-reason.html",
    "recognise": {
      "hosts": [
        "zoho.com",
        "zoho.eu",
        "zoho.in",
        "zoho.com.au",
        "zoho.jp",
        "zohocloud.ca",
        "zohomail.com"
      ],
      "patterns": [
        "\\bby Zoho Mail\\b",
        "\\b(?:mx\\d?|smtpin)\\.zoho(?:cloud)?\\.(?:com|eu|in|jp|ca|com\\.au)\\b"
      ]
    },
    "codes": [
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "User does not exist",
        "reason": "user-unknown"
      },
      {
        "reply": 452,
        "enhanced": null,
        "text": "Mailbox delivery restricted by policy error",
        "reason": "content-rejected"
      },
      {
        "reply": 541,
        "enhanced": "5.4.1",
        "text": "Mail rejected by destination domain",
        "reason": "sender-rejected"
      },
      {
        "reply": 554,
        "enhanced": "5.7.1",
        "text": "Email flagged as Spam",
        "reason": "spam-detected"
      },
      {
        "reply": 554,
        "enhanced": "5.7.7",
        "text": "Email policy violation detected",
        "reason": "content-rejected"
      },
      {
        "reply": 550,
        "enhanced": "5.7.1",
        "text": "Email rejected per DMARC policy",
        "reason": "authentication-failed"
      },
      {
        "reply": 451,
        "enhanced": "4.7.1",
        "text": "Greylisted",
        "reason": "blocked"
      },
      {
        "reply": 452,
        "enhanced": "4.3.1",
        "text": "Temporary System Error",
        "reason": "system-error"
      },
      {
        "reply": 552,
        "enhanced": "5.7.1",
        "text": "detected by Zoho Mail",
        "reason": "virus-detected"
      }
    ]
  }
});
