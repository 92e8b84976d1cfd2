// Entry point `@smtp-codes/constants/reply-code`: `import * as ReplyCode from ...` bundles only the codes used.
export * from './generated/reply-code.js';
