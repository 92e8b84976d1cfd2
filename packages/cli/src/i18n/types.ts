// The command line's own strings, one file per language (en.ts, ja.ts, ru.ts), on top of the
// explanation's words from @smtp-codes/explain.

import type { Breakdown, DeliveryStatus, ExplainMessages } from '@smtp-codes/explain';

export type CommandName = 'explain' | 'scan' | 'list' | 'show' | 'completion';

export interface Messages extends ExplainMessages {
  readonly list: {
    readonly replyCodes: string;
    readonly enhancedCodes: string;
  };
  /** explain: what is said after the first findings when there are more than it explains. */
  readonly omitted: {
    readonly heading: (n: number) => string;
    readonly hint: string;
  };
  readonly scan: {
    readonly count: string;
    readonly code: string;
    readonly enhanced: string;
    readonly meaning: string;
    readonly summary: (findings: number, lines: number, files: number) => string;
    readonly formats: string;
    readonly errors: (n: number) => string;
    readonly none: string;
    readonly other: string;
    /** Delivery statuses, and `unknown` for a finding whose line says nothing about delivery. */
    readonly statuses: Readonly<Record<DeliveryStatus | 'unknown', string>>;
    /** Section headings of the overview and column heading of each breakdown's key. */
    readonly headings: Readonly<Record<Breakdown, string>>;
    readonly keys: Readonly<Record<Breakdown, string>>;
    readonly statusSplit: string;
    /** Between the items of a status split or a list of top codes. */
    readonly separator: string;
    readonly topCodes: string;
    readonly sample: string;
    /** A key the log did not name (no recipient, no remote host). */
    readonly notLogged: string;
    readonly otherKeys: string;
    readonly more: (n: number) => string;
    readonly outsideWindow: (n: number) => string;
    readonly untimed: (n: number) => string;
    /** `scan` without a file on a terminal. */
    readonly hint: string;
  };
  readonly help: {
    readonly tagline: string;
    readonly usage: string;
    readonly commandsHeading: string;
    readonly optionsHeading: string;
    readonly commands: Readonly<Record<CommandName, string>>;
    readonly options: {
      readonly lang: string;
      readonly json: string;
      readonly strict: string;
      readonly ndjson: string;
      readonly by: string;
      readonly top: string;
      readonly since: string;
      readonly until: string;
      readonly help: string;
      readonly version: string;
    };
    readonly examplesHeading: string;
    readonly footer: string;
  };
  readonly errors: {
    readonly unknownCommand: (name: string) => string;
    readonly unknownOption: (name: string) => string;
    readonly missingValue: (name: string) => string;
    readonly badLang: (value: string) => string;
    readonly missingCode: string;
    readonly tooManyArguments: string;
    /** Not a code at all. */
    readonly unknownCode: (code: string) => string;
    /** A well-formed code that the reference does not list. */
    readonly notInReference: (code: string) => string;
    readonly readFile: (file: string, reason: string) => string;
    readonly inputTooLarge: (mb: number) => string;
    /** One message of an mbox (or a file) over the per-message limit: skipped. */
    readonly messageTooLarge: (mb: number) => string;
    /** Why a file argument was not read: it is over the file limit. */
    readonly fileTooLarge: (mb: number) => string;
    readonly noInput: string;
    readonly unexpected: (reason: string) => string;
    readonly strictFailed: string;
    readonly badBy: (value: string) => string;
    readonly badTop: (value: string) => string;
    readonly badTime: (option: string, value: string) => string;
    readonly jsonAndNdjson: string;
    readonly stdinDirectory: string;
    readonly badShell: (value: string) => string;
  };
}
