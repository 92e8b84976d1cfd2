// Helpers of the spec-validation tests: the real spec with one file edited, and what the loader says.
import { expect } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { loadSpecFromFiles, readSpecFiles, SpecError, type SpecIssue } from '../src/load-spec.js';

/** The spec files as they are in the repository. */
export const pristine = readSpecFiles();

/** The loader's issues for `files`; fails the test when the spec is accepted. */
export function issuesOf(files: Map<string, string>): SpecIssue[] {
  try {
    loadSpecFromFiles(files);
  } catch (err) {
    expect(err).toBeInstanceOf(SpecError);
    return (err as SpecError).issues;
  }
  throw new Error('expected the spec to be rejected');
}

/** The issues after `edit` changes one file (parsed as a YAML document) of the real spec; `extra` adds files. */
export function issuesAfter(file: string, edit: (doc: Document) => void, extra: Record<string, string> = {}): SpecIssue[] {
  const files = new Map(pristine);
  const doc = parseDocument(files.get(file) ?? '{}');
  edit(doc);
  files.set(file, String(doc));
  for (const [name, text] of Object.entries(extra)) files.set(name, text);
  return issuesOf(files);
}

/** Index of the list item under `key` whose `field` equals `value`. */
export function indexOf(doc: Document, key: string, field: string, value: unknown): number {
  const i = (doc.toJS()[key] as Array<Record<string, unknown>>).findIndex((item) => item[field] === value);
  if (i < 0) throw new Error(`${key} has no ${field} ${String(value)}`);
  return i;
}
