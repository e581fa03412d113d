/**
 * Where this jest run keeps the intent model trained on dialogs/ (test/globalSetup.ts makes a fresh
 * folder per run, test/globalTeardown.ts removes it). Every test file has its own module registry, so
 * without it each file that builds a bot trains the same model again (about 1.6 s of CPU each); with it
 * the first file trains and the others load the model, whose predictions are identical
 * (test/nlu/intentModel.test.ts). Outside jest's setup (no variable): no cache, train as before.
 */
export const TEST_MODEL_CACHE: string | false = process.env.RAPPORT_TEST_MODEL_CACHE || false;
