// What users install is what works: pack every public package, install the tarballs into a
// fresh project outside the workspace, then import, require, type-check and run them there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/load-spec.js';

interface Manifest {
  name: string;
  private?: boolean;
  files?: string[];
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

const bin = (name: string) => join(REPO_ROOT, 'node_modules', '.bin', name);
const packages = readdirSync(join(REPO_ROOT, 'packages'))
  .map((dir) => ({
    dir: join(REPO_ROOT, 'packages', dir),
    manifest: JSON.parse(readFileSync(join(REPO_ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter((p) => !p.manifest.private);

/** TypeScript that uses each package's types; it must compile under node16 and bundler resolution. */
const TYPE_USAGE: Record<string, string> = {
  '@smtp-codes/constants': `
import { ReplyCode, EnhancedStatus, describeReply, describeEnhanced, withClass, type ReplyDescription } from '@smtp-codes/constants';
import * as ReplyCodeNs from '@smtp-codes/constants/reply-code';
import { ja } from '@smtp-codes/constants/locales/ja';
import { ru } from '@smtp-codes/constants/locales/ru';
const ready: 220 = ReplyCode.ServiceReady;
const same: 220 = ReplyCodeNs.ServiceReady;
const x11: 'X.1.1' = EnhancedStatus.BadDestinationMailboxAddress;
const concrete: '5.1.1' = withClass(5, x11);
const d: ReplyDescription | undefined = describeReply(550, ja);
const title: string | undefined = describeEnhanced('5.1.1', ru)?.title;
export { ready, same, concrete, d, title };
`,
  '@smtp-codes/parser': `
import { enhancedStatusOf, type EnhancedCode, meaningOf, parseReplies, parseReply, ReplyDecoder, ReplyParseError, type Reply, replyCodeAt, WARNING_KINDS, type WarningKind } from '@smtp-codes/parser';
import { ReplyDecoderTransform } from '@smtp-codes/parser/node';
import { ja } from '@smtp-codes/constants/locales/ja';
const replies: Reply[] = parseReplies('250-a\\r\\n250 b\\r\\n').replies;
const one: Reply = parseReply('550 5.1.1 no\\r\\n', { mode: 'strict' });
const decoder = new ReplyDecoder({ maxLines: 10 });
const more: Reply[] = decoder.push(new Uint8Array([50, 50, 48, 32, 120, 13, 10]));
const isError = (e: unknown): boolean => e instanceof ReplyParseError && e.line > 0;
const action: 'success' | 'intermediate' | 'retry' | 'fail' = meaningOf(one, ja).classification.action;
const transform = new ReplyDecoderTransform();
const parts: EnhancedCode | null = enhancedStatusOf(one);
const kinds: readonly WarningKind[] = WARNING_KINDS;
const code: number = replyCodeAt('250 OK');
export { replies, one, more, isError, action, transform, parts, kinds, code };
`,
  '@smtp-codes/explain': `
import { type BounceReport, explainFinding, extract, layoutExplanation, parseBounce, type Explanation, type ExplanationLayout } from '@smtp-codes/explain';
import { ja } from '@smtp-codes/explain/ja';
import { ru } from '@smtp-codes/explain/ru';
const explained: Explanation[] = extract('550 5.1.1 <bob@example.com>: Recipient address rejected').map((f) => explainFinding(f, ja));
const layout: ExplanationLayout = layoutExplanation(explainFinding(extract('550 5.1.1 x')[0]!, ru), ru.messages);
const report: Promise<BounceReport> = parseBounce(new Uint8Array([70, 114, 111, 109, 58, 32, 97, 10, 10, 120]));
const code: Promise<number | null> = report.then((r) => r.recipients[0]?.code ?? null);
export { explained, layout, report, code };
`,
};

let work = '';
const installed = new Map<string, Manifest>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'smtp-codes-smoke-'));
  const tarballs = packages.map((p) => {
    const out = execFileSync('npm', ['pack', p.dir, '--pack-destination', work, '--json', '--silent'], { encoding: 'utf8' });
    return join(work, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
  });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
  // --offline: nothing but these tarballs and npm's cache may be needed (our outside runtime
  // dependencies, postal-mime and the CLI's get-east-asian-width, are in the lockfile, and the
  // workspace's own install put them in the cache).
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], { cwd: work, stdio: 'pipe' });
  for (const p of packages)
    installed.set(p.manifest.name, JSON.parse(readFileSync(join(work, 'node_modules', p.manifest.name, 'package.json'), 'utf8')));
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const run = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: work, encoding: 'utf8', input });

describe.each(packages.map((p) => [p.manifest.name, p] as const))('%s', (name, pkg) => {
  const entries = Object.entries(pkg.manifest.exports ?? {}).filter(([sub]) => sub !== './package.json');
  const specifier = (sub: string) => (sub === '.' ? name : `${name}/${sub.slice(2)}`);

  it('publint finds nothing', () => {
    const out = execFileSync(bin('publint'), [pkg.dir, '--strict'], { encoding: 'utf8' });
    expect(out).toContain('All good');
  });

  // Only for a package with typed entry points: the CLI ships a bin and no library (its one entry,
  // the JSON Schema of `scan --json`, is JSON).
  const typed = entries.some(([, target]) => !(typeof target === 'string' && target.endsWith('.json')));
  it.each(typed ? ['node16'] : [])(
    'attw --pack is green for %s (CJS and ESM) and bundler',
    () => {
      const out = execFileSync(bin('attw'), ['--pack', pkg.dir, '--profile', 'node16', '--format', 'json'], { encoding: 'utf8' });
      const report = JSON.parse(out) as { analysis: { problems: Array<{ kind: string; resolutionKind?: string; entrypoint?: string }> } };
      // node10 predates `exports`; subpaths cannot resolve there, by design.
      expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    },
    120_000,
  );

  it('ships only what users need', () => {
    const files = (
      JSON.parse(execFileSync('npm', ['pack', pkg.dir, '--dry-run', '--json', '--silent'], { encoding: 'utf8' })) as Array<{
        files: Array<{ path: string }>;
      }>
    )[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE']));
    // The parser's README links its behaviour document, which travels with it.
    if (name === '@smtp-codes/parser') expect(files).toContain('BEHAVIOUR.md');
    expect(files.filter((f) => /(^|\/)(test|src|bench)\/|\.test\.|\.map$|tsconfig|vitest/.test(f))).toEqual([]);
  });

  it.each(entries.map(([sub, target]) => [sub, target] as const))('entry %s: require() and import() work', (sub, target) => {
    const spec = specifier(sub);
    if (typeof target === 'string' && target.endsWith('.json')) {
      expect(run(['-e', `console.log(typeof require(${JSON.stringify(spec)}))`]).trim()).toBe('object');
      expect(
        run(['--input-type=module', '-e', `import d from ${JSON.stringify(spec)} with { type: 'json' }; console.log(typeof d)`]).trim(),
      ).toBe('object');
      return;
    }
    const cjs = run(['-e', `console.log(Object.keys(require(${JSON.stringify(spec)})).sort().join(','))`]).trim();
    const esm = run([
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(spec)}); console.log(Object.keys(m).filter((k) => k !== 'default').sort().join(','))`,
    ]).trim();
    expect(cjs.length).toBeGreaterThan(0);
    expect(esm).toBe(cjs);
  });

  const usage = TYPE_USAGE[name];
  it.each(usage ? ['node16', 'bundler'] : [])(
    'types compile under moduleResolution %s',
    (resolution) => {
      if (!usage) throw new Error('unreachable');
      const file = `usage-${name.replace(/\W/g, '_')}-${resolution}.ts`;
      writeFileSync(join(work, file), usage);
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      writeFileSync(
        join(work, `tsconfig.${file}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module,
            moduleResolution: resolution,
            target: 'es2022',
            skipLibCheck: false,
            types: ['node'],
            typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
          },
          files: [file],
        }),
      );
      execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${file}.json`], {
        cwd: work,
        stdio: 'pipe',
      });
    },
    60_000,
  );

  it.each(Object.keys(pkg.manifest.bin ?? {}).map((b) => [b]))('bin %s runs', (name) => {
    const out = execFileSync(
      join(work, 'node_modules', '.bin', name),
      ['explain', '550 5.1.1 <bob@example.com>: Recipient address rejected', '--lang', 'en'],
      { cwd: work, encoding: 'utf8' },
    );
    expect(out).toContain('5.1.1');
    // A whole message on standard input: parseBounce, with postal-mime loaded from the install.
    const eml = readFileSync(join(REPO_ROOT, 'packages/explain/test/fixtures/real/postfix/BP11-failed.eml'), 'utf8');
    const notice = execFileSync(join(work, 'node_modules', '.bin', name), ['explain', '--json'], {
      cwd: work,
      encoding: 'utf8',
      input: eml,
    });
    expect(
      notice
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).code),
    ).toEqual([552, 550]);
  });

  it.each(name === '@smtp-codes/explain' ? ['require', 'import'] : [])('parseBounce runs through %s', (how) => {
    const eml = join(REPO_ROOT, 'packages/explain/test/fixtures/real/exim/EB05.eml');
    const load = how === 'require' ? `require(${JSON.stringify(name)})` : `await import(${JSON.stringify(name)})`;
    const script = `const { parseBounce } = ${load}; const r = await parseBounce(require('node:fs').readFileSync(${JSON.stringify(eml)})); console.log(r.recipients[0].code, r.recipients[0].enhanced);`;
    expect(run(['--input-type=commonjs', '-e', `(async () => { ${script} })()`]).trim()).toBe('552 5.2.2');
  });

  it('installed without fetching anything else', () => {
    expect(installed.get(name)?.name).toBe(name);
  });
});
