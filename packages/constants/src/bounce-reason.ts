// Entry point `@smtp-codes/constants/bounce-reason`: `import * as BounceReason from ...` bundles only the reasons used.
export * from './generated/bounce-reason.js';
