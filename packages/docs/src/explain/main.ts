// explain.js: the script of site/<lang>/explain.html. Reads the text area, explains what it holds
// as the reader types, and keeps the text in the URL fragment so that a link reproduces it.
import { type ExplainLanguage, isMbox, looksLikeMessage, MAX_BOUNCE_BYTES } from '@smtp-codes/explain';
import { renderView } from './dom.js';
import { fitsInLink, fromFragment, MAX_LINK_TEXT, toFragment } from './fragment.js';
import { registeredLanguage } from './languages.js';
import { type MessageReader, messageReader } from './messages.js';
import { explainText, fill, type PageStrings, plurals } from './view.js';

/** Wait this long after the last keystroke before explaining (a paste is explained at once). */
const DEBOUNCE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`explain page: #${id} is missing`);
  return node as T;
}

/** A data-* string of the node; the page is broken without it. */
function dataString(node: HTMLElement, key: string): string {
  const value = node.dataset[key];
  if (value === undefined) throw new Error(`explain page: #${node.id} has no data-* attribute for ${key}`);
  return value;
}

/** The strings for whole messages, and where their reader is. */
function messageStrings(node: HTMLElement) {
  const s = (key: string) => dataString(node, key);
  return {
    reading: s('reading'),
    mimeFailed: s('mimeFailed'),
    fileTooLarge: s('fileTooLarge'),
    fileFailed: s('fileFailed'),
    mimeSrc: s('mimeSrc'),
  };
}

let readerLoad: Promise<MessageReader> | null = null;

/** The message reader; the first call adds explain-mime.js to the page (a classic script: file:// works). */
function loadReader(src: string): Promise<MessageReader> {
  const ready = messageReader();
  if (ready) return Promise.resolve(ready);
  readerLoad ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      const reader = messageReader();
      if (reader) resolve(reader);
      else reject(new Error(`${src} registered no reader`));
    };
    script.onerror = () => {
      readerLoad = null; // a later message tries again
      reject(new Error(`${src} could not be loaded`));
    };
    document.head.append(script);
  });
  return readerLoad;
}

function pageStrings(node: HTMLElement): PageStrings {
  const d = node.dataset;
  const count = plurals(d, 'count');
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
  const forMessages = messageStrings(summary);
  const openButton = byId<HTMLButtonElement>('explain-open');
  const fileInput = byId<HTMLInputElement>('explain-file');
  const language = pageLanguage(document.documentElement.lang);
  const switches = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')];

  /** Puts the state in the address (without a history entry) and in the language links. */
  function remember(): void {
    const text = input.value;
    const fragment = fitsInLink(text) ? toFragment({ text, strict: strict.checked }) : '';
    history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);
    for (const a of switches) a.href = (a.dataset.base ?? a.getAttribute('href') ?? '') + fragment;
  }

  /** The file last opened or dropped, as bytes: parseBounce reads them as they are (8-bit charsets too). */
  let opened: { text: string; bytes: Uint8Array } | null = null;
  /** Counts updates, so that a message read after the text changed again is not shown. */
  let run = 0;

  function update(): void {
    const text = input.value;
    const options = { language, strings, strict: strict.checked };
    const current = ++run;
    remember();
    copyStatus.textContent = '';
    const bytes = opened?.text === text ? opened.bytes : null;
    if (!(looksLikeMessage(text) || (bytes !== null && isMbox(bytes)))) {
      renderView(explainText(text, options), result, strings);
      return;
    }
    summary.textContent = forMessages.reading;
    loadReader(forMessages.mimeSrc)
      .then((reader) => reader.show(bytes ?? text, { options, at: result, isCurrent: () => current === run }))
      .catch(() => {
        if (current !== run) return;
        // Without the reader the text is still read line by line, as any pasted text is.
        renderView(explainText(text, options), result, strings);
        summary.textContent = `${forMessages.mimeFailed} ${summary.textContent}`;
      });
  }

  /** Reads a file in the browser and explains it: nothing is sent anywhere. */
  async function openFile(file: File): Promise<void> {
    if (file.size > MAX_BOUNCE_BYTES) {
      const mb = (n: number) => Math.ceil(n / 1048576);
      copyStatus.textContent = fill(forMessages.fileTooLarge, { name: file.name, size: mb(file.size), max: mb(MAX_BOUNCE_BYTES) });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      copyStatus.textContent = fill(forMessages.fileFailed, { name: file.name, reason: String(error) });
      return;
    }
    const text = new TextDecoder().decode(bytes);
    opened = { text, bytes };
    input.value = text;
    update();
  }

  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // the same file can be opened again
    if (file) void openFile(file);
  });
  input.addEventListener('dragover', (ev) => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    input.classList.add('dropping');
  });
  input.addEventListener('dragleave', () => input.classList.remove('dropping'));
  input.addEventListener('drop', (ev) => {
    input.classList.remove('dropping');
    const file = ev.dataTransfer?.files[0];
    if (!file) return; // dropped text: the text area takes it as usual
    ev.preventDefault();
    void openFile(file);
  });
  // A file copied in a file manager and pasted: read it, unless the clipboard also has it as text.
  input.addEventListener('paste', (ev) => {
    const data = ev.clipboardData;
    const file = data?.files[0];
    if (!file || data.types.includes('text/plain')) return;
    ev.preventDefault();
    void openFile(file);
  });

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
