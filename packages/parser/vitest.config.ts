// The loopback SMTP test sets its own, shorter limits.
export { default } from '../../vitest.shared.js';
