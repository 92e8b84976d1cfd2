// Emits packages/constants/src/generated/*.ts (with ts-morph, one function per file), data/spec.json and the README code
// table from spec/. `npm run generate` runs it; a test checks the committed output is current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndentationText, Project, QuoteKind, type StatementStructures, StructureKind, VariableDeclarationKind } from 'ts-morph';
import { buildDataset, serializeDataset } from './dataset.js';
import { bounceReasonStatements, reasonFactStatements, reasonLocaleParts } from './generate-reasons.js';
import { loadSpec, REPO_ROOT, SCHEMA_FILE } from './load-spec.js';
import { documentName, referenceLabel, referenceUrl } from './references.js';
import { LOCALES, type Locale, type Localized, type Reference, type Spec } from './types.js';
import { writeGenerated } from './write-generated.js';

export const CONSTANTS_DIR = 'packages/constants';
const HEADER = '// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.\n';
const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', ru: 'Русский' };
/** Tables are deep-frozen when the module loads; the annotation lets a bundler drop unused ones. */
const frozen = (literal: string) => `/* @__PURE__ */ deepFreeze(${literal})`;

/** Every file the generator owns, path relative to the repo root -> content. */
export function generateConstants(spec: Spec, version: string): Map<string, string> {
  const out = new Map<string, string>();
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const emit = (name: string, statements: StatementStructures[]) => {
    const file = project.createSourceFile(`/${name}`, { statements }, { overwrite: true });
    file.formatText({ indentSize: 2, convertTabsToSpaces: true });
    out.set(`${CONSTANTS_DIR}/src/generated/${name}`, HEADER + file.getFullText());
  };
  emit('reply-code.ts', replyCodeFile(spec));
  emit('enhanced-status.ts', enhancedStatusFile(spec));
  emit('enhanced-class.ts', enhancedClassFile(spec));
  emit('enhanced-subject.ts', enhancedSubjectFile(spec));

  emit('bounce-reason.ts', bounceReasonStatements(spec, jsdoc));
  emit('reason-facts.ts', [importFreeze, ...reasonFactStatements(spec, table)]);

  emit('code-lists.ts', codeListsFile(spec));
  emit('facts.ts', factsFile(spec));
  emit('lookup-facts.ts', lookupFactsFile(spec));
  for (const locale of LOCALES) {
    emit(`${locale}.ts`, localeFile(spec, locale));
    emit(`${locale}-titles.ts`, titlesFile(spec, locale));
  }

  out.set(`${CONSTANTS_DIR}/data/spec.json`, serializeDataset(buildDataset(spec, version)));
  out.set(`${CONSTANTS_DIR}/data/spec.schema.json`, readFileSync(SCHEMA_FILE, 'utf8'));
  const readmePath = `${CONSTANTS_DIR}/README.md`;
  out.set(readmePath, withCodeTable(readFileSync(join(REPO_ROOT, readmePath), 'utf8'), spec));
  return out;
}

const constant = (name: string, value: number | string, docs: string, deprecated = false): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  docs: [jsdoc(deprecated ? `${docs}\n@deprecated` : docs)],
  declarations: [{ name, initializer: `${JSON.stringify(value).replaceAll('"', "'")} as const` }],
});
const table = (name: string, type: string, value: unknown, docs: string): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  docs: [jsdoc(docs)],
  declarations: [{ name, type, initializer: frozen(JSON.stringify(value, null, 2)) }],
});
const imports = (names: string[], from: string): StatementStructures => ({
  kind: StructureKind.ImportDeclaration,
  isTypeOnly: true,
  namedImports: names,
  moduleSpecifier: from,
});
const importFreeze: StatementStructures = {
  kind: StructureKind.ImportDeclaration,
  namedImports: ['deepFreeze'],
  moduleSpecifier: '../freeze.js',
};

const refs = (list: Reference[]) => list.map((r) => (r.section ? { doc: r.doc, section: r.section } : { doc: r.doc }));

/** reply-code.ts: one constant per entry. */
function replyCodeFile(spec: Spec): StatementStructures[] {
  return spec.replyCodes.map((r) =>
    constant(
      r.constant,
      r.code,
      [
        `**${r.code} ${r.title.en}**`,
        r.description.en,
        `ja: ${r.title.ja} / ru: ${r.title.ru}`,
        r.text === null ? 'No RFC defines its text: the enhanced-code registry lists it.' : `RFC text: \`${r.code} ${r.text}\``,
        ...r.references.map((ref) => `@see {@link ${referenceUrl(spec, ref)} ${referenceLabel(ref)}}`),
        `@example\nReplyCode.${r.constant} //=> ${r.code}`,
      ].join('\n\n'),
      r.status === 'deprecated',
    ),
  );
}

