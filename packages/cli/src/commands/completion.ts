// `smtp-codes completion bash|zsh|fish`: a completion script built from the same command and
// option tables the parser uses, so it cannot name an option the command line refuses.

import { ALLOWED, COMMANDS, OPTIONS, UsageError } from '../args.js';
import type { CommandName } from '../i18n/index.js';
import { type Context, EXIT_OK } from '../io.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** Values an option takes, for completion. */
const VALUES: Record<string, readonly string[]> = {
  lang: ['en', 'ja', 'ru'],
  by: ['status', 'reason', 'code', 'domain', 'relay'],
};

export function completionCommand(ctx: Context): number {
  const m = ctx.language.messages;
  const [shell, ...rest] = ctx.args.positionals;
  if (shell === undefined || rest.length > 0 || !(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(m.errors.badShell(shell ?? ''));
  }
  ctx.io.stdout(completionScript(shell as Shell));
  return EXIT_OK;
}

function flags(command: CommandName): string[] {
  return ALLOWED[command].flatMap((name) => {
    const short = OPTIONS[name]?.short;
    return short ? [`--${name}`, `-${short}`] : [`--${name}`];
  });
}

export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return bash();
    case 'zsh':
      return zsh();
    case 'fish':
      return fish();
  }
}

function bash(): string {
  const cases = COMMANDS.map((c) => `    ${c}) opts="${flags(c).join(' ')}" ;;`).join('\n');
  const values = Object.entries(VALUES)
    .map(([name, v]) => `    --${name}) COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur")); return ;;`)
    .join('\n');
  return `# bash completion for smtp-codes (smtp-codes completion bash)
_smtp_codes() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${values}
  esac
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${COMMANDS.join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [ "$cmd" = completion ]; then
    COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"))
  elif [[ "$cur" == -* ]] || [ "$cmd" != scan ]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _smtp_codes smtp-codes
`;
}

function zsh(): string {
  const cases = COMMANDS.map((c) => {
    const specs = ALLOWED[c].map((name) => {
      const v = VALUES[name];
      const arg = OPTIONS[name]?.type === 'string' ? `:${name}:${v ? `(${v.join(' ')})` : ''}` : '';
      return `'--${name}[${name}]${arg}'`;
    });
    const files = c === 'scan' ? " '*:log file:_files'" : c === 'completion' ? " '1:shell:(bash zsh fish)'" : '';
    return `    ${c}) _arguments ${specs.join(' ')}${files} ;;`;
  }).join('\n');
  return `#compdef smtp-codes
# zsh completion for smtp-codes (smtp-codes completion zsh > "\${fpath[1]}/_smtp-codes")
_smtp-codes() {
  if (( CURRENT == 2 )); then
    compadd ${COMMANDS.join(' ')} --help --version
    return
  fi
  case $words[2] in
${cases}
  esac
}
compdef _smtp-codes smtp-codes
`;
}

function fish(): string {
  const lines = [
    '# fish completion for smtp-codes (smtp-codes completion fish > ~/.config/fish/completions/smtp-codes.fish)',
    `complete -c smtp-codes -f -n '__fish_use_subcommand' -a '${COMMANDS.join(' ')}'`,
  ];
  for (const c of COMMANDS) {
    for (const name of ALLOWED[c]) {
      const v = VALUES[name];
      const arg = OPTIONS[name]?.type === 'string' ? ` -r${v ? ` -a '${v.join(' ')}'` : ''}` : '';
      lines.push(`complete -c smtp-codes -n '__fish_seen_subcommand_from ${c}' -l ${name}${arg}`);
    }
  }
  lines.push("complete -c smtp-codes -n '__fish_seen_subcommand_from scan' -F");
  lines.push("complete -c smtp-codes -f -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
  return `${lines.join('\n')}\n`;
}
