// The page view as DOM nodes. Server text only ever becomes text nodes (textContent), never
// markup: a reply containing `<script>` or `<img onerror>` shows literally.
import type { LayoutIssue, LayoutRow } from '@smtp-codes/explain';
import type { NoticesView } from './notice-view.js';
import { type ExplainedItem, type PageView, visibleControls } from './view.js';

type Child = Node | string | null | undefined | false;

/** An element with a class and children; strings become text nodes. */
function el(tag: string, className: string | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Spec descriptions mark code with backticks (`RCPT`); those parts become <code>. */
function withCode(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split('`').forEach((part, i) => {
    if (part) out.append(i % 2 === 1 ? el('code', null, part) : part);
  });
  return out;
}

function rows(list: readonly LayoutRow[], className: string): HTMLElement | null {
  if (list.length === 0) return null;
  const dl = el('dl', className);
  for (const row of list) {
    // A continuation line of the reply text has no label of its own.
    dl.append(el('div', row.label ? null : 'continued', el('dt', null, row.label), el('dd', null, visibleControls(row.value))));
  }
  return dl;
}

/** "line 3: the sentence (kind)". */
function issue(tag: string, i: LayoutIssue): HTMLElement {
  return el(tag, null, `${i.lineLabel}: ${i.message} `, el('span', 'kind', `(${i.kind})`));
}

/** The heading text as a link to the code's entry in the reference, when it has one. */
function linked(text: string, href: string | null): Node | string {
  if (href === null) return text;
  const a = el('a', 'reference', text) as HTMLAnchorElement;
  a.href = href;
  return a;
}

function pre(text: string): HTMLElement {
  return el('pre', 'received', visibleControls(text));
}

function item(x: ExplainedItem, asReceived: string, offendingLine: string): HTMLElement {
  const l = x.layout;
  const li = el(
    'li',
    `explanation severity-${l.severity ?? 'none'}`,
    el(
      'h3',
      null,
      el('span', 'codes', l.codes),
      l.verdict && ' ',
      l.verdict && el('span', 'verdict', l.verdict),
      ' ',
      el('span', 'where', `(${l.where})`),
    ),
    rows(l.facts, 'facts'),
  );
  // As in the terminal: the provider's own meaning before the registry's, the reason before the retry advice.
  if (l.provider)
    li.append(el('section', 'provider', el('h4', null, `${l.provider.label}: ${l.provider.name}`), rows(l.provider.meanings, 'facts')));
  if (l.basic) {
    li.append(
      el(
        'section',
        'meaning basic',
        el('h4', null, linked(l.basic.heading, x.links.basic), ' — ', el('span', 'title', withCode(l.basic.title))),
        el('p', 'subtitle', l.basic.subtitle),
        el('p', 'description', withCode(l.basic.description)),
      ),
    );
  }
  if (l.enhanced) {
    const e = l.enhanced;
    li.append(
      el(
        'section',
        'meaning enhanced',
        el('h4', null, linked(e.heading, x.links.enhanced), ' — ', el('span', 'title', withCode(e.title))),
        rows(e.parts, 'facts parts'),
        e.fallbackNote && el('p', 'notice', e.fallbackNote),
        el('p', 'description', withCode(e.description)),
        e.note && el('p', 'registry-note', withCode(e.note)),
      ),
    );
  }
  if (l.notes.length > 0) li.append(el('ul', 'notes', ...l.notes.map((n) => el('li', 'notice', n))));
  li.append(
    el('section', 'reason', el('h4', null, `${l.reason.label}: `, el('span', 'title', l.reason.title)), rows(l.reason.rows, 'facts')),
  );
  if (l.retry) li.append(el('section', 'retry', el('h4', null, l.retry.label), el('p', null, l.retry.advice)));
  if (l.error) {
    li.append(
      el(
        'section',
        'error',
        el('h4', null, l.error.label),
        issue('p', l.error),
        x.errorLine !== null && el('p', 'offending-label', offendingLine),
        x.errorLine !== null && pre(x.errorLine),
      ),
    );
  }
  if (l.warnings) {
    li.append(el('section', 'warnings', el('h4', null, l.warnings.label), el('ul', null, ...l.warnings.items.map((w) => issue('li', w)))));
  }
  li.append(el('section', 'source', el('h4', null, asReceived), pre(x.source)));
  return li;
}

export interface ResultElements {
  summary: HTMLElement;
  strict: HTMLElement;
  list: HTMLElement;
}

/** Replaces the result area with `view`. */
export function renderView(view: PageView, at: ResultElements, labels: { asReceived: string; offendingLine: string }): void {
  at.summary.textContent = view.summary;
  at.strict.replaceChildren();
  at.strict.hidden = view.strict === null;
  if (view.strict) {
    at.strict.className = `strict-verdict ${view.strict.accepted ? 'accepted' : 'rejected'}`;
    at.strict.append(el('p', null, view.strict.message));
    if (!view.strict.accepted) at.strict.append(el('p', 'offending-label', labels.offendingLine), pre(view.strict.lineText));
  }
  // A fragment, not an argument list: no engine limit on arguments applies, however many there are.
  const list = document.createDocumentFragment();
  for (const x of view.items) list.append(item(x, labels.asReceived, labels.offendingLine));
  at.list.replaceChildren(list);
}

/** Replaces the result area with the notices of whole messages: per message a heading, then one card per recipient. */
export function renderNotices(
  view: NoticesView,
  at: ResultElements,
  labels: { asReceived: string; offendingLine: string; recipient: string },
): void {
  at.summary.textContent = view.summary;
  at.strict.replaceChildren();
  at.strict.hidden = true;
  const list = document.createDocumentFragment();
  for (const notice of view.notices) {
    list.append(
      el(
        'li',
        `notice kind-${notice.kind}`,
        el('h3', null, notice.title && `${notice.title}: `, notice.kindLabel),
        rows(notice.head, 'facts'),
        notice.note && el('p', 'notice', notice.note),
      ),
    );
    for (const card of notice.recipients) {
      const li = item(card.item, labels.asReceived, labels.offendingLine);
      li.classList.add('recipient');
      li.prepend(
        el(
          'p',
          'recipient-line',
          el('strong', null, `${labels.recipient} ${visibleControls(card.recipient ?? '?')}`),
          card.action && ` — ${card.action}`,
        ),
        rows(card.facts, 'facts recipient-facts') ?? '',
      );
      list.append(li);
    }
    for (const x of notice.findings) list.append(item(x, labels.asReceived, labels.offendingLine));
  }
  at.list.replaceChildren(list);
}