/** enhanced-status.ts: one constant per entry. */
function enhancedStatusFile(spec: Spec): StatementStructures[] {
  return spec.enhanced.codes.map((c) =>
    constant(
      c.constant,
      c.code,
      [
        `**${c.code} ${c.title.en}**`,
        c.description.en,
        ...(c.note ? [c.note.en] : []),
        `ja: ${c.title.ja} / ru: ${c.title.ru}`,
        `Associated basic codes (registry): ${c.registryBasicCodes || 'none'}`,
        ...c.references.map((ref) => `@see {@link ${referenceUrl(spec, ref)} ${referenceLabel(ref)}}`),
        `@example\nwithClass(5, EnhancedStatus.${c.constant}) //=> '5${c.code.slice(1)}'`,
      ].join('\n\n'),
      c.deprecated,
    ),
  );
}

/** enhanced-class.ts: one constant per entry. */
function enhancedClassFile(spec: Spec): StatementStructures[] {
  return spec.enhanced.classes.map((c) =>
    constant(c.constant, c.class, `**${c.class}.X.X ${c.title.en}**\n\n${c.description.en}\n\nja: ${c.title.ja} / ru: ${c.title.ru}`),
  );
}

/** enhanced-subject.ts: one constant per entry. */
function enhancedSubjectFile(spec: Spec): StatementStructures[] {
  return spec.enhanced.subjects.map((s) =>
    constant(s.constant, s.subject, `**X.${s.subject}.X ${s.title.en}**\n\n${s.description.en}\n\nja: ${s.title.ja} / ru: ${s.title.ru}`),
  );
}

/** code-lists.ts: every code, in order. */
function codeListsFile(spec: Spec): StatementStructures[] {
  return [
    imports(['EnhancedStatusValue', 'ReplyCodeValue'], '../code-types.js'),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc('Every basic reply code the spec lists, in ascending order.')],
      declarations: [
        {
          name: 'replyCodes',
          type: 'readonly ReplyCodeValue[]',
          initializer: `/* @__PURE__ */ Object.freeze(${JSON.stringify(spec.replyCodes.map((r) => r.code))})`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc('Every enhanced status code of the registry in its `X.s.d` form, by subject and detail.')],
      declarations: [
        {
          name: 'enhancedCodes',
          type: 'readonly EnhancedStatusValue[]',
          initializer: `/* @__PURE__ */ Object.freeze(${JSON.stringify(spec.enhanced.codes.map((c) => c.code))} as EnhancedStatusValue[])`,
        },
      ],
    },
  ];
}

/** facts.ts: the language-independent facts of codes, commands and documents. */
function factsFile(spec: Spec): StatementStructures[] {
  return [
    importFreeze,
    imports(['CommandFact', 'DocumentFact', 'EnhancedFact', 'ReplyFact'], '../types.js'),
    table(
      'replyFacts',
      'Readonly<Record<number, ReplyFact>>',
      Object.fromEntries(
        spec.replyCodes.map((r) => [
          r.code,
          {
            constant: r.constant,
            text: r.text,
            status: r.status,
            references: refs(r.references),
            commands: r.commands,
            variants: (r.variants ?? []).map((v) => ({ commands: v.commands, text: v.text, references: refs(v.references) })),
          },
        ]),
      ),
      'Language-independent facts of every basic reply code, by code.',
    ),
    table(
      'enhancedFacts',
      'Readonly<Record<string, EnhancedFact>>',
      Object.fromEntries(
        spec.enhanced.codes.map((c) => [
          c.code,
          {
            constant: c.constant,
            associatedBasicCodes: c.associatedBasicCodes,
            registryBasicCodes: c.registryBasicCodes,
            classes: c.classes,
            classesFrom: c.classesFrom,
            references: refs(c.references),
            deprecated: c.deprecated,
          },
        ]),
      ),
      'Language-independent facts of every enhanced status code of the IANA registry, by `X.s.d`.',
    ),
    table(
      'commandFacts',
      'Readonly<Record<string, CommandFact>>',
      Object.fromEntries(
        spec.commands.map((c) => [
          c.command,
          {
            references: refs(c.references),
            ...(c.extension ? { extension: c.extension } : {}),
            success: c.success,
            intermediate: c.intermediate,
            errors: c.errors,
          },
        ]),
      ),
      'Which replies each command may get, by command name (`CONNECT` = the greeting).',
    ),
    table(
      'documents',
      'Readonly<Record<string, DocumentFact>>',
      Object.fromEntries(spec.references.map((d) => [d.id, { name: documentName(d.id), title: d.title, url: d.url }])),
      'The documents that references name.',
    ),
  ];
}

