// Wiring only: config → app (storage, recognizer, bot, server) → listen → graceful shutdown.
import { ConfigError, loadConfig } from './config/loadConfig';
import { createApp } from './app';
import { errorCode } from './util/codedError';
import { safeError } from './util/logger';
import { ContentError, formatProblem } from './content/loadDialogs';
import { config as loadDotenv } from 'dotenv';
import { chatPageUrl } from './channels/webchat/pageAssets';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const app = await createApp(config);
  // Before listening: a SIGTERM right after the "listening" line must find the handler (without one, the
  // signal's default action ends the process at once, with no drain).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.logger.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        (err: Error) => {
          app.logger.error({ code: errorCode(err), err: safeError(err) }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  const address = await app.listen();
  const chat = config.webChatEnabled ? { chat: chatPageUrl(address) } : {};
  app.logger.info({ host: address.address, port: address.port, ...chat, sdk: app.edge.sdk, storage: app.storage.description, authenticated: !config.unauthenticated, nlu: app.rapport.nlu }, 'Rapport is listening');
  if (config.unauthenticated) {
    app.logger.warn('MicrosoftAppId is empty: no caller is authenticated; local testing only (loopback, allowed serviceUrls).');
  }
}

main().catch((err: Error) => {
  // Before the logger exists: say plainly what to fix.
  if (err instanceof ContentError) {
    console.error(`Rapport could not start: dialogs/ has ${err.problems.length} problem(s) to fix:\n${err.problems.map(formatProblem).join('\n')}\nFix them, then check with \`npm run dialogs:check\` before starting again.`);
  } else console.error(err instanceof ConfigError ? err.message : `Rapport could not start [${errorCode(err)}]: ${err.message}`);
  process.exit(1);
});
