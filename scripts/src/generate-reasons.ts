// The bounce-reason part of @smtp-codes/constants (issue 15), as ts-morph statements for
// generate-constants.ts: the BounceReason constants, the language-independent reason, rule and
// provider tables, and each locale's reason and provider texts.
import { type StatementStructures, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { Locale, Spec } from './types.js';

type Jsdoc = (text: string) => string;
/** generate-constants.ts's exported, deep-frozen table statement. */
type Table = (name: string, type: string, value: unknown, docs: string) => StatementStructures;

/** `bounce-reason.ts`: one `export const UserUnknown = 'user-unknown' as const` per reason. */
export function bounceReasonStatements(spec: Spec, jsdoc: Jsdoc): StatementStructures[] {
  return spec.reasons.map((r) => ({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      jsdoc(
        [
          `**${r.title.en}** (${r.severity})`,
          r.description.en,
          r.action.en,
          `ja: ${r.title.ja} / ru: ${r.title.ru}`,
          ...Object.entries(r.aliases).map(([tool, names]) => `${tool}: ${names.join(', ')}`),
          `@example\nBounceReason.${r.constant} //=> '${r.id}'`,
        ].join('\n\n'),
      ),
    ],
    declarations: [{ name: r.constant, initializer: `'${r.id}' as const` }],
  }));
}

/** `reason-facts.ts`: the reasons' facts, the rule tables and the providers, without texts (deep-frozen, as every table). */
export function reasonFactStatements(spec: Spec, table: Table): StatementStructures[] {
  const rules = spec.reasonRules;
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namedImports: ['ProviderFact', 'ReasonFact', 'ReasonRuleTables'],
      moduleSpecifier: '../types.js',
    },
    table(
      'reasonFacts',
      'Readonly<Record<string, ReasonFact>>',
      Object.fromEntries(spec.reasons.map((r) => [r.id, { constant: r.constant, severity: r.severity, aliases: r.aliases }])),
      'Language-independent facts of every bounce reason, by id: constant, severity and the names other tools use.',
    ),
    table(
      'reasonRules',
      'ReasonRuleTables',
      {
        patterns: rules.patterns.map((p) => ({ pattern: p.pattern, reason: p.reason })),
        enhanced: Object.fromEntries(rules.enhanced.map((e) => [e.code, e.reason])),
        reply: Object.fromEntries(rules.reply.map((r) => [r.code, r.reason])),
      },
      'The rules that find a reason: text patterns (case-insensitive regular expressions, first match wins), enhanced codes (`C.s.d`, `C.s`, `C`, `X.s.d`, `X.s`) and basic reply codes.',
    ),
    table(
      'providers',
      'Readonly<Record<string, ProviderFact>>',
      Object.fromEntries(
        spec.providers.map((p) => [
          p.id,
          {
            id: p.id,
            constant: p.constant,
            name: p.name,
            url: p.url,
            recognise: { hosts: p.recognise.hosts, patterns: p.recognise.patterns.map((x) => x.pattern) },
            codes: p.codes.map((c) => ({
              ...(c.reply === undefined ? {} : { reply: c.reply }),
              enhanced: c.enhanced,
              ...(c.text === undefined ? {} : { text: c.text }),
              reason: c.reason,
            })),
          },
        ]),
      ),
      'Mailbox providers and filtering services: how to recognise each, and its documented codes with their reasons (texts in the locales, same order).',
    ),
  ];
}

/** The locale parts: `reasons` (title, description, action) and `providers` (each code's meaning and action). */
export function reasonLocaleParts(spec: Spec, locale: Locale) {
  return {
    reasons: Object.fromEntries(
      spec.reasons.map((r) => [r.id, { title: r.title[locale], description: r.description[locale], action: r.action[locale] }]),
    ),
    providers: Object.fromEntries(
      spec.providers.map((p) => [p.id, { codes: p.codes.map((c) => ({ meaning: c.meaning[locale], action: c.action[locale] })) }]),
    ),
  };
}
