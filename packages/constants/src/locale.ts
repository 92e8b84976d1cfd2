/** A title and a description in one language. */
export interface LocalizedText {
  readonly title: string;
  readonly description: string;
}

/** An enhanced status code's texts; `note` records a registry quirk where there is one. */
export interface EnhancedText extends LocalizedText {
  readonly note?: string;
}

/** A basic reply code's texts; `variants` follow the order of the code's variants in the facts. */
export interface ReplyText extends LocalizedText {
  readonly variants?: readonly LocalizedText[];
}

export type LocaleId = 'en' | 'ja' | 'ru';

/**
 * The texts of the codes and digits in one language: all that `describeReply`, `describeEnhanced`
 * and `describeDigit` read. `enMeanings`, `jaMeanings` and `ruMeanings` are these parts of the
 * locales without the commands and concepts, for bundles that only explain codes.
 */
export interface MeaningData {
  readonly locale: LocaleId;
  /** The language's own name: English, 日本語, Русский. */
  readonly name: string;
  readonly replies: Readonly<Record<number, ReplyText>>;
  readonly enhanced: Readonly<Record<string, EnhancedText>>;
  readonly classes: Readonly<Record<number, LocalizedText>>;
  readonly subjects: Readonly<Record<number, LocalizedText>>;
  readonly firstDigit: Readonly<Record<number, LocalizedText>>;
  readonly secondDigit: Readonly<Record<number, LocalizedText>>;
  readonly thirdDigit: LocalizedText;
}

/**
 * Every text of the spec in one language. Import a locale from its own entry point
 * (`@smtp-codes/constants/locales/ja`) and pass it to the `describe*` functions: an application
 * that never imports a locale never bundles its text.
 */
export interface LocaleData extends MeaningData, ReasonTextData {
  readonly commands: Readonly<Record<string, LocalizedText>>;
  readonly concepts: Readonly<Record<string, LocalizedText>>;
}

/** A bounce reason's texts: what happened and what the sender should do. */
export interface ReasonText extends LocalizedText {
  readonly action: string;
}

/** A provider code's texts, in the order of the provider's `codes` in the facts. */
export interface ProviderCodeText {
  readonly meaning: string;
  readonly action: string;
}

/**
 * The texts of the bounce reasons and of the providers' codes in one language: all that
 * `describeReason` and `describeProvider` read. `enReasons`, `jaReasons` and `ruReasons` hold
 * just these parts; a full locale (`ja`) works too.
 */
export interface ReasonTextData {
  readonly locale: LocaleId;
  readonly name: string;
  readonly reasons: Readonly<Record<string, ReasonText>>;
  readonly providers: Readonly<Record<string, { readonly codes: readonly ProviderCodeText[] }>>;
}

/**
 * The titles alone of the codes and digits in one language, for `replyTitle` and `enhancedTitle`:
 * a small fraction of the size of `MeaningData`. `enTitles` is in the main entry, `jaTitles` and
 * `ruTitles` in `@smtp-codes/constants/locales/ja` and `/ru`.
 */
export interface TitleData {
  readonly locale: LocaleId;
  readonly replies: Readonly<Record<number, string>>;
  /**
   * By subject, the titles of its details one per line: line 1 of `enhanced[1]` is the title of
   * X.1.1 (an empty line where the registry has a gap). The layout keeps the English tables small.
   */
  readonly enhanced: readonly string[];
  readonly classes: Readonly<Record<number, string>>;
  readonly subjects: Readonly<Record<number, string>>;
  readonly firstDigit: Readonly<Record<number, string>>;
  readonly secondDigit: Readonly<Record<number, string>>;
}
