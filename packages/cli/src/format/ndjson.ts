// `scan --ndjson`: one compact JSON object per code found, for log pipelines (Vector, Fluent Bit,
// Logstash …). The field names are the `LogRecord`'s, plus where the line was read.

import type { LogRecord } from '@smtp-codes/explain';
import { safeStringify } from './json.js';

/**
 * One line of `scan --ndjson` (without its newline).
 *
 * @example
 * ndjsonRecord(reader.read(finding), '/var/log/mail.log')
 * //=> '{"time":"2024-01-10T10:00:01.000Z","host":"mx1","queueId":"4F1A22C0123","recipient":"bob@example.com",…}'
 */
export function ndjsonRecord(record: LogRecord, file: string): string {
  const f = record.finding;
  // Server text may hold C1 controls or bidi overrides: escaped as in every other JSON output.
  return safeStringify({
    time: record.time === null ? null : new Date(record.time).toISOString(),
    host: record.host,
    queueId: record.queueId,
    recipient: record.recipient,
    domain: record.domain,
    relay: record.relay,
    status: record.status,
    mtaStatus: record.mtaStatus,
    code: record.code,
    enhanced: record.enhanced,
    reason: record.reason,
    text: record.text,
    kind: f.kind,
    file,
    line: f.line,
  });
}
