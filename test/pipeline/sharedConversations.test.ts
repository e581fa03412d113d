import { createTestRapport, isReply, sayText, say } from '../helpers/testRapport';

const HOUR = 60 * 60 * 1000;
/** A Teams channel: others read what the bot answers there. */
const CHANNEL = { id: 'team-channel', isGroup: true, conversationType: 'channel', name: 'General' };

describe('a conversation others read (a Teams channel or group chat)', () => {
  it('does not show the profile, the export or /why there, and says to ask in private', async () => {
    const { adapter, adapterFor } = createTestRapport({ userId: 'dana-1' });
    const channel = adapterFor('dana-1', CHANNEL);
    await sayText(adapter, 'call me Dana');
    for (const command of ['profile', 'export', 'why']) {
      const activities = await say(channel, `/${command}`);
      expect(activities).toHaveLength(1);
      expect(isReply(activities[0].text ?? '', 'privacy.shared', { command: `/${command}` })).toBe(true);
      expect(activities[0].attachments ?? []).toEqual([]);
    }
    // Settings that show nothing personal still work there, and the same commands work one-to-one.
    expect(isReply((await sayText(channel, '/tone formal'))[0], 'tone.set', { tone: 'formal' })).toBe(true);
    const [profileText] = await sayText(adapter, '/profile');
    expect(profileText).toContain('Dana');
  });

  it('greets by name there, but leaves out what it knows about the person', async () => {
    const { adapter, adapterFor, clock } = createTestRapport({ userId: 'dana-2' });
    const channel = adapterFor('dana-2', CHANNEL);
    await sayText(adapter, 'call me Dana');
    await sayText(adapter, 'I have a dog called Rex');
    // The welcome back asks after the pet now and then: over a few days, one-to-one, it does.
    const privately: string[] = [];
    for (let day = 0; day < 6; day++) {
      clock.advance(30 * HOUR);
      privately.push((await sayText(adapter, 'hi'))[0] ?? '');
    }
    expect(privately.some((text) => text.includes('Rex'))).toBe(true);

    for (let day = 0; day < 6; day++) {
      clock.advance(30 * HOUR);
      const [inFrontOfOthers] = await sayText(channel, 'hi');
      expect(inFrontOfOthers).toContain('Dana');
      expect(inFrontOfOthers).not.toContain('Rex');
    }
  });
});
