// The command line: parse, pick language and colour, run one command, map failures to exit codes.

import type { LocaleId } from '@smtp-codes/constants';
import pkg from '../package.json' with { type: 'json' };
import { parseCommandLine, peekLang, UsageError } from './args.js';
import { completionCommand } from './commands/completion.js';
import { explainCommand } from './commands/explain.js';
import { listCommand, showCommand } from './commands/reference.js';
import { scanCommand } from './commands/scan.js';
import { langFromEnv, useColour } from './env.js';
import { ansi, plain } from './format/style.js';
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
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let messages = languageFor(peekLang(argv) ?? langFromEnv(io.env)).messages;
  try {
    const args = parseCommandLine(argv, messages);
    const lang = args.lang ?? langFromEnv(io.env);
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
      io.stderr(`smtp-codes: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`smtp-codes: ${messages.errors.unexpected(oneLine(error))}\n`);
    return EXIT_INPUT;
  }
}

/** An error as one line, without its stack. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
