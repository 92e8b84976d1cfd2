// Each enhanced code is shown with the classes the spec gives it, and with no other.
import { enhancedFacts, en as enLocale } from '@smtp-codes/constants';
import { ja as jaLocale } from '@smtp-codes/constants/locales/ja';
import { ru as ruLocale } from '@smtp-codes/constants/locales/ru';
import { explainFinding, extract } from '@smtp-codes/explain';
import { describe, expect, it } from 'vitest';
import { enhancedCodes, formatShow, showJson } from '../src/format/reference.js';
import { plain } from '../src/format/style.js';
import { formatExplanation } from '../src/format/terminal.js';
import { LANGUAGES as CLI_LANGUAGES } from '../src/i18n/index.js';
import { cli } from './helpers.js';

const LANGUAGES = [
  ['en', enLocale, CLI_LANGUAGES.en],
  ['ja', jaLocale, CLI_LANGUAGES.ja],
  ['ru', ruLocale, CLI_LANGUAGES.ru],
] as const;

const formsOf = (code: string) => enhancedFacts[code]!.classes.map((c) => `${c}${code.slice(1)}`);
const show = (code: string, i: number) => {
  const [, locale, language] = LANGUAGES[i]!;
  return formatShow(showJson(code, locale)!, { messages: language.messages, style: plain, width: 100 });
};
const explainText = (text: string, i: number) => {
  const language = LANGUAGES[i]![2];
  return extract(text)
    .map((f) => formatExplanation(explainFinding(f, language), { messages: language.messages, style: plain, width: 100 }))
    .join('\n');
};

// The old wording, in each language, that claimed one meaning for every class.
const EVERY_CLASS = ['holds for every class', '意味はどのクラスでも同じ', 'значение одинаково для всех классов'];

describe('allowed classes in the CLI', () => {
  it.each(LANGUAGES.map(([l], i) => [l, i]))('%s: show X.s.d names exactly the forms of its classes', (_, i) => {
    for (const code of enhancedCodes()) {
      const text = show(code, i);
      const forms = formsOf(code);
      for (const c of [2, 4, 5]) {
        const form = `${c}${code.slice(1)}`;
        // The generic note lists the forms; the description may mention a form only where the note explains it.
        const note = text.split('\n').find((l) => l.includes('(X)'))!;
        expect(note.includes(form), `${code}: ${form} in "${note}"`).toBe(forms.includes(form));
      }
      for (const old of EVERY_CLASS) expect(text, code).not.toContain(old);
    }
  });

  it.each(LANGUAGES.map(([l], i) => [l, i]))('%s: the allowed-classes row lists the spec classes and their source', (_, i) => {
    const label = LANGUAGES[i]![2].messages.labels.classes;
    for (const code of enhancedCodes()) {
      const row = show(code, i)
        .split('\n')
        .find((l) => l.trimStart().startsWith(label))!;
      expect(row.slice(row.indexOf(label) + label.length).trim(), code).toMatch(
        new RegExp(`^${enhancedFacts[code]!.classes.join(', ')} — `),
      );
    }
  });

  it.each(LANGUAGES.map(([l], i) => [l, i]))('%s: a form outside the classes is flagged; an allowed one is not', (_, i) => {
    const language = LANGUAGES[i]![2];
    const notes = (form: string) => extract(form).flatMap((f) => explainFinding(f, language).notes);
    expect(notes('2.7.1')).toContain(language.messages.notes.classNotAllowed('2.7.1', ['4.7.1', '5.7.1']));
    for (const code of enhancedCodes()) {
      for (const c of [2, 4, 5]) {
        const form = `${c}${code.slice(1)}`;
        const flagged = notes(form).includes(language.messages.notes.classNotAllowed(form, formsOf(code)));
        expect(flagged, form).toBe(!formsOf(code).includes(form));
      }
    }
  });

  it('no output of show or of the generic explanation writes 2.7.1', () => {
    for (let i = 0; i < LANGUAGES.length; i++) {
      for (const code of enhancedCodes()) expect(show(code, i), code).not.toMatch(/(^|[^.\d])2\.7\.1(?![.\d])/);
      expect(explainText('X.7.1', i)).not.toMatch(/(^|[^.\d])2\.7\.1(?![.\d])/);
    }
  });

  it('the built bin agrees: show X.7.1 and explain X.1.2', () => {
    const shown = cli(['show', 'X.7.1']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Given without a class (X): the code is used as 4.7.1 or 5.7.1.');
    expect(shown.stdout).not.toMatch(/2\.7\.1|holds for every class/);
    const explained = cli(['explain', 'X.1.2', '--lang', 'ru']);
    expect(explained.stdout).toContain('Код указан без класса (X): он используется только в виде 5.1.2.');
  });
});
