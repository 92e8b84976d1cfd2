// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
import { deepFreeze } from '../freeze.js';
import type { CommandFact, DocumentFact, EnhancedFact, ReplyFact } from '../types.js';
/** Language-independent facts of every basic reply code, by code. */
export const replyFacts: Readonly<Record<number, ReplyFact>> = /* @__PURE__ */ deepFreeze({
  "211": {
    "constant": "SystemStatus",
    "text": "System status, or system help reply",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "commands": [
      "HELP"
    ],
    "variants": []
  },
  "214": {
    "constant": "HelpMessage",
    "text": "Help message",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "commands": [
      "HELP"
    ],
    "variants": []
  },
  "220": {
    "constant": "ServiceReady",
    "text": "<domain> Service ready",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.1"
      },
      {
        "doc": "RFC5321",
        "section": "4.5.3.2.1"
      }
    ],
    "commands": [
      "CONNECT",
      "STARTTLS"
    ],
    "variants": [
      {
        "commands": [
          "STARTTLS"
        ],
        "text": "Ready to start TLS",
        "references": [
          {
            "doc": "RFC3207",
            "section": "4"
          }
        ]
      }
    ]
  },
  "221": {
    "constant": "ServiceClosing",
    "text": "<domain> Service closing transmission channel",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.8"
      }
    ],
    "commands": [
      "QUIT"
    ],
    "variants": []
  },
  "235": {
    "constant": "AuthenticationSucceeded",
    "text": "2.7.0 Authentication Succeeded",
    "status": "standard",
    "references": [
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC4954",
        "section": "4"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "250": {
    "constant": "RequestedActionCompleted",
    "text": "Requested mail action okay, completed",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.5"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "MAIL",
      "RCPT",
      "DATA",
      "RSET",
      "VRFY",
      "EXPN",
      "NOOP",
      "ETRN",
      "ATRN",
      "BDAT"
    ],
    "variants": [
      {
        "commands": [
          "ETRN"
        ],
        "text": "OK, queuing for node <x> started",
        "references": [
          {
            "doc": "RFC1985",
            "section": "5"
          }
        ]
      },
      {
        "commands": [
          "ATRN"
        ],
        "text": "OK now reversing the connection",
        "references": [
          {
            "doc": "RFC2645",
            "section": "5.2.1"
          },
          {
            "doc": "RFC2645",
            "section": "6"
          }
        ]
      }
    ]
  },
  "251": {
    "constant": "UserNotLocalWillForward",
    "text": "User not local; will forward to <forward-path>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.4"
      },
      {
        "doc": "RFC5321",
        "section": "7.4"
      }
    ],
    "commands": [
      "RCPT",
      "VRFY",
      "ETRN"
    ],
    "variants": [
      {
        "commands": [
          "ETRN"
        ],
        "text": "OK, no messages waiting for node <x>",
        "references": [
          {
            "doc": "RFC1985",
            "section": "5"
          }
        ]
      }
    ]
  },
  "252": {
    "constant": "CannotVerifyUser",
    "text": "Cannot VRFY user, but will accept message and attempt delivery",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.5.3"
      }
    ],
    "commands": [
      "VRFY",
      "EXPN",
      "ETRN"
    ],
    "variants": [
      {
        "commands": [
          "ETRN"
        ],
        "text": "OK, pending messages for node <x> started",
        "references": [
          {
            "doc": "RFC1985",
            "section": "5"
          }
        ]
      }
    ]
  },
  "253": {
    "constant": "QueueStartedWithMessageCount",
    "text": "OK, <n> pending messages for node <x> started",
    "status": "standard",
    "references": [
      {
        "doc": "RFC1985",
        "section": "5"
      }
    ],
    "commands": [
      "ETRN"
    ],
    "variants": []
  },
  "334": {
    "constant": "AuthenticationChallenge",
    "text": "<base64-encoded challenge>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC4954",
        "section": "4"
      },
      {
        "doc": "RFC4954",
        "section": "8"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "354": {
    "constant": "StartMailInput",
    "text": "Start mail input; end with <CRLF>.<CRLF>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      }
    ],
    "commands": [
      "DATA"
    ],
    "variants": []
  },
  "421": {
    "constant": "ServiceNotAvailable",
    "text": "<domain> Service not available, closing transmission channel",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.8"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "MAIL",
      "RCPT",
      "DATA",
      "RSET",
      "VRFY",
      "EXPN",
      "HELP",
      "NOOP",
      "QUIT",
      "STARTTLS",
      "AUTH",
      "ETRN",
      "ATRN",
      "BDAT"
    ],
    "variants": []
  },
  "422": {
    "constant": "PasswordTransitionNeededAlternativeCode",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      }
    ],
    "commands": [],
    "variants": []
  },
  "430": {
    "constant": "InvalidCommandTemporary",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      },
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "commands": [],
    "variants": []
  },
  "432": {
    "constant": "PasswordTransitionNeeded",
    "text": "4.7.12 A password transition is needed",
    "status": "standard",
    "references": [
      {
        "doc": "RFC4954",
        "section": "6"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "450": {
    "constant": "MailboxTemporarilyUnavailable",
    "text": "Requested mail action not taken: mailbox unavailable",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "commands": [
      "RCPT",
      "DATA",
      "ATRN"
    ],
    "variants": [
      {
        "commands": [
          "ATRN"
        ],
        "text": "ATRN request refused",
        "references": [
          {
            "doc": "RFC2645",
            "section": "5.2.1"
          },
          {
            "doc": "RFC2645",
            "section": "7"
          }
        ]
      }
    ]
  },
  "451": {
    "constant": "LocalErrorInProcessing",
    "text": "Requested action aborted: local error in processing",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.3"
      },
      {
        "doc": "RFC5321",
        "section": "3.8"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "DATA",
      "ATRN"
    ],
    "variants": [
      {
        "commands": [
          "ATRN"
        ],
        "text": "Unable to process ATRN request now",
        "references": [
          {
            "doc": "RFC2645",
            "section": "5.2.1"
          },
          {
            "doc": "RFC2645",
            "section": "7"
          }
        ]
      }
    ]
  },
  "452": {
    "constant": "InsufficientSystemStorage",
    "text": "Requested action not taken: insufficient system storage",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.5.3.1.10"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "DATA"
    ],
    "variants": []
  },
  "453": {
    "constant": "NoMailWaiting",
    "text": "You have no mail",
    "status": "standard",
    "references": [
      {
        "doc": "RFC2645",
        "section": "5.2.1"
      },
      {
        "doc": "RFC2645",
        "section": "7"
      }
    ],
    "commands": [
      "ATRN"
    ],
    "variants": []
  },
  "454": {
    "constant": "TLSNotAvailable",
    "text": "TLS not available due to temporary reason",
    "status": "standard",
    "references": [
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "commands": [
      "STARTTLS",
      "AUTH"
    ],
    "variants": [
      {
        "commands": [
          "AUTH"
        ],
        "text": "4.7.0 Temporary authentication failure",
        "references": [
          {
            "doc": "RFC4954",
            "section": "6"
          }
        ]
      }
    ]
  },
  "455": {
    "constant": "UnableToAccommodateParameters",
    "text": "Server unable to accommodate parameters",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.1.1.11"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT"
    ],
    "variants": []
  },
  "458": {
    "constant": "UnableToQueueMessages",
    "text": "Unable to queue messages for node <x>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC1985",
        "section": "5"
      }
    ],
    "commands": [
      "ETRN"
    ],
    "variants": []
  },
  "459": {
    "constant": "NodeNotAllowed",
    "text": "Node <x> not allowed: <reason>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC1985",
        "section": "5"
      }
    ],
    "commands": [
      "ETRN"
    ],
    "variants": []
  },
  "500": {
    "constant": "CommandUnrecognized",
    "text": "Syntax error, command unrecognized",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.4"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "MAIL",
      "RCPT",
      "DATA",
      "RSET",
      "VRFY",
      "EXPN",
      "HELP",
      "NOOP",
      "QUIT",
      "STARTTLS",
      "AUTH",
      "ETRN",
      "ATRN",
      "BDAT"
    ],
    "variants": [
      {
        "commands": [
          "AUTH"
        ],
        "text": "5.5.6 Authentication Exchange line is too long",
        "references": [
          {
            "doc": "RFC4954",
            "section": "6"
          },
          {
            "doc": "RFC4954",
            "section": "4"
          }
        ]
      }
    ]
  },
  "501": {
    "constant": "SyntaxErrorInParameters",
    "text": "Syntax error in parameters or arguments",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC4954",
        "section": "4"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "MAIL",
      "RCPT",
      "DATA",
      "RSET",
      "VRFY",
      "EXPN",
      "HELP",
      "NOOP",
      "QUIT",
      "STARTTLS",
      "AUTH",
      "ETRN",
      "ATRN",
      "BDAT"
    ],
    "variants": [
      {
        "commands": [
          "STARTTLS"
        ],
        "text": "Syntax error (no parameters allowed)",
        "references": [
          {
            "doc": "RFC3207",
            "section": "4"
          }
        ]
      }
    ]
  },
  "502": {
    "constant": "CommandNotImplemented",
    "text": "Command not implemented",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.4"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "VRFY",
      "EXPN",
      "HELP",
      "ATRN"
    ],
    "variants": []
  },
  "503": {
    "constant": "BadSequenceOfCommands",
    "text": "Bad sequence of commands",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.4"
      },
      {
        "doc": "RFC5321",
        "section": "3.1"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "DATA",
      "AUTH",
      "BDAT"
    ],
    "variants": []
  },
  "504": {
    "constant": "CommandParameterNotImplemented",
    "text": "Command parameter not implemented",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC4954",
        "section": "4"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "VRFY",
      "EXPN",
      "HELP",
      "AUTH"
    ],
    "variants": []
  },
  "521": {
    "constant": "HostDoesNotAcceptMail",
    "text": "Host does not accept mail",
    "status": "standard",
    "references": [
      {
        "doc": "RFC7504"
      }
    ],
    "commands": [],
    "variants": []
  },
  "523": {
    "constant": "EncryptionNeeded",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      }
    ],
    "commands": [],
    "variants": []
  },
  "524": {
    "constant": "EncryptionRequiredAlternativeCode",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      }
    ],
    "commands": [],
    "variants": []
  },
  "525": {
    "constant": "UserAccountDisabled",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      }
    ],
    "commands": [],
    "variants": []
  },
  "530": {
    "constant": "STARTTLSRequired",
    "text": "Must issue a STARTTLS command first",
    "status": "standard",
    "references": [
      {
        "doc": "RFC3207",
        "section": "4"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "DATA",
      "VRFY",
      "EXPN",
      "HELP",
      "ETRN",
      "ATRN",
      "BDAT"
    ],
    "variants": [
      {
        "commands": [
          "ATRN"
        ],
        "text": "Authentication required",
        "references": [
          {
            "doc": "RFC2645",
            "section": "5.2.1"
          },
          {
            "doc": "RFC2645",
            "section": "7"
          }
        ]
      }
    ]
  },
  "533": {
    "constant": "DeliveryNotAuthorized",
    "text": null,
    "status": "registry-only",
    "references": [
      {
        "doc": "IANA-SMTP-ENHANCED"
      },
      {
        "doc": "RFC5248",
        "section": "2.4"
      },
      {
        "doc": "RFC3463",
        "section": "3.8"
      }
    ],
    "commands": [],
    "variants": []
  },
  "534": {
    "constant": "AuthenticationMechanismTooWeak",
    "text": "5.7.9 Authentication mechanism is too weak",
    "status": "standard",
    "references": [
      {
        "doc": "RFC4954",
        "section": "6"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "535": {
    "constant": "AuthenticationCredentialsInvalid",
    "text": "5.7.8 Authentication credentials invalid",
    "status": "standard",
    "references": [
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC4954",
        "section": "9"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "538": {
    "constant": "EncryptionRequiredForAuthenticationMechanism",
    "text": "5.7.11 Encryption required for requested authentication mechanism",
    "status": "deprecated",
    "references": [
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC4954",
        "section": "1"
      }
    ],
    "commands": [
      "AUTH"
    ],
    "variants": []
  },
  "550": {
    "constant": "MailboxUnavailable",
    "text": "Requested action not taken: mailbox unavailable",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      },
      {
        "doc": "RFC5321",
        "section": "3.6.2"
      }
    ],
    "commands": [
      "EHLO",
      "HELO",
      "MAIL",
      "RCPT",
      "DATA",
      "VRFY",
      "EXPN"
    ],
    "variants": []
  },
  "551": {
    "constant": "UserNotLocalTryForwardPath",
    "text": "User not local; please try <forward-path>",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.4"
      },
      {
        "doc": "RFC5321",
        "section": "7.4"
      }
    ],
    "commands": [
      "RCPT",
      "VRFY"
    ],
    "variants": []
  },
  "552": {
    "constant": "ExceededStorageAllocation",
    "text": "Requested mail action aborted: exceeded storage allocation",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.5.3.1.10"
      },
      {
        "doc": "RFC1870"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "DATA"
    ],
    "variants": []
  },
  "553": {
    "constant": "MailboxNameNotAllowed",
    "text": "Requested action not taken: mailbox name not allowed",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.5.1"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT",
      "VRFY"
    ],
    "variants": []
  },
  "554": {
    "constant": "TransactionFailed",
    "text": "Transaction failed",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.1"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      }
    ],
    "commands": [
      "CONNECT",
      "DATA"
    ],
    "variants": []
  },
  "555": {
    "constant": "ParametersNotRecognized",
    "text": "MAIL FROM/RCPT TO parameters not recognized or not implemented",
    "status": "standard",
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.1.1.11"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.2"
      }
    ],
    "commands": [
      "MAIL",
      "RCPT"
    ],
    "variants": []
  },
  "556": {
    "constant": "DomainDoesNotAcceptMail",
    "text": "Domain does not accept mail",
    "status": "standard",
    "references": [
      {
        "doc": "RFC7504"
      },
      {
        "doc": "RFC7505"
      }
    ],
    "commands": [],
    "variants": []
  }
});
/** Language-independent facts of every enhanced status code of the IANA registry, by `X.s.d`. */
export const enhancedFacts: Readonly<Record<string, EnhancedFact>> = /* @__PURE__ */ deepFreeze({
  "X.0.0": {
    "constant": "OtherUndefinedStatus",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Any",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.1"
      }
    ],
    "deprecated": false
  },
  "X.1.0": {
    "constant": "OtherAddressStatus",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.1": {
    "constant": "BadDestinationMailboxAddress",
    "associatedBasicCodes": [
      451,
      550
    ],
    "registryBasicCodes": "451, 550",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.2": {
    "constant": "BadDestinationSystemAddress",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.3": {
    "constant": "BadDestinationMailboxAddressSyntax",
    "associatedBasicCodes": [
      501
    ],
    "registryBasicCodes": "501",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.4": {
    "constant": "DestinationMailboxAddressAmbiguous",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.5": {
    "constant": "DestinationAddressValid",
    "associatedBasicCodes": [
      250
    ],
    "registryBasicCodes": "250",
    "classes": [
      2
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.6": {
    "constant": "DestinationMailboxHasMovedNoForwardingAddress",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.7": {
    "constant": "BadSendersMailboxAddressSyntax",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.8": {
    "constant": "BadSendersSystemAddress",
    "associatedBasicCodes": [
      451,
      501
    ],
    "registryBasicCodes": "451, 501",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.2"
      }
    ],
    "deprecated": false
  },
  "X.1.9": {
    "constant": "MessageRelayedToNonCompliantMailer",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3886"
      }
    ],
    "deprecated": false
  },
  "X.1.10": {
    "constant": "RecipientAddressHasNullMX",
    "associatedBasicCodes": [
      556
    ],
    "registryBasicCodes": "556",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7505"
      },
      {
        "doc": "RFC7504"
      }
    ],
    "deprecated": false
  },
  "X.2.0": {
    "constant": "OtherOrUndefinedMailboxStatus",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.2.1": {
    "constant": "MailboxDisabledNotAcceptingMessages",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.2.2": {
    "constant": "MailboxFull",
    "associatedBasicCodes": [
      552
    ],
    "registryBasicCodes": "552",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.2.3": {
    "constant": "MessageLengthExceedsAdministrativeLimit",
    "associatedBasicCodes": [
      552
    ],
    "registryBasicCodes": "552",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.2.4": {
    "constant": "MailingListExpansionProblem",
    "associatedBasicCodes": [
      450,
      452
    ],
    "registryBasicCodes": "450, 452",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.3.0": {
    "constant": "OtherOrUndefinedMailSystemStatus",
    "associatedBasicCodes": [
      221,
      250,
      421,
      451,
      550,
      554
    ],
    "registryBasicCodes": "221, 250, 421, 451, 550, 554",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      }
    ],
    "deprecated": false
  },
  "X.3.1": {
    "constant": "MailSystemFull",
    "associatedBasicCodes": [
      452
    ],
    "registryBasicCodes": "452",
    "classes": [
      4
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      }
    ],
    "deprecated": false
  },
  "X.3.2": {
    "constant": "SystemNotAcceptingNetworkMessages",
    "associatedBasicCodes": [
      453,
      521
    ],
    "registryBasicCodes": "453, 521",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      },
      {
        "doc": "RFC7504"
      }
    ],
    "deprecated": false
  },
  "X.3.3": {
    "constant": "SystemNotCapableOfSelectedFeatures",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      }
    ],
    "deprecated": false
  },
  "X.3.4": {
    "constant": "MessageTooBigForSystem",
    "associatedBasicCodes": [
      552,
      554
    ],
    "registryBasicCodes": "552, 554",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      }
    ],
    "deprecated": false
  },
  "X.3.5": {
    "constant": "SystemIncorrectlyConfigured",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.4"
      }
    ],
    "deprecated": false
  },
  "X.3.6": {
    "constant": "RequestedPriorityWasChanged",
    "associatedBasicCodes": [
      250,
      251
    ],
    "registryBasicCodes": "250 or 251",
    "classes": [
      2
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6710"
      }
    ],
    "deprecated": false
  },
  "X.4.0": {
    "constant": "OtherOrUndefinedNetworkOrRoutingStatus",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.1": {
    "constant": "NoAnswerFromHost",
    "associatedBasicCodes": [
      451
    ],
    "registryBasicCodes": "451",
    "classes": [
      4
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.2": {
    "constant": "BadConnection",
    "associatedBasicCodes": [
      421
    ],
    "registryBasicCodes": "421",
    "classes": [
      4
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.3": {
    "constant": "DirectoryServerFailure",
    "associatedBasicCodes": [
      451,
      550
    ],
    "registryBasicCodes": "451, 550",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.4": {
    "constant": "UnableToRoute",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.5": {
    "constant": "MailSystemCongestion",
    "associatedBasicCodes": [
      451
    ],
    "registryBasicCodes": "451",
    "classes": [
      4
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.6": {
    "constant": "RoutingLoopDetected",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.4.7": {
    "constant": "DeliveryTimeExpired",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.5.0": {
    "constant": "OtherOrUndefinedProtocolStatus",
    "associatedBasicCodes": [
      220,
      250,
      251,
      252,
      253,
      451,
      452,
      454,
      458,
      459,
      501,
      502,
      503,
      554
    ],
    "registryBasicCodes": "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.1": {
    "constant": "InvalidCommand",
    "associatedBasicCodes": [
      430,
      500,
      501,
      503,
      530,
      550,
      554,
      555
    ],
    "registryBasicCodes": "430, 500, 501, 503, 530, 550, 554, 555",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.2": {
    "constant": "SyntaxError",
    "associatedBasicCodes": [
      500,
      501,
      502,
      550,
      555
    ],
    "registryBasicCodes": "500, 501, 502, 550, 555",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.3": {
    "constant": "TooManyRecipients",
    "associatedBasicCodes": [
      451
    ],
    "registryBasicCodes": "451",
    "classes": [
      4
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.4": {
    "constant": "InvalidCommandArguments",
    "associatedBasicCodes": [
      451,
      501,
      502,
      503,
      504,
      550,
      555
    ],
    "registryBasicCodes": "451, 501, 502, 503, 504, 550, 555",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.5": {
    "constant": "WrongProtocolVersion",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.6"
      }
    ],
    "deprecated": false
  },
  "X.5.6": {
    "constant": "AuthenticationExchangeLineIsTooLong",
    "associatedBasicCodes": [
      500
    ],
    "registryBasicCodes": "500",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4954",
        "section": "4"
      }
    ],
    "deprecated": false
  },
  "X.6.0": {
    "constant": "OtherOrUndefinedMediaError",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.1": {
    "constant": "MediaNotSupported",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.2": {
    "constant": "ConversionRequiredAndProhibited",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.3": {
    "constant": "ConversionRequiredButNotSupported",
    "associatedBasicCodes": [
      554
    ],
    "registryBasicCodes": "554",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.4": {
    "constant": "ConversionWithLossPerformed",
    "associatedBasicCodes": [
      250
    ],
    "registryBasicCodes": "250",
    "classes": [
      2,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.5": {
    "constant": "ConversionFailed",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463",
        "section": "3.7"
      }
    ],
    "deprecated": false
  },
  "X.6.6": {
    "constant": "MessageContentNotAvailable",
    "associatedBasicCodes": [
      554
    ],
    "registryBasicCodes": "554",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4468"
      }
    ],
    "deprecated": false
  },
  "X.6.7": {
    "constant": "NonASCIIAddressesNotPermittedForThatSenderRecipient",
    "associatedBasicCodes": [
      553,
      550
    ],
    "registryBasicCodes": "553, 550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6531",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.6.8": {
    "constant": "UTF8StringReplyIsRequiredButNotPermittedByTheSMTPClient",
    "associatedBasicCodes": [
      252,
      553,
      550
    ],
    "registryBasicCodes": "252, 553, 550",
    "classes": [
      2,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6531",
        "section": "3.7.4.2"
      }
    ],
    "deprecated": false
  },
  "X.6.9": {
    "constant": "UTF8HeaderMessageCannotBeTransferredToOneOrMoreRecipientsSoTheMessageMustBeRejected",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6531",
        "section": "3.5"
      }
    ],
    "deprecated": false
  },
  "X.6.10": {
    "constant": "DeprecatedDuplicateOfX68",
    "associatedBasicCodes": [],
    "registryBasicCodes": "",
    "classes": [
      2,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC6531",
        "section": "4.2"
      }
    ],
    "deprecated": true
  },
  "X.7.0": {
    "constant": "OtherOrUndefinedSecurityStatus",
    "associatedBasicCodes": [
      220,
      235,
      450,
      454,
      500,
      501,
      503,
      504,
      530,
      535,
      550
    ],
    "registryBasicCodes": "220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.1": {
    "constant": "DeliveryNotAuthorizedMessageRefused",
    "associatedBasicCodes": [
      451,
      454,
      502,
      503,
      533,
      550,
      551
    ],
    "registryBasicCodes": "451, 454, 502, 503, 533, 550, 551",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.2": {
    "constant": "MailingListExpansionProhibited",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.3": {
    "constant": "SecurityConversionRequiredButNotPossible",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.4": {
    "constant": "SecurityFeaturesNotSupported",
    "associatedBasicCodes": [
      504
    ],
    "registryBasicCodes": "504",
    "classes": [
      5
    ],
    "classesFrom": [
      "rfc",
      "registry"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.5": {
    "constant": "CryptographicFailure",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.6": {
    "constant": "CryptographicAlgorithmNotSupported",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.7": {
    "constant": "MessageIntegrityFailure",
    "associatedBasicCodes": [],
    "registryBasicCodes": "Not given",
    "classes": [
      2,
      4,
      5
    ],
    "classesFrom": [
      "rfc"
    ],
    "references": [
      {
        "doc": "RFC3463"
      }
    ],
    "deprecated": false
  },
  "X.7.8": {
    "constant": "AuthenticationCredentialsInvalid",
    "associatedBasicCodes": [
      535,
      554
    ],
    "registryBasicCodes": "535, 554",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4954"
      }
    ],
    "deprecated": false
  },
  "X.7.9": {
    "constant": "AuthenticationMechanismIsTooWeak",
    "associatedBasicCodes": [
      534
    ],
    "registryBasicCodes": "534",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4954"
      }
    ],
    "deprecated": false
  },
  "X.7.10": {
    "constant": "EncryptionNeeded",
    "associatedBasicCodes": [
      523
    ],
    "registryBasicCodes": "523",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC5248"
      }
    ],
    "deprecated": false
  },
  "X.7.11": {
    "constant": "EncryptionRequiredForRequestedAuthenticationMechanism",
    "associatedBasicCodes": [
      524,
      538
    ],
    "registryBasicCodes": "524, 538",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4954"
      }
    ],
    "deprecated": false
  },
  "X.7.12": {
    "constant": "APasswordTransitionIsNeeded",
    "associatedBasicCodes": [
      422,
      432
    ],
    "registryBasicCodes": "422, 432",
    "classes": [
      4
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC4954"
      }
    ],
    "deprecated": false
  },
  "X.7.13": {
    "constant": "UserAccountDisabled",
    "associatedBasicCodes": [
      525
    ],
    "registryBasicCodes": "525",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC5248"
      }
    ],
    "deprecated": false
  },
  "X.7.14": {
    "constant": "TrustRelationshipRequired",
    "associatedBasicCodes": [
      535,
      554
    ],
    "registryBasicCodes": "535, 554",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC5248"
      }
    ],
    "deprecated": false
  },
  "X.7.15": {
    "constant": "PriorityLevelIsTooLow",
    "associatedBasicCodes": [
      450,
      550
    ],
    "registryBasicCodes": "450, 550 (other 4XX or 5XX codes are allowed)",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6710"
      }
    ],
    "deprecated": false
  },
  "X.7.16": {
    "constant": "MessageIsTooBigForTheSpecifiedPriority",
    "associatedBasicCodes": [
      552
    ],
    "registryBasicCodes": "552 (other 4XX or 5XX codes are allowed)",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC6710"
      }
    ],
    "deprecated": false
  },
  "X.7.17": {
    "constant": "MailboxOwnerHasChanged",
    "associatedBasicCodes": [],
    "registryBasicCodes": "5XX",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7293"
      }
    ],
    "deprecated": false
  },
  "X.7.18": {
    "constant": "DomainOwnerHasChanged",
    "associatedBasicCodes": [],
    "registryBasicCodes": "5XX",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7293"
      }
    ],
    "deprecated": false
  },
  "X.7.19": {
    "constant": "RRVSTestCannotBeCompleted",
    "associatedBasicCodes": [],
    "registryBasicCodes": "5XX",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7293"
      }
    ],
    "deprecated": false
  },
  "X.7.20": {
    "constant": "NoPassingDKIMSignatureFound",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      },
      {
        "doc": "RFC6376"
      }
    ],
    "deprecated": false
  },
  "X.7.21": {
    "constant": "NoAcceptableDKIMSignatureFound",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      },
      {
        "doc": "RFC6376"
      }
    ],
    "deprecated": false
  },
  "X.7.22": {
    "constant": "NoValidAuthorMatchedDKIMSignatureFound",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      },
      {
        "doc": "RFC6376"
      }
    ],
    "deprecated": false
  },
  "X.7.23": {
    "constant": "SPFValidationFailed",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      },
      {
        "doc": "RFC7208"
      }
    ],
    "deprecated": false
  },
  "X.7.24": {
    "constant": "SPFValidationError",
    "associatedBasicCodes": [
      451,
      550
    ],
    "registryBasicCodes": "451/550",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      },
      {
        "doc": "RFC7208"
      }
    ],
    "deprecated": false
  },
  "X.7.25": {
    "constant": "ReverseDNSValidationFailed",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372",
        "section": "3.3"
      }
    ],
    "deprecated": false
  },
  "X.7.26": {
    "constant": "MultipleAuthenticationChecksFailed",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7372"
      }
    ],
    "deprecated": false
  },
  "X.7.27": {
    "constant": "SenderAddressHasNullMX",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC7505"
      }
    ],
    "deprecated": false
  },
  "X.7.28": {
    "constant": "MailFloodDetected",
    "associatedBasicCodes": [],
    "registryBasicCodes": ".",
    "classes": [
      4,
      5
    ],
    "classesFrom": [
      "meaning"
    ],
    "references": [
      {
        "doc": "draft-levine-mailbomb-header"
      }
    ],
    "deprecated": false
  },
  "X.7.29": {
    "constant": "ARCValidationFailure",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC8617"
      }
    ],
    "deprecated": false
  },
  "X.7.30": {
    "constant": "REQUIRETLSSupportRequired",
    "associatedBasicCodes": [
      550
    ],
    "registryBasicCodes": "550",
    "classes": [
      5
    ],
    "classesFrom": [
      "registry"
    ],
    "references": [
      {
        "doc": "RFC8689"
      }
    ],
    "deprecated": false
  }
});
/** Which replies each command may get, by command name (`CONNECT` = the greeting). */
export const commandFacts: Readonly<Record<string, CommandFact>> = /* @__PURE__ */ deepFreeze({
  "CONNECT": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.1"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.1"
      },
      {
        "doc": "RFC5321",
        "section": "4.5.3.2.1"
      }
    ],
    "success": [
      220
    ],
    "intermediate": [],
    "errors": [
      554
    ]
  },
  "EHLO": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.1"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.4"
      },
      {
        "doc": "RFC5321",
        "section": "3.2"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      504,
      550,
      502,
      500,
      501,
      421
    ]
  },
  "HELO": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.1"
      },
      {
        "doc": "RFC5321",
        "section": "3.2"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      504,
      550,
      502,
      500,
      501,
      421
    ]
  },
  "MAIL": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.2"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.11"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      552,
      451,
      452,
      550,
      553,
      503,
      455,
      555,
      500,
      501,
      421,
      530
    ]
  },
  "RCPT": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.3"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      },
      {
        "doc": "RFC5321",
        "section": "3.4"
      },
      {
        "doc": "RFC5321",
        "section": "4.5.3.1.10"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      250,
      251
    ],
    "intermediate": [],
    "errors": [
      550,
      551,
      552,
      553,
      450,
      451,
      452,
      503,
      455,
      555,
      500,
      501,
      421,
      530
    ]
  },
  "DATA": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.4"
      },
      {
        "doc": "RFC5321",
        "section": "3.3"
      },
      {
        "doc": "RFC5321",
        "section": "4.2.5"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [
      354
    ],
    "errors": [
      552,
      554,
      451,
      452,
      450,
      550,
      503,
      500,
      501,
      421,
      530
    ]
  },
  "RSET": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.5"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      500,
      501,
      421
    ]
  },
  "VRFY": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.6"
      },
      {
        "doc": "RFC5321",
        "section": "3.5"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      250,
      251,
      252
    ],
    "intermediate": [],
    "errors": [
      550,
      551,
      553,
      502,
      504,
      500,
      501,
      421,
      530
    ]
  },
  "EXPN": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.7"
      },
      {
        "doc": "RFC5321",
        "section": "3.5"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      250,
      252
    ],
    "intermediate": [],
    "errors": [
      550,
      500,
      502,
      504,
      501,
      421,
      530
    ]
  },
  "HELP": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.8"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "success": [
      211,
      214
    ],
    "intermediate": [],
    "errors": [
      502,
      504,
      500,
      501,
      421,
      530
    ]
  },
  "NOOP": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.9"
      },
      {
        "doc": "RFC2920",
        "section": "3.1"
      }
    ],
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      500,
      501,
      421
    ]
  },
  "QUIT": {
    "references": [
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.1.1.10"
      },
      {
        "doc": "RFC5321",
        "section": "3.8"
      }
    ],
    "success": [
      221
    ],
    "intermediate": [],
    "errors": [
      500,
      501,
      421
    ]
  },
  "STARTTLS": {
    "references": [
      {
        "doc": "RFC3207",
        "section": "4"
      },
      {
        "doc": "RFC3207",
        "section": "4.2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "extension": "STARTTLS",
    "success": [
      220
    ],
    "intermediate": [],
    "errors": [
      501,
      454,
      500,
      421
    ]
  },
  "AUTH": {
    "references": [
      {
        "doc": "RFC4954",
        "section": "4"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "extension": "AUTH",
    "success": [
      235
    ],
    "intermediate": [
      334
    ],
    "errors": [
      432,
      454,
      500,
      501,
      503,
      504,
      534,
      535,
      538,
      421
    ]
  },
  "ETRN": {
    "references": [
      {
        "doc": "RFC1985"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "extension": "ETRN",
    "success": [
      250,
      251,
      252,
      253
    ],
    "intermediate": [],
    "errors": [
      458,
      459,
      500,
      501,
      421,
      530
    ]
  },
  "ATRN": {
    "references": [
      {
        "doc": "RFC2645"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      }
    ],
    "extension": "ATRN",
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      450,
      451,
      453,
      502,
      530,
      500,
      501,
      421
    ]
  },
  "BDAT": {
    "references": [
      {
        "doc": "RFC3030",
        "section": "2"
      },
      {
        "doc": "RFC5321",
        "section": "4.3.2"
      },
      {
        "doc": "RFC4954",
        "section": "6"
      },
      {
        "doc": "RFC3207",
        "section": "4"
      }
    ],
    "extension": "CHUNKING",
    "success": [
      250
    ],
    "intermediate": [],
    "errors": [
      503,
      500,
      501,
      421,
      530
    ]
  }
});
/** The documents that references name. */
export const documents: Readonly<Record<string, DocumentFact>> = /* @__PURE__ */ deepFreeze({
  "IANA-SMTP-ENHANCED": {
    "name": "IANA registry",
    "title": "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes Registry",
    "url": "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml"
  },
  "RFC821": {
    "name": "RFC 821",
    "title": "Simple Mail Transfer Protocol",
    "url": "https://www.rfc-editor.org/rfc/rfc821"
  },
  "RFC1652": {
    "name": "RFC 1652",
    "title": "SMTP Service Extension for 8bit-MIMEtransport",
    "url": "https://www.rfc-editor.org/rfc/rfc1652"
  },
  "RFC1870": {
    "name": "RFC 1870",
    "title": "SMTP Service Extension for Message Size Declaration",
    "url": "https://www.rfc-editor.org/rfc/rfc1870"
  },
  "RFC1893": {
    "name": "RFC 1893",
    "title": "Enhanced Mail System Status Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc1893"
  },
  "RFC1985": {
    "name": "RFC 1985",
    "title": "SMTP Service Extension for Remote Message Queue Starting",
    "url": "https://www.rfc-editor.org/rfc/rfc1985"
  },
  "RFC2034": {
    "name": "RFC 2034",
    "title": "SMTP Service Extension for Returning Enhanced Error Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc2034"
  },
  "RFC2645": {
    "name": "RFC 2645",
    "title": "On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses",
    "url": "https://www.rfc-editor.org/rfc/rfc2645"
  },
  "RFC2821": {
    "name": "RFC 2821",
    "title": "Simple Mail Transfer Protocol",
    "url": "https://www.rfc-editor.org/rfc/rfc2821"
  },
  "RFC2920": {
    "name": "RFC 2920",
    "title": "SMTP Service Extension for Command Pipelining",
    "url": "https://www.rfc-editor.org/rfc/rfc2920"
  },
  "RFC3030": {
    "name": "RFC 3030",
    "title": "SMTP Service Extensions for Transmission of Large and Binary MIME Messages",
    "url": "https://www.rfc-editor.org/rfc/rfc3030"
  },
  "RFC3207": {
    "name": "RFC 3207",
    "title": "SMTP Service Extension for Secure SMTP over Transport Layer Security",
    "url": "https://www.rfc-editor.org/rfc/rfc3207"
  },
  "RFC3461": {
    "name": "RFC 3461",
    "title": "Simple Mail Transfer Protocol (SMTP) Service Extension for Delivery Status Notifications (DSNs)",
    "url": "https://www.rfc-editor.org/rfc/rfc3461"
  },
  "RFC3463": {
    "name": "RFC 3463",
    "title": "Enhanced Mail System Status Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc3463"
  },
  "RFC3464": {
    "name": "RFC 3464",
    "title": "An Extensible Message Format for Delivery Status Notifications",
    "url": "https://www.rfc-editor.org/rfc/rfc3464"
  },
  "RFC3886": {
    "name": "RFC 3886",
    "title": "An Extensible Message Format for Message Tracking Responses",
    "url": "https://www.rfc-editor.org/rfc/rfc3886"
  },
  "RFC4468": {
    "name": "RFC 4468",
    "title": "Message Submission BURL Extension",
    "url": "https://www.rfc-editor.org/rfc/rfc4468"
  },
  "RFC4954": {
    "name": "RFC 4954",
    "title": "SMTP Service Extension for Authentication",
    "url": "https://www.rfc-editor.org/rfc/rfc4954"
  },
  "RFC5248": {
    "name": "RFC 5248",
    "title": "A Registry for SMTP Enhanced Mail System Status Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc5248"
  },
  "RFC5321": {
    "name": "RFC 5321",
    "title": "Simple Mail Transfer Protocol",
    "url": "https://www.rfc-editor.org/rfc/rfc5321"
  },
  "RFC6152": {
    "name": "RFC 6152",
    "title": "SMTP Service Extension for 8-bit MIME Transport",
    "url": "https://www.rfc-editor.org/rfc/rfc6152"
  },
  "RFC6376": {
    "name": "RFC 6376",
    "title": "DomainKeys Identified Mail (DKIM) Signatures",
    "url": "https://www.rfc-editor.org/rfc/rfc6376"
  },
  "RFC6409": {
    "name": "RFC 6409",
    "title": "Message Submission for Mail",
    "url": "https://www.rfc-editor.org/rfc/rfc6409"
  },
  "RFC6531": {
    "name": "RFC 6531",
    "title": "SMTP Extension for Internationalized Email",
    "url": "https://www.rfc-editor.org/rfc/rfc6531"
  },
  "RFC6710": {
    "name": "RFC 6710",
    "title": "Simple Mail Transfer Protocol Extension for Message Transfer Priorities",
    "url": "https://www.rfc-editor.org/rfc/rfc6710"
  },
  "RFC7208": {
    "name": "RFC 7208",
    "title": "Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1",
    "url": "https://www.rfc-editor.org/rfc/rfc7208"
  },
  "RFC7293": {
    "name": "RFC 7293",
    "title": "The Require-Recipient-Valid-Since Header Field and SMTP Service Extension",
    "url": "https://www.rfc-editor.org/rfc/rfc7293"
  },
  "RFC7372": {
    "name": "RFC 7372",
    "title": "Email Authentication Status Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc7372"
  },
  "RFC7504": {
    "name": "RFC 7504",
    "title": "SMTP 521 and 556 Reply Codes",
    "url": "https://www.rfc-editor.org/rfc/rfc7504"
  },
  "RFC7505": {
    "name": "RFC 7505",
    "title": "A \"Null MX\" No Service Resource Record for Domains That Accept No Mail",
    "url": "https://www.rfc-editor.org/rfc/rfc7505"
  },
  "RFC8617": {
    "name": "RFC 8617",
    "title": "The Authenticated Received Chain (ARC) Protocol",
    "url": "https://www.rfc-editor.org/rfc/rfc8617"
  },
  "RFC8689": {
    "name": "RFC 8689",
    "title": "SMTP Require TLS Option",
    "url": "https://www.rfc-editor.org/rfc/rfc8689"
  },
  "draft-levine-mailbomb-header": {
    "name": "draft-levine-mailbomb-header",
    "title": "Internet-Draft draft-levine-mailbomb-header-00 (mail flood detection)",
    "url": "https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/"
  }
});
