// explain.js: the script of site/<lang>/explain.html. Reads the text area, explains what it holds
// as the reader types, and keeps the text in the URL fragment so that a link reproduces it.
import type { ExplainLanguage } from '@smtp-codes/explain';
import { renderView } from './dom.js';
import { fitsInLink, fromFragment, MAX_LINK_TEXT, toFragment } from './fragment.js';
import { registeredLanguage } from './languages.js';
import { explainText, fill, type PageStrings } from './view.js';

/** Wait this long after the last keystroke before explaining (a paste is explained at once). */
const DEBOUNCE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`explain page: #${id} is missing`);
  return node as T;
}

function pageStrings(node: HTMLElement): PageStrings {
  const d = node.dataset;
  const count: PageStrings['count'] = {};
  for (const rule of ['zero', 'one', 'two', 'few', 'many', 'other'] as const) {
    const text = d[`count${rule[0]!.toUpperCase()}${rule.slice(1)}`];
    if (text !== undefined) count[rule] = text;
  }
  const s = (key: string) => {
    const value = d[key];
    if (value === undefined) throw new Error(`explain page: #${node.id} has no data-* attribute for ${key}`);
    return value;
  };
  return {
    copied: s('copied'),
    copyFailed: s('copyFailed'),
    tooLong: s('tooLong'),
    empty: s('empty'),
    asReceived: s('asReceived'),
    shownFirst: s('shownFirst'),
    moreLines: s('moreLines'),
    offendingLine: s('offendingLine'),
    strictAccepted: s('strictAccepted'),
    strictRejected: s('strictRejected'),
    count,
    replyHref: s('replyHref'),
    enhancedHref: s('enhancedHref'),
  };
}

/** The page loads its language's bundle before this script; without it there is nothing to say. */
function pageLanguage(lang: string): ExplainLanguage {
  const language = registeredLanguage(lang);
  if (!language) throw new Error(`explain page: no texts for language ${lang} (explain-${lang}.js did not load)`);
  return language;
}

function start(): void {
  const input = byId<HTMLTextAreaElement>('explain-input');
  const strict = byId<HTMLInputElement>('explain-strict');
  const copy = byId<HTMLButtonElement>('explain-copy');
  const copyStatus = byId('explain-copy-status');
  const summary = byId('explain-summary');
  const result = { summary, strict: byId('explain-strict-verdict'), list: byId('explain-list') };
  const strings = pageStrings(summary);
  const language = pageLanguage(document.documentElement.lang);
  const switches = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')];

  /** Puts the state in the address (without a history entry) and in the language links. */
  function remember(): void {
    const text = input.value;
    const fragment = fitsInLink(text) ? toFragment({ text, strict: strict.checked }) : '';
    history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);
    for (const a of switches) a.href = (a.dataset.base ?? a.getAttribute('href') ?? '') + fragment;
  }

  function update(): void {
    renderView(explainText(input.value, { language, strings, strict: strict.checked }), result, strings);
    remember();
    copyStatus.textContent = '';
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (ev) => {
    clearTimeout(timer);
    if ((ev as InputEvent).inputType === 'insertFromPaste') update();
    else timer = setTimeout(update, DEBOUNCE_MS);
  });
  strict.addEventListener('change', update);

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
    button.addEventListener('click', () => {
      input.value = button.dataset.example ?? '';
      update();
      input.focus();
    });
  }

  copy.addEventListener('click', () => {
    update();
    if (!fitsInLink(input.value)) {
      copyStatus.textContent = fill(strings.tooLong, { n: input.value.length, max: MAX_LINK_TEXT });
      return;
    }
    const done = (ok: boolean) => {
      copyStatus.textContent = ok ? strings.copied : strings.copyFailed;
    };
    // The Clipboard API is missing on some file:// pages and old browsers: fall back to a selection.
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(location.href).then(
        () => done(true),
        () => done(copyBySelection(location.href)),
      );
    else done(copyBySelection(location.href));
  });

  // Another link to this page opened in the same tab (only the fragment changes).
  window.addEventListener('hashchange', () => {
    const state = fromFragment(location.hash);
    if (!state || (state.text === input.value && state.strict === strict.checked)) return;
    input.value = state.text;
    strict.checked = state.strict;
    update();
  });

  const initial = fromFragment(location.hash);
  if (initial) {
    input.value = initial.text;
    strict.checked = initial.strict;
  }
  if (input.value !== '') update();
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

start();
