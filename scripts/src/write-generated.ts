// Writes what a generator returns (repo-relative path -> content) to disk. The generators
// themselves stay pure, so tests can compare their output in memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './load-spec.js';

/** Writes every generated file; returns the paths. */
export function writeGenerated(files: Map<string, string>): string[] {
  for (const [path, content] of files) {
    const abs = join(REPO_ROOT, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return [...files.keys()];
}
