import { readFileSync } from 'node:fs';
import {
  compareVersions,
  importDocument,
  toText,
  type CompareAnnotation,
  type Comparison,
  type CompareVersion,
} from '../../shared/index.js';

/** The folder of the two versions of a story we wrote for the comparison, and their expected alignment. */
export const compareFixtureDir = new URL('../fixtures/compare/', import.meta.url);

/** A fixture file's content. */
export function readCompareFixture(name: string): string {
  return readFileSync(new URL(name, compareFixtureDir), 'utf8');
}

/** A fixture story as a version to compare: imported from Markdown the way the server does, with the given annotations. */
export function versionFromFixture(name: string, annotations: CompareAnnotation[] = []): CompareVersion {
  const { doc, title } = importDocument('markdown', readCompareFixture(name));
  return { id: name.replace(/\.md$/, ''), title, text: toText(doc), annotations };
}

/** The wire story (a) against its rewrite (b). */
export function compareFixture(annotationsB: CompareAnnotation[] = []): Comparison {
  return compareVersions(versionFromFixture('wire.md'), versionFromFixture('rewrite.md', annotationsB));
}
