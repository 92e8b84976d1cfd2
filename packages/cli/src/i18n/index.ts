// The UI strings of every language, for the command line and its tests. The command line picks
// one through its ExplainLanguage (src/run.ts); pages import only the language they show.

export { en } from './en.js';
export { ja } from './ja.js';
export { ru } from './ru.js';
export type { AdviceKey, CommandName, IssueKind, Messages } from './types.js';
