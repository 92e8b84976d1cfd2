// --help text, in the chosen language.

import { wrap } from './format/text.js';
import type { CommandName, Messages } from './i18n/index.js';

const SYNOPSIS: Record<CommandName, string> = {
  explain: 'smtp-codes explain [TEXT | FILE...] [--lang en|ja|ru] [--json] [--strict]',
  scan: 'smtp-codes scan [FILE...] [--lang en|ja|ru] [--json]',
  list: 'smtp-codes list [--lang en|ja|ru] [--json]',
  show: 'smtp-codes show CODE [--lang en|ja|ru] [--json]',
};

const EXAMPLES: Record<CommandName, string[]> = {
  explain: [
    'smtp-codes explain "550 5.1.1 <bob@example.com>: Recipient address rejected" --lang ja',
    'grep bob@example.com /var/log/mail.log | smtp-codes explain',
    'smtp-codes explain < bounce.eml',
    'smtp-codes explain --json Maildir/cur/* > outcomes.jsonl',
    'smtp-codes explain 4.7.1',
  ],
  scan: ['smtp-codes scan /var/log/mail.log', 'zcat /var/log/mail.log.*.gz | smtp-codes scan --json'],
  list: ['smtp-codes list --lang ru'],
  show: ['smtp-codes show 421', 'smtp-codes show X.7.1 --lang ja'],
};

const ORDER: readonly CommandName[] = ['explain', 'scan', 'list', 'show'];

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
  const options: [string, string][] = [['--lang LANG', m.help.options.lang]];
  const want = (c: CommandName) => !command || command === c;
  options.push(['--json', m.help.options.json]);
  if (want('explain')) options.push(['--strict', m.help.options.strict]);
  options.push(['-h, --help', m.help.options.help]);
  if (!command) options.push(['-V, --version', m.help.options.version]);
  for (const [flag, text] of options) {
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
