// Bundles the script of the "explain a reply" page (packages/docs/src/explain/) for the site:
//   assets/explain.js      the page: @smtp-codes/parser and @smtp-codes/explain, no language
//   assets/explain-en.js   English texts only, loaded before explain.js by site/en/explain.html
//   assets/explain-ja.js   Japanese texts only, likewise for site/ja/
//   assets/explain-ru.js   Russian texts only, likewise for site/ru/
//   assets/explain-mime.js postal-mime and parseBounce, added by explain.js when it first sees a
//                          whole message (an .eml pasted, dropped or opened)
// Classic scripts (IIFE), not modules: browsers refuse module scripts from file:// pages.
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../load-spec.js';

const SOURCE = join(REPO_ROOT, 'packages', 'docs', 'src', 'explain');
const HEADER =
  '/* Built from packages/docs/src/explain by scripts/src/docs/bundle-explain.ts. Do not edit: run `npm run build` in packages/docs. */';

/** Asset file name -> entry module of packages/docs/src/explain. */
export const EXPLAIN_BUNDLES: Readonly<Record<string, string>> = {
  'explain.js': 'main.ts',
  'explain-en.js': 'entry-en.ts',
  'explain-ja.js': 'entry-ja.ts',
  'explain-ru.js': 'entry-ru.ts',
  'explain-mime.js': 'entry-mime.ts',
};

export interface ExplainBundle {
  /** The minified script. */
  text: string;
  /** The modules it holds code of (not those tree-shaken away), relative to the repository root. */
  inputs: string[];
}

/** The bundles, by asset file name. Reads the built dist/ of the workspace packages. */
export async function bundleExplain(): Promise<Map<string, ExplainBundle>> {
  const out = new Map<string, ExplainBundle>();
  for (const [file, entry] of Object.entries(EXPLAIN_BUNDLES)) {
    const result = await build({
      entryPoints: [join(SOURCE, entry)],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      charset: 'utf8',
      legalComments: 'none',
      banner: { js: HEADER },
      logLevel: 'silent',
      metafile: true,
      absWorkingDir: REPO_ROOT,
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input);
    out.set(file, { text: result.outputFiles[0]!.text, inputs: inputs.sort() });
  }
  return out;
}
