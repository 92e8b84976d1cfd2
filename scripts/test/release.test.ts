// The release flow works before anyone runs it for real: `changeset version` on a copy of the
// manifests and pending changesets bumps every public package, writes its CHANGELOG and keeps
// the internal dependencies in step.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
cpSync(join(REPO_ROOT, '.changeset'), join(work, '.changeset'), { recursive: true });
const pending = readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: work, stdio: 'pipe' });

const read = (file: string) => JSON.parse(readFileSync(join(work, file), 'utf8')) as Record<string, unknown>;
const publicPackages = manifests.filter((m) => m.startsWith('packages/') && !read(m).private);

describe('changeset version', () => {
  it('has a pending changeset for every public package', () => {
    expect(pending.length).toBeGreaterThanOrEqual(publicPackages.length);
  });

  it.each(publicPackages.map((m) => [m]))('%s is bumped and gets a CHANGELOG', (manifest) => {
    const before = JSON.parse(readFileSync(join(REPO_ROOT, manifest), 'utf8')) as { version: string };
    const after = read(manifest) as { name: string; version: string };
    expect(after.version).not.toBe(before.version);
    const changelog = join(work, dirname(manifest), 'CHANGELOG.md');
    expect(existsSync(changelog)).toBe(true);
    expect(readFileSync(changelog, 'utf8')).toContain(`# ${after.name}\n\n## ${after.version}`);
  });

  it('keeps internal dependencies on the new versions', () => {
    const versions = new Map(publicPackages.map((m) => [read(m).name as string, read(m).version as string]));
    for (const m of manifests) {
      const deps = { ...(read(m).dependencies as object), ...(read(m).devDependencies as object) } as Record<string, string>;
      for (const [name, range] of Object.entries(deps)) if (versions.has(name)) expect(range, `${m} -> ${name}`).toBe(versions.get(name));
    }
  });

  it('leaves private packages alone and consumes the changesets', () => {
    expect(read('packages/docs/package.json').version).toBe('0.0.0');
    expect(readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
