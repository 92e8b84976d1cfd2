// The UI strings (scripts/templates/docs/ui.<locale>.yaml) and the data of the generated docs: the
// glossary and the explain page's examples (scripts/data/docs/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../load-spec.js';
import { LOCALES, type Locale, type Localized, type Severity } from '../types.js';

export const TEMPLATES_DIR = join(REPO_ROOT, 'scripts', 'templates', 'docs');
/** Data the docs show, not templates: the glossary and the explain page's sample inputs. */
export const DOCS_DATA_DIR = join(REPO_ROOT, 'scripts', 'data', 'docs');

type Strings<K extends string> = Record<K, string>;

/** The shape of ui.<locale>.yaml. */
export interface Ui {
  locale: Locale;
  languageName: string;
  siteTitle: string;
  siteDescription: string;
  languageIndexIntro: string;
  /** The language index (packages/docs/README.md): what the site's explain page does. */
  languageIndexExplain: string;
  generated: string;
  skipToContent: string;
  languageSwitch: string;
  mainNav: string;
  colon: string;
  backToTop: string;
  pages: Strings<'overview' | 'replyCodes' | 'enhancedCodes' | 'commands' | 'reasons' | 'providers' | 'glossary' | 'explain'>;
  search: Strings<
    | 'label'
    | 'placeholder'
    | 'hint'
    | 'none'
    | 'kindReply'
    | 'kindEnhanced'
    | 'kindCommand'
    | 'kindReason'
    | 'kindProvider'
    | 'classNotUsed'
  > & {
    count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  };
  overview: Strings<
    | 'title'
    | 'intro'
    | 'contents'
    | 'contentsReplyCodes'
    | 'contentsEnhancedCodes'
    | 'contentsCommands'
    | 'contentsGlossary'
    | 'digits'
    | 'firstDigit'
    | 'secondDigit'
    | 'enhancedStructure'
    | 'enhancedStructureIntro'
    | 'classes'
    | 'subjects'
    | 'detailText'
    | 'references'
  >;
  replyCodes: Strings<'title' | 'intro' | 'table' | 'details' | 'noText' | 'enhancedCodes' | 'variant'>;
  enhancedCodes: Strings<
    | 'title'
    | 'intro'
    | 'classes'
    | 'subjectCodes'
    | 'allClasses'
    | 'onlyClasses'
    | 'classesRestricted'
    | 'registryColumn'
    | 'seeNote'
    | 'usedAs'
    | 'classesSource'
  > & { classesFrom: Strings<'registry' | 'meaning'> };
  commands: Strings<
    'title' | 'intro' | 'extension' | 'extensionValue' | 'core' | 'replies' | 'success' | 'intermediate' | 'errors' | 'noReplies'
  >;
  columns: Strings<'code' | 'title' | 'rfcText' | 'status' | 'commands' | 'classes' | 'basicCodes' | 'notes' | 'command' | 'term'>;
  labels: Strings<
    | 'rfcText'
    | 'status'
    | 'commands'
    | 'classes'
    | 'basicCodes'
    | 'references'
    | 'extension'
    | 'note'
    | 'deprecated'
    /** The stem that, found in a title, already says the code is deprecated (устаревш-). */
    | 'deprecatedStem'
    | 'ianaRegistry'
  >;
  status: Strings<'standard' | 'deprecated' | 'registry-only' | 'experimental'>;
  glossary: Strings<'title' | 'intro' | 'meaning' | 'alsoSeen' | 'reasonsLink'>;
  /** What a bounce reason's severity means: a short label and a sentence. */
  severity: { label: Strings<Severity>; text: Strings<Severity> };
  /** The list of bounce reasons (reasons/index.html). */
  reasons: Strings<'title' | 'intro' | 'order' | 'reason' | 'severity' | 'aliases'>;
  /** The page of one bounce reason (reasons/<id>.html). */
  reason: Strings<
    | 'kind'
    | 'severity'
    | 'constant'
    | 'aliasesIn'
    | 'action'
    | 'rules'
    | 'rulesIntro'
    | 'patterns'
    | 'pattern'
    | 'patternExamples'
    | 'enhancedRules'
    | 'replyRules'
    | 'ruleClassOnly'
    | 'ruleSubject'
    | 'ruleClass'
    | 'noRules'
    | 'providerCodes'
    | 'providerCodesIntro'
    | 'noProviderCodes'
    | 'inList'
  >;
  /** The list of providers (providers/index.html). */
  providers: Strings<'title' | 'intro' | 'provider' | 'hosts' | 'codes' | 'ownPage'>;
  /** The page of one provider (providers/<id>.html). */
  provider: Strings<
    | 'kind'
    | 'hosts'
    | 'marks'
    | 'markExamples'
    | 'ownPage'
    | 'codes'
    | 'codesIntro'
    | 'reply'
    | 'enhanced'
    | 'text'
    | 'reason'
    | 'meaning'
    | 'action'
    | 'any'
    | 'notInRegistry'
    | 'inList'
  >;
  /** The page of one code (codes/550.html, codes/X.1.1.html). */
  code: Strings<
    | 'replyKind'
    | 'enhancedKind'
    | 'digits'
    | 'firstDigit'
    | 'secondDigit'
    | 'thirdDigit'
    | 'thirdDigitText'
    | 'class'
    | 'subject'
    | 'detail'
    | 'retry'
    | 'retryMore'
    | 'retryAs'
    | 'examples'
    | 'examplesIntro'
    | 'exampleSource'
    | 'related'
    | 'sentWithEnhanced'
    | 'sentWithBasic'
    | 'sameGroup'
    | 'sameSubject'
    | 'noneNamed'
    | 'otherLanguages'
    | 'inList'
    | 'ownPage'
    | 'reasons'
    | 'reasonsIntro'
    | 'reasonsNone'
    | 'providerMeanings'
    | 'providerMeaningsIntro'
  > & { advice: Strings<RetryAdvice> };
  /** The "explain a reply" page; the script reads the dynamic ones from data attributes. */
  explain: Strings<
    | 'title'
    | 'intro'
    | 'inputLabel'
    | 'hint'
    | 'placeholder'
    | 'strictLabel'
    | 'copyLink'
    | 'copied'
    | 'copyFailed'
    | 'tooLongForLink'
    | 'resultTitle'
    | 'empty'
    | 'asReceived'
    | 'shownFirst'
    | 'moreLines'
    | 'offendingLine'
    | 'strictAccepted'
    | 'strictRejected'
    | 'privacy'
    | 'noScript'
    | 'examples'
    | 'openFile'
    | 'fileHint'
    | 'reading'
    | 'mimeFailed'
    | 'fileTooLarge'
    | 'fileFailed'
    | 'messagesShown'
    | 'recipient'
  > & {
    count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    recipients: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    exampleLabels: Record<string, string>;
  };
}

