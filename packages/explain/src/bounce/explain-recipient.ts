// The explanation of one recipient of a notice: explainFinding on the record's codes, with the
// reason and provider parseBounce gave the record (it read the notice's facts a finding lacks: the
// Reporting-MTA, the notice's words), in the language asked for.

import { en } from '../en.js';
import { type Explanation, explainFinding } from '../explain.js';
import type { ExplainLanguage } from '../language.js';
import { describeResult } from '../why.js';
import type { BounceRecipient } from './types.js';

/**
 * Everything to show about one recipient of a notice, in `language`.
 *
 * @example
 * const report = await parseBounce(eml);
 * explainRecipient(report.recipients[0], ja).reason.title  //=> '宛先不明'
 */
export function explainRecipient(rec: BounceRecipient, language: ExplainLanguage = en): Explanation {
  const { id, evidence, textTruncated } = rec.reason;
  const result = {
    reason: id,
    evidence,
    ...(rec.provider ? { provider: rec.provider.id } : {}),
    ...(textTruncated ? { textTruncated } : {}),
  };
  return { ...explainFinding(rec.finding, language), ...describeResult(result, language.reasons) };
}
