import { CloudAdapter } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

/**
 * botbuilder's CloudAdapter, with its authenticate-and-run step opened to the server. `process()` would
 * also answer the HTTP request itself, printing every failure to the console and sending the internal
 * error's text to the client; the server answers instead, with a code.
 */
export class RapportAdapter extends CloudAdapter {
  /** Checks the caller's token (when an app id is set), then runs `logic` through the middleware and onTurnError. */
  authenticateAndRun(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
