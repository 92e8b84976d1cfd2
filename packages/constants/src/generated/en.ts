// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
import type { LocaleData, MeaningData } from '../locale.js';
const replies = /* @__PURE__ */ deepFreeze({
  "211": {
    "title": "System status",
    "description": "A positive completion reply carrying system status or help information, typically in answer to `HELP` without an argument or to a non-standard status query. The text is meant for a person and has no standard format, so clients should display it rather than parse it. As a 2yz reply it needs no retry."
  },
  "214": {
    "title": "Help message",
    "description": "Help text for a human, returned by `HELP`, either general or about the command given as its argument, such as how to use a non-standard command. It is purely informational: clients should show it, not interpret it. A server that offers no help answers `HELP` with `502` instead. As a 2yz reply it needs no retry."
  },
  "220": {
    "title": "Service ready",
    "description": "The greeting a server sends when a connection opens. The first word after the code is the server's host name, often followed by a software name or an `ESMTP` hint. The client waits for it before sending `EHLO`; busy servers may delay it, so clients should allow at least five minutes. As a 2yz reply it needs no retry and lets the client go ahead; `421` or `554` in its place refuses the session.",
    "variants": [
      {
        "title": "Ready to start TLS",
        "description": "The server accepts `STARTTLS` and expects the TLS handshake to begin at once. After a successful handshake the session returns to its initial state: the client must discard what it learned from the server before, should send `EHLO` again and may rely only on the extensions advertised over TLS. If the handshake fails, the client should close the connection and, only if its policy allows, deliver over a new connection without TLS."
      }
    ]
  },
  "221": {
    "title": "Service closing",
    "description": "The server is closing the transmission channel, normally as the reply to `QUIT`; the first word after the code is the server's host name. The session has ended cleanly. Messages whose end of data was already acknowledged with `250` are accepted and unaffected. As a 2yz reply it needs no retry: the client simply closes its side of the connection."
  },
  "235": {
    "title": "Authentication succeeded",
    "description": "The `AUTH` exchange succeeded and the session is now authenticated, which on a submission server usually allows sending and relaying mail. Any further `AUTH` in the same session is refused with `503`. If the mechanism negotiated a security layer, the client must discard what it learned from the server before and should send `EHLO` again. As a 2yz reply it needs no retry."
  },
  "250": {
    "title": "Requested action completed",
    "description": "The generic success reply: the command was carried out. It answers, among others, `EHLO` (with the list of extensions), `HELO`, `MAIL`, `RCPT`, `RSET` and `NOOP`. After the final dot of `DATA` it means the server has taken responsibility for the message and must deliver it or send a non-delivery report. As a 2yz reply it needs no retry: the client proceeds to the next step.",
    "variants": [
      {
        "title": "Queuing for node started",
        "description": "The server accepts the `ETRN` request and starts delivering the mail it holds for the named host or domain, over a new connection that it opens itself. The client's own SMTP server must be reachable to receive that mail; the current session may end. As a 2yz reply it needs no retry."
      },
      {
        "title": "Connection reversal",
        "description": "The provider accepts `ATRN` from the authenticated customer and the roles reverse on the same connection: the customer now acts as the SMTP server and sends a greeting, and the provider delivers the mail queued for the customer's domains. As a 2yz reply it needs no retry."
      }
    ]
  },
  "251": {
    "title": "User not local; will forward",
    "description": "The recipient is accepted but is not local: the server will forward the message to the address given in the text. The client may note the new address for later use, but the server must not assume that it does. Many servers forward silently with `250` instead, so as not to reveal addresses. As a 2yz reply it needs no retry: the recipient counts as accepted.",
    "variants": [
      {
        "title": "No messages waiting for node",
        "description": "The server accepts `ETRN` but holds no mail for the named host or domain, so no delivery starts. This is a success, not an error: as a 2yz reply it needs no retry, and the client can send `ETRN` again when new mail is expected."
      }
    ]
  },
  "252": {
    "title": "Cannot verify user",
    "description": "The reply to `VRFY` or `EXPN` when the server cannot confirm the address in real time, for example because it is a backup MX or has disabled verification for privacy, yet will accept mail for it and try to deliver it. It is not proof that the mailbox exists. As a 2yz reply it needs no retry: the client sends the message normally and watches for non-delivery reports.",
    "variants": [
      {
        "title": "Pending messages for node started",
        "description": "The server holds mail for the named host or domain and has started delivering it; unlike `253`, it does not say how many messages are waiting. The client's SMTP server should stay reachable to receive them. As a 2yz reply it needs no retry."
      }
    ]
  },
  "253": {
    "title": "Queue started with message count",
    "description": "A reply to `ETRN` (RFC 1985): the server has started delivering the mail it holds for the named host or domain, and says how many messages are waiting. The client's own SMTP server must be reachable to receive them over the new connection the server opens. As a 2yz reply it needs no retry."
  },
  "334": {
    "title": "Authentication challenge",
    "description": "A positive intermediate reply during `AUTH`: the text is a base64-encoded challenge from the SASL mechanism, and is empty (`334` followed by a space) when the mechanism expects the client to speak first, as `PLAIN` does. The client must answer with one base64 line, or with `*` to cancel, after which the server rejects the `AUTH` command with `501`. As a 3yz reply it asks for more input, not a retry."
  },
  "354": {
    "title": "Start mail input",
    "description": "The server accepts `DATA` and waits for the message content, which the client sends and ends with a line containing only a dot; a leading dot on any other line must be doubled. The real verdict on the message comes after that final dot. As a 3yz reply it asks for more input, not a retry; the client must never send message data before receiving it."
  },
  "421": {
    "title": "Service not available",
    "description": "The server is closing the connection and will not continue the session. It may answer any command, or replace the greeting. Typical causes are shutdown or restart, overload, too many connections from one client, rate limiting and temporary reputation blocks. As a 4yz reply it is temporary: the client keeps the message queued and reconnects later, backing off between attempts."
  },
  "422": {
    "title": "Password transition needed (alternative code)",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it, next to `432`, as a basic code for X.7.12 \"A password transition is needed\": the account must switch to the requested authentication mechanism, usually by logging in once with `PLAIN` over TLS. As a 4yz reply it is temporary: the client retries after that one-time login."
  },
  "430": {
    "title": "Invalid command (temporary)",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it among the basic codes for X.5.1 \"Invalid command\", next to `500`, `501`, `503` and others. A server using it reports a command that is out of sequence or not supported, but as a temporary condition. As a 4yz reply it is temporary: the client should check its command sequence and retry later."
  },
  "432": {
    "title": "Password transition needed",
    "description": "A reply to `AUTH`: the account has to be migrated to the requested mechanism before that mechanism can be used, typically because the server does not yet store a suitable secret for it. Logging in once with `PLAIN` over TLS usually performs the transition, after which the mechanism works in later sessions. As a 4yz reply it is temporary: the client retries after that login."
  },
  "450": {
    "title": "Mailbox temporarily unavailable",
    "description": "The server cannot act on the mailbox right now but may be able to later: the mailbox may be busy or locked, temporarily blocked by policy, or the server is greylisting the sender. It usually answers `RCPT` or the end of `DATA`. As a 4yz reply it is temporary: the client keeps the message queued and retries later; greylisting normally clears when the same message is retried after a few minutes.",
    "variants": [
      {
        "title": "ATRN request refused",
        "description": "The provider refuses to start On-Demand Mail Relay for this customer, for example because of its policy or because the account is not set up for the requested domains. As a 4yz reply it is temporary and allows a later retry, but a refusal that persists points to an account or domain configuration problem to resolve with the provider."
      }
    ]
  },
  "451": {
    "title": "Local error in processing",
    "description": "The server hit a temporary problem while handling the command and gave up: typical causes are a failed DNS or database lookup, an unavailable content scanner, exhausted resources, and greylisting, which many servers report with this code. Clients also treat a dropped connection as if this code had been received. As a 4yz reply it is temporary: the client keeps the message queued and retries later.",
    "variants": [
      {
        "title": "ATRN request cannot be processed now",
        "description": "The provider cannot handle `ATRN` at the moment because of a temporary condition on its side. As a 4yz reply it is temporary: the customer should end the session and send `ATRN` again in a later connection."
      }
    ]
  },
  "452": {
    "title": "Insufficient system storage",
    "description": "The server temporarily lacks the resources to accept the command: it is short of disk or queue space or, the case RFC 5321 assigns to this code in reply to `RCPT`, the transaction has reached its recipient limit. As a 4yz reply it is temporary: after too many recipients, the client sends the rejected ones in a later transaction; after a storage shortage, it retries later."
  },
  "453": {
    "title": "No mail waiting",
    "description": "A reply to `ATRN` (On-Demand Mail Relay, RFC 2645): the provider holds no queued mail for the customer's domains, so the connection is not reversed. Although it is a 4yz reply, it is informational in practice: there is nothing to retry now, and the customer ends the session with `QUIT` and polls again later, for example at its next scheduled connection."
  },
  "454": {
    "title": "TLS not available",
    "description": "The reply to `STARTTLS` when the server cannot start TLS at the moment, for example because its certificate or key cannot be loaded. As a 4yz reply it is temporary: the client may retry later, or continue without encryption only if its policy allows it. A client that requires TLS, for example under MTA-STS, DANE or `REQUIRETLS`, must keep the message queued instead.",
    "variants": [
      {
        "title": "Temporary authentication failure",
        "description": "Authentication failed because of a temporary problem on the server, such as an unreachable password database or directory, not because of wrong credentials. The client should not ask the user for a new password; it should report a server problem instead. As a 4yz reply it is temporary: the client retries later."
      }
    ]
  },
  "455": {
    "title": "Unable to accommodate parameters",
    "description": "The server recognises the parameters of `MAIL FROM` or `RCPT TO` but is temporarily unable to honour one of them, and the extension that defines the parameter prescribes no other code. As a 4yz reply it is temporary: the client may retry later with the same parameters, or leave out an optional parameter if the message can do without it."
  },
  "458": {
    "title": "Unable to queue messages",
    "description": "A reply to `ETRN` (RFC 1985): the server cannot start delivering mail for the named host or domain, for example because it holds no queue for that name or its queue runner is unavailable. As a 4yz reply it is temporary: the client may send `ETRN` again later; a failure that persists means the name should be checked with the provider."
  },
  "459": {
    "title": "Node not allowed",
    "description": "A reply to `ETRN` (RFC 1985): the server refuses to start delivery for the named host or domain and gives its reason in the text, typically that this client may not trigger delivery for that name. Although it is a 4yz reply, repeating the request unchanged rarely helps: the client should check the name it sent and the arrangement with the provider."
  },
  "500": {
    "title": "Command unrecognized",
    "description": "The server did not recognise the command, or the command line was too long. Common causes are a typo, a command of an extension the server does not offer, or non-ASCII characters. The session continues. As a 5yz reply it is permanent: the same command fails again, so the client should fall back, for example from `EHLO` to `HELO`, or stop using that command.",
    "variants": [
      {
        "title": "Authentication exchange line too long",
        "description": "During `AUTH` the client sent a base64 response longer than the server's buffer for the selected mechanism, so the authentication fails. As a 5yz reply it is permanent: sending the same line again fails too, so the client should choose a mechanism with shorter responses or report the limit to the user."
      }
    ]
  },
  "501": {
    "title": "Syntax error in parameters",
    "description": "The command was recognised but its arguments are malformed: an address in `MAIL FROM` or `RCPT TO` without angle brackets or with spaces around the colon, an invalid domain in `EHLO`, or an argument to a command that takes none. After `AUTH` it also means the exchange was cancelled or a response was not valid base64. As a 5yz reply it is permanent: the client must fix the syntax before trying again.",
    "variants": [
      {
        "title": "STARTTLS takes no parameters",
        "description": "The client sent `STARTTLS` with an argument, which the command does not accept. The server stays in the same state and no TLS handshake starts. As a 5yz reply it is permanent: repeating the same line fails again, so the client should send a bare `STARTTLS`."
      }
    ]
  },
  "502": {
    "title": "Command not implemented",
    "description": "The server recognises the command but does not implement it or has disabled it, which is common for `VRFY`, `EXPN`, `TURN` and commands of extensions it does not advertise; a command it does not know at all gets `500`. Old servers answer `EHLO` this way, and the client then falls back to `HELO`. As a 5yz reply it is permanent: the client should stop using the command rather than retry it."
  },
  "503": {
    "title": "Bad sequence of commands",
    "description": "The command is valid but not allowed at this point: `RCPT` before `MAIL`, `DATA` without an accepted recipient, a second `MAIL` inside a transaction, or `AUTH` after a successful `AUTH`. A server that greeted with `554` answers every command this way, and some use it when `EHLO` or authentication must come first. As a 5yz reply it is permanent: the client must correct its command order rather than repeat the command."
  },
  "504": {
    "title": "Command parameter not implemented",
    "description": "The command is implemented but the requested parameter or option is not, for example an authentication mechanism the server does not support after `AUTH`, or a `HELP` topic it does not know. As a 5yz reply it is permanent: the same request fails again, so the client should use another parameter, or a mechanism listed in the server's `EHLO` reply."
  },
  "521": {
    "title": "Host does not accept mail",
    "description": "The host does not accept mail at all, for example a web or DNS server that runs a minimal SMTP listener only to refuse misdirected mail; RFC 7504 reserves the code for the start of the connection, where it replaces the `220` greeting. Unlike `554`, it does not stand for a policy refusal. As a 5yz reply it is permanent: the client must not retry this host, and if no other mail exchanger takes the message, it returns the message to the sender instead of keeping it queued."
  },
  "523": {
    "title": "Encryption needed",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it for X.7.10 \"Encryption Needed\": the chosen authentication mechanism, usually a plain-text one, may only be used inside an encrypted session. The client should issue `STARTTLS` before `AUTH`, or choose a stronger mechanism. As a 5yz reply it is permanent: repeating the command unchanged fails again."
  },
  "524": {
    "title": "Encryption required (alternative code)",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it, next to `538`, for X.7.11 \"Encryption required for requested authentication mechanism\": the mechanism may only be used over an encrypted connection. The client should start TLS first or choose another mechanism. As a 5yz reply it is permanent: the same `AUTH` command fails again if repeated unchanged."
  },
  "525": {
    "title": "User account disabled",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it for X.7.13 \"User Account Disabled\": the login itself worked, but the account has been disabled, for example for abuse, non-payment or a suspected break-in. Asking for the password again does not help; the user must contact the provider's administrator. As a 5yz reply it is permanent: the client must not retry automatically."
  },
  "530": {
    "title": "STARTTLS required",
    "description": "The server requires an encrypted session and refuses every command except `EHLO`, `STARTTLS`, `NOOP` and `QUIT` until TLS is active, typically on submission ports and private relays. RFC 4954 gives the same code, as `5.7.0 Authentication required`, to commands such as `MAIL FROM` that need a prior `AUTH`. As a 5yz reply it is permanent: the command keeps failing until the client starts TLS, sends `EHLO` again and, if asked, authenticates.",
    "variants": [
      {
        "title": "Authentication required for ATRN",
        "description": "The customer sent `ATRN` before authenticating, and On-Demand Mail Relay releases queued mail only to an authenticated customer. As a 5yz reply it is permanent: repeating `ATRN` alone fails again, so the client must issue `AUTH` first and then send `ATRN`."
      }
    ]
  },
  "533": {
    "title": "Delivery not authorized",
    "description": "No RFC defines this code or its text. The IANA enhanced-code registry lists it among the basic codes for X.7.1 \"Delivery not authorized, message refused\", next to `550`, `551` and others: the sender or its host is not permitted, by policy, to send to this destination. As a 5yz reply it is permanent: the client must not retry unchanged, and the sender has to resolve the policy issue with the recipient's administrator."
  },
  "534": {
    "title": "Authentication mechanism too weak",
    "description": "A reply to `AUTH`: the chosen SASL mechanism is weaker than the server's policy allows for this user, for example a plain-text mechanism on an unencrypted connection, or `CRAM-MD5` where a stronger mechanism is required. As a 5yz reply it is permanent: the same `AUTH` command fails again, so the client should retry with a stronger mechanism from the `EHLO` list, or after `STARTTLS`."
  },
  "535": {
    "title": "Authentication credentials invalid",
    "description": "Authentication failed because the user name, password or other credentials are wrong or insufficient; many servers also send it for unknown or locked accounts. As a 5yz reply it is permanent: the same attempt fails again, so the client should ask the user for new credentials instead of repeating the old ones, since repeated failures may make the server drop the connection or block the client."
  },
  "538": {
    "title": "Encryption required for authentication mechanism",
    "description": "A reply to `AUTH`: the selected mechanism may only be used over an encrypted connection. RFC 4954 deprecates this code and keeps it for historical purposes only; servers should simply not advertise such mechanisms before TLS is active. A client that still receives it should run `STARTTLS` and authenticate again, or pick another mechanism. As a 5yz reply it is permanent: repeating the command unchanged fails again."
  },
  "550": {
    "title": "Mailbox unavailable",
    "description": "The most common permanent rejection: the server will not act on the address or message. The mailbox may not exist (user unknown), access may be denied, relaying may not be permitted, or a policy refused it, such as spam or blocklist filters and SPF or DMARC failures; the enhanced code and text tell which. As a 5yz reply it is permanent: the client must not retry unchanged, but fix the address or resolve the policy issue first."
  },
  "551": {
    "title": "User not local, try forward-path",
    "description": "The recipient is not handled here and the server will not forward the message, but the text names an address where the recipient can be reached. The client may show that address to the user but should not resend to it automatically. Many servers reject with a plain `550` instead, so as not to disclose addresses. As a 5yz reply it is permanent: the same recipient fails again on this server."
  },
  "552": {
    "title": "Exceeded storage allocation",
    "description": "The message does not fit: it exceeds the recipient's mailbox quota or the server's size limit, which with the `SIZE` extension is also reported in reply to `MAIL FROM`. As a 5yz reply it is permanent: resending the same message fails, so the sender should make it smaller or wait until the mailbox has room. Some old servers also send it for too many recipients, which clients should treat as temporary, like `452`."
  },
  "553": {
    "title": "Mailbox name not allowed",
    "description": "The address is refused because of its form: invalid syntax, a local part or domain the server does not accept, or, in reply to `VRFY`, a name that matches several users. Servers also use it for sender addresses they refuse, and with SMTPUTF8 for non-ASCII addresses that are not permitted. As a 5yz reply it is permanent: the client must correct the address before trying again."
  },
  "554": {
    "title": "Transaction failed",
    "description": "A permanent failure of the transaction as a whole, typically after the final dot of `DATA` when content filters reject spam or malware, or in reply to `DATA` when no recipient was accepted. Sent instead of the `220` greeting it means \"No SMTP service here\": the server refuses the session and answers later commands with `503`. As a 5yz reply it is permanent: the same message must not be resent unchanged."
  },
  "555": {
    "title": "Parameters not recognized",
    "description": "The server does not recognise or implement a parameter given with `MAIL FROM` or `RCPT TO`, for example `SIZE`, `BODY=8BITMIME` or `SMTPUTF8` sent to a server that did not advertise the extension. As a 5yz reply it is permanent: the same command fails again, so the client should send only parameters of extensions listed in the `EHLO` reply, or drop the optional ones."
  },
  "556": {
    "title": "Domain does not accept mail",
    "description": "The recipient's domain does not accept mail at all, typically because it publishes a null MX record (RFC 7505). A relay that discovers this while forwarding reports it with this code, usually together with enhanced code X.1.10. As a 5yz reply it is permanent: there is nothing to retry, since the address cannot receive mail, and the sender should correct it or remove it from the list."
  }
});
const enhanced = /* @__PURE__ */ deepFreeze({
  "X.0.0": {
    "title": "Other undefined Status",
    "description": "The server reports only the class of the result and gives no subject or detail, often because its software does not map its internal errors to a more specific code. Read it as plain success, temporary failure or permanent failure, and look at the reply text and the basic code for the actual reason. A `4.0.0` is retried later; after a `5.0.0` the cause has to be found before sending again.",
    "note": "The registry title is \"Other undefined Status\" (no \"or\", capital S), unlike the subject title \"Other or Undefined Status\"; it is kept verbatim. It is the only code registered in subject `0`, the registry gives its basic code as \"Any\", and the list of collected codes in RFC 3463 (Appendix A) leaves it out."
  },
  "X.1.0": {
    "title": "Other address status",
    "description": "Something about an address in the transaction, the sender's or a recipient's, caused the result, but no more specific address code fits. Servers use it for generic address rejections, and with class `2` it commonly acknowledges `MAIL FROM` (`250 2.1.0`). For an error, find the address concerned in the reply text and correct it; a `4.1.0` is retried later and may then succeed."
  },
  "X.1.1": {
    "title": "Bad destination mailbox address",
    "description": "The domain accepts mail, but the mailbox named by the local part (the text before `@`) does not exist there. In practice this is the classic \"user unknown\" bounce: a typo, a deleted account or an outdated address list. Fix the address or remove it from the list instead of retrying. RFC 3463 intends the code for permanent failures only.",
    "note": "The registry's basic codes include `451`, a temporary reply, although RFC 3463 says the code is useful only for permanent failures. Some servers do send `4.1.1` while a recipient check is still pending or their user directory is unreachable; such a reply is a temporary error and is retried."
  },
  "X.1.2": {
    "title": "Bad destination system address",
    "description": "The part of the recipient address after `@` does not name a system that can receive mail: the domain does not exist, or it has no usable MX or address records. Typical causes are misspelled domain names and expired domain registrations. Correct the domain; RFC 3463 intends the code for permanent failures only, and a temporary DNS problem is reported with `4.4.3` instead."
  },
  "X.1.3": {
    "title": "Bad destination mailbox address syntax",
    "description": "The recipient address cannot be parsed: missing angle brackets, spaces or illegal characters, a missing domain, or a malformed domain part. It usually comes with `501` in reply to `RCPT TO` and is caused by a broken client, a script that builds addresses badly, or a mistyped address. Fix the address or the software; retrying unchanged does not help, and RFC 3463 intends the code for permanent failures only."
  },
  "X.1.4": {
    "title": "Destination mailbox address ambiguous",
    "description": "The receiving system maps the given address to more than one mailbox and cannot decide which one is meant. This happens where servers match partial names or aliases by guesswork, for example a bare surname shared by several employees. Use the full, exact address of the intended recipient; the code is rare on today's Internet."
  },
  "X.1.5": {
    "title": "Destination address valid",
    "description": "A positive status: the recipient address was checked and accepted. RFC 3463 intends the code for positive delivery reports; it typically appears as `250 2.1.5` in reply to `RCPT TO`, and in delivery status notifications that report success. No action is needed; the code only confirms that the address part of the transaction is in order.",
    "note": "RFC 3463 names this code \"Destination address valid\" in section 3.2, which the registry follows, but \"Destination mailbox address valid\" in its Appendix A."
  },
  "X.1.6": {
    "title": "Destination mailbox has moved, No forwarding address",
    "description": "The address used to be valid, but its mailbox has been closed or moved and the receiving system gives no new address. Typical cases are former employees and cancelled accounts. Remove the address from your lists or ask the recipient for a current one; RFC 3463 intends the code for permanent failures only, so retrying is pointless.",
    "note": "RFC 3463 uses two names for this code: the full title in section 3.2, which the registry follows, and the short form \"Mailbox has moved\" in its Appendix A."
  },
  "X.1.7": {
    "title": "Bad sender's mailbox address syntax",
    "description": "The envelope sender address given in `MAIL FROM` cannot be parsed, for example because of missing angle brackets, spaces, illegal characters or a missing domain. It usually comes with `501`, and typical sources are misconfigured applications, printers and scripts that send mail with a malformed sender address. Fix the sender address in the sending software; the message is refused until then."
  },
  "X.1.8": {
    "title": "Bad sender's system address",
    "description": "The domain of the envelope sender address does not exist or cannot receive mail, so bounces could not be returned to it. Receiving servers check this in DNS at `MAIL FROM`: a failed lookup that may be temporary gives `4.1.8`, a domain that definitely does not exist gives `5.1.8`. Use a sender domain with valid DNS records, or fix the DNS of your domain."
  },
  "X.1.9": {
    "title": "Message relayed to non-compliant mailer",
    "description": "A message tracking status (RFC 3886): the recipient address was valid, but the message was passed on to a system that does not support message tracking, so its further fate cannot be reported. It does not mean that delivery failed. No action is needed; only the recipient or that system's administrator can give further information.",
    "note": "Registered by RFC 3886 (message tracking), not by RFC 3463. The protocol that the next system does not speak is message tracking, not SMTP, so the status is about traceability, not about a delivery failure."
  },
  "X.1.10": {
    "title": "Recipient address has null MX",
    "description": "The recipient's domain publishes a null MX record (`MX 0 .`, RFC 7505), which declares that the domain accepts no mail at all. Sending servers fail such a message at once instead of queueing it, and relays refuse it at `RCPT TO` with `556 5.1.10`. Check the address for a typo; if it is correct, the recipient has to be reached at another domain.",
    "note": "Registered in 2014 and updated in 2015; the registry cites RFC 7505 (null MX) together with RFC 7504, which defines the basic code `556`. The counterpart for a sender domain with a null MX is `X.7.27`."
  },
  "X.2.0": {
    "title": "Other or undefined mailbox status",
    "description": "The recipient mailbox exists, but some condition of it that has no more specific code caused the result. Servers use it for mailbox-level problems such as a mailbox that is locked, being migrated or otherwise unavailable. Read the reply text for the actual reason. A `4.2.0` is retried later; if a `5.2.0` persists, contact the recipient."
  },
  "X.2.1": {
    "title": "Mailbox disabled, not accepting messages",
    "description": "The mailbox exists but is switched off and refuses new mail, for example because the account was suspended, has been inactive for a long time or was locked by an administrator. RFC 3463 makes it a permanent error if the mailbox will never be re-enabled and a transient one if it is disabled only for a while, and the class tells which: a `4.2.1` is retried later; after a `5.2.1`, stop sending and reach the recipient another way."
  },
  "X.2.2": {
    "title": "Mailbox full",
    "description": "The recipient's mailbox has reached its storage quota, so no more messages fit until the owner deletes some or the quota is raised. This is one of the most frequent bounces, often from abandoned accounts that nobody empties. RFC 3463 intends the code for persistent transient failures, so a `4.2.2` is retried for a while; a lasting `5.2.2` suggests that the mailbox is no longer read.",
    "note": "RFC 3463 says the code should be used as a persistent transient failure, yet the registry associates it with `552`, a permanent reply. Both `452 4.2.2` and `552 5.2.2` are common in practice, so a client should honour the class it actually receives."
  },
  "X.2.3": {
    "title": "Message length exceeds administrative limit",
    "description": "The message is larger than the size limit set for this particular mailbox, which is lower than the limit of the mail system as a whole (exceeding that one is `X.3.4`). Typical causes are large attachments sent to accounts with a small per-user limit. Send a smaller message, for example by sharing files through a link; RFC 3463 intends the code for permanent failures."
  },
  "X.2.4": {
    "title": "Mailing list expansion problem",
    "description": "The recipient address is a mailing list or group alias, and the server could not expand it into its member addresses, for example because the list definition is broken, a directory lookup failed or the list has no members. This is for the list's owner or administrator to fix. A `4.2.4` is retried later; report a `5.2.4` to the list owner.",
    "note": "RFC 3463 says the code may represent a permanent or a persistent transient failure, yet the registry lists only the temporary basic codes `450` and `452`."
  },
  "X.3.0": {
    "title": "Other or undefined mail system status",
    "description": "Something about the receiving system itself, rather than a mailbox or an address, caused the result, and no more specific mail system code applies. Servers often use it for internal failures; Postfix, for example, sends `451 4.3.0` for a queue file write error or a temporary table lookup failure. Read the reply text. A `4.3.0` is retried later; if a `5.3.0` persists, report it to the recipient's administrator.",
    "note": "The registry lists the widest set of basic codes in this subject, including the success replies `221` and `250`, so the code may appear with class `2` as well as with `4` and `5`."
  },
  "X.3.1": {
    "title": "Mail system full",
    "description": "The receiving system as a whole has run out of storage, typically because the disk holding the mail queue or the mail store is full; Postfix answers `452 4.3.1 Insufficient system storage`. Unlike a full mailbox, the recipient cannot fix this by deleting mail; the system's administrators have to free space. RFC 3463 intends the code for persistent transient failures only, so the sending server keeps the message queued and retries it."
  },
  "X.3.2": {
    "title": "System not accepting network messages",
    "description": "The receiving host is up but is not taking mail at the moment, for example during maintenance, shortly before a shutdown or under heavy load, or it never accepts mail at all (`521`, RFC 7504). RFC 3463 allows the code for both permanent and persistent transient failures: a `4.3.2` is retried later; a `5.3.2` means that the host refuses mail for good, and the destination's administrator has to provide another mail server.",
    "note": "The basic code `521` and the reference to RFC 7504 were added in 2015. The other listed basic code, `453`, is not a reply code of RFC 5321: RFC 2645 (On-Demand Mail Relay) defines it as the \"You have no mail\" reply to `ATRN`. Servers nevertheless send `453 4.3.2` when they stop accepting mail in a session."
  },
  "X.3.3": {
    "title": "System not capable of selected features",
    "description": "The message asks for a feature that the receiving system cannot provide, such as a delivery option, an extension or a service level. It mostly comes from gateways into other mail systems that have no equivalent for the requested feature. Send the message without that feature, or ask the recipient's administrator which features are supported."
  },
  "X.3.4": {
    "title": "Message too big for system",
    "description": "The message exceeds the largest size the receiving system accepts for any message, whether the limit is technical or set by policy. It is returned at the end of `DATA`, or already at `MAIL FROM` when the client declared the size with the `SIZE` parameter. Shrink the message or send large files by other means; RFC 3463 intends the code for permanent failures only."
  },
  "X.3.5": {
    "title": "System incorrectly configured",
    "description": "The receiving system cannot accept the message because of a fault in its own configuration, such as a missing or broken lookup table, transport or alias definition; Postfix, for example, then replies `451 4.3.5 Server configuration error`. The sender cannot fix this: report it to the recipient's administrator, and expect retries to fail until the configuration is corrected.",
    "note": "Defined in section 3.4 of RFC 3463 but missing from the RFC's list of collected codes (Appendix A); the registry names no basic code for it."
  },
  "X.3.6": {
    "title": "Requested priority was changed",
    "description": "A success status from the message transfer priority extension (`MT-PRIORITY`, RFC 6710): the server accepted the message but will not handle it at the priority the client asked for, or implied by default. The reply text starts with the priority actually assigned, followed by an explanation. No action is needed unless the priority matters; then use another route or agree on a priority policy with the receiving side.",
    "note": "The registry writes the basic codes as \"250 or 251\" rather than as a comma-separated list. The failure counterparts for a priority that is too low, or a message too big for its priority, are `X.7.15` and `X.7.16`."
  },
  "X.4.0": {
    "title": "Other or undefined network or routing status",
    "description": "A network or routing problem occurred that none of the more specific `X.4.x` codes describes. Relays use it for general trouble on the way to the next hop, such as an unexpected DNS or connection error. A `4.4.0` is retried later; after a `5.4.0` or repeated failures, the sender's administrator should check the DNS records and reachability of the destination, together with the receiving side if needed."
  },
  "X.4.1": {
    "title": "No answer from host",
    "description": "The next-hop host did not answer: the TCP connection attempt timed out or was refused, usually because the receiving server is down, overloaded or behind a firewall that blocks port 25. As no SMTP dialogue took place, the code mostly appears in the sending MTA's delay warnings and bounces. RFC 3463 intends the code for persistent transient failures only: the message stays queued and is retried. If the problem lasts, check that the destination's MX hosts accept connections."
  },
  "X.4.2": {
    "title": "Bad connection",
    "description": "A connection to the next hop was set up but failed before the transaction was complete, through a timeout, a reset or a poor link. Servers also send `421 4.4.2` when they close an idle or too slow session. RFC 3463 intends the code for persistent transient failures only: the client reconnects and resends later. Frequent occurrences point to network faults or overly short timeouts on one of the two sides."
  },
  "X.4.3": {
    "title": "Directory server failure",
    "description": "The mail system could not work out where to send the message because a directory service it relies on was unavailable. In practice this is nearly always a DNS failure, such as a timeout or `SERVFAIL` while looking up MX or address records, and the sending MTA keeps the message queued. The sender only has to wait; if it persists, the administrator should check the local resolver and the name servers of the destination domain.",
    "note": "RFC 3463 says the code is useful only as a persistent transient error, yet the registry lists the permanent basic code `550` next to `451`. The collected list in Appendix A of RFC 3463 names the code \"Routing server failure\" instead of \"Directory server failure\"."
  },
  "X.4.4": {
    "title": "Unable to route",
    "description": "No next hop could be found because the routing information is missing: typically the recipient domain has neither an MX record nor an A/AAAA record, or the DNS answer contains only an SOA record. A relay with no route configured for the domain can use it too. RFC 3463 allows the code for both permanent and persistent transient failures; a `4.4.4` is retried later. The sender should check the recipient's domain for typos; the domain owner has to publish working MX records."
  },
  "X.4.5": {
    "title": "Mail system congestion",
    "description": "The receiving or relaying mail system is congested, for example flooded with connections or behind a large queue backlog, and cannot take the message now. RFC 3463 intends the code for persistent transient failures only: the sending MTA keeps the message queued and retries at increasing intervals. A site that meets it often may need to lower its number of parallel connections or its sending rate towards that destination.",
    "note": "The collected list in Appendix A of RFC 3463 names this code \"Network congestion\"; the registry and the body of RFC 3463 use \"Mail system congestion\"."
  },
  "X.4.6": {
    "title": "Routing loop detected",
    "description": "The message has passed through so many hops that a routing loop is assumed. Servers detect this by counting `Received` header fields; RFC 5321 advises a threshold of at least 100. Typical causes are two hosts that each route a domain to the other, or forwarding rules that bounce mail between mailboxes. The administrators concerned must fix the routing or forwarding; resending without that fix only loops again.",
    "note": "RFC 3463 says the code is useful only as a persistent transient error, but many MTAs reject looping mail permanently with `554 5.4.6` (for example \"Too many hops\"), which is the form usually seen in bounces."
  },
  "X.4.7": {
    "title": "Delivery time expired",
    "description": "Delivery was abandoned because the message stayed queued too long or outlived a time limit set by its sender. Usually the sending MTA's maximum queue lifetime, often a few days, ran out while the destination kept failing; Exchange reports this as an expired message with `4.4.7`. RFC 3463 prefers the code of the underlying problem when it is known, so the sender should look for that cause in earlier delay warnings, fix it, and resend.",
    "note": "RFC 1893 allowed this code only as a persistent transient error; RFC 3463 removed that restriction, so both `4.4.7` (delay warning) and `5.4.7` (final bounce) are correct."
  },
  "X.5.0": {
    "title": "Other or undefined protocol status",
    "description": "A protocol problem, or a protocol-level event, that no more specific `X.5.x` code describes. Servers attach it to a wide range of replies, from greetings and success replies to `503` and `554`, and the registry also associates it with the replies to `ETRN`. The code adds little by itself: the basic reply code and the reply text carry the meaning, and the client should act on those.",
    "note": "Its list of basic codes is the longest in the registry and includes success replies. `253`, `458` (\"Unable to queue messages for node\") and `459` (\"Node not allowed\") are replies to `ETRN` from RFC 1985, which RFC 5321 does not define."
  },
  "X.5.1": {
    "title": "Invalid command",
    "description": "The client sent a command that is out of sequence or not supported at this point, for example `RCPT TO` before `MAIL FROM`, a second `MAIL FROM` in one transaction, or `DATA` with no accepted recipient; Postfix replies `503 5.5.1` to a missing or nested `MAIL`. It points to a bug in the client software or its pipelining. Sending the same command again does not help: the client must issue the commands in the right order.",
    "note": "The registry lists `430`, a `4xx` basic code that no RFC defines, although RFC 3463 says this enhanced status code is useful only as a permanent error."
  },
  "X.5.2": {
    "title": "Syntax error",
    "description": "The server could not make sense of the command: the verb is unknown or the syntax is wrong, such as a misspelt command or a malformed `MAIL FROM:` line. It usually comes with `500` or `502`. Common sources are programs that are not SMTP clients connecting to port 25, hand-written SMTP code in scripts, and firewalls that rewrite commands. The client has to send valid syntax; repeating the same command fails again, and RFC 3463 intends the code for permanent failures only."
  },
  "X.5.3": {
    "title": "Too many recipients",
    "description": "The client named more recipients than the server accepts in one transaction. A server at its limit answers each further `RCPT TO` with `452 4.5.3`, and the recipients it already accepted remain valid; RFC 5321 requires room for at least 100. The client should complete delivery to those and send the rest in a new transaction. A `5xx` form signals a site policy on recipients per message, so the mailing has to be split.",
    "note": "The registry associates `451`, while RFC 5321 section 4.5.3.1.10 gives `452` as the correct reply for too many recipients and asks clients to treat the `552` of RFC 821 as temporary. Both are temporary, so this reference gives the code class `4` only; a `5.5.3` that a server still sends is read as the recipient limit described above."
  },
  "X.5.4": {
    "title": "Invalid command arguments",
    "description": "The command is valid but its arguments are not: a value is out of range or names a feature the server does not know. Typical cases are an unknown ESMTP parameter on `MAIL FROM` (`555`), a non-numeric `SIZE=` value, or an unknown mechanism name after `AUTH` (`504`). The client must correct or drop the argument, or stop using an extension the server did not advertise in its `EHLO` reply.",
    "note": "RFC 3463 says the code is useful only as a permanent error, yet the registry's basic-code list starts with the transient `451`."
  },
  "X.5.5": {
    "title": "Wrong protocol version",
    "description": "The two sides speak versions or dialects of the protocol that do not match, and they could not agree on a common one. The code is rare in SMTP, which negotiates features through `EHLO` rather than version numbers; it can come from gateways to other mail systems. The administrators should compare what both ends support and then upgrade or reconfigure one of them."
  },
  "X.5.6": {
    "title": "Authentication Exchange line is too long",
    "description": "During `AUTH` the client sent a base64 response line longer than the server can buffer for the chosen SASL mechanism, so the server ends the authentication with `500 5.5.6`. Large Kerberos (GSSAPI) tickets, long OAuth tokens and clients that get the SASL exchange wrong are the usual triggers. The client should use another mechanism or a shorter credential; the server's administrator can raise the line-length limit.",
    "note": "Registered by RFC 4954 (SMTP `AUTH`), not by RFC 3463. It concerns lines of the authentication exchange, not ordinary command lines. RFC 4954 says it is useful for both permanent and persistent transient errors, but the only basic code the registry gives is `500`."
  },
  "X.6.0": {
    "title": "Other or undefined media error",
    "description": "Something in the content of the message makes it undeliverable, and no more specific `X.6.x` code fits. Servers use it for content they cannot process, such as a corrupt or malformed MIME structure, invalid transfer encodings or header fields that cannot be parsed. The sender should check how the message was built, for example whether the mail client or a gateway damaged it, and ask the recipient's administrator if the reason stays unclear."
  },
  "X.6.1": {
    "title": "Media not supported",
    "description": "The message uses a media type or body form that the delivery protocol or the next system on the path cannot carry, for example binary content offered to a server that does not advertise `BINARYMIME`, or a content type the destination refuses to handle. RFC 3463 intends the code for permanent failures only. The sender should send the content in another format or with a 7-bit transfer encoding such as base64."
  },
  "X.6.2": {
    "title": "Conversion required and prohibited",
    "description": "The content would have to be converted before it can be delivered, but conversion is not allowed, either because the message itself forbids changes (as signed content may) or because the policy of the sending host rules it out. A common case is 8-bit content that must reach a 7-bit-only hop without being re-encoded. The sender should supply content already encoded for 7-bit transport, or use a path that carries the original form."
  },
  "X.6.3": {
    "title": "Conversion required but not supported",
    "description": "The content has to be converted to travel further, but a host on the path is unable to do it. This happens most often with 8-bit text: a relay took the message with `BODY=8BITMIME`, the next server does not offer `8BITMIME`, and the relay has no way to re-encode the body as quoted-printable or base64. The sender can avoid it by having the mail client encode 8-bit parts; the relay's administrator can enable MIME conversion."
  },
  "X.6.4": {
    "title": "Conversion with loss performed",
    "description": "The message was delivered, but only after a conversion that lost some information, for example characters the target character set cannot represent or formatting a gateway had to drop. As a success code it is a warning in delivery reports; it becomes a permanent failure when the sender asked that no lossy conversion be done. The sender should check what was lost and, if it matters, resend in a form the destination can handle."
  },
  "X.6.5": {
    "title": "Conversion Failed",
    "description": "A conversion of the content was needed and was attempted, but it did not succeed, for example because the converter could not decode a part or met a broken encoding. RFC 3463 allows the code for both permanent and persistent transient failures. The sender should check the parts that need converting (character sets, transfer encodings, attachment formats) and resend in a simpler or already compatible form; a `4.6.5` is retried later and may then succeed.",
    "note": "The registry title capitalises \"Failed\", as does the body of RFC 3463; the collected list in its Appendix A writes \"Conversion failed\"."
  },
  "X.6.6": {
    "title": "Message content not available",
    "description": "The server could not fetch the message content from another system. The code belongs to the `BURL` extension: a submission client hands the server a URL, usually an IMAP URLAUTH URL, of a message already stored on an IMAP server, and the server retrieves it. The fetch fails when the URL is wrong or has expired, or the IMAP server cannot be reached. The client should generate a fresh URL or send the content with `DATA` or `BDAT` instead.",
    "note": "Registered by RFC 4468 (`BURL`), not by RFC 3463. RFC 4468 says it is useful for both permanent and persistent transient errors, although the registry gives only the basic code `554`. RFC 4468 used `X.7.8` when the server lacked a trust relationship with the IMAP server; RFC 5248 moved that case to `X.7.14`."
  },
  "X.6.7": {
    "title": "Non-ASCII addresses not permitted for that sender/recipient",
    "description": "The server refuses an internationalized (non-ASCII) address in `MAIL FROM` or `RCPT TO`: it does not support `SMTPUTF8`, the client did not request `SMTPUTF8` on `MAIL FROM`, or this sender or recipient must use an ASCII address. RFC 6531 pairs it with `550` after `MAIL` and `553` after `RCPT`. The sender should use an ASCII address for this correspondent, or route the mail through servers that support `SMTPUTF8`.",
    "note": "`X.6.7` to `X.6.10` were first registered by the experimental RFC 5336 (UTF8SMTP), where `X.6.7` meant that an `ALT-ADDRESS` was required but missing. RFC 6531 (`SMTPUTF8`) replaced those definitions with the current ones."
  },
  "X.6.8": {
    "title": "UTF-8 string reply is required, but not permitted by the SMTP client",
    "description": "The reply to `VRFY` or `EXPN` would have to show a mailbox name containing UTF-8, but the client did not allow UTF-8 in replies by adding the `SMTPUTF8` parameter to that command. RFC 6531 lets the server answer `252` or `550` in this case. A client that supports internationalized mail should repeat the command with `SMTPUTF8`; other clients cannot have this address shown.",
    "note": "The registry adds `553` to the two basic codes the text of RFC 6531 uses. `X.6.10` is a deprecated duplicate of this code and should not be sent."
  },
  "X.6.9": {
    "title": "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
    "description": "After the final `.` of `DATA`, the server rejects a message whose header uses UTF-8 because at least one recipient, or the next hop towards it, cannot accept internationalized messages. RFC 6531 encourages servers to find this out at `RCPT TO` instead. The sender should send an ASCII-only version (ASCII addresses and encoded header fields) to the affected recipients, or reach them over a path that supports `SMTPUTF8`.",
    "note": "The registry associates `550`, but section 3.5 of RFC 6531 specifies `554` (\"Transaction failed\") for this rejection; there the title also reads \"transmitted\" instead of \"transferred\"."
  },
  "X.6.10": {
    "title": "Deprecated duplicate of X.6.8",
    "description": "This code has no meaning of its own: it duplicates `X.6.8` and is deprecated. Servers should not send it and should use `X.6.8` when a `VRFY` or `EXPN` reply would need UTF-8 that the client did not allow. Software that receives `X.6.10` should treat it exactly like `X.6.8`.",
    "note": "The registry gives this code no title, no basic code and no submitter; its only text marks it as a duplicate of `X.6.8` and therefore deprecated. It is left over from RFC 5336, whose registrations RFC 6531 replaced. The title used here is this project's, and so are its classes: those of `X.6.8`."
  },
  "X.7.0": {
    "title": "Other or undefined security status",
    "description": "A security or policy condition that no more specific `X.7.x` code describes, or whose reason the server prefers not to reveal. It is not limited to failures: `235 2.7.0` confirms a successful `AUTH`, `530 5.7.0` says that authentication is required first, and `454 4.7.0` reports a temporary authentication failure. The reply text is the only clue, so read it and check the receiving server's policy."
  },
  "X.7.1": {
    "title": "Delivery not authorized, message refused",
    "description": "The receiving server's policy does not allow this sender to send to this recipient. Typical causes are relaying denied (an unauthenticated client sending to a non-local recipient), a sending IP address listed on a DNSBL, or a sender or domain blocked by a local rule. RFC 3463 intends the code for permanent failures only, yet `4.7.1` is common for temporary refusals. Read the reply text, then authenticate before relaying, request delisting, or contact the recipient's administrator.",
    "note": "The registry's basic codes include the temporary `451` and `454`, although RFC 3463 says the code is useful only as a permanent error; this reference keeps both classes, as the registry does. Servers send `4.7.1` for temporary refusals such as greylisting, and such a reply is a temporary error and is retried. The registry also lists `533`, a reply no RFC defines."
  },
  "X.7.2": {
    "title": "Mailing list expansion prohibited",
    "description": "The list server will not distribute the message to the members of the mailing list because this sender may not post to it. Usually the list accepts posts only from subscribers or approved senders, or the message came from an address other than the subscribed one. RFC 3463 intends the code for permanent failures only. Post from the subscribed address, subscribe first, or ask the list owner for permission."
  },
  "X.7.3": {
    "title": "Security conversion required but not possible",
    "description": "Delivering the message would mean converting it from one secure messaging format or protocol to another, and the mail system is unable to do so. The code concerns gateways between different secure mail systems and is rarely seen today. RFC 3463 intends the code for permanent failures only. Send the message in a security format that the recipient's system supports, or agree on another way with the recipient."
  },
  "X.7.4": {
    "title": "Security features not supported",
    "description": "The message or session relies on a security feature, such as a particular kind of secure authentication, that the delivery protocol or the receiving system cannot provide. RFC 3463 intends the code for permanent failures only, and the registry associates it with `504`. Retry without the unsupported feature, pick a mechanism the server actually advertises, or deliver the message over a route that supports the feature."
  },
  "X.7.5": {
    "title": "Cryptographic failure",
    "description": "A mail system that is entitled to verify or decrypt the message in transit could not do it, because a key or similar information it needs is missing or invalid. Typically a gateway that checks or decrypts signed or encrypted mail lacks the current key or certificate. Make sure the keys and certificates the receiving side needs are published, unexpired and correct, then resend."
  },
  "X.7.6": {
    "title": "Cryptographic algorithm not supported",
    "description": "A mail system that is entitled to verify or decrypt the message could not process it, because the message uses a cryptographic algorithm the system does not implement, for example an outdated cipher or an unfamiliar signature algorithm. Re-sign or re-encrypt the message with an algorithm both sides support, or ask the recipient's administrator which algorithms are accepted."
  },
  "X.7.7": {
    "title": "Message integrity failure",
    "description": "A mail system that is entitled to validate the message found that it was damaged or changed after it was protected, so an integrity check such as a signature or checksum no longer matches. RFC 3463 allows it in any class: as a success, a transient or a permanent status. Look for software on the path that rewrites messages (added footers, re-encoding, content filters), fix it, and resend."
  },
  "X.7.8": {
    "title": "Authentication credentials invalid",
    "description": "The server rejected the `AUTH` exchange because the user name, password or other credentials are wrong or not sufficient; a submission server typically answers `535 5.7.8`. Common causes are a mistyped or changed password, the wrong login name (full address versus local part only), or a provider that requires an app password instead of the account password. The client should ask the user for correct credentials rather than retry the same ones.",
    "note": "RFC 4468 (`BURL`) had used `X.7.8` for a missing trust relationship between the submission server and a third-party server, while RFC 4954 uses it for invalid credentials. RFC 5248 registered `X.7.14` to replace the `BURL` use, so `X.7.8` now means invalid credentials only."
  },
  "X.7.9": {
    "title": "Authentication mechanism is too weak",
    "description": "The `AUTH` mechanism the client selected is weaker than the server's policy permits for this user; RFC 4954 pairs it with `534`. It occurs when an account is set up to accept only stronger mechanisms than the one the client tried. The client should retry with a stronger mechanism from the list in the server's `EHLO` reply; if none works, change the authentication setting in the client."
  },
  "X.7.10": {
    "title": "Encryption Needed",
    "description": "The requested authentication mechanism may be used only over an encrypted connection, chiefly because it sends the password in clear text, as `PLAIN` and `LOGIN` do. Before authenticating, the client can switch on TLS with `STARTTLS` (or connect to an implicit-TLS port), or it can choose a stronger mechanism. RFC 5248 registered the code.",
    "note": "The registry lists basic code `523`, which no RFC defines. `X.7.11` covers an almost identical case with `538`."
  },
  "X.7.11": {
    "title": "Encryption required for requested authentication mechanism",
    "description": "The server refuses the selected `AUTH` mechanism because the SMTP connection is not encrypted; RFC 4954 pairs it with `538`. Current servers simply do not offer such mechanisms before TLS is active, so the reply is rare. The client should issue `STARTTLS` (or use implicit TLS), authenticate again, and never send passwords over an unencrypted connection.",
    "note": "RFC 4954 documents this code for historical purposes only. Of the registry's basic codes, `538` comes from RFC 4954, while no RFC defines `524`."
  },
  "X.7.12": {
    "title": "A password transition is needed",
    "description": "The selected `AUTH` mechanism cannot work for this user yet: the user first has to move over to it, usually because the server does not hold the password data that mechanism needs. RFC 4954 pairs it with `432`. Authenticating once with `PLAIN`, over a TLS connection, normally completes the move, and the selected mechanism then works in later sessions. The condition is temporary.",
    "note": "Of the registry's basic codes, `432` comes from RFC 4954, while no RFC defines `422`."
  },
  "X.7.13": {
    "title": "User Account Disabled",
    "description": "The credentials are correct, but the account behind them is switched off. Providers lock accounts over unpaid bills, spam complaints or signs of compromise. Asking the user for the password again is pointless: the refusal lasts until someone re-enables the account, so the user has to contact the mail provider or system administrator. RFC 5248 registered the code.",
    "note": "The registry lists basic code `525`, which no RFC defines."
  },
  "X.7.14": {
    "title": "Trust relationship required",
    "description": "The submission server was asked to fetch the message content from another server, as the `BURL` extension does with a message stored on an IMAP server, but no trust relationship with that server is configured, so it cannot reach the content. The administrator of the submission server has to set up that trust; until then the user can send the message the ordinary way with `DATA`.",
    "note": "RFC 5248 registered this code to take over the meaning that RFC 4468 (`BURL`) had given to `X.7.8`; RFC 4954 uses `X.7.8` for invalid credentials."
  },
  "X.7.15": {
    "title": "Priority Level is too low",
    "description": "The priority requested with the `MT-PRIORITY` parameter of `MAIL FROM` (RFC 6710) is below the lowest priority the receiving server currently accepts. This can be temporary, for instance while an overloaded server takes only high-priority mail. A `4.7.15` is retried later; after a `5.7.15`, resend with a higher priority if the sender is entitled to one, or contact the administrator of the receiving server.",
    "note": "The registry names `450` and `550` and adds that other `4XX` or `5XX` codes are allowed."
  },
  "X.7.16": {
    "title": "Message is too big for the specified priority",
    "description": "The receiving server accepts messages at the `MT-PRIORITY` level requested in `MAIL FROM` (RFC 6710) only up to a certain size, and this message is larger. This is often temporary, for instance while the server takes only small high-priority messages. A `4.7.16` is retried later; otherwise send the message with a lower priority, or make it smaller, for example by sharing large attachments as links.",
    "note": "The registry names `552` and adds that other `4XX` or `5XX` codes are allowed."
  },
  "X.7.17": {
    "title": "Mailbox owner has changed",
    "description": "The message carried an RRVS requirement (the `RRVS` parameter of `RCPT TO` or the `Require-Recipient-Valid-Since` header field, RFC 7293), and the receiving system knows that the mailbox has had another owner at some point since the given date. The message is refused so that it does not reach the new holder of a reassigned address. Remove the address or confirm current contact details with the intended person."
  },
  "X.7.18": {
    "title": "Domain owner has changed",
    "description": "The message carried an RRVS requirement (RFC 7293), and the receiving system chooses to disclose that the domain name of the recipient address has changed hands since the given date. The address may now belong to someone else entirely, so the message is refused. Treat the address as stale: remove it or obtain a current one from the intended recipient."
  },
  "X.7.19": {
    "title": "RRVS test cannot be completed",
    "description": "The message carried an RRVS requirement (RFC 7293), but the receiving system cannot evaluate it because it keeps no record of when the mailbox was created or last changed owner. Whether to try again without the RRVS requirement is the sender's call: the message would then be delivered, but without the protection against a reassigned address."
  },
  "X.7.20": {
    "title": "No passing DKIM signature found",
    "description": "The receiver's policy requires a valid DKIM signature and the message had none: it was unsigned, or every signature failed verification. Typical causes are a missing or wrong public key in DNS (`selector._domainkey`), a sending path that does not sign, or a forwarder or mailing list that altered the signed content. Sign all outgoing mail, check the published key, and do not modify messages after signing.",
    "note": "The registry remarks that using this code goes against the advice of RFC 6376 section 6.1, under which a message whose signatures all fail is treated like an unsigned one."
  },
  "X.7.21": {
    "title": "No acceptable DKIM signature found",
    "description": "At least one DKIM signature on the message verifies, but none meets the receiver's policy, for example because the signing domain (`d=`) is not one the receiver accepts for this sender, or the signature uses a key or algorithm the receiver no longer trusts. Sign with the domain the receiver expects, normally your own sending domain, using a current key length and algorithm.",
    "note": "The registry remarks that using this code goes against the advice of RFC 6376 section 6.1 on how verifiers treat signatures."
  },
  "X.7.22": {
    "title": "No valid author-matched DKIM signature found",
    "description": "A special case of `X.7.21`: the message has DKIM signatures that verify, but none was made by a domain matching the author's address in the `From` header field. It typically happens when an email service signs with its own domain instead of the customer's. Set up DKIM signing for the domain used in `From`, for example by publishing the provider's key under that domain; this is also what DMARC alignment needs.",
    "note": "The registry remarks that using this code goes against the advice of RFC 6376 section 6.1 on how verifiers treat signatures."
  },
  "X.7.23": {
    "title": "SPF validation failed",
    "description": "The SPF check of the sending IP address returned `fail`: the domain in `MAIL FROM` (or `HELO`) publishes an SPF record that does not authorise this host, and local policy rejects such mail. Common causes are a new mail service or server missing from the SPF record, and forwarding, which sends mail from addresses the original domain never listed. Add the sending hosts to the SPF record (for example with `include:`), or use SRS when forwarding.",
    "note": "RFC 7208 section 8.4 suggests `5.7.1` for an SPF `fail`; the registry entry says this code is used in its place."
  },
  "X.7.24": {
    "title": "SPF validation error",
    "description": "SPF evaluation for the message ended in an error instead of a result. A temporary error (`temperror`, usually a DNS timeout) comes as `451 4.7.24` and is retried later. A permanent error (`permerror`) comes as `550 5.7.24` and means the SPF record itself is broken, for example by a syntax error, two SPF records, or more than 10 DNS lookups. The domain owner must fix the record.",
    "note": "The registry writes the basic codes as \"451/550\": `451` for a temporary SPF error, in place of `4.4.3` (RFC 7208 section 8.6), and `550` for a permanent one, in place of `5.5.2` (section 8.7)."
  },
  "X.7.25": {
    "title": "Reverse DNS validation failed",
    "description": "The connecting client's IP address failed the receiver's reverse DNS check, and local policy rejects such clients. Usually the address has no PTR record, or the PTR name does not resolve back to the same address. Ask whoever controls the IP address (hosting provider or ISP) to set a PTR record naming a host whose A or AAAA record points back to it, ideally the name the server uses in `HELO`."
  },
  "X.7.26": {
    "title": "Multiple authentication checks failed",
    "description": "The message failed more than one of the message authentication checks that local policy requires, and the server does not say which. Typically both SPF and DKIM failed, so the message also failed DMARC. Send a test message to a mailbox you control and read its `Authentication-Results` header, then fix the SPF record, the DKIM signing and their alignment with the `From` domain."
  },
  "X.7.27": {
    "title": "Sender address has null MX",
    "description": "The domain of the sender address publishes a null MX record (RFC 7505), declaring that it receives no mail, and the receiver refuses mail from such senders because replies and bounces could never be delivered. Send from an address whose domain accepts mail; if the domain is meant to receive mail, replace the null MX with real MX records."
  },
  "X.7.28": {
    "title": "Mail flood detected",
    "description": "The receiving system has identified the message as one of a large wave of similar unwanted messages aimed at the same recipient. A typical case is a mail bomb, where an attacker enters the victim's address in many web forms that each send a confirmation email. Operators of such forms should add safeguards (CAPTCHA, rate limits) and stop mailing the address; a legitimate sender should contact the recipient's administrator.",
    "note": "The code was registered from Internet-Draft draft-levine-mailbomb-header-00 (2017), which proposed a header field marking mail sent in response to web forms; the draft expired without becoming an RFC. The registry's basic-code column holds only \".\", so no basic code is named."
  },
  "X.7.29": {
    "title": "ARC validation failure",
    "description": "The message carries an ARC chain (RFC 8617) that does not validate, and the receiver rejects it. ARC lets forwarders and mailing lists vouch for authentication results that their own changes would otherwise break; a broken or forged chain removes that evidence. Contact the operator of the intermediary that added the faulty ARC set, or send the message directly without that intermediary.",
    "note": "ARC is defined by RFC 8617, an Experimental RFC, not a standards-track one."
  },
  "X.7.30": {
    "title": "REQUIRETLS support required",
    "description": "The message was sent with the `REQUIRETLS` option of `MAIL FROM` (RFC 8689), which demands TLS with a validated certificate on every hop, and the relaying server found no next-hop server that supports `REQUIRETLS`, so it cannot pass the message on. Either the recipient's mail servers add REQUIRETLS support, or the sender decides whether the message may be resent without the option."
  }
});
const classes = /* @__PURE__ */ deepFreeze({
  "2": {
    "title": "Success",
    "description": "The first digit `2` reports that the action succeeded: the message was accepted, relayed or delivered. The subject and detail may add information, for example that the message had to be converted on the way or that a requested option was changed. A client needs to do nothing further, but it can log the detail or pass it on in a delivery status notification."
  },
  "4": {
    "title": "Persistent Transient Failure",
    "description": "The first digit `4` reports a temporary failure: the message itself is acceptable, but a condition that is expected to clear, such as a full mail system, an overloaded host or a failed DNS lookup, is blocking it for now. The client keeps the message queued and retries later; if the condition lasts until the queue lifetime runs out, the message is returned to the sender as undeliverable."
  },
  "5": {
    "title": "Permanent Failure",
    "description": "The first digit `5` reports a permanent failure: sending the same message again to the same address will fail again. Something has to change first, such as the recipient address, the size or content of the message, or the configuration of the sending or receiving system. The client does not retry; it returns a non-delivery report to the sender, who removes the cause before sending again."
  }
});
const subjects = /* @__PURE__ */ deepFreeze({
  "0": {
    "title": "Other or Undefined Status",
    "description": "Subject `0` carries no information about where the problem lies. Its only registered code is `X.0.0`, which a server sends when it can say no more than whether the action succeeded, failed temporarily or failed permanently. A client reads such a code by its class alone, exactly as it reads a code whose subject it does not know."
  },
  "1": {
    "title": "Addressing Status",
    "description": "Subject `1` covers problems with an address itself, a recipient's or the sender's: a local part that does not exist, a domain that cannot receive mail, bad syntax, or a mailbox that has moved. The sender can usually fix these by correcting the address. A client that does not know a detail code here reports it as an address problem in general."
  },
  "2": {
    "title": "Mailbox Status",
    "description": "Subject `2` covers conditions of a recipient mailbox that exists: it is disabled, over its quota, limited to smaller messages, or a mailing list that cannot be expanded. These are normally in the hands of the mailbox owner, so the sender retries later or contacts the recipient by other means. A client that does not know a detail code here reports a mailbox problem in general."
  },
  "3": {
    "title": "Mail System Status",
    "description": "Subject `3` covers the receiving mail system as a whole rather than one mailbox: its storage is full, it is not taking mail at the moment, it lacks a requested feature, the message exceeds its size limit, or it is misconfigured. Such problems are for the destination's administrators to resolve; temporary ones are retried. A client that does not know a detail code here reports a mail system problem in general."
  },
  "4": {
    "title": "Network and Routing Status",
    "description": "Subject `4` covers the path to the destination: connections that are not answered or break off, failing DNS or other directory lookups, domains that cannot be routed, congestion, routing loops and messages that expired in a queue. Most of these are temporary and are retried automatically. A client that does not know a detail code here reports a network or routing problem in general."
  },
  "5": {
    "title": "Mail Delivery Protocol Status",
    "description": "Subject `5` covers the SMTP dialogue itself: commands that are unknown, out of sequence or malformed, bad parameters, too many recipients, protocol version mismatches and overlong authentication exchanges. These usually point to a bug or a misconfiguration in the client or the server, not to the address or the message. A client that does not know a detail code here reports a protocol problem in general."
  },
  "6": {
    "title": "Message Content or Media Status",
    "description": "Subject `6` covers the content of the message: MIME types the next system cannot handle, conversions that are needed but forbidden, impossible or lossy, content that cannot be fetched, and internationalized (UTF-8) addresses or headers that the path cannot carry. Sender and receiver both have to support the formats used, so the fix may lie on either side. A client that does not know a detail code here reports a content problem in general."
  },
  "7": {
    "title": "Security or Policy Status",
    "description": "Subject `7` covers security and policy decisions: delivery refused by the recipient's policy or filters, failed SMTP authentication, encryption or TLS requirements, failed SPF, DKIM or ARC checks, reverse DNS checks and similar rules. The remedy depends on the check, from fixing credentials or DNS records to asking the recipient's administrator. A client that does not know a detail code here reports a security or policy problem in general."
  }
});
const firstDigit = /* @__PURE__ */ deepFreeze({
  "1": {
    "title": "Positive preliminary",
    "description": "The `1yz` class comes from the reply-code theory that SMTP shares with FTP: the command is accepted, but the server waits for a go-ahead before acting. RFC 821 already noted that no SMTP command uses it, and RFC 5321 leaves it out of the SMTP model; its reply syntax only allows first digits 2 to 5. A client that receives a code starting with 1 should treat it as an out-of-range reply, which normally ends the mail transaction like a fatal error."
  },
  "2": {
    "title": "Positive completion",
    "description": "The server has carried out the requested action completely, and the client may go on with the next command. After the final dot of `DATA` a `2yz` reply means the server has taken over responsibility for the message: it will deliver it, retry it or send a non-delivery report itself. Clients act on the first digit, so any code starting with 2, known or not, counts as success."
  },
  "3": {
    "title": "Positive intermediate",
    "description": "The server has accepted the command but needs more input before it acts. In basic SMTP this is the `354` reply to `DATA`, after which the client sends the message and ends it with a line holding a single dot; `AUTH` uses `334` for each challenge of the authentication exchange. The client must now send exactly the input the server is waiting for, because the server reads the next lines as that input and not as commands."
  },
  "4": {
    "title": "Transient negative completion",
    "description": "The command was refused and nothing was done, but the condition is expected to pass: a busy server, a full disk, greylisting, a local processing error. The client keeps the message and tries the same request again later, normally from the start of the transaction; RFC 5321 asks for retry intervals of at least 30 minutes and for giving up only after four to five days. After a `4yz` reply to the end of the data the message is still the client's responsibility."
  },
  "5": {
    "title": "Permanent negative completion",
    "description": "The command was refused and repeating it unchanged will fail again: the mailbox does not exist, the address is malformed, policy forbids the message. The client should not send the same request again in the same form; a relaying server returns the message to its sender with a non-delivery report. Something must change first, such as the address, the message or the account. RFC 5321 makes one exception: `552` given for too many recipients is treated as the temporary `452`."
  }
});
const secondDigit = /* @__PURE__ */ deepFreeze({
  "0": {
    "title": "Syntax",
    "description": "Replies about the form of a command: syntax errors, commands the server does not recognise or has not implemented, unsupported parameters, commands in the wrong order, and correct commands that fit no other category. The typical codes are `500` to `504`. They usually point to a client bug or a configuration mismatch, so the client should correct the command instead of repeating it."
  },
  "1": {
    "title": "Information",
    "description": "Replies to requests for information, such as system status or help: `211` and `214`, the replies to `HELP`. Their text is written for a person, so a client program passes it on or logs it instead of acting on it."
  },
  "2": {
    "title": "Connections",
    "description": "Replies about the transmission channel itself: the `220` greeting, the `221` goodbye after `QUIT`, and `421` when the server is about to close the connection; `521` says a host accepts no mail at all. The text of `220`, `221` and `421` starts with the server's host name. After `421` the client should consider the connection gone and try again later."
  },
  "3": {
    "title": "Unspecified (x3z)",
    "description": "RFC 5321 gives this category no meaning. Later extensions use it mostly for authentication: `AUTH` (RFC 4954) answers with `235`, `334`, `432`, `534`, `535` and `538`, and `530` asks the client to authenticate or to start TLS first. A client treats these codes like any other: the first digit decides, the exact code tells which authentication step failed."
  },
  "4": {
    "title": "Unspecified (x4z)",
    "description": "RFC 5321 leaves this category unassigned as well, and none of the codes in this reference has 4 as its second digit. Servers should not invent codes here; a client that meets one acts on its first digit alone."
  },
  "5": {
    "title": "Mail system",
    "description": "Replies about the state of the receiving mail system with respect to the requested transfer: accepted or refused senders and recipients, mailbox and storage problems, policy rejections, and the `354` go-ahead for the message data. Most everyday codes live here, such as `250`, `450`, `451`, `452`, `550` and `554`. The first digit still decides what the client does; an enhanced status code, when present, says more precisely what went wrong."
  }
});
const thirdDigit = /* @__PURE__ */ deepFreeze({
  "title": "Third digit",
  "description": "The third digit tells codes of the same class and category apart, for example `550` (mailbox unavailable) from `553` (mailbox name not allowed). It has no meaning of its own across categories, and RFC 5321 asks servers to adapt the defined codes instead of inventing new third digits for slightly different situations; finer detail belongs in an enhanced status code. A client decides by the first digit, may look at the second for the kind of problem, and uses the third, together with the text, mainly for logs, reports and diagnostics."
});
const commands = /* @__PURE__ */ deepFreeze({
  "CONNECT": {
    "title": "Connection establishment",
    "description": "Not a command but the moment the client opens the connection: the server speaks first. A `220` greeting, whose text starts with the server's host name, invites the client to send `EHLO`. A `554` instead means the server refuses this session; it still waits for `QUIT` and answers other commands with `503`, so the client should quit and not deliver here. RFC 5321 asks clients to wait at least five minutes for the greeting."
  },
  "EHLO": {
    "title": "Identify the client and ask for extensions",
    "description": "Opens the session, gives the client's host name or address literal and asks which SMTP extensions the server supports. The `250` reply is normally multiline: the first line names the server, each further line an extension keyword such as `SIZE`, `STARTTLS` or `AUTH`. A client that gets `500` or `502` from a server without extensions may fall back to `HELO`. A later `EHLO`, as sent after `STARTTLS`, resets the session like `RSET`."
  },
  "HELO": {
    "title": "Identify the client without extensions",
    "description": "The original RFC 821 command for opening the session: it identifies the client by its domain name but does not ask for extensions, so the `250` reply is a single line and the client should use no extension in the session. Modern clients send `EHLO` and use `HELO` only when `EHLO` is not recognised. Servers must still accept `HELO`; a `550` reply is a refusal, for example on policy grounds."
  },
  "MAIL": {
    "title": "Start a mail transaction",
    "description": "Starts a new mail transaction and gives the envelope sender, the address that receives any bounce; it may also carry extension parameters such as `SIZE`. `250` accepts the sender and recipients can follow. `451`, `452` and `455` are temporary: retry later. `550` and `553` refuse the sender, `552` the size, `555` a parameter and `503` the order of commands; the address, the parameters or the client's behaviour must change before a new attempt."
  },
  "RCPT": {
    "title": "Add a recipient",
    "description": "Names one recipient; a message for several recipients uses one `RCPT` per address. `250` accepts the recipient, and `251` accepts it and says the mail will be forwarded elsewhere. `550`, `551`, `552` and `553` refuse it permanently; `450`, `451` and `452` are temporary, and `452` also means too many recipients for this transaction. The client goes on with the accepted recipients and, for the others, retries later or returns the message to the sender with a non-delivery report."
  },
  "DATA": {
    "title": "Send the message",
    "description": "Asks to send the message itself. `354` invites the client to transmit header and body, ending with a line that holds only a dot; the server then gives its verdict on the whole message: `250` means it has taken responsibility for delivery, a `4yz` reply means retry later, a `5yz` reply that the message is refused. A `503` or `554` instead of `354` (commands out of order, or no valid recipients) means the client must not send the data."
  },
  "RSET": {
    "title": "Reset the transaction",
    "description": "Aborts the current mail transaction: the server discards the sender, the recipients and any data, but the session stays open and no new `EHLO` is needed. The normal reply is `250`, and a server must not close the connection because of `RSET`. Clients send it to clean up after a failed or abandoned transaction before starting the next one."
  },
  "VRFY": {
    "title": "Verify a user or mailbox",
    "description": "Asks whether a string names a user or mailbox on the server, without touching any transaction. `250` or `251` confirm it and give the mailbox; `252` says the server will not verify but will accept mail for it and try to deliver. `550`, `551` and `553` (for example an ambiguous name) are negative answers, `502` and `504` mean the command or its argument is not supported. Many servers disable `VRFY` or always answer `252`, so clients should not rely on it."
  },
  "EXPN": {
    "title": "Expand a mailing list",
    "description": "Asks the server to list the members of a mailing list. A successful `250` reply is multiline, one mailbox per line; `252` means the server will not expand the list. `550` says the name is not a list or access is refused, and `500`, `502` and `504` that the command or its argument is not supported. Most public servers refuse `EXPN` because it reveals addresses."
  },
  "HELP": {
    "title": "Request help",
    "description": "Asks for help text, in general or about the command given as argument. The answer is `214`, help meant for a person to read, or `211`, system status, and is often multiline; `502` means no help is available and `504` that help on that argument is not. Clients show the text to a user and do not parse it."
  },
  "NOOP": {
    "title": "No operation",
    "description": "Does nothing except make the server answer `250`, and any argument is ignored. Clients use it to check that the connection is still alive or to keep an idle session open, and, with pipelining, as a point at which all earlier replies must have arrived."
  },
  "QUIT": {
    "title": "End the session",
    "description": "Ends the session: the server replies `221` and closes the connection, and any unfinished transaction is dropped. A client must always finish with `QUIT` and should wait for the reply, even after errors, instead of simply closing the connection; a server in turn must not close the connection before receiving `QUIT`, except when it shuts down with `421` or a timeout expires."
  },
  "STARTTLS": {
    "title": "Start TLS encryption",
    "description": "Switches the connection to TLS; servers offer it as `STARTTLS` in the `EHLO` reply. After `220` the client starts the TLS handshake at once, and once it succeeds the session starts over: the client sends `EHLO` again, since the list of extensions may change. `454` means TLS is temporarily unavailable, and the client decides by its own policy whether to go on without encryption; `501` means the command was sent with an argument."
  },
  "AUTH": {
    "title": "Authenticate the client",
    "description": "Authenticates the client with one of the SASL mechanisms listed in the `AUTH` line of the `EHLO` reply. Server challenges come as `334` lines, each answered by a base64 line or by `*` to cancel, and `235` means success. After `535` the credentials are wrong and the user should supply new ones; after `454` the failure is temporary and the password is not to blame. The other errors concern the mechanism (`432`, `504`, `534`, `538`), malformed input (`500`, `501`) or timing (`503`)."
  },
  "ETRN": {
    "title": "Request delivery of queued mail",
    "description": "Asks the server to start delivering the mail it holds in its queue for a given domain or node, typically for a site that is only connected from time to time; the server then delivers over new connections of its own. `250`, `251`, `252` and `253` are success replies: delivery started, no messages waiting, pending messages started, and the same with a message count. `458` says the server cannot start processing the queue for that node now, `459` that the node is not allowed."
  },
  "ATRN": {
    "title": "Reverse roles after authentication",
    "description": "Part of On-Demand Mail Relay (RFC 2645): a client with a changing IP address authenticates with `AUTH` and then asks its provider for the mail queued for one or more domains, to be delivered over the same connection with the roles of client and server swapped. `250` means the server is about to reverse the connection; `453` means no mail is waiting, `450` that the request is refused, `451` that it cannot be processed now, and `530` that the client must authenticate first."
  },
  "BDAT": {
    "title": "Send the message in chunks",
    "description": "Sends the message in one or more chunks of an exact size in octets instead of using `DATA`, which needs no dot-stuffing and allows binary content; servers offer it as `CHUNKING` in the `EHLO` reply. Each accepted chunk gets `250`, and the reply to the chunk marked `LAST` tells whether the whole message was accepted. After a `4yz` or `5yz` reply to any chunk the transaction has failed and the client sends no further chunks; `503` answers a `BDAT` after the last chunk, and the client must then send `RSET`."
  }
});
const concepts = /* @__PURE__ */ deepFreeze({
  "reply-structure": {
    "title": "Structure of a reply",
    "description": "Every SMTP command gets exactly one reply, and the server also sends one as soon as the connection opens. Each reply line starts with a three-digit code, followed by a separator and a text: a space on the last or only line, a hyphen on the lines before it. The code is meant for programs and the text for people: a client decides what to do from the code alone and may show or log the text. Only a few replies carry text that software reads, such as the server name in `220`, `221` and `421` and the new address in `251` and `551`.\nThe first digit gives the outcome (2 success, 3 more input needed, 4 temporary failure, 5 permanent failure), the second the category (syntax, information, connections, mail system) and the third a finer distinction. Servers may word the text as they like, so the same code can come with very different texts. Some send no text at all, and clients must then accept the bare code, with or without a trailing space."
  },
  "multiline-replies": {
    "title": "Multiline replies",
    "description": "A reply can span several lines. Every line except the last has a hyphen right after the code (`250-`), and the last line has a space (`250 `) or, from servers that send no text, nothing after the code. All lines must carry the same code, so the client may act on any of them, but it has to keep reading until the line with the space: only then is the reply complete and may the next command be sent. Digits at the start of a continuation line's text, as in `250-234 Text`, are still just text.\nThe `EHLO` reply is the common case: one line per supported extension, such as `250-PIPELINING`, `250-SIZE 35882577` and finally `250 HELP`. Replies to `EXPN` and `HELP` are usually multiline too, but any reply may be, including the `220` greeting."
  },
  "enhanced-codes": {
    "title": "Enhanced status codes",
    "description": "RFC 3463 defines a second, finer set of codes, written as three numbers joined by dots: class.subject.detail, for example `5.1.1`. The class repeats the outcome and can only be `2` (success), `4` (persistent transient failure) or `5` (permanent failure). The subject says where the problem lies: `0` other, `1` addressing, `2` mailbox, `3` mail system, `4` network and routing, `5` mail delivery protocol, `6` message content or media, `7` security or policy. The detail pins down the exact condition within the subject. Subject and detail are numbers of one to three digits, written without leading zeros and without spaces.\nIn an SMTP reply the enhanced code goes with the basic code and must agree with it: a `2xx` reply carries a `2.x.x` code, a `4xx` reply a `4.x.x` code and a `5xx` reply a `5.x.x` code (RFC 2034). The same codes appear in the `Status` field of delivery status notifications. IANA keeps the registry of defined codes, which also lists the basic codes each one is usually combined with.\nNot every code takes every class. RFC 3463 says of many codes that they are useful only as a permanent or only as a persistent transient error (`X.1.2` only permanent, `X.4.1` only transient), and the registry's basic codes give the classes of most others (`X.7.17` is listed as `5XX`). Where the registry also lists a basic code of another class, the code keeps that class as well, since servers send it so (`450 4.7.1`), and the code's note says what the RFC intended. Where neither names a class, a code that reports a failure takes `4` and `5`, since class `2` reports a positive delivery action, and a code that does not, such as `X.1.0` \"Other address status\", takes all three. Each code's entry shows its classes and where they come from."
  },
  "enhanced-code-placement": {
    "title": "Where the enhanced code appears",
    "description": "A server that supports RFC 2034 announces the keyword `ENHANCEDSTATUSCODES` in its `EHLO` reply and puts the enhanced code at the very start of the reply text: after the basic code and its separator, before the human-readable text, and followed by at least one space, as in `550 5.1.1 Mailbox does not exist`. In a multiline reply the same enhanced code starts the text of every line, for example `551-5.7.1 Forwarding to remote hosts disabled` followed by `551 5.7.1 Select another host to act as your forwarder`.\nThe rule covers all `2xx`, `4xx` and `5xx` replies except the greeting and the replies to `HELO` and `EHLO`; `3xx` replies such as `354` carry no enhanced code. Such a server adds the codes whether or not the client asked for them, even after `HELO`. A client can rely on finding one only when the server has advertised the keyword; without it, text that merely looks like `5.1.1` may be ordinary text."
  },
  "unknown-codes": {
    "title": "Unknown codes",
    "description": "New reply codes appear over time, and servers sometimes send codes no standard defines. RFC 5321 requires clients to cope with that: a code the client does not know is handled by its first digit alone, so an unknown `2yz` is success, `4yz` a temporary failure and `5yz` a permanent one. A code whose first digit is not 2 to 5 is out of range and should normally end the mail transaction like a fatal error.\nRFC 3463 applies the same idea to enhanced codes. A client that does not know the detail reports the meaning of the subject, so an unregistered `X.1.99` is still an addressing problem; one that does not know the subject falls back on the class. Software should therefore keep the full code it received, even when it cannot name it."
  },
  "retry-behaviour": {
    "title": "Temporary and permanent failures",
    "description": "The first digit tells a client whether to try again. After a `4yz` reply the same request may succeed later without any change, so the client keeps the message in its queue and retries: RFC 5321 suggests waiting at least 30 minutes between attempts and giving up only after four to five days, with a non-delivery report to the sender. After a `5yz` reply the same request will fail again; the client should not repeat it unchanged, and a relaying server returns the message to its sender at once. Only a `2yz` reply to the end of the data hands the message over to the server; after a `4yz` or `5yz` reply there, the client remains responsible for it.\n`421` is special: the server is shutting down or closing the connection, and it may send this reply at any moment, so the client usually reads it after its next command. The client then tries the whole session again later. A connection that breaks without a reply is treated as if `451` had been received. RFC 5321 also corrects an old mistake: the correct reply from a server that has no room for more recipients is `452`, and a client that receives `552` for too many recipients treats it as temporary and sends the remaining recipients in a later transaction. Since a conforming server accepts at least 100 recipients per message, each attempt moves at least that many forward."
  },
  "pipelining": {
    "title": "Pipelining",
    "description": "With the PIPELINING extension (RFC 2920), announced as `PIPELINING` in the `EHLO` reply, a client may send several commands at once, for example `MAIL`, a series of `RCPT` and `DATA`, without waiting for each reply. The server still answers every command with its own reply, in the order of the commands, and several replies may arrive together in one read. The client must match replies to commands by counting them, must not mistake two replies for one multiline reply, and must check every status: a rejected `RCPT` does not stop the server from processing the commands after it.\n`EHLO`, `DATA`, `VRFY`, `EXPN`, `TURN`, `QUIT` and `NOOP` change the state of the session and may only come last in a group. If no recipient was accepted but `DATA` still got `354`, the client sends a single dot to end the empty message; if `DATA` was rejected, it can simply send `RSET`."
  },
  "line-limits": {
    "title": "Reply line length",
    "description": "RFC 5321 limits a reply line to 512 octets, counting the three-digit code and the final CRLF; a server with more to say sends a multiline reply instead of a longer line. Command lines have the same 512-octet limit, and lines of message text may be up to 1000 octets including CRLF. Extensions can raise these limits, and a robust client does not rely on a server keeping them.\n`AUTH` is the notable exception. The base64 challenges a server sends on `334` lines and the client's answers can be much longer than ordinary lines, and RFC 4954 requires both sides to handle the longest strings their authentication mechanisms produce, regardless of other line limits; it names 12288 octets as enough for the mechanisms deployed at the time. A server whose buffer is still too small fails the exchange with `500`, enhanced code `5.5.6`."
  }
});
/** The texts of the codes and digits in English, without commands and concepts. */
export const enMeanings: MeaningData = /* @__PURE__ */ deepFreeze({
  locale: "en",
  name: "English",
  replies,
  enhanced,
  classes,
  subjects,
  firstDigit,
  secondDigit,
  thirdDigit,
});
/** Every text of the spec in English. */
export const en: LocaleData = /* @__PURE__ */ deepFreeze({
  locale: "en",
  name: "English",
  replies,
  enhanced,
  classes,
  subjects,
  firstDigit,
  secondDigit,
  thirdDigit,
  commands,
  concepts,
});
