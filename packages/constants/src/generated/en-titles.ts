// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
import type { TitleData } from '../locale.js';
/** The titles of the codes and digits in English, for replyTitle and enhancedTitle. */
export const enTitles: TitleData = /* @__PURE__ */ deepFreeze({
  "locale": "en",
  "replies": {
    "211": "System status",
    "214": "Help message",
    "220": "Service ready",
    "221": "Service closing",
    "235": "Authentication succeeded",
    "250": "Requested action completed",
    "251": "User not local; will forward",
    "252": "Cannot verify user",
    "253": "Queue started with message count",
    "334": "Authentication challenge",
    "354": "Start mail input",
    "421": "Service not available",
    "422": "Password transition needed (alternative code)",
    "430": "Invalid command (temporary)",
    "432": "Password transition needed",
    "450": "Mailbox temporarily unavailable",
    "451": "Local error in processing",
    "452": "Insufficient system storage",
    "453": "No mail waiting",
    "454": "TLS not available",
    "455": "Unable to accommodate parameters",
    "458": "Unable to queue messages",
    "459": "Node not allowed",
    "500": "Command unrecognized",
    "501": "Syntax error in parameters",
    "502": "Command not implemented",
    "503": "Bad sequence of commands",
    "504": "Command parameter not implemented",
    "521": "Host does not accept mail",
    "523": "Encryption needed",
    "524": "Encryption required (alternative code)",
    "525": "User account disabled",
    "530": "STARTTLS required",
    "533": "Delivery not authorized",
    "534": "Authentication mechanism too weak",
    "535": "Authentication credentials invalid",
    "538": "Encryption required for authentication mechanism",
    "550": "Mailbox unavailable",
    "551": "User not local, try forward-path",
    "552": "Exceeded storage allocation",
    "553": "Mailbox name not allowed",
    "554": "Transaction failed",
    "555": "Parameters not recognized",
    "556": "Domain does not accept mail"
  },
  "enhanced": [
    "Other undefined Status",
    "Other address status\nBad destination mailbox address\nBad destination system address\nBad destination mailbox address syntax\nDestination mailbox address ambiguous\nDestination address valid\nDestination mailbox has moved, No forwarding address\nBad sender's mailbox address syntax\nBad sender's system address\nMessage relayed to non-compliant mailer\nRecipient address has null MX",
    "Other or undefined mailbox status\nMailbox disabled, not accepting messages\nMailbox full\nMessage length exceeds administrative limit\nMailing list expansion problem",
    "Other or undefined mail system status\nMail system full\nSystem not accepting network messages\nSystem not capable of selected features\nMessage too big for system\nSystem incorrectly configured\nRequested priority was changed",
    "Other or undefined network or routing status\nNo answer from host\nBad connection\nDirectory server failure\nUnable to route\nMail system congestion\nRouting loop detected\nDelivery time expired",
    "Other or undefined protocol status\nInvalid command\nSyntax error\nToo many recipients\nInvalid command arguments\nWrong protocol version\nAuthentication Exchange line is too long",
    "Other or undefined media error\nMedia not supported\nConversion required and prohibited\nConversion required but not supported\nConversion with loss performed\nConversion Failed\nMessage content not available\nNon-ASCII addresses not permitted for that sender/recipient\nUTF-8 string reply is required, but not permitted by the SMTP client\nUTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected\nDeprecated duplicate of X.6.8",
    "Other or undefined security status\nDelivery not authorized, message refused\nMailing list expansion prohibited\nSecurity conversion required but not possible\nSecurity features not supported\nCryptographic failure\nCryptographic algorithm not supported\nMessage integrity failure\nAuthentication credentials invalid\nAuthentication mechanism is too weak\nEncryption Needed\nEncryption required for requested authentication mechanism\nA password transition is needed\nUser Account Disabled\nTrust relationship required\nPriority Level is too low\nMessage is too big for the specified priority\nMailbox owner has changed\nDomain owner has changed\nRRVS test cannot be completed\nNo passing DKIM signature found\nNo acceptable DKIM signature found\nNo valid author-matched DKIM signature found\nSPF validation failed\nSPF validation error\nReverse DNS validation failed\nMultiple authentication checks failed\nSender address has null MX\nMail flood detected\nARC validation failure\nREQUIRETLS support required"
  ],
  "classes": {
    "2": "Success",
    "4": "Persistent Transient Failure",
    "5": "Permanent Failure"
  },
  "subjects": {
    "0": "Other or Undefined Status",
    "1": "Addressing Status",
    "2": "Mailbox Status",
    "3": "Mail System Status",
    "4": "Network and Routing Status",
    "5": "Mail Delivery Protocol Status",
    "6": "Message Content or Media Status",
    "7": "Security or Policy Status"
  },
  "firstDigit": {
    "2": "Positive completion",
    "3": "Positive intermediate",
    "4": "Transient negative completion",
    "5": "Permanent negative completion"
  },
  "secondDigit": {
    "0": "Syntax",
    "1": "Information",
    "2": "Connections",
    "3": "Unspecified (x3z)",
    "4": "Unspecified (x4z)",
    "5": "Mail system"
  }
});
