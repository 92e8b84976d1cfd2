// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
/** The reply text the defining RFC gives, by code (null: the enhanced-code registry lists it); a code is listed if the spec has it. */
export const replyTexts: Readonly<Record<number, string | null>> = /* @__PURE__ */ deepFreeze({
  "211": "System status, or system help reply",
  "214": "Help message",
  "220": "<domain> Service ready",
  "221": "<domain> Service closing transmission channel",
  "235": "2.7.0 Authentication Succeeded",
  "250": "Requested mail action okay, completed",
  "251": "User not local; will forward to <forward-path>",
  "252": "Cannot VRFY user, but will accept message and attempt delivery",
  "253": "OK, <n> pending messages for node <x> started",
  "334": "<base64-encoded challenge>",
  "354": "Start mail input; end with <CRLF>.<CRLF>",
  "421": "<domain> Service not available, closing transmission channel",
  "422": null,
  "430": null,
  "432": "4.7.12 A password transition is needed",
  "450": "Requested mail action not taken: mailbox unavailable",
  "451": "Requested action aborted: local error in processing",
  "452": "Requested action not taken: insufficient system storage",
  "453": "You have no mail",
  "454": "TLS not available due to temporary reason",
  "455": "Server unable to accommodate parameters",
  "458": "Unable to queue messages for node <x>",
  "459": "Node <x> not allowed: <reason>",
  "500": "Syntax error, command unrecognized",
  "501": "Syntax error in parameters or arguments",
  "502": "Command not implemented",
  "503": "Bad sequence of commands",
  "504": "Command parameter not implemented",
  "521": "Host does not accept mail",
  "523": null,
  "524": null,
  "525": null,
  "530": "Must issue a STARTTLS command first",
  "533": null,
  "534": "5.7.9 Authentication mechanism is too weak",
  "535": "5.7.8 Authentication credentials invalid",
  "538": "5.7.11 Encryption required for requested authentication mechanism",
  "550": "Requested action not taken: mailbox unavailable",
  "551": "User not local; please try <forward-path>",
  "552": "Requested mail action aborted: exceeded storage allocation",
  "553": "Requested action not taken: mailbox name not allowed",
  "554": "Transaction failed",
  "555": "MAIL FROM/RCPT TO parameters not recognized or not implemented",
  "556": "Domain does not accept mail"
});
/** The classes each registered enhanced code is used with, and whether it is deprecated, by `X.s.d`. */
export const enhancedUse: Readonly<Record<string, { readonly classes: readonly number[]; readonly deprecated: boolean }>> = /* @__PURE__ */ deepFreeze({
  "X.0.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.1": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.2": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.1.3": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.1.4": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.5": {
    "classes": [
      2
    ],
    "deprecated": false
  },
  "X.1.6": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.1.7": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.8": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.9": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.1.10": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.2.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.2.1": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.2.2": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.2.3": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.2.4": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.3.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.3.1": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.3.2": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.3.3": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.3.4": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.3.5": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.3.6": {
    "classes": [
      2
    ],
    "deprecated": false
  },
  "X.4.0": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.4.1": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.4.2": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.4.3": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.4.4": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.4.5": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.4.6": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.4.7": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.5.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.5.1": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.5.2": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.5.3": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.5.4": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.5.5": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.5.6": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.6.0": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.6.1": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.6.2": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.6.3": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.6.4": {
    "classes": [
      2,
      5
    ],
    "deprecated": false
  },
  "X.6.5": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.6.6": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.6.7": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.6.8": {
    "classes": [
      2,
      5
    ],
    "deprecated": false
  },
  "X.6.9": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.6.10": {
    "classes": [
      2,
      5
    ],
    "deprecated": true
  },
  "X.7.0": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.1": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.2": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.3": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.4": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.5": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.6": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.7": {
    "classes": [
      2,
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.8": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.9": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.10": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.11": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.12": {
    "classes": [
      4
    ],
    "deprecated": false
  },
  "X.7.13": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.14": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.15": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.16": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.17": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.18": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.19": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.20": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.21": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.22": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.23": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.24": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.25": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.26": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.27": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.28": {
    "classes": [
      4,
      5
    ],
    "deprecated": false
  },
  "X.7.29": {
    "classes": [
      5
    ],
    "deprecated": false
  },
  "X.7.30": {
    "classes": [
      5
    ],
    "deprecated": false
  }
});
