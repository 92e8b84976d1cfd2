import { toReplyCode } from '@smtp-codes/constants';
import { enhancedAt, hasReplyCodeAt } from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJson } from '../format/json.js';
import { formatList, formatShow, listJson, showJson } from '../format/reference.js';
import { type Context, EXIT_OK } from '../io.js';

export function listCommand(ctx: Context): number {
  const { io, args, language } = ctx;
  const m = language.messages;
  if (args.positionals.length > 0) throw new UsageError(m.errors.unknownCommand(`list ${args.positionals[0]}`));
  io.stdout(
    args.json ? formatJson(listJson(language.data)) : `${formatList(language.data, { messages: m, style: ctx.style, width: ctx.width })}\n`,
  );
  return EXIT_OK;
}

export function showCommand(ctx: Context): number {
  const { io, args, language } = ctx;
  const m = language.messages;
  if (args.positionals.length === 0) throw new UsageError(m.errors.missingCode);
  if (args.positionals.length > 1) throw new UsageError(m.errors.tooManyArguments);
  const code = args.positionals[0]!.trim();
  const isReply = code.length === 3 && hasReplyCodeAt(code, 0) && toReplyCode(code) !== undefined;
  const enhanced = enhancedAt(code, 0, true);
  const isEnhanced = enhanced !== undefined && enhanced.end === code.length;
  if (!isReply && !isEnhanced) throw new UsageError(m.errors.unknownCode(code));
  const data = showJson(code, language.data);
  if (!data) throw new UsageError(m.errors.notInReference(code));
  io.stdout(args.json ? formatJson(data) : `${formatShow(data, { messages: m, style: ctx.style, width: ctx.width })}\n`);
  return EXIT_OK;
}
