import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The copy of the W3C web-annotation-tests schemas. */
const root = fileURLToPath(new URL('../fixtures/w3c-annotation-tests/', import.meta.url));

interface AssertionSchema {
  id: string;
  errorMessage?: string;
  expectedResult?: string;
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return jsonFiles(file);
    return name.endsWith('.json') ? [file] : [];
  });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The W3C test suite's lists of MUST assertions: for one annotation, a collection, a page. */
export const mustTests = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const;

/**
 * The W3C test suite's MUST assertions of one of its lists (an annotation's
 * unless named), run with ajv (draft-04, with formats such as uri and
 * date-time checked). Returns one line per failed assertion: its error
 * message and ajv's errors. A value is judged on its own, so an annotation
 * must carry its own `@context`.
 */
export function annotationMustFailures(list: keyof typeof mustTests = 'annotation'): (value: unknown) => string[] {
  const ajv = new Ajv04({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  for (const file of jsonFiles(path.join(root, 'definitions'))) ajv.addSchema(readJson<object>(file));
  const musts = readJson<{ assertions: string[] }>(path.join(root, mustTests[list]));
  const checks = musts.assertions.map((assertion) => {
    const schema = readJson<AssertionSchema>(path.join(root, assertion));
    // Two assertion files share an id with a definition or each other: compile each under its own path.
    const validate = ajv.compile({ ...schema, id: assertion.split('/').pop() ?? schema.id });
    return { assertion, schema, validate };
  });
  return (value) =>
    checks.flatMap(({ assertion, schema, validate }) => {
      const valid = validate(value) === true;
      if (valid === (schema.expectedResult !== 'invalid')) return [];
      return [`${assertion}: ${schema.errorMessage ?? 'failed'} ${ajv.errorsText(validate.errors)}`];
    });
}