/**
 * lookup-facts.ts: what the locale-required lookups (lookupReply, lookupEnhanced) read: only the
 * facts an explanation shows, so a bundle of them leaves the references, commands and constant names out.
 */
function lookupFactsFile(spec: Spec): StatementStructures[] {
  return [
    importFreeze,
    table(
      'replyTexts',
      'Readonly<Record<number, string | null>>',
      Object.fromEntries(spec.replyCodes.map((r) => [r.code, r.text])),
      'The reply text the defining RFC gives, by code (null: the enhanced-code registry lists it); a code is listed if the spec has it.',
    ),
    table(
      'enhancedUse',
      'Readonly<Record<string, { readonly classes: readonly number[]; readonly deprecated: boolean }>>',
      Object.fromEntries(spec.enhanced.codes.map((c) => [c.code, { classes: c.classes, deprecated: c.deprecated }])),
      'The classes each registered enhanced code is used with, and whether it is deprecated, by `X.s.d`.',
    ),
  ];
}

/** <locale>.ts: every text in one language, and the meanings and reasons subsets. */
function localeFile(spec: Spec, locale: Locale): StatementStructures[] {
  const pick = (t: Localized) => t[locale];
  const text = (x: { title: Localized; description: Localized }) => ({ title: pick(x.title), description: pick(x.description) });
  const data = {
    locale,
    name: LOCALE_NAMES[locale],
    replies: Object.fromEntries(
      spec.replyCodes.map((r) => [r.code, { ...text(r), ...(r.variants?.length ? { variants: r.variants.map(text) } : {}) }]),
    ),
    enhanced: Object.fromEntries(spec.enhanced.codes.map((c) => [c.code, { ...text(c), ...(c.note ? { note: pick(c.note) } : {}) }])),
    classes: Object.fromEntries(spec.enhanced.classes.map((c) => [c.class, text(c)])),
    subjects: Object.fromEntries(spec.enhanced.subjects.map((s) => [s.subject, text(s)])),
    firstDigit: Object.fromEntries(spec.digits.first.map((d) => [d.digit, text(d)])),
    secondDigit: Object.fromEntries(spec.digits.second.map((d) => [d.digit, text(d)])),
    thirdDigit: text(spec.digits.third),
    commands: Object.fromEntries(spec.commands.map((c) => [c.command, text(c)])),
    concepts: Object.fromEntries(spec.concepts.map((c) => [c.id, text(c)])),
    ...reasonLocaleParts(spec, locale),
  };
  // One constant per part, and the two locale objects built from them by name only: a bundle
  // that uses only `${locale}Meanings` then drops the commands and concepts texts.
  const parts = Object.entries(data).filter(([, value]) => typeof value === 'object');
  const meaningKeys = ['locale', 'name', 'replies', 'enhanced', 'classes', 'subjects', 'firstDigit', 'secondDigit', 'thirdDigit'];
  const object = (keys: string[]) =>
    `{\n${keys.map((k) => (typeof data[k as keyof typeof data] === 'object' ? `  ${k},` : `  ${k}: ${JSON.stringify(data[k as keyof typeof data])},`)).join('\n')}\n}`;
  return [
    importFreeze,
    imports(['LocaleData', 'MeaningData', 'ReasonTextData'], '../locale.js'),
    ...parts.map(
      ([key, value]): StatementStructures => ({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: key, initializer: frozen(JSON.stringify(value, null, 2)) }],
      }),
    ),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc(`The texts of the codes and digits in ${LOCALE_NAMES[locale]}, without commands and concepts.`)],
      declarations: [{ name: `${locale}Meanings`, type: 'MeaningData', initializer: frozen(object(meaningKeys)) }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc(`The texts of the bounce reasons and of the providers' codes in ${LOCALE_NAMES[locale]}.`)],
      declarations: [
        { name: `${locale}Reasons`, type: 'ReasonTextData', initializer: frozen(object(['locale', 'name', 'reasons', 'providers'])) },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc(`Every text of the spec in ${LOCALE_NAMES[locale]}.`)],
      declarations: [{ name: locale, type: 'LocaleData', initializer: frozen(object(Object.keys(data))) }],
    },
  ];
}

