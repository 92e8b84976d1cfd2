import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'reply-code': 'src/reply-code.ts',
    'enhanced-status': 'src/enhanced-status.ts',
    'bounce-reason': 'src/bounce-reason.ts',
    'locales/en': 'src/locales/en.ts',
    'locales/ja': 'src/locales/ja.ts',
    'locales/ru': 'src/locales/ru.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
});
