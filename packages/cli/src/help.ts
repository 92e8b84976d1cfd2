// --help text, in the chosen language.

import { wrap } from './format/text.js';
import type { CommandName, Messages } from './i18n/index.js';

const SYNOPSIS: Record<CommandName, string> = {
  explain: 'smtp-codes explain [TEXT | FILE...] [--lang en|ja|ru] [--json] [--strict]',
  scan: 'smtp-codes scan [FILE...] [--by status|reason|code|domain|relay] [--top N] [--since TIME] [--until TIME] [--json | --ndjson] [--lang en|ja|ru]',
  list: 'smtp-codes list [--lang en|ja|ru] [--json]',
  show: 'smtp-codes show CODE [--lang en|ja|ru] [--json]',
  completion: 'smtp-codes completion bash|zsh|fish',
};

const EXAMPLES: Record<CommandName, string[]> = {
  explain: [
    'smtp-codes explain "550 5.1.1 <bob@example.com>: Recipient address rejected" --lang ja',
    'grep bob@example.com /var/log/mail.log | smtp-codes explain',
    'smtp-codes explain < bounce.eml',
    'smtp-codes explain --json Maildir/cur/* > outcomes.jsonl',
    'smtp-codes explain 4.7.1',
  ],
  scan: [
    'smtp-codes scan /var/log/mail.log /var/log/mail.log.2.gz',
    'smtp-codes scan /var/log/mail.log --by domain --since 2h',
    'smtp-codes scan /var/log/mail.log --ndjson | vector --config vector.toml',
  ],
  list: ['smtp-codes list --lang ru'],
  show: ['smtp-codes show 421', 'smtp-codes show X.7.1 --lang ja'],
  completion: ['smtp-codes completion bash > /etc/bash_completion.d/smtp-codes'],
};

export const ORDER: readonly CommandName[] = ['explain', 'scan', 'list', 'show', 'completion'];

/** The options --help lists for `command` (all of them without one): flag and text. */
export function helpOptions(m: Messages, command: CommandName | undefined): [string, string][] {
  const want = (c: CommandName) => !command || command === c;
  const options: [string, string][] = [];
  if (command !== 'completion') options.push(['--lang LANG', m.help.options.lang], ['--json', m.help.options.json]);
  if (want('explain')) options.push(['--strict', m.help.options.strict]);
  if (want('scan')) {
    options.push(
      ['--ndjson', m.help.options.ndjson],
      ['--by KEY', m.help.options.by],
      ['--top N', m.help.options.top],
      ['--since TIME', m.help.options.since],
      ['--until TIME', m.help.options.until],
    );
  }
  options.push(['-h, --help', m.help.options.help]);
  if (!command) options.push(['-V, --version', m.help.options.version]);
  return options;
}

export { EXAMPLES, SYNOPSIS };

export function helpText(m: Messages, command: CommandName | undefined, width = 80): string {
  const commands = command ? [command] : ORDER;
  const out: string[] = [`smtp-codes — ${m.help.tagline}`, '', `${m.help.usage}:`];
  for (const c of commands) out.push(`  ${SYNOPSIS[c]}`);
  if (!command) out.push('  smtp-codes --help | --version');
  out.push('', `${m.help.commandsHeading}:`);
  for (const c of commands) {
    out.push(`  ${c}`);
    for (const line of wrap(m.help.commands[c], width - 6)) out.push(`      ${line}`);
  }
  out.push('', `${m.help.optionsHeading}:`);
  for (const [flag, text] of helpOptions(m, command)) {
    const lines = wrap(text, width - 18);
    lines.forEach((line, i) => {
      out.push(`  ${(i === 0 ? flag : '').padEnd(16)}${line}`);
    });
  }
  out.push('', `${m.help.examplesHeading}:`);
  for (const c of commands) for (const e of EXAMPLES[c]) out.push(`  ${e}`);
  out.push('', ...m.help.footer.split('\n').flatMap((l) => wrap(l, width)));
  return out.join('\n');
}
