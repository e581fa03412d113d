import { UNMATCHED_KEY } from '../../../src/ops/unmatched/unmatchedLog';
import { startTestServer } from '../../helpers/testServer';

describe('counting unmatched messages in the running bot (INSIGHTS_UNMATCHED=true)', () => {
  it('counts out-of-scope messages masked and without user ids, skips matched ones and private mode, and is off unless asked for', async () => {
    const server = await startTestServer({ INSIGHTS_UNMATCHED: 'true' });
    try {
      await server.say('unmatched-ana', 'xyzzy plugh Priya ana@example.org');
      await server.say('unmatched-ben', 'xyzzy plugh, Tomasz! ben@example.org');
      await server.say('unmatched-ben', 'recommend something');
      await server.say('unmatched-cy', '/private on');
      await server.say('unmatched-cy', 'xyzzy plugh Chile');
      await server.app.unmatched?.flush();
      const entries = (await server.app.unmatched?.list()) ?? [];
      expect(entries).toEqual([expect.objectContaining({ text: 'xyzzy plugh <name> <email>', count: 2, outOfScope: 2 })]);
      const stored = JSON.stringify(await server.app.storage.storage.read([UNMATCHED_KEY]));
      expect(stored).not.toMatch(/unmatched-|Priya|Tomasz|Chile|example\.org/i);
    } finally {
      await server.close();
    }
    const off = await startTestServer();
    try {
      expect(off.app.unmatched).toBeUndefined();
    } finally {
      await off.close();
    }
  // A server, the first message loading the lexicons, several users: slow on a loaded 2-core CI machine.
  }, 120_000);
});
