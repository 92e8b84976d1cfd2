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

/** The variable that names where the docs site is published (the site's SITE_URL). */
export const DOCS_URL_VARIABLE = 'SMTP_CODES_DOCS_URL';

/**
 * The address of a code's page on the docs site (`<base><lang>/codes/550.html`, enhanced codes in
 * the registry form `X.1.1`), or null when SMTP_CODES_DOCS_URL is unset or empty. A value that is
 * not an absolute http(s) URL is a usage error, not silently ignored.
 */
export function docsPageUrl(env: Readonly<Record<string, string | undefined>>, locale: string, code: string): string | null {
  const raw = env[DOCS_URL_VARIABLE]?.trim();
  if (!raw) return null;
  let base: URL | undefined;
  try {
    base = new URL(raw);
  } catch {
    // reported below
  }
  if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:') || base.search || base.hash) {
    // English only until the UI strings have settled in their new package.
    throw new UsageError(
      `${DOCS_URL_VARIABLE} must be the docs site's address, such as https://example.com/smtp-codes/ (got ${JSON.stringify(raw)})`,
    );
  }
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`;
  return `${root}${locale}/codes/${code}.html`;
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
  const docsUrl = docsPageUrl(io.env, language.locale, data.type === 'reply' ? String(data.code) : data.generic);
  if (args.json) io.stdout(formatJson(docsUrl ? { ...data, docsUrl } : data));
  else {
    const text = formatShow(data, { messages: m, style: ctx.style, width: ctx.width });
    // The address stands on its own line, never wrapped, so that it can be copied or clicked.
    io.stdout(`${text}\n${docsUrl ? `\n  ${docsUrl}\n` : ''}`);
  }
  return EXIT_OK;
}
