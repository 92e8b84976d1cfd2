// The release flow works before anyone runs it for real: `changeset version` on a copy of the
// manifests, with changesets written here (the repository's own pending ones come and go with each
// release), bumps every public package, writes its CHANGELOG and keeps the internal dependencies in
// step.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/load-spec.js';

const work = mkdtempSync(join(tmpdir(), 'smtp-codes-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifests = [
  'package.json',
  'scripts/package.json',
  ...readdirSync(join(REPO_ROOT, 'packages')).map((p) => `packages/${p}/package.json`),
];
for (const file of manifests) {
  mkdirSync(dirname(join(work, file)), { recursive: true });
  cpSync(join(REPO_ROOT, file), join(work, file));
}
const original = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;
const publicPackages = manifests.filter((m) => m.startsWith('packages/') && !original(m).private);

// The repository's config, and one changeset per public package: a minor one for the parser (which
// others depend on), a patch for the rest.
mkdirSync(join(work, '.changeset'));
cpSync(join(REPO_ROOT, '.changeset', 'config.json'), join(work, '.changeset', 'config.json'));
const bumps = new Map(publicPackages.map((m) => [m, original(m).name === '@smtp-codes/parser' ? ('minor' as const) : ('patch' as const)]));
expect([...bumps.values()]).toContain('minor');
for (const [m, bump] of bumps) {
  const name = original(m).name as string;
  writeFileSync(join(work, '.changeset', `test-${name.replace(/\W/g, '-')}.md`), `---\n"${name}": ${bump}\n---\n\nA change to ${name}.\n`);
}
execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: work, stdio: 'pipe' });

/** `version` bumped as changesets does it. */
function bumped(version: string, bump: 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

const read = (file: string) => JSON.parse(readFileSync(join(work, file), 'utf8')) as Record<string, unknown>;
describe('changeset version', () => {
  it.each(publicPackages.map((m) => [m]))('%s is bumped and gets a CHANGELOG', (manifest) => {
    const after = read(manifest) as { name: string; version: string };
    expect(after.version).toBe(bumped(original(manifest).version as string, bumps.get(manifest)!));
    const changelog = join(work, dirname(manifest), 'CHANGELOG.md');
    expect(existsSync(changelog)).toBe(true);
    expect(readFileSync(changelog, 'utf8')).toContain(`# ${after.name}\n\n## ${after.version}`);
    expect(readFileSync(changelog, 'utf8')).toContain(`A change to ${after.name}.`);
  });

  it('keeps internal dependencies on the new versions', () => {
    const versions = new Map(publicPackages.map((m) => [read(m).name as string, read(m).version as string]));
    for (const m of manifests) {
      const deps = { ...(read(m).dependencies as object), ...(read(m).devDependencies as object) } as Record<string, string>;
      for (const [name, range] of Object.entries(deps)) if (versions.has(name)) expect(range, `${m} -> ${name}`).toBe(versions.get(name));
    }
  });

  it('leaves private packages alone and consumes the changesets', () => {
    expect(read('packages/docs/package.json').version).toBe(original('packages/docs/package.json').version);
    expect(readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
