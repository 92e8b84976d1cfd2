// The explanation of one recipient of a notice: explainFinding on the record's codes, with the
// reason and provider read as parseBounce read them (the Reporting-MTA stands in for a missing
// remote host), in the language asked for.

import { en } from '../en.js';
import { type Explanation, explainFinding } from '../explain.js';
import type { ExplainLanguage } from '../language.js';
import { explainReason } from '../why.js';
import { recordReasonInput } from './records.js';
import type { BounceRecipient, BounceReport } from './types.js';

/**
 * Everything to show about one recipient of a notice, in `language`.
 *
 * @example
 * const report = await parseBounce(eml);
 * explainRecipient(report, report.recipients[0]).reason.id  //=> 'user-unknown'
 */
export function explainRecipient(report: BounceReport, rec: BounceRecipient, language: ExplainLanguage = en): Explanation {
  return {
    ...explainFinding(rec.finding, language),
    ...explainReason(recordReasonInput(rec, report.author.reportingMta), language.reasons),
  };
}
