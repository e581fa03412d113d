import { rmSync } from 'node:fs';

/** Removes this run's model cache: the next run trains again, so a change to training is always tested. */
export default async function globalTeardown(): Promise<void> {
  const cache = process.env.RAPPORT_TEST_MODEL_CACHE;
  if (cache) rmSync(cache, { recursive: true, force: true });
}
