import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../common/paths';
import type { z } from 'zod';
import { exerciseFileSchema, type ExerciseFile } from './exercise-file';
import {
  municipalitiesFileSchema,
  statesFileSchema,
  type MunicipalitiesFile,
  type StatesFile,
} from './reference-files';
import { checkReferences } from './check-references';

const SEED_DIR = join(PROJECT_ROOT, 'api', 'src', 'seed');

export class SeedFileError extends Error {}

function readYaml<T>(path: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new SeedFileError(`${path} is not valid:\n${problems.join('\n')}`);
  }
  return result.data;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

export interface SeedFiles {
  states: StatesFile;
  municipalities: MunicipalitiesFile[];
  exercises: ExerciseFile[];
  /** The texts of the source documents that name one (`document.text`), by document key. */
  sourceTexts: Map<string, string>;
}

/**
 * Reads and validates every seed file; throws a SeedFileError naming each problem. `demo` reads
 * the demonstration exercises (api/src/seed/demo) instead of the real ones (api/src/seed/data).
 */
export function loadSeedFiles(seedDir = SEED_DIR, { demo = false } = {}): SeedFiles {
  const states = readYaml(join(seedDir, 'reference', 'states.yaml'), statesFileSchema);
  const municipalities = yamlFiles(join(seedDir, 'reference', 'municipalities')).map((path) =>
    readYaml(path, municipalitiesFileSchema),
  );
  const exercises = yamlFiles(join(seedDir, demo ? 'demo' : 'data')).map((path) => {
    const file = readYaml(path, exerciseFileSchema);
    const problems = checkReferences(file, municipalities);
    if (problems.length)
      throw new SeedFileError(`${path} has broken references:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return file;
  });
  const sourceTexts = new Map<string, string>();
  for (const { document } of exercises) {
    if (!document.text) continue;
    const path = join(seedDir, 'sources', document.text);
    if (!existsSync(path)) throw new SeedFileError(`document ${document.key}: no file ${path} (document.text)`);
    sourceTexts.set(document.key, readFileSync(path, 'utf8'));
  }
  return { states, municipalities, exercises, sourceTexts };
}