/** <locale>-titles.ts: the titles alone, for replyTitle and enhancedTitle. */
function titlesFile(spec: Spec, locale: Locale): StatementStructures[] {
  const pick = (t: Localized) => t[locale];
  // The titles alone, for replyTitle and enhancedTitle: a few KB instead of every description.
  const titles = (list: Array<{ title: Localized }>, key: (x: never) => string | number) =>
    Object.fromEntries(list.map((x) => [key(x as never), pick(x.title)]));
  const titleData = {
    locale,
    replies: titles(spec.replyCodes, (r: Spec['replyCodes'][number]) => r.code),
    // One string per subject, its details' titles one per line: the position is the code, which
    // keeps 81 keys and their quotes out of every bundle (an empty line where the registry has a gap).
    enhanced: spec.enhanced.subjects.map((subject) => {
      const row: string[] = [];
      for (const c of spec.enhanced.codes) {
        if (c.subject !== subject.subject) continue;
        if (pick(c.title).includes('\n')) throw new Error(`${c.code}: a title must be one line`);
        row[c.detail] = pick(c.title);
      }
      return Array.from(row, (title) => title ?? '').join('\n');
    }),
    classes: titles(spec.enhanced.classes, (c: Spec['enhanced']['classes'][number]) => c.class),
    subjects: titles(spec.enhanced.subjects, (s: Spec['enhanced']['subjects'][number]) => s.subject),
    // replyTitle reads only 2-5, the first digits toReplyCode accepts.
    firstDigit: titles(
      spec.digits.first.filter((d) => d.digit >= 2),
      (d: Spec['digits']['first'][number]) => d.digit,
    ),
    secondDigit: titles(spec.digits.second, (d: Spec['digits']['second'][number]) => d.digit),
  };
  return [
    importFreeze,
    imports(['TitleData'], '../locale.js'),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsdoc(`The titles of the codes and digits in ${LOCALE_NAMES[locale]}, for replyTitle and enhancedTitle.`)],
      declarations: [{ name: `${locale}Titles`, type: 'TitleData', initializer: frozen(JSON.stringify(titleData, null, 2)) }],
    },
  ];
}

function jsdoc(text: string): string {
  return text.replaceAll('*/', '*\\/');
}

const START = '<!-- codes:start (generated from spec/, do not edit) -->';
const END = '<!-- codes:end -->';

/** Replaces the README's table between the markers. */
export function withCodeTable(readme: string, spec: Spec): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${START} and ${END}`);
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const rows = [
    '### ReplyCode',
    '',
    '| Code | Constant | Meaning |',
    '| --- | --- | --- |',
    ...spec.replyCodes.map(
      (r) => `| ${r.code} | \`ReplyCode.${r.constant}\` | ${cell(r.title.en)}${r.status === 'standard' ? '' : ` (${r.status})`} |`,
    ),
    '',
    '### EnhancedStatus',
    '',
    '| Code | Constant | Meaning |',
    '| --- | --- | --- |',
    ...spec.enhanced.codes.map(
      (c) => `| ${c.code} | \`EnhancedStatus.${c.constant}\` | ${cell(c.title.en)}${c.deprecated ? ' (deprecated)' : ''} |`,
    ),
    '',
    '### BounceReason',
    '',
    '| Reason | Constant | Meaning | Severity | Sisimai |',
    '| --- | --- | --- | --- | --- |',
    ...spec.reasons.map(
      (r) => `| ${r.id} | \`BounceReason.${r.constant}\` | ${cell(r.title.en)} | ${r.severity} | ${(r.aliases.sisimai ?? []).join(', ')} |`,
    ),
  ];
  return `${readme.slice(0, from + START.length)}\n\n${rows.join('\n')}\n\n${readme.slice(to)}`;
}

export function constantsVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, CONSTANTS_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = writeGenerated(generateConstants(loadSpec(), constantsVersion()));
  console.log(`generated ${written.length} files for @smtp-codes/constants`);
}
