import { ConfigError, loadConfig } from '../../src/config/loadConfig';

/** The problems loadConfig reports for an environment, or [] when it is valid. */
export function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}
