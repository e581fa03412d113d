import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgresGlobalSetup from './postgresGlobalSetup';

/** Once per jest run, before any worker starts: workers inherit what is set in the environment here. */
export default async function globalSetup(): Promise<void> {
  await postgresGlobalSetup();
  // The intent model of dialogs/ trained once per run, not once per test file (see test/helpers/modelCache.ts).
  process.env.RAPPORT_TEST_MODEL_CACHE = mkdtempSync(join(tmpdir(), 'rapport-test-nlu-'));
}
