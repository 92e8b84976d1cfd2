// Entry point `@smtp-codes/constants/enhanced-status`: `import * as EnhancedStatus from ...` bundles only the codes used.
export * from './generated/enhanced-status.js';
