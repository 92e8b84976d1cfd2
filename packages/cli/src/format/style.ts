// ANSI styling, or none: every formatter takes a Style so the same code prints plain text.

export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const identity = (s: string): string => s;

export const plain: Style = {
  enabled: false,
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
};

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    s ? `\x1b[${open}m${s}\x1b[${close}m` : s;

export const ansi: Style = {
  enabled: true,
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};
