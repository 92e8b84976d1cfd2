// One language for explainFinding, as a value: a page imports only the languages it shows
// (`@smtp-codes/explain` carries English; `@smtp-codes/explain/ja` and `/ru` carry one more each).

import type { LocaleId, MeaningData, ReasonTextData } from '@smtp-codes/constants';
import type { ExplainMessages } from './messages/types.js';

/** Everything one language needs: the code meanings (constants' `MeaningData`), the reason texts and the UI wording. */
export interface ExplainLanguage {
  readonly locale: LocaleId;
  readonly data: MeaningData;
  /** The bounce reasons' and providers' texts in this language. */
  readonly reasons: ReasonTextData;
  readonly messages: ExplainMessages;
}
