// Reads the per-recipient fields of a bounce message (RFC 3464) well enough to feed the reason
// engine in tests: Action, Status, Diagnostic-Code, and, where a recipient has no
// Diagnostic-Code, what the human-readable part says about it. Test code only.
import type { ReasonInput } from '../src/reason.js';

export interface RecipientFields {
  recipient: string;
  action: string;
  status: string | undefined;
  diagnosticType: string | undefined;
  diagnostic: string | undefined;
  /** What the human-readable part says about the recipient (used when there is no Diagnostic-Code). */
  notice: string | undefined;
}

interface Part {
  headers: string;
  body: string;
}

function unfold(block: string): string[] {
  return block.replace(/\n[ \t]+/g, ' ').split('\n');
}

function parts(message: string): Part[] {
  const [head = '', ...rest] = message.split('\n\n');
  const boundary = /boundary="?([^";\s]+)"?/i.exec(unfold(head).join('\n'))?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const body = rest.join('\n\n');
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .map((p) => {
      const text = p.replace(/^\n/, '');
      const end = text.indexOf('\n\n');
      return { headers: text.slice(0, end), body: text.slice(end + 2) };
    });
}

function field(lines: string[], name: string): string | undefined {
  const prefix = `${name.toLowerCase()}:`;
  return lines
    .find((l) => l.toLowerCase().startsWith(prefix))
    ?.slice(prefix.length)
    .trim();
}

/** The per-recipient fields of a delivery-status report, in order. */
export function recipientsOf(message: string): RecipientFields[] {
  const all = parts(message);
  const report = all.find((p) => /message\/delivery-status/i.test(p.headers));
  if (!report) throw new Error('no message/delivery-status part');
  const human = all.find((p) => /text\/plain/i.test(p.headers))?.body ?? '';
  const blocks = report.body.split(/\n\s*\n/).map(unfold);
  return blocks
    .filter((lines) => field(lines, 'Final-Recipient'))
    .map((lines) => {
      const recipient = (field(lines, 'Final-Recipient') ?? '').replace(/^rfc822;\s*/i, '');
      const diag = field(lines, 'Diagnostic-Code');
      const semi = diag?.indexOf(';') ?? -1;
      return {
        recipient,
        action: field(lines, 'Action') ?? '',
        status: field(lines, 'Status'),
        diagnosticType: diag && semi >= 0 ? diag.slice(0, semi).trim().toLowerCase() : undefined,
        diagnostic: diag && semi >= 0 ? diag.slice(semi + 1).trim() : diag,
        notice: noticeAbout(human, recipient),
      };
    });
}

/** The text after the recipient's address on its line, and the lines indented under it. */
function noticeAbout(human: string, recipient: string): string | undefined {
  const lines = human.split('\n');
  const at = lines.findIndex((l) => l.toLowerCase().includes(recipient.toLowerCase()));
  if (at < 0) return undefined;
  const line = lines[at] ?? '';
  const indent = line.length - line.trimStart().length;
  const after = line.slice(line.toLowerCase().indexOf(recipient.toLowerCase()) + recipient.length).replace(/^[>:.\s]+/, '');
  const more: string[] = [];
  for (const next of lines.slice(at + 1)) {
    if (next.trim() === '' || next.length - next.trimStart().length <= indent) break;
    more.push(next.trim());
  }
  const text = [after, ...more].filter(Boolean).join(' ');
  return text || undefined;
}

/** What the engine gets for a recipient: the code and enhanced code the text starts with, else the Status. */
export function reasonInputOf(r: RecipientFields): ReasonInput {
  const text = r.diagnostic ?? r.notice;
  const m = r.diagnostic ? /^([2-5]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?/.exec(r.diagnostic) : null;
  const action = r.action.split(/[\s(]/)[0]?.toLowerCase() as ReasonInput['action'];
  return {
    ...(m ? { code: Number(m[1]) } : {}),
    ...(m?.[2] ? { enhanced: m[2] } : r.status ? { enhanced: r.status } : {}),
    ...(text ? { text } : {}),
    action,
  };
}
