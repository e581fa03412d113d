// Deterministic tests: pinned time zone, quiet logs, no dotenv tips from natural.
process.env.TZ = 'UTC';
process.env.DOTENV_CONFIG_QUIET = 'true';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
