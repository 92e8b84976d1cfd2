// The command line: parse, pick language and colour, run one command, map failures to exit codes.

import type { LocaleId } from '@smtp-codes/constants';
import pkg from '../package.json' with { type: 'json' };
import { parseCommandLine, peekLang, UsageError } from './args.js';
import { completionCommand } from './commands/completion.js';
import { explainCommand } from './commands/explain.js';
import { listCommand, showCommand } from './commands/reference.js';
import { scanCommand } from './commands/scan.js';
import { langFromEnv, nonUtf8Charset, useColour } from './env.js';
import { jsonToAscii } from './format/json.js';
import { ansi, plain } from './format/style.js';
import { sanitize, toAscii } from './format/text.js';
import { helpText } from './help.js';
import { LANGUAGES, type Language } from './i18n/index.js';
import { type Context, EXIT_INPUT, EXIT_OK, EXIT_USAGE, type Io } from './io.js';

export { stdinIsDirectory } from './input.js';

export const VERSION: string = pkg.version;

/** A language by its id; English for anything unknown. */
function languageFor(id: string): Language {
  return Object.hasOwn(LANGUAGES, id) ? LANGUAGES[id as LocaleId] : LANGUAGES.en;
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], processIo: Io): Promise<number> {
  let io = processIo;
  const charset = nonUtf8Charset(io.env);
  let messages = languageFor(charset === undefined ? (peekLang(argv) ?? langFromEnv(io.env)) : 'en').messages;
  try {
    const args = parseCommandLine(argv, messages);
    let lang = args.lang ?? langFromEnv(io.env);
    if (charset !== undefined) {
      if (lang !== 'en') io.stderr(`smtp-codes: ${sanitize(charsetFallback(charset, lang))}\n`);
      lang = 'en';
      io = asciiOnly(io, args.json || args.ndjson);
    }
    const language = languageFor(lang);
    messages = language.messages;
    const width = Math.max(40, Math.min(io.columns || 80, 120));
    if (args.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (args.help) {
      io.stdout(`${helpText(messages, args.command, width)}\n`);
      return EXIT_OK;
    }
    if (!args.command) {
      // No command is a usage error: the help goes to stderr.
      io.stderr(`${helpText(messages, undefined, width)}\n`);
      return EXIT_USAGE;
    }
    const ctx: Context = {
      io,
      args,
      language,
      style: useColour(io.env, io.stdoutIsTTY) ? ansi : plain,
      width,
    };
    switch (args.command) {
      case 'explain':
        return await explainCommand(ctx);
      case 'scan':
        return await scanCommand(ctx);
      case 'list':
        return listCommand(ctx);
      case 'show':
        return showCommand(ctx);
      case 'completion':
        return completionCommand(ctx);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote a file name or an argument: shown escaped, as server text is.
      io.stderr(`smtp-codes: ${sanitize(error.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`smtp-codes: ${sanitize(messages.errors.unexpected(oneLine(error)))}\n`);
    return EXIT_INPUT;
  }
}

/**
 * Japanese and Russian are written as UTF-8, which a terminal in another character set garbles.
 * This note is English on purpose: it is shown exactly when only ASCII is safe.
 */
function charsetFallback(charset: string, lang: LocaleId): string {
  const example = lang === 'ja' ? 'ja_JP.UTF-8' : 'ru_RU.UTF-8';
  return `the locale's character set ${charset} cannot show "${lang}" (written as UTF-8): writing English. Use a UTF-8 locale, such as LANG=${example}`;
}

/** The same process, writing ASCII only (for a locale whose character set is not UTF-8); JSON stays the same value. */
function asciiOnly(io: Io, json: boolean): Io {
  const ascii = (s: string) => (json ? jsonToAscii(s) : toAscii(s));
  return { ...io, stdout: (s) => io.stdout(ascii(s)), write: (s) => io.write(ascii(s)), stderr: (s) => io.stderr(toAscii(s)) };
}

/** An error as one line, without its stack. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
