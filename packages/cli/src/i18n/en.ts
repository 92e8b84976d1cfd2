import { en as explainen } from '@smtp-codes/explain';
import type { Messages } from './types.js';

export const en: Messages = {
  ...explainen.messages,
  list: {
    replyCodes: 'Reply codes',
    enhancedCodes: 'Enhanced status codes',
  },
  omitted: {
    heading: (n) => `… and ${n} more ${n === 1 ? 'reply or code' : 'replies or codes'}, counted by code but not explained one by one:`,
    hint: 'For a log, "smtp-codes scan" gives the whole summary.',
  },
  scan: {
    count: 'Count',
    code: 'Code',
    enhanced: 'Enhanced',
    meaning: 'Meaning',
    summary: (findings, lines, files) =>
      `${findings} ${findings === 1 ? 'code' : 'codes'} in ${lines} ${lines === 1 ? 'line' : 'lines'}${files > 1 ? ` of ${files} files` : ''}`,
    formats: 'Found in',
    errors: (n) => `${n} ${n === 1 ? 'reply' : 'replies'} could not be parsed`,
    none: 'No SMTP codes found.',
    other: '(other codes)',
  },
  help: {
    tagline: 'Explain SMTP replies, bounces and mail logs',
    usage: 'Usage',
    commandsHeading: 'Commands',
    optionsHeading: 'Options',
    commands: {
      explain:
        'Explain the replies and codes in TEXT (or standard input): raw server output, the Status and Diagnostic-Code fields of a bounce, a Postfix, Exim or Sendmail log line, or a bare code such as 550, 5.1.1 or X.7.1.',
      scan: 'Read mail logs (files, or standard input) line by line and count the codes in them.',
      list: 'List every reply code and enhanced status code.',
      show: 'Everything about one code: 550, 5.1.1 or X.1.1.',
    },
    options: {
      lang: 'Output language: en, ja or ru (default: from LC_ALL, LC_MESSAGES or LANG, else en)',
      json: 'Machine-readable output (explain: one JSON object per line)',
      strict: 'explain: parse in strict mode; exit 1 if the input could not be parsed',
      help: 'Show this help',
      version: 'Show the version',
    },
    examplesHeading: 'Examples',
    footer:
      'Exit codes: 0 done, 1 nothing could be explained (or a parse error with --strict), 2 usage error.\nColour only on a terminal; NO_COLOR turns it off, FORCE_COLOR turns it on.',
  },
  errors: {
    unknownCommand: (name) => `unknown command "${name}" (try --help)`,
    unknownOption: (name) => `unknown option "${name}" (try --help)`,
    missingValue: (name) => `option "${name}" needs a value`,
    badLang: (value) => `unknown language "${value}": use en, ja or ru`,
    missingCode: 'show needs a code, such as 550 or 5.1.1',
    tooManyArguments: 'show takes one code',
    unknownCode: (code) => `"${code}" is not a code: give a reply code such as 550 or an enhanced status code such as 5.1.1 or X.1.1`,
    notInReference: (code) =>
      `unknown code ${code}: it is not in the reference ("smtp-codes list" shows every code); "smtp-codes explain ${code}" reads it by its digits`,
    readFile: (file, reason) => `cannot read ${file}: ${reason}`,
    inputTooLarge: (mb) => `the input is larger than ${mb} MB; use "smtp-codes scan" for logs`,
    noInput: 'reading the text to explain from standard input (end with Ctrl-D)',
    unexpected: (reason) => `unexpected error: ${reason}`,
    strictFailed: 'the input could not be parsed in strict mode',
  },
};