/** The retry advice a code page shows (scripts/src/docs/retry.ts picks one). */
export type RetryAdvice = 'success' | 'successClosing' | 'intermediate' | 'retry' | 'retryClosing' | 'fail' | 'tooManyRecipients';

/** A sample input of the explain page (explain-examples.yaml); its label is in the UI strings. */
export interface ExplainExample {
  id: string;
  text: string;
}

export interface GlossaryTerm {
  id: string;
  en: string;
  ja: string;
  ru: string;
  meaning: Localized;
  aka?: Partial<Record<Locale, string[]>>;
}

export interface GlossarySection {
  id: string;
  title: Localized;
  terms: GlossaryTerm[];
}

export interface DocStrings {
  ui: Record<Locale, Ui>;
  glossary: GlossarySection[];
  explainExamples: ExplainExample[];
}

/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Plural forms differ by language (Intl.PluralRules), so these keys may differ between the files. */
export function isPluralKey(path: string): boolean {
  return path.startsWith('search.count.') || path.startsWith('explain.count.') || path.startsWith('explain.recipients.');
}

/** Every key path of a parsed YAML value ("search.count.other"), for comparing the locale files. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Reads the UI strings of every locale and the glossary; throws if a locale file lacks or adds a key. */
export function loadDocStrings(dir: string = TEMPLATES_DIR, dataDir: string = DOCS_DATA_DIR): DocStrings {
  const ui = {} as Record<Locale, Ui>;
  for (const locale of LOCALES) ui[locale] = parse(readFileSync(join(dir, `ui.${locale}.yaml`), 'utf8')) as Ui;
  // Plural forms differ by language; every other key must be in every file.
  const keys = (l: Locale) => new Set(keyPaths(ui[l]).filter((k) => !isPluralKey(k)));
  const reference = keys('en');
  for (const locale of LOCALES) {
    const own = keys(locale);
    const missing = [...reference].filter((k) => !own.has(k));
    const extra = [...own].filter((k) => !reference.has(k));
    if (
      missing.length ||
      extra.length ||
      ui[locale].locale !== locale ||
      !ui[locale].search.count.other ||
      !ui[locale].explain.count.other ||
      !ui[locale].explain.recipients?.other
    ) {
      throw new Error(
        `ui.${locale}.yaml: missing ${JSON.stringify(missing)}, unknown ${JSON.stringify(extra)} (locale must be "${locale}", search.count.other, explain.count.other and explain.recipients.other are required)`,
      );
    }
  }
  const glossary = (parse(readFileSync(join(dataDir, 'glossary.yaml'), 'utf8')) as { sections: GlossarySection[] }).sections;
  const explainExamples = (parse(readFileSync(join(dataDir, 'explain-examples.yaml'), 'utf8')) as { examples: ExplainExample[] }).examples;
  for (const locale of LOCALES) {
    const labels = ui[locale].explain.exampleLabels;
    const ids = explainExamples.map((x) => x.id);
    if (ids.some((id) => !Object.hasOwn(labels, id)) || Object.keys(labels).some((id) => !ids.includes(id))) {
      throw new Error(`ui.${locale}.yaml: explain.exampleLabels must name exactly the examples ${JSON.stringify(ids)}`);
    }
  }
  return { ui, glossary, explainExamples };
}
