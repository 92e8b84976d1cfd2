// The page's state in the URL fragment: `#text=…&strict=1`. The fragment is never sent to a
// server, so a pasted bounce stays in the reader's browser while a link still reproduces it.

/** Longest text kept in the link; longer text is explained but not put in the address. */
export const MAX_LINK_TEXT = 16_000;

export interface PageState {
  text: string;
  strict: boolean;
}

/** The fragment (with or without its `#`) for a state; '' for an empty text. */
export function toFragment(state: PageState): string {
  if (state.text === '') return '';
  const params = new URLSearchParams();
  params.set('text', state.text);
  if (state.strict) params.set('strict', '1');
  return `#${params.toString()}`;
}

/** The state a fragment holds, or null for a fragment of another shape (a plain anchor such as `#main`). */
export function fromFragment(fragment: string): PageState | null {
  // URLSearchParams never throws: a malformed escape is kept as written.
  const params = new URLSearchParams(fragment.charCodeAt(0) === 35 ? fragment.slice(1) : fragment);
  const text = params.get('text');
  return text === null ? null : { text, strict: params.get('strict') === '1' };
}

/** Whether the text fits in a link. */
export function fitsInLink(text: string): boolean {
  return text.length <= MAX_LINK_TEXT;
}
