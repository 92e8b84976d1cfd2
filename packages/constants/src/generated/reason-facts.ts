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
        " - gsmtp\\s*$"
      ]
    },
    "codes": [
      {
        "reply": 421,
        "enhanced": "4.7.28",
        "text": "unusual rate of unsolicited mail",
        "reason": "rate-limited"
      },
      {
        "reply": 550,
        "enhanced": "5.1.1",
        "text": "The email account that you tried to reach does not exist",
        "reason": "user-unknown"
      },
      {
        "reply": 450,
        "enhanced": "4.2.1",
        "text": "receiving mail at a rate that prevents additional messages from being delivered",
        "reason": "rate-limited"
      }
    ]
  }
});
