// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
import type { LocaleData, MeaningData, ReasonTextData } from '../locale.js';
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
const reasons = /* @__PURE__ */ deepFreeze({
  "user-unknown": {
    "title": "Recipient address does not exist",
    "description": "The receiving domain accepts mail, but it has no mailbox for the part of the address before the @. The address was mistyped, the account was deleted, or the list entry is out of date.",
    "action": "Do not retry. Correct the address or remove it from your list; sending on to unknown addresses harms your sender reputation."
  },
  "mailbox-full": {
    "title": "Mailbox full",
    "description": "The recipient's mailbox has reached its quota, so the server does not store more mail for it until the owner deletes messages.",
    "action": "Retry later. If the mailbox stays full for days (repeated bounces), the address is probably abandoned: stop sending to it."
  },
  "mailbox-disabled": {
    "title": "Mailbox disabled or suspended",
    "description": "The mailbox exists but does not accept mail: the account was suspended, locked by an administrator, closed for non-payment or left inactive for too long.",
    "action": "Stop sending to the address. If the recipient matters, reach them another way and ask for a working address."
  },
  "recipient-filtered": {
    "title": "Refused by the recipient's own filter",
    "description": "The recipient's mailbox or account settings refuse this sender, domain or kind of message. Mobile carriers' receive filters (docomo, au, SoftBank) and per-user block lists answer this way, often with the same words as an unknown user.",
    "action": "Do not retry the same message. Ask the recipient to allow your sending address or domain; until then, treat the address as unreachable."
  },
  "has-moved": {
    "title": "Recipient has moved",
    "description": "The address was valid once, but its owner has moved and the server does not forward mail. Some servers name the new address in the reply text.",
    "action": "Update the address if the reply names a new one; otherwise remove it. Do not retry the old address."
  },
  "host-unknown": {
    "title": "Recipient domain does not exist",
    "description": "The part of the address after the @ cannot receive mail: the domain does not exist in DNS, has no usable MX or address records, or publishes a null MX (RFC 7505).",
    "action": "Check the domain for a typo (gmial.com). If it is spelled right, the domain is gone or takes no mail: remove the address."
  },
  "expired": {
    "title": "Delivery time expired",
    "description": "The sending server kept the message in its queue and retried after temporary failures, until its queue lifetime ran out and it gave up. The last temporary error is often the real cause.",
    "action": "Look at the last error in the notice. The address may be fine: send again later, and if the same domain keeps timing out, check its mail servers."
  },
  "network-error": {
    "title": "Network or connection failure",
    "description": "The sending server could not reach the receiving server or lost the connection: the connection was refused or timed out, a DNS lookup failed temporarily, or a routing loop was detected.",
    "action": "Retry later; the sending server usually does so by itself. If it persists, check the receiving domain's MX records and whether its servers answer on port 25."
  },
  "message-too-big": {
    "title": "Message too big",
    "description": "The message is larger than the receiving system or the recipient's mailbox accepts, usually because of attachments. The limit may be announced in advance with the SMTP SIZE extension.",
    "action": "Do not resend the same message. Make it smaller: compress or remove attachments, or share large files by link."
  },
  "rate-limited": {
    "title": "Rate limited or too many connections",
    "description": "The receiving server is slowing the sender down: too many messages, recipients or connections in a short time, or a volume that looks unusual for this sender.",
    "action": "Retry later and send more slowly: fewer connections and recipients per connection, spread out over time. A new IP address or domain needs a gradual warm-up."
  },
  "blocked": {
    "title": "Sending IP or domain blocked",
    "description": "The receiving server refuses the sending server itself, not this message: its IP address or domain is on a blocklist (DNSBL), has a poor reputation, or its HELO name is not acceptable.",
    "action": "Look up the sending IP on the blocklist the reply names and follow its delisting procedure; fix the cause first (compromised account, open relay, list hygiene). The address itself is probably fine."
  },
  "spam-detected": {
    "title": "Rejected as spam",
    "description": "A spam filter on the receiving side judged this message to be unsolicited bulk mail, from its content, links, headers or the sender's history.",
    "action": "Do not resend unchanged. Check the content and links, authenticate the mail (SPF, DKIM, DMARC) and send only to people who asked for it."
  },
  "virus-detected": {
    "title": "Virus or malware detected",
    "description": "A scanner on the receiving side found a virus, malware or a forbidden attachment type in the message.",
    "action": "Do not resend. Scan the sending system and the attachment; send files in a type the recipient accepts, or by link."
  },
  "content-rejected": {
    "title": "Message content or format rejected",
    "description": "Something in the message itself was refused: its headers, MIME structure, encoding, media types or a content rule of the receiving server.",
    "action": "Read the reply text for the rule that was broken, fix the message and send it again."
  },
  "policy-rejected": {
    "title": "Refused by security or policy rules",
    "description": "The receiving server refused the message under one of its security or policy rules that no more specific reason covers: not authorised to deliver, a local policy, an encryption or signature requirement.",
    "action": "Read the reply text for the policy and the contact it names. Fix what it asks for, or ask the recipient's postmaster; do not retry unchanged."
  },
  "not-compliant": {
    "title": "Message does not follow the standards",
    "description": "The receiving server refused a message that breaks the Internet message format (RFC 5322) or related standards, for example duplicate or missing From, Date or Message-ID headers.",
    "action": "Fix the software that builds the message so that it produces standard headers; resending the same message will fail again."
  },
  "authentication-failed": {
    "title": "Sender authentication failed (SPF, DKIM, DMARC)",
    "description": "The message failed the receiving server's checks of the sending domain: SPF does not authorise the sending IP, the DKIM signature is missing or invalid, or the DMARC policy of the From domain says to reject it.",
    "action": "Fix the sending domain's DNS and signing: list every sending service in SPF, sign with DKIM aligned to the From domain, and check DMARC reports. Then resend."
  },
  "reverse-dns-required": {
    "title": "Reverse DNS missing or wrong",
    "description": "The sending IP address has no PTR record, or its PTR name does not resolve back to the same address, and the receiving server requires both.",
    "action": "Ask whoever runs the sending IP (hosting or ISP) to set a PTR record to the server's host name, with a matching A or AAAA record. Then resend."
  },
  "tls-required": {
    "title": "TLS required or failed",
    "description": "The receiving server requires an encrypted connection (STARTTLS) that was not used, or the TLS handshake failed: no common protocol version or cipher, or a certificate that could not be verified.",
    "action": "Enable STARTTLS on the sending server with a current TLS version, and check the certificates on both sides. Then resend."
  },
  "relaying-denied": {
    "title": "Relaying denied",
    "description": "The server that was contacted is not responsible for the recipient's domain and does not relay mail for this client. Usually the domain's MX records point to the wrong server, or the client did not authenticate.",
    "action": "Check the recipient domain's MX records and the sending server's routing; when submitting through your own provider, log in (SMTP AUTH) first."
  },
  "sender-rejected": {
    "title": "Sender address rejected",
    "description": "The receiving server refused the envelope sender (MAIL FROM): its domain does not exist or cannot receive replies, the address is malformed, or the sender is not allowed to write to this recipient.",
    "action": "Check the envelope sender address and its domain's DNS (MX or A records); use an address that can receive bounces."
  },
  "not-accepting-mail": {
    "title": "Domain or server does not accept mail",
    "description": "The receiving domain or server does not take mail at all: it publishes a null MX, answers 521 or 556, or refuses every message.",
    "action": "Remove the address, or reach the recipient another way; retrying does not help."
  },
  "syntax-error": {
    "title": "SMTP command or syntax error",
    "description": "The receiving server did not understand a command of the sending server, got it out of sequence, or found its arguments invalid. The fault is in the sending software, not in the recipient.",
    "action": "Check the sending software's configuration and logs for the command that failed; fix it before resending."
  },
  "system-error": {
    "title": "Error in the receiving system",
    "description": "A fault in the receiving mail system stopped delivery: a misconfiguration, a failed directory lookup, a local delivery program that exited with an error, or another internal problem.",
    "action": "Retry later if the code is temporary. If it persists, tell the recipient's postmaster; the sender cannot fix it."
  },
  "system-full": {
    "title": "Receiving system out of storage",
    "description": "The receiving mail system has run out of disk space or queue capacity for all its users, not only for this mailbox.",
    "action": "Retry later; the sending server normally does. Tell the recipient's postmaster if it lasts."
  },
  "suppressed": {
    "title": "Suppressed by the sending service",
    "description": "The sending service did not even try: the address is on its suppression list because of an earlier hard bounce or complaint.",
    "action": "Treat the address as undeliverable. Remove it from the suppression list only if you know the earlier problem is fixed."
  },
  "on-hold": {
    "title": "Not enough information to decide",
    "description": "The notice says the delivery failed but gives too little to name a reason: only a generic code such as `5.0.0`, or a text that no rule recognises.",
    "action": "Keep the address, and decide after the next attempt or from other notices for it."
  },
  "auto-reply": {
    "title": "Automatic reply",
    "description": "Not a bounce: the recipient's system answered automatically, for example with an out-of-office or vacation message. The message was delivered.",
    "action": "Nothing to do for the address. Do not count it as a failure."
  },
  "feedback-report": {
    "title": "Complaint (feedback report)",
    "description": "Not a bounce: a mailbox provider reports (ARF, RFC 5965) that the recipient marked the delivered message as spam, or sent another kind of feedback.",
    "action": "Stop sending marketing mail to the address (unsubscribe it), and review why recipients complain."
  },
  "delivered": {
    "title": "Delivered",
    "description": "Not a failure: a delivery status notification reports that the message was delivered or relayed, usually because success notices were requested (RFC 3461 NOTIFY=SUCCESS).",
    "action": "Nothing to do."
  },
  "undetermined": {
    "title": "Reason not determined",
    "description": "There is nothing to decide from: the notice carries no usable reply code, enhanced code or text for this recipient.",
    "action": "Read the original notice. Treat a 5xx as permanent and a 4xx as temporary until you know more."
  }
});
const providers = /* @__PURE__ */ deepFreeze({
  "amazon-ses": {
    "codes": [
      {
        "meaning": "The client has too many SMTP connections open to SES at the same time.",
        "action": "Use fewer parallel connections and retry with increasing waits."
      },
      {
        "meaning": "SES could not process the request this time.",
        "action": "Retry with backoff (for example 5, 10, then 30 seconds)."
      },
      {
        "meaning": "The client was silent too long between commands, and SES closed the connection.",
        "action": "Reconnect and send again; look for stalls in the application or network."
      },
      {
        "meaning": "The SES account has sent its maximum number of messages for the last 24 hours.",
        "action": "Wait for the quota window to move on, or ask AWS to raise the sending quota."
      },
      {
        "meaning": "The application sends more messages per second than the SES account allows.",
        "action": "Throttle the sender below the account's rate and retry with backoff."
      },
      {
        "meaning": "SES had a problem checking the SMTP credentials this time.",
        "action": "Retry later; if it keeps failing, check the credentials and the region of the endpoint."
      },
      {
        "meaning": "The application did not authenticate before trying to send through SES.",
        "action": "Configure SMTP AUTH with SES SMTP credentials, over TLS."
      },
      {
        "meaning": "The SMTP user name or password is wrong; SES SMTP credentials differ from ordinary AWS access keys.",
        "action": "Generate SMTP credentials for SES in the right region and use them in the application."
      },
      {
        "meaning": "The AWS account that owns the SMTP credentials is not signed up for SES.",
        "action": "Sign the account up for SES, or use credentials from an account that has it."
      },
      {
        "meaning": "The message is larger than the SES size limit for this interface.",
        "action": "Make the message smaller or link to large files instead of attaching them."
      },
      {
        "meaning": "The IAM policy, or the identity's sending authorization policy, does not let this user send through SES.",
        "action": "Grant ses:SendRawEmail on the identity to the user behind the SMTP credentials."
      },
      {
        "meaning": "An address or domain in From, Sender, Source or Return-Path is not verified in this region; in the sandbox, recipients must be verified too.",
        "action": "Verify the identities in the SES region you send from, or request production access to leave the sandbox."
      },
      {
        "meaning": "AWS has paused sending for the SES account, usually because its bounce or complaint rate was too high.",
        "action": "Read AWS's message to the account owner, fix the list quality problem and ask for a review."
      },
      {
        "meaning": "SES did not even try to deliver, because the address is on the account's suppression list after an earlier bounce or complaint.",
        "action": "Keep the address off your list; remove it from the suppression list only if you know it works again."
      },
      {
        "meaning": "The address is on SES's global suppression list because it recently bounced as invalid.",
        "action": "Remove the address from your list."
      },
      {
        "meaning": "SES kept retrying the receiving server and gave up after its retry period; the last remote reply follows in angle brackets.",
        "action": "Read the remote reply inside the angle brackets; it tells the real cause (rate limit, full mailbox, connection failure)."
      }
    ]
  },
  "au": {
    "codes": [
      {
        "meaning": "No au mailbox exists at this address (the reply names the address in angle brackets). au answers unknown addresses with 550 during the SMTP session.",
        "action": "Remove the address from your list; au restricts senders that keep mailing unknown addresses."
      },
      {
        "meaning": "With no address before the colon (\"550 : User unknown\"), au is reporting that the recipient's own reception settings (domain filter, spoofing filter) refused the message; the address itself exists.",
        "action": "Do not remove the address at once: make sure SPF (and DKIM/DMARC) pass for your From domain and ask the recipient to allow your domain in their au mail settings."
      },
      {
        "meaning": "au's server will not take mail for this address: it is not in an au domain or is malformed (for example two @ signs or characters au does not allow).",
        "action": "Check that the message went to the right MX for the recipient's domain and correct or remove the address."
      },
      {
        "meaning": "au accepted the message and then returned it because the recipient's mailbox was full.",
        "action": "Retry later; stop sending if the address keeps bouncing for this reason."
      },
      {
        "meaning": "The recipient's au mail account is disabled (for example after the contract ended), so au returned the message.",
        "action": "Stop sending to the address and remove it if it bounces again."
      },
      {
        "meaning": "The recipient's au account is temporarily restricted (for example suspended service), so it cannot receive mail now.",
        "action": "Pause sending to the address and try again later; remove it if the restriction lasts."
      },
      {
        "meaning": "au could not deliver the message to the handset within its retry period, so it gave up and returned it.",
        "action": "Send again later if the message still matters; repeated expiries suggest the handset is off or out of service for long periods."
      }
    ]
  },
  "docomo": {
    "codes": [
      {
        "meaning": "No docomo mailbox exists at this address. Until 12 March 2025 docomo also sent this same text, after DATA, when the recipient's reception settings (domain filter, spoofing filter) refused the message; since 13 March 2025 such mail is accepted and filed in a spam folder instead, so the text now means an unknown address.",
        "action": "Remove the address from your list. Sending many messages to unknown docomo addresses gets the sending network temporarily blocked, so clean lists regularly."
      },
      {
        "meaning": "The recipient's docomo mailbox has no room for the message.",
        "action": "Retry later or ask the recipient to delete old mail; stop if it keeps bouncing."
      },
      {
        "meaning": "The message was addressed to more docomo recipients in one SMTP session than docomo allows (docomo asks for at most 100 per session).",
        "action": "Split the delivery into smaller batches per session and send more slowly."
      },
      {
        "meaning": "A line of the message is longer than 1000 bytes (including CRLF), which docomo refuses; this happens with bodies written without line breaks.",
        "action": "Wrap long lines or use quoted-printable or base64 encoding for the body, then send again."
      },
      {
        "meaning": "docomo answered DATA this way because no recipient had been accepted before it; the real reason is in the earlier RCPT TO reply (usually Unknown user).",
        "action": "Act on the RCPT TO reply in the same transcript; this line on its own needs no change."
      }
    ]
  },
  "gmail": {
    "codes": [
      {
        "meaning": "The recipient's mailbox is receiving messages faster than Gmail lets it, so new mail to it is deferred for now.",
        "action": "Let your server retry later and slow down sending to this one address."
      },
      {
        "meaning": "The recipient gets so much mail that Gmail temporarily stops accepting more for this mailbox.",
        "action": "Retry later; if it persists, send less often to this recipient."
      },
      {
        "meaning": "The Google Workspace customer has hit the short-term peak limit of Google's SMTP relay service.",
        "action": "Retry later and spread the outgoing volume of that Workspace account over time."
      },
      {
        "meaning": "The recipient's Google storage is full, so the inbox cannot take new mail at the moment.",
        "action": "Let your server keep retrying for a while; tell the recipient by another channel to free up storage."
      },
      {
        "meaning": "A Gmail server refused the message for a temporary internal reason.",
        "action": "Nothing to change; let your server retry."
      },
      {
        "meaning": "Gmail has a temporary problem of its own and closed the session.",
        "action": "Let your server retry later; no change is needed on your side."
      },
      {
        "meaning": "The SMTP session stayed idle too long and Gmail closed the connection.",
        "action": "Retry; if it keeps happening, look for slow networks or stalls in your server's sending."
      },
      {
        "meaning": "The Gmail server is overloaded and cannot take the session now.",
        "action": "Let your server retry later."
      },
      {
        "meaning": "Gmail saw the client break the SMTP protocol rules of RFC 5321 during the session.",
        "action": "Check what your mail software sends in the session (pipelining, line endings, command order) and fix it."
      },
      {
        "meaning": "The recipients' domain policies in this one transaction are too large for Gmail to apply together.",
        "action": "Send to this recipient in a separate transaction; most servers do this automatically on retry."
      },
      {
        "meaning": "The message has more recipients than Gmail accepts in one transaction.",
        "action": "Send the rest of the recipients in further transactions; retrying does this on most servers."
      },
      {
        "meaning": "The connection had been open too long and Gmail closed it.",
        "action": "Reconnect and send again; keep sessions shorter."
      },
      {
        "meaning": "The recipient's Workspace domain accepts mail only from listed IP addresses, and yours is not on the list.",
        "action": "Ask the recipient's administrator to add your sending IP, or send through a server they allow."
      },
      {
        "meaning": "Gmail refuses the session for now, usually at HELO, because of the client's behavior or volume.",
        "action": "Retry later; if it lasts, check your volume, HELO name and sending reputation."
      },
      {
        "meaning": "The sending IP has no reverse DNS (PTR) record, or its name does not resolve back to that IP, so Gmail rate-limits it.",
        "action": "Publish a PTR record for the IP whose name resolves back to the same IP, then let the mail retry."
      },
      {
        "meaning": "The client tried to log in to Gmail's SMTP service too many times and is paused.",
        "action": "Wait, then check the account name and password or app password the client uses."
      },
      {
        "meaning": "The recipient's domain requires mail to arrive over TLS, and this session was not encrypted.",
        "action": "Enable STARTTLS on your sending server and retry."
      },
      {
        "meaning": "Gmail rates the sending IP address or domain so poorly that it temporarily limits or blocks its mail.",
        "action": "Check Google Postmaster Tools, cut complaints and unwanted mail, and lower volume until reputation recovers."
      },
      {
        "meaning": "The older wording of the 4.7.28 limit; Gmail sees an unusual rate of unwanted mail from your IP address and slows it down.",
        "action": "Reduce volume, send only to people who opted in and watch complaint rates; retries succeed once the rate drops."
      },
      {
        "meaning": "Gmail found the content or the links in this message suspicious and refused it.",
        "action": "Review the links and content (shorteners, listed domains, spam-like wording) before sending again."
      },
      {
        "meaning": "The sending IP has no PTR record, or the PTR name does not point back to that IP, so Gmail rate-limits it.",
        "action": "Set a PTR record whose name resolves back to the sending IP; the mail can then be retried."
      },
      {
        "meaning": "The SPF record of the sending domain contains entries that Gmail considers suspicious, so it rate-limits the mail.",
        "action": "Clean up the SPF record (drop over-broad ranges and includes you do not use) and retry."
      },
      {
        "meaning": "The sender's domain has a DMARC reject policy, but DNS errors stopped Gmail from checking the authentication.",
        "action": "Make sure the domain's DNS (SPF, DKIM and DMARC records) answers reliably; the message can be retried."
      },
      {
        "meaning": "The message passed neither SPF nor DKIM, so Gmail rate-limits it; Gmail expects every sender to pass at least one.",
        "action": "Publish SPF for the sending IP and sign with DKIM for your domain, then retry."
      },
      {
        "meaning": "SPF did not pass for this message, and Gmail requires bulk senders to pass SPF, so it rate-limits the mail.",
        "action": "Add every IP that sends for the domain to its SPF record."
      },
      {
        "meaning": "Gmail sees an unusual rate of mail, much of it unwanted, from your IP, netblock, DKIM or SPF domain, or with one of your URL domains, and limits it under its bulk-sender rules. Not the registry's \"mail flood\" meaning.",
        "action": "Slow down, send only to people who asked for your mail, keep complaints low and check Postmaster Tools; retries will get through as the rate drops."
      },
      {
        "meaning": "Too many messages with the same Message-ID reached Gmail, so this one is turned away for now.",
        "action": "Give every message its own unique Message-ID."
      },
      {
        "meaning": "The message was not sent over TLS, which Gmail requires of bulk senders, so it is rate-limited.",
        "action": "Turn on STARTTLS for outgoing mail."
      },
      {
        "meaning": "DKIM did not pass for this message, and Gmail requires bulk senders to sign with DKIM, so it rate-limits the mail.",
        "action": "Sign outgoing mail with DKIM for your domain and check that the public key is published."
      },
      {
        "meaning": "The domain in the From header is not aligned with the SPF or DKIM domain that passed, so Gmail rate-limits the mail.",
        "action": "Sign with DKIM for the From domain, or use a Return-Path in the same organizational domain."
      },
      {
        "meaning": "The sending domain has no DMARC record, or one without a policy, which Gmail requires of bulk senders.",
        "action": "Publish a DMARC record for the domain (p=none is enough to start)."
      },
      {
        "meaning": "There is no Gmail account with this address.",
        "action": "Check the address for typos; if it is correct, remove it from your list."
      },
      {
        "meaning": "Gmail could not find the recipient's domain; it is probably misspelt or has stray characters after it.",
        "action": "Correct the domain part of the address before sending again."
      },
      {
        "meaning": "The recipient address is not a syntactically valid address.",
        "action": "Fix the address (spaces, quotes, missing parts) or remove it."
      },
      {
        "meaning": "The envelope sender address (MAIL FROM) is not a valid address.",
        "action": "Fix the MAIL FROM address your server or application uses."
      },
      {
        "meaning": "The Gmail account exists but is inactive or disabled and does not receive mail.",
        "action": "Stop sending to this address and reach the person another way."
      },
      {
        "meaning": "The recipient receives so much mail that Gmail refused this message outright.",
        "action": "Send again later, and less often to this recipient."
      },
      {
        "meaning": "The recipient's storage is full and the account is inactive, so the mail is refused for good.",
        "action": "Treat the address as abandoned; stop sending unless the recipient confirms it is in use again."
      },
      {
        "meaning": "A header field, or the header as a whole (for example Subject), is larger than Gmail allows.",
        "action": "Shorten the oversized header fields and send again."
      },
      {
        "meaning": "The message has more attachments than Gmail accepts.",
        "action": "Send fewer attachments per message, or share the files as links."
      },
      {
        "meaning": "The message is larger than Gmail's size limit.",
        "action": "Make the message smaller (encoding adds about a third to attachments) or send files as links."
      },
      {
        "meaning": "The sending Gmail or Workspace account, or its SMTP relay, has reached its daily sending limit.",
        "action": "Wait until the limit resets (up to 24 hours) and send large mailings through a service made for bulk mail."
      },
      {
        "meaning": "The message passed through more than 50 servers, which points to a mail loop.",
        "action": "Look for forwarding rules or MX settings that send the message back and forth."
      },
      {
        "meaning": "The client sent an SMTP command Gmail does not know, or sent commands in the wrong order.",
        "action": "Fix the sending software so that it follows the SMTP command order (EHLO, MAIL, RCPT, DATA/BDAT)."
      },
      {
        "meaning": "Gmail could not parse a command or its arguments.",
        "action": "Check the exact command your software sends and correct its syntax."
      },
      {
        "meaning": "This sender has addressed more recipients than Gmail allows.",
        "action": "Split the mailing into smaller batches sent over time."
      },
      {
        "meaning": "The name given in HELO/EHLO is empty or invalid, and Gmail closed the connection.",
        "action": "Make the server introduce itself with its own fully qualified host name."
      },
      {
        "meaning": "The message is not well-formed under RFC 5322 and Gmail will not accept it.",
        "action": "Check how your software builds the message (headers, MIME structure, line endings)."
      },
      {
        "meaning": "Gmail blocked the message because its content or an attachment (for example an executable file type) could be harmful.",
        "action": "Remove the blocked attachment types or share the files as links; scan them for malware."
      },
      {
        "meaning": "Google's Workspace SMTP relay refused the message because the sending IP or domain is not registered for the customer.",
        "action": "Add the device's IP address or domain in the Workspace SMTP relay settings, or authenticate with SMTP AUTH."
      },
      {
        "meaning": "The sending account is disabled or not registered in the Google Workspace domain, so Google's relay will not send for it.",
        "action": "Send from an active account of the Workspace domain, or ask the Workspace administrator to enable it."
      },
      {
        "meaning": "Gmail requires STARTTLS before this command, and the client has not started TLS.",
        "action": "Configure the client to use STARTTLS (port 587) or implicit TLS (port 465)."
      },
      {
        "meaning": "A policy set by the administrator of the recipient's (or the sender's) Workspace domain forbids this message.",
        "action": "Ask the domain's administrator which rule applies; resending unchanged will fail again."
      },
      {
        "meaning": "The IP registered for Google's Workspace SMTP relay does not match the domain the message is sent from.",
        "action": "Use SMTP AUTH, or present one of your Workspace domains in HELO/EHLO, and send from a registered domain."
      },
      {
        "meaning": "Gmail judged this message to be unsolicited mail and blocked it.",
        "action": "Review content, list sources and authentication; send only to recipients who asked for the mail."
      },
      {
        "meaning": "Over IPv6 Gmail wants a valid PTR record and SPF or DKIM authentication, and this message lacked one of them.",
        "action": "Give the IPv6 address a PTR record that resolves back and authenticate the mail, or send over IPv4."
      },
      {
        "meaning": "The sending IP address or domain has such a poor reputation at Gmail that the message was blocked.",
        "action": "Find the cause in Postmaster Tools (complaints, spam traps, sudden volume) and fix it before sending more."
      },
      {
        "meaning": "The message breaks RFC 5322 (for example a missing or invalid From, several From addresses, no valid Message-ID or duplicate headers).",
        "action": "Fix the headers your software generates, then send again."
      },
      {
        "meaning": "A header that must be plain ASCII contains a Unicode character.",
        "action": "Encode non-ASCII header text correctly (RFC 2047) or remove it."
      },
      {
        "meaning": "Gmail refused the message because the sender went over its sending or receiving rate limits.",
        "action": "Send more slowly and retry later."
      },
      {
        "meaning": "Gmail does not accept mail sent directly from this IP address (typically a dynamic or consumer address).",
        "action": "Send through your provider's SMTP relay instead of delivering directly."
      },
      {
        "meaning": "The Workspace customer has reached the daily limit of Google's SMTP relay service.",
        "action": "Wait for the daily limit to reset and move bulk traffic to a dedicated sending service."
      },
      {
        "meaning": "The SPF record of the sending domain has entries Gmail considers suspicious, and the message was refused.",
        "action": "Tighten the SPF record to the servers that really send for the domain."
      },
      {
        "meaning": "The sending IP has no PTR record, or its name does not resolve back to that IP; Gmail does not accept such mail.",
        "action": "Ask whoever runs the IP to set a PTR record with a matching forward record, then resend."
      },
      {
        "meaning": "The message failed authentication and the From domain's DMARC policy says to reject it.",
        "action": "Make SPF or DKIM pass and align with the From domain; when forwarding, do not keep the original From unchanged without ARC."
      },
      {
        "meaning": "The MAIL FROM domain publishes SPF with -all, and the sending IP is not in it.",
        "action": "Add the sending IP to the domain's SPF record, or send from servers already listed there."
      },
      {
        "meaning": "The message passed neither SPF nor DKIM, and Gmail blocks unauthenticated mail.",
        "action": "Set up SPF and DKIM for the sending domain before you resend."
      },
      {
        "meaning": "SPF did not pass, and Gmail requires it of bulk senders, so the message was blocked.",
        "action": "List all sending IPs in the domain's SPF record."
      },
      {
        "meaning": "So much unwanted mail came from your IP address that Gmail now blocks it, under its bulk-sender rules.",
        "action": "Stop the unwanted traffic (check for compromised accounts and bad lists), then ramp volume back up slowly."
      },
      {
        "meaning": "The message was not sent over TLS, which Gmail requires of bulk senders, so it was blocked.",
        "action": "Enable STARTTLS on the sending server."
      },
      {
        "meaning": "DKIM did not pass, and Gmail requires bulk senders to sign with DKIM, so the message was blocked.",
        "action": "Sign with DKIM for your domain and check the published key matches the signing key."
      },
      {
        "meaning": "The From domain is not aligned with the SPF or DKIM domain that passed, so Gmail blocked the message.",
        "action": "Sign with DKIM for the From domain (or align the Return-Path) and resend."
      },
      {
        "meaning": "The sending domain has no DMARC record (or no policy in it), which Gmail requires of bulk senders.",
        "action": "Publish a DMARC record for the domain and resend."
      },
      {
        "meaning": "Gmail's submission server rejected the account name or password the client used for SMTP AUTH.",
        "action": "Check the credentials; accounts with 2-Step Verification need an app password or OAuth."
      },
      {
        "meaning": "The account uses 2-Step Verification, so Gmail does not accept its normal password for SMTP.",
        "action": "Create an app password, or switch the client to OAuth."
      }
    ]
  },
  "icloud": {
    "codes": [
      {
        "meaning": "There is no iCloud Mail account with this address.",
        "action": "Check the address for typos; if it is correct, remove it."
      },
      {
        "meaning": "The iCloud address is inactive and no longer receives mail.",
        "action": "Remove the address from your list."
      },
      {
        "meaning": "The address is not a known iCloud alias (including Hide My Email addresses that were removed).",
        "action": "Remove the address; ask the person for a current one."
      },
      {
        "meaning": "The account is no longer hosted on iCloud, and no forwarding address is given.",
        "action": "Remove the address and ask the person for their new one."
      },
      {
        "meaning": "The recipient's iCloud storage is full.",
        "action": "Retry later, or tell the recipient by another channel to free up space."
      },
      {
        "meaning": "iCloud is receiving too much mail for this recipient, or from this sender, and defers it.",
        "action": "Let your server retry later and send at a steadier pace."
      },
      {
        "meaning": "The message failed authentication, and iCloud honoured the From domain's DMARC reject policy.",
        "action": "Make SPF or DKIM pass in alignment with the From domain."
      },
      {
        "meaning": "The message failed both SPF and DKIM, so iCloud blocked it.",
        "action": "Set up SPF for the sending servers and DKIM signing for the domain."
      },
      {
        "meaning": "iCloud's filters rejected the message under local policy, usually because of its content.",
        "action": "Review the content and links against Apple's bulk mail requirements before sending again."
      },
      {
        "meaning": "The sending IP is on the Proofpoint reputation list that iCloud uses.",
        "action": "Check the IP at the Proofpoint link in the reply and request delisting there."
      },
      {
        "meaning": "The sending IP, or a domain in the message, is listed by Spamhaus.",
        "action": "Look the IP or domain up at spamhaus.org, fix the cause and request removal."
      },
      {
        "meaning": "iCloud's server refused the connection at greeting, which usually means the sending IP is blocked.",
        "action": "Check the IP's reputation and blocklistings, then write to iCloud's postmaster (icloudadmin@apple.com) if it persists."
      },
      {
        "meaning": "The iCloud server will not relay this message to the given recipient.",
        "action": "Check the recipient domain and its MX records; custom domains must be set up in iCloud first."
      },
      {
        "meaning": "The domain of the envelope sender does not resolve in DNS.",
        "action": "Send with a MAIL FROM domain that has valid DNS records."
      }
    ]
  },
  "mailru": {
    "codes": [
      {
        "meaning": "No Mail.ru mailbox exists at this address (Mail.ru also serves bk.ru, list.ru and inbox.ru). Mail.ru often gives this answer only after DATA.",
        "action": "Check the address for typos; if it is correct, remove it from your list."
      },
      {
        "meaning": "The Mail.ru account at this address has been closed, so its mailbox no longer exists.",
        "action": "Remove the address from your list; ask the person for a new one if you still need to reach them."
      },
      {
        "meaning": "The recipient's Mail.ru account exists but is disabled, so it does not accept mail at present.",
        "action": "Stop sending to the address for now and reach the recipient another way; remove it if the bounces continue."
      },
      {
        "meaning": "Mail.ru has blocked sending from the sender's own Mail.ru account, typically after signs that it was hijacked or used for spam. Mail.ru returns this wording inside the same \"invalid mailbox\" reply.",
        "action": "Log in to the sending account on the web, change the password and complete Mail.ru's ownership check; the recipients are not at fault and must not be removed."
      },
      {
        "meaning": "Mail.ru's anti-spam filter classed the message as spam and refused it. The reply carries a support link with an error code and a message ID.",
        "action": "Check authentication (SPF, DKIM, DMARC), content and list quality; if the mail is legitimate, open the notspam-support link from the reply so the form is filled in with its codes."
      },
      {
        "meaning": "Older Mail.ru wording for the same anti-spam rejection: the message was judged to be spam and not delivered.",
        "action": "Review authentication, content and list quality; report a false positive to the abuse address given in the reply."
      },
      {
        "meaning": "The From domain publishes a DMARC policy that rejects unauthenticated mail, and this message failed DMARC. It is typical when a site sends with a @mail.ru (or other Mail.ru domain) From address through its own server.",
        "action": "Send with a From address in your own domain and align SPF and DKIM with it; do not put a mail.ru address in From on mail sent from other servers."
      },
      {
        "meaning": "Mail.ru is temporarily refusing mail from the sending IP address shown in the reply, usually because of its volume or reputation.",
        "action": "Let your server retry with a slower rate; if the deferrals go on for days, check the IP in Mail.ru Postmaster and contact the abuse address in the reply."
      }
    ]
  },
  "microsoft": {
    "codes": [
      {
        "meaning": "The recipient's mailbox is receiving too many messages at once, so Exchange Online throttles delivery to it.",
        "action": "Nothing to fix; the sending server retries and the message is delivered once the load drops."
      },
      {
        "meaning": "Exchange Online cannot connect to the destination mail server outside Microsoft; the connection is refused there.",
        "action": "Usually a fault at the receiving side; check the MX records and ask the recipient's administrator whether port 25 accepts connections."
      },
      {
        "meaning": "Exchange Online gave up after the destination server kept refusing or dropping connections until the message expired.",
        "action": "Check that the recipient domain's MX host is reachable on port 25, then send again."
      },
      {
        "meaning": "The message stayed in the queue until it expired; the receiving server never accepted it in time.",
        "action": "Check the recipient address and whether the receiving server works; fewer recipients per message can help."
      },
      {
        "meaning": "Delivery took too long, because the destination never answered or an earlier report could not be returned.",
        "action": "Confirm the destination domain receives mail (MX, firewall) before resending."
      },
      {
        "meaning": "The destination's MX host is not one its MTA-STS policy allows, so Exchange Online will not deliver there yet.",
        "action": "The recipient domain must fix its MTA-STS policy or MX records; tell its administrator."
      },
      {
        "meaning": "The destination's MX host does not match its own MTA-STS policy, and Exchange Online gave up.",
        "action": "Ask the recipient's administrator to list the MX host in the MTA-STS policy, then resend."
      },
      {
        "meaning": "The message has more than 200 envelope recipients in the same domain for one transaction.",
        "action": "Let the sending server split the recipients into smaller batches; most do so on retry."
      },
      {
        "meaning": "The destination server's certificate does not satisfy its MTA-STS policy (untrusted chain or wrong host name).",
        "action": "The recipient domain must install a valid certificate for its MX host name; tell its administrator."
      },
      {
        "meaning": "Delivery failed because the destination's certificate never satisfied its MTA-STS policy.",
        "action": "Ask the recipient's administrator to fix the certificate, then resend."
      },
      {
        "meaning": "Exchange Online accepts anonymous mail over IPv6 only if it passes SPF or DKIM, and this message passed neither.",
        "action": "Authorize the IPv6 address in SPF or sign with DKIM, or send over IPv4."
      },
      {
        "meaning": "The destination domain uses DANE, but its mail server did not offer STARTTLS or the TLS handshake failed.",
        "action": "The recipient's server must support TLS; tell its administrator."
      },
      {
        "meaning": "The destination mail server presented an expired certificate during a DANE-protected connection.",
        "action": "The recipient must renew the certificate; tell its administrator and resend afterwards."
      },
      {
        "meaning": "The destination failed DANE validation; its certificate does not match its TLSA record, or the record is wrong.",
        "action": "The recipient domain must fix its TLSA records or certificate; tell its administrator."
      },
      {
        "meaning": "The destination domain claims DNSSEC, but Exchange Online could not validate its DNSSEC records.",
        "action": "The recipient domain must repair its DNSSEC signing; tell its administrator."
      },
      {
        "meaning": "The names in the destination server's certificate do not match its MX host or domain (DANE).",
        "action": "The recipient must use a certificate that names its MX host; tell its administrator."
      },
      {
        "meaning": "Codes 4.7.500-699 and 4.7.850-899; suspicious activity from the sender or its IP was detected and sending is held while Microsoft evaluates it.",
        "action": "If the traffic is legitimate, the hold lifts on its own; let the mail retry."
      },
      {
        "meaning": "Outlook.com throttles the sending IP because of its poor reputation.",
        "action": "Slow down, clean your lists and check the IP in Microsoft's SNDS; the mail is retried."
      },
      {
        "meaning": "Outlook.com throttles the sending IP because of its reputation (a variant of 4.7.650).",
        "action": "Reduce volume and complaints from the IP; retries get through as reputation improves."
      },
      {
        "meaning": "The receiving organization refused a Rich Text (TNEF) message because its x-dg-ref header is too long.",
        "action": "Send the message as HTML or plain text instead of Rich Text."
      },
      {
        "meaning": "The message was rejected for its nested attachments (attachments inside attached messages).",
        "action": "Attach the files directly instead of forwarding messages that contain attachments."
      },
      {
        "meaning": "The address could not be resolved, often because a reply was made to a message saved offline whose sender lookup fails.",
        "action": "Type the recipient address afresh in a new message and send again."
      },
      {
        "meaning": "The recipient address does not exist in the destination system (typo, removed mailbox or stale cached address).",
        "action": "Check the spelling; in Outlook remove the cached entry (auto-complete) and type the address again."
      },
      {
        "meaning": "The sending account is blocked from sending because it sent spam, usually after being compromised.",
        "action": "Secure the account (reset the password, check rules and sign-ins), then have an admin release it in the Defender portal."
      },
      {
        "meaning": "No mailbox with this address exists in the recipient's Microsoft 365 organization.",
        "action": "Check the address; if it is correct, the person has left or the address changed, so remove it."
      },
      {
        "meaning": "The sending account has reached Exchange Online's daily recipient limit.",
        "action": "Wait 24 hours; check the account is not compromised and move bulk mail to a suitable service."
      },
      {
        "meaning": "In Exchange Online 5.2.2 can mean the sender went over the recipient or message rate limits, not that a mailbox is full.",
        "action": "Wait for the limit to reset and check the account for compromise."
      },
      {
        "meaning": "The recipient's mailbox has exceeded its storage quota.",
        "action": "Tell the recipient by another channel; try again after they have made room."
      },
      {
        "meaning": "This sender has sent more messages per hour to this one recipient than Exchange Online allows.",
        "action": "Send fewer messages per hour to this recipient (check notification systems for loops), then retry later."
      },
      {
        "meaning": "The recipient has received more messages this hour, from all senders together, than Exchange Online allows.",
        "action": "Send again later, and fewer messages per hour to this recipient."
      },
      {
        "meaning": "The server that answered does not accept mail for the recipient's domain, usually because of a wrong MX record or connector setup.",
        "action": "Check the recipient domain's MX records and that the domain is accepted in its Microsoft 365 tenant."
      },
      {
        "meaning": "Directory-based edge blocking refused the recipient because the address does not exist in the organization.",
        "action": "Check the address; if correct, ask the recipient's administrator whether it was removed."
      },
      {
        "meaning": "The recipient's domain does not exist in DNS, so Exchange Online cannot find where to deliver.",
        "action": "Check the domain part of the address for typos; if it is right, the domain's registration or DNS is broken on their side."
      },
      {
        "meaning": "A configuration error made the message loop between servers (reported by an on-premises Exchange server in hybrid setups).",
        "action": "Check forwarding rules and connectors on both sides for a loop."
      },
      {
        "meaning": "Exchange Online stopped a mail loop after about 20 passes, usually caused by forwarding rules or connectors.",
        "action": "Find the forwarding rule or connector that sends the message back and correct it."
      },
      {
        "meaning": "For Outlook.com and Hotmail addresses, this means the address was not found.",
        "action": "Check the address for typos; if it is correct, remove it from your list."
      },
      {
        "meaning": "The message contains bare line feed characters, which the mail program added.",
        "action": "Fix or update the sending program so that lines end with CRLF."
      },
      {
        "meaning": "The sender is not allowed to send to this recipient, for example a group that accepts mail only from members, or a transport rule.",
        "action": "Ask the recipient's administrator or group owner for permission to send."
      },
      {
        "meaning": "The receiving system is not the final destination for this domain and does not relay for the sender.",
        "action": "Check the recipient domain's MX records; if you relay through this server, get relay permission or authenticate."
      },
      {
        "meaning": "The receiving server accepts messages only after SMTP authentication, and the sending system did not authenticate.",
        "action": "Configure the sending system to authenticate, or deliver to the server that accepts anonymous mail for the domain."
      },
      {
        "meaning": "Outlook.com refuses mail from this IP because part of the sender's network is on its block list (S3150, S3140).",
        "action": "Request delisting through Microsoft's sender support form, or send through another provider's IPs."
      },
      {
        "meaning": "Exchange Online Protection refused the connecting IP because it is listed on a DNS blocklist such as Spamhaus.",
        "action": "Look the IP up on the named list, fix the cause and request removal there."
      },
      {
        "meaning": "The recipient accepts mail only from inside its own organization.",
        "action": "Only the recipient's administrator can allow external senders; contact the recipient another way."
      },
      {
        "meaning": "The destination checks SPF, and the message failed it.",
        "action": "Add the server that sent the message to your domain's SPF record."
      },
      {
        "meaning": "Exchange Online accepts mail over IPv6 only from addresses with a reverse DNS (PTR) record.",
        "action": "Add a PTR record for the sending IPv6 address, or send over IPv4."
      },
      {
        "meaning": "An application or device tried to send through smtp.office365.com without (working) SMTP authentication.",
        "action": "Set up the device with a licensed mailbox's credentials and TLS on port 587, or use a connector for SMTP relay."
      },
      {
        "meaning": "Mail from the on-premises servers no longer matches the inbound connector, so Exchange Online will not relay it.",
        "action": "Fix the inbound connector (sender IPs or certificate name) to match the current on-premises setup."
      },
      {
        "meaning": "The recipient is a group that accepts mail only from its allowed-senders list, and the sender is not on it.",
        "action": "Ask the group owner to add the sender to the allowed senders."
      },
      {
        "meaning": "The recipient is a group that rejects mail from outside its organization.",
        "action": "Only the group owner or the recipient's administrator can allow external senders."
      },
      {
        "meaning": "The recipient mailbox is set to reject mail from outside its organization.",
        "action": "Only the recipient's administrator can change this; reach the person another way."
      },
      {
        "meaning": "The recipient is a mail user set to reject mail from outside its organization.",
        "action": "Ask the recipient's administrator to allow external senders for this address."
      },
      {
        "meaning": "The sending account is banned because spam was detected from it.",
        "action": "Resolve the account's problem, reset its credentials, then ask Microsoft support to restore sending."
      },
      {
        "meaning": "The sending account is banned because spam was detected from it.",
        "action": "Fix the account's problem and reset its credentials, then contact Microsoft support."
      },
      {
        "meaning": "The sending account is banned because spam was detected from it.",
        "action": "Fix the account's problem and reset its credentials, then contact Microsoft support."
      },
      {
        "meaning": "The recipient address is not valid.",
        "action": "Check the recipient's address and send again, or remove it."
      },
      {
        "meaning": "Microsoft refuses mail to this recipient; it is not a valid destination.",
        "action": "Stop sending to the address; contact Microsoft support if you think it is a mistake."
      },
      {
        "meaning": "The sending server introduced itself in HELO with the name of the server it connects to, which spam bots do.",
        "action": "Make the server use its own fully qualified domain name in HELO/EHLO."
      },
      {
        "meaning": "The recipient's organization has blocked the IP address you send from.",
        "action": "Contact the recipient to have the block removed."
      },
      {
        "meaning": "The sender's IPv6 range sent too many messages in too short a time.",
        "action": "Slow down sending from that range, or send over IPv4."
      },
      {
        "meaning": "The From domain fails DMARC and publishes a reject policy, so the message was refused.",
        "action": "Make SPF or DKIM pass and align with the From domain (forwarding often breaks this)."
      },
      {
        "meaning": "The recipient's domain does not accept mail over IPv6.",
        "action": "Deliver to this domain over IPv4."
      },
      {
        "meaning": "The IP address you send from is banned by Microsoft.",
        "action": "Request delisting from Microsoft with the full report text and the IP address."
      },
      {
        "meaning": "The message has no valid address in the From header.",
        "action": "Put a valid address in angle brackets in the From header."
      },
      {
        "meaning": "The recipient's domain has put your sending IP on its own block list.",
        "action": "Contact the recipient's organization directly and ask them to remove the IP."
      },
      {
        "meaning": "Outlook.com requires high-volume senders to pass SPF, DKIM and DMARC, and this domain does not.",
        "action": "Publish SPF, sign with DKIM and add a DMARC record (at least p=none) aligned with the From domain."
      },
      {
        "meaning": "The sender's organization blocks automatic forwarding to external addresses, and this message was auto-forwarded.",
        "action": "Remove the forwarding rule, or have an admin allow external forwarding in the outbound spam policy."
      },
      {
        "meaning": "Codes 5.7.606-649; the IP you send from is banned by Microsoft.",
        "action": "Check the IP for compromise and poor practices, then request removal in Microsoft's delist portal."
      },
      {
        "meaning": "Your own organization blocks one of the recipient addresses or domains in its Tenant Allow/Block List, so the whole message was stopped.",
        "action": "Remove the blocked recipient or ask your administrator to change the block entry."
      },
      {
        "meaning": "Too much spam or bulk mail came from the Microsoft 365 tenant, and its outgoing mail is blocked.",
        "action": "Close compromised accounts and open relays, then ask Microsoft support to lift the block."
      },
      {
        "meaning": "The tenant sends from low-reputation Microsoft IPs typically given to new customers, and the mail is refused.",
        "action": "Make sure no spam or phishing left the tenant, then contact Microsoft support; new tenants should ramp up volume slowly."
      },
      {
        "meaning": "The tenant sent many messages from domains it has not added and verified, so it is blocked from doing so.",
        "action": "Add and verify every domain you send from in Microsoft 365."
      },
      {
        "meaning": "The EHLO or sender domain of the message is banned because spam was detected from it.",
        "action": "Contact Microsoft support to restore the domain's ability to send."
      },
      {
        "meaning": "The account has gone over the recipient rate limit (10,000 recipients a day).",
        "action": "The account is likely compromised; secure it before sending again."
      }
    ]
  },
  "mimecast": {
    "codes": [
      {
        "meaning": "The sender's IP address is blocked by a Blocked Senders policy of the Mimecast customer.",
        "action": "Ask the recipient's Mimecast administrator to remove the entry."
      },
      {
        "meaning": "The Mimecast server is at maximum load.",
        "action": "Nothing to change; the message goes through on a later retry."
      },
      {
        "meaning": "Mimecast is greylisting the sender, or the sending IP has a poor reputation.",
        "action": "Let the server retry (between a minute and 12 hours); if it never clears, ask the recipient to allow your address."
      },
      {
        "meaning": "The sending IP was put on a temporary block list after too many invalid connections, or recipient validation is not responding.",
        "action": "Let the server retry; stop sending to invalid addresses at this domain."
      },
      {
        "meaning": "The sending server reached a connection limit at Mimecast and is briefly refused.",
        "action": "Wait and retry with fewer connections."
      },
      {
        "meaning": "There are too many concurrent inbound connections for the customer's account.",
        "action": "Retry with fewer parallel connections."
      },
      {
        "meaning": "Both sender and recipient are outside the Mimecast customer, or the connecting IP is not authorized to relay through it.",
        "action": "Check the recipient's MX records; Mimecast customers must register the IP as an authorized outbound address."
      },
      {
        "meaning": "Inbound mail is switched off for the recipient's Mimecast account.",
        "action": "Reach the recipient another way; only they and Mimecast support can turn it back on."
      },
      {
        "meaning": "Mimecast accepts at most 100 recipients per message transfer; the rest must follow in another batch.",
        "action": "Nothing to do for normal servers; firewalls that rewrite SMTP (SMTP fix-up) can break this and should be turned off."
      },
      {
        "meaning": "Recipient validation at the customer found no such internal user.",
        "action": "Check the address; if correct, remove it."
      },
      {
        "meaning": "The recipient is not a valid SMTP address.",
        "action": "Correct the address and resend."
      },
      {
        "meaning": "The sender address or domain matches a Blocked Senders policy, or SPF hard-failed.",
        "action": "Check your SPF record, then ask the recipient's administrator to review the block."
      },
      {
        "meaning": "An individual recipient has blocked your address or domain in their personal Managed Senders list.",
        "action": "Only the recipient can remove the personal block; do not keep retrying."
      },
      {
        "meaning": "A Blocked Senders policy matched the header From or envelope sender address.",
        "action": "Ask the recipient's administrator to change the Blocked Senders policy."
      },
      {
        "meaning": "The message looks spoofed, claiming to come from the recipient's own domain, and an anti-spoofing policy stopped it.",
        "action": "If you legitimately send for that domain, the recipient's administrator must add an exception for your address or IP."
      },
      {
        "meaning": "Mimecast rejected the message because of the poor reputation of the sending IP.",
        "action": "Improve the IP's reputation and ask Mimecast, through its sender feedback form, to review it."
      },
      {
        "meaning": "The sending IP is not listed in the SPF record of the sender's domain.",
        "action": "Add all your sending servers to the domain's SPF record."
      },
      {
        "meaning": "The DKIM signature is broken or does not match the key published for the sender's domain.",
        "action": "Check the DKIM selector, the published public key and the signing key."
      },
      {
        "meaning": "The message failed the DMARC check of the sender's domain.",
        "action": "Make SPF or DKIM pass in alignment with the From domain."
      },
      {
        "meaning": "The message matched a content examination policy of the recipient's organization.",
        "action": "Ask the recipient which content triggered the rule, or change the content."
      },
      {
        "meaning": "Mimecast found a virus signature or a spam score above its maximum threshold.",
        "action": "Scan the message for malware and review spam-like content; the recipient can allow the sender for spam checks (not for virus checks)."
      },
      {
        "meaning": "The message is larger than the customer's size policy or the Mimecast service limit.",
        "action": "Send a smaller message; encoding makes attachments about a third larger."
      },
      {
        "meaning": "The message has passed too many hops (about 25 Received headers) and looks like a loop.",
        "action": "Check the forwarding set up between the addresses involved."
      },
      {
        "meaning": "A geographical restriction policy of the recipient blocks the sender's network.",
        "action": "Ask the recipient's administrator for an exception, or send from another network."
      },
      {
        "meaning": "The recipient's policy requires TLS (1.2 or later, or strong ciphers), and the session did not meet it.",
        "action": "Enable STARTTLS with TLS 1.2+ and modern ciphers; check that no proxy strips encryption."
      },
      {
        "meaning": "Submission on port 587 needs authentication, and the credentials given were wrong.",
        "action": "Use an internal address with its Mimecast cloud password, or send on port 25."
      },
      {
        "meaning": "The customer's account has too many concurrent outbound connections.",
        "action": "Send in smaller batches with fewer parallel connections."
      }
    ]
  },
  "proofpoint": {
    "codes": [
      {
        "meaning": "Proofpoint's reputation system (PDR) blocks the sending IP, usually after spam-like traffic, sudden volume or sending to spam traps.",
        "action": "Look the IP up at the linked Proofpoint page, fix the cause and request removal there; blocks often clear on their own."
      },
      {
        "meaning": "Proofpoint's reputation system blocks the sending IP for this recipient.",
        "action": "Check the IP at the linked lookup page and follow its delisting steps."
      },
      {
        "meaning": "The connection was refused because Proofpoint Dynamic Reputation rates the sending IP as bad.",
        "action": "Check the IP at ipcheck.proofpoint.com and request delisting once the cause is fixed."
      },
      {
        "meaning": "A policy of the recipient's Proofpoint gateway rejected the message (sender, content or reputation rules).",
        "action": "Ask the recipient's administrator which rule applied; they can add an exception."
      },
      {
        "meaning": "The recipient's Proofpoint gateway checked the address against the organization's directory and found no such user.",
        "action": "Check the address; if it is correct, remove it."
      }
    ]
  },
  "softbank": {
    "codes": [
      {
        "meaning": "No SoftBank mailbox exists at this address (softbank.ne.jp, i.softbank.jp, and the older disney.ne.jp and vodafone.ne.jp addresses). Mail refused by the recipient's reception settings is not reported this way: SoftBank accepts it without an error.",
        "action": "Remove the address from your list; SoftBank treats senders whose mailings contain many unknown addresses as spam and restricts them."
      },
      {
        "meaning": "The domain of the envelope sender (MAIL FROM) has no DNS records at all, so SoftBank refuses every message from it, whatever the recipient.",
        "action": "Use an envelope sender domain that resolves: publish at least an MX, A or TXT (SPF) record for it, then send again."
      }
    ]
  },
  "yahoo": {
    "codes": [
      {
        "meaning": "Yahoo defers mail from this IP because of unexpected volume or user complaints; the IP or its subnet has a poor reputation.",
        "action": "Let the mail retry, lower volume, remove unengaged addresses and watch complaint feedback; open a sender support request if it lasts for days."
      },
      {
        "meaning": "Older Yahoo deferral codes (TS01, TS02, TS03); mail from this IP is held back because of complaints or unusual traffic.",
        "action": "Retry later with less volume and check the IP's complaint rate and content."
      },
      {
        "meaning": "Yahoo refuses all mail from this IP for now (TSS09, TSS11); retrying will not help.",
        "action": "Stop sending from this IP, fix the cause (complaints, spam traps, compromised accounts) and contact Yahoo sender support."
      },
      {
        "meaning": "Yahoo refuses connections from this IP because it is listed by Spamhaus (for example the XBL).",
        "action": "Check the IP at spamhaus.org, remove the cause (often malware or an open proxy) and request delisting there."
      },
      {
        "meaning": "Yahoo will not accept the message because of its content, such as malware, phishing or links to them.",
        "action": "Check the message and its links for anything harmful and look for abuse of your server before sending again."
      },
      {
        "meaning": "Yahoo refused the message on policy grounds, which includes failing the sender domain's DMARC or DKIM policy.",
        "action": "Check DKIM signing and DMARC alignment first, then the message content; do not retry unchanged."
      },
      {
        "meaning": "The message passed neither SPF nor DKIM; Yahoo requires every sender to authenticate.",
        "action": "Publish SPF and sign with DKIM; bulk senders also need a DMARC policy."
      },
      {
        "meaning": "The domain in MAIL FROM does not resolve; Yahoo checks it with an SOA query.",
        "action": "Use a real, resolvable domain in MAIL FROM; subdomains need their own SOA answer, not just A or MX records."
      },
      {
        "meaning": "The domain in the From header does not resolve.",
        "action": "Send with a From address whose domain exists in DNS (with an SOA record)."
      },
      {
        "meaning": "There is no Yahoo (or AOL) account with this address.",
        "action": "Do not retry; remove the address from your list."
      },
      {
        "meaning": "The AOL mailbox does not exist.",
        "action": "Remove the address from your list."
      },
      {
        "meaning": "The account once existed but is no longer valid, typically closed for inactivity.",
        "action": "Remove the address; the person will not get mail there again."
      },
      {
        "meaning": "The mailbox has been disabled and does not accept mail.",
        "action": "Stop sending to this address and use another way to reach the person."
      },
      {
        "meaning": "The recipient's Yahoo mailbox is over its storage quota.",
        "action": "Retry this address later, from time to time, rather than at once."
      },
      {
        "meaning": "The recipient is receiving mail at a very high rate right now.",
        "action": "Let your server retry later; it usually succeeds."
      },
      {
        "meaning": "The client sent more messages over one connection than Yahoo allows.",
        "action": "Send fewer messages per connection; the rest go on a new connection."
      },
      {
        "meaning": "Yahoo's mail servers were busy and could not process the transaction.",
        "action": "Retry after a few minutes; such outages are short."
      },
      {
        "meaning": "The server sends to many invalid addresses, which looks like an open relay or proxy, so Yahoo deprioritises its mail.",
        "action": "Remove addresses that bounce, secure the server against relaying and check the outbound queue for spam."
      },
      {
        "meaning": "The Yahoo server that answered does not relay for this recipient.",
        "action": "Check the recipient domain's MX records and that you deliver to the right host."
      },
      {
        "meaning": "The message headers break RFC 5322 (for example duplicate or malformed headers).",
        "action": "Fix the headers your software generates and resend."
      }
    ]
  },
  "yandex": {
    "codes": [
      {
        "meaning": "No Yandex mailbox exists at this address. Yandex sends this for an unknown recipient with the policy code 5.7.1, not 5.1.1.",
        "action": "Check the address for typos; if it is correct, remove it from your list."
      },
      {
        "meaning": "The recipient address is malformed (for example an empty domain or a stray comma), so Yandex refused it at RCPT TO.",
        "action": "Correct the address (no extra spaces, quotes or punctuation) and send again; drop it if it cannot be fixed."
      },
      {
        "meaning": "None of the recipients of the message was accepted; Yandex lists this answer among those for non-existent addresses.",
        "action": "Check each recipient address (the earlier RCPT TO replies name the bad ones) and remove those that do not exist."
      },
      {
        "meaning": "The RCPT TO address had no domain part, so Yandex could not accept it.",
        "action": "Fix the sending software or list so that every recipient is a full address (name@domain)."
      },
      {
        "meaning": "The recipient's Yandex account exists but is blocked, usually for breaking the user agreement, so it cannot receive mail.",
        "action": "Reach the recipient another way; stop sending to the address if the block persists."
      },
      {
        "meaning": "The recipient's Yandex mailbox is full, typically because the owner rarely uses it.",
        "action": "Retry later or tell the recipient another way; the owner must log in to the web interface to receive mail again. Repeated bounces suggest an abandoned mailbox."
      },
      {
        "meaning": "Another Yandex wording for a full recipient mailbox.",
        "action": "Retry later or tell the recipient another way; repeated bounces suggest an abandoned mailbox."
      },
      {
        "meaning": "Yandex's filter judged this message to be spam and refused it. The link in the reply (ya.cc) points to Yandex's help.",
        "action": "Check SPF, DKIM and DMARC, the content and links, and that the recipients asked for the mail; do not resend the same message at once. If you send through smtp.yandex.ru, stop sending for a while: repeated attempts prolong the block."
      },
      {
        "meaning": "Yandex refuses all mail from the sending IP address because it recently sent mostly spam; the block is temporary (Yandex states 24 hours).",
        "action": "Pause sending from that IP, find the source of the spam (compromised account, open form, bad list), and use the feedback link in the reply if the block is wrong."
      },
      {
        "meaning": "Yandex's antivirus found malware in the message or an attachment and refused it.",
        "action": "Scan the sending system and the attachment, then send a clean copy."
      },
      {
        "meaning": "The message is larger than Yandex accepts, usually because of the attachments.",
        "action": "Make the message smaller or put the file on a file-sharing service and send a link."
      },
      {
        "meaning": "Yandex deferred the message temporarily, either for an internal problem or while a check on the message or sender could not complete.",
        "action": "Let your server retry as usual; if the deferral persists for one sender, review its reputation and authentication."
      },
      {
        "meaning": "When sending through smtp.yandex.ru, the MAIL FROM address does not belong to the authenticated Yandex account.",
        "action": "Send from the address of the account you log in with, or add the address to that account first."
      },
      {
        "meaning": "Yandex's outgoing server (smtp.yandex.ru) stopped mail from this account because what it sends looks like spam.",
        "action": "Stop sending from the account for a while, secure it (change the password) and send bulk mail through a proper mailing service."
      }
    ]
  },
  "zoho": {
    "codes": [
      {
        "meaning": "There is no Zoho Mail account with this address.",
        "action": "Check the address for typos; if it is correct, remove it."
      },
      {
        "meaning": "A filter set up by the recipient's domain stops delivery into this mailbox.",
        "action": "Contact the recipient's administrator by another channel and ask them to adjust the filter."
      },
      {
        "meaning": "The recipient's domain has filters in Zoho that refuse mail from this sender.",
        "action": "Ask the recipient's administrator to allow your address or domain."
      },
      {
        "meaning": "Zoho's filters classified the message as spam and refused it.",
        "action": "Review content, links and authentication (SPF, DKIM, DMARC) before sending again."
      },
      {
        "meaning": "The message breaks a Zoho or recipient-domain policy and was refused after the data was sent.",
        "action": "Check the content and attachments; ask the recipient which policy applies if the cause is unclear."
      },
      {
        "meaning": "The message failed DMARC for the From domain, whose policy is reject.",
        "action": "Make SPF or DKIM pass in alignment with the From domain."
      },
      {
        "meaning": "Zoho greylists unfamiliar senders; the first attempt is deferred on purpose.",
        "action": "Nothing to change; a normal server retries and gets through."
      },
      {
        "meaning": "Zoho has a temporary problem and is not accepting this mail right now.",
        "action": "Let your server retry later."
      },
      {
        "meaning": "Zoho found a virus in the message or its attachments.",
        "action": "Scan the sending system and the attachment, remove the infection, then send a clean copy."
      }
    ]
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
/** The texts of the bounce reasons and of the providers' codes in English. */
export const enReasons: ReasonTextData = /* @__PURE__ */ deepFreeze({
  locale: "en",
  name: "English",
  reasons,
  providers,
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
  reasons,
  providers,
});
