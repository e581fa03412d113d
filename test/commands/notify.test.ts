import { MemoryStorage } from '../../src/storage/memoryStorage';
import { notifyCommand } from '../../src/commands/list/notify';
import { createRapport } from '../../src/createRapport';
import { MAX_REFERENCE_JSON } from '../../src/pipeline/conversationReference';
import { profileKey } from '../../src/profile/profileKey';
import { ManualClock } from '../../src/util/clock';
import { seededRandom } from '../../src/util/random';
import { createTestRapport, isReply, realCatalog, realContent, say, sayText } from '../helpers/testRapport';
import { HOSTILE, keysOf, profileWith, run } from './commandHarness';

describe('/notify as a command', () => {
  it('is off by default and says how to turn it on', async () => {
    const result = await run(notifyCommand, '');
    expect(keysOf(result)).toEqual(['notify.status.off']);
    expect(result.replies[0].suggestedActions).toEqual(['/notify on']);
  });

  it('turns on and off; off also records the no', async () => {
    const on = await run(notifyCommand, 'on');
    expect(on.after.notify).toMatchObject({ enabled: true, declined: false, offered: true });
    const off = await run(notifyCommand, 'off', on.after);
    expect(off.after.notify).toMatchObject({ enabled: false, declined: true });
  });

  it('sets the digest, the local time, quiet hours and per-topic switches', async () => {
    let profile = (await run(notifyCommand, 'on')).after;
    for (const typed of ['digest weekly', 'time 7:30', 'quiet 22:00-08:00', 'topic Cooking on', 'topic sports off']) profile = (await run(notifyCommand, typed, profile)).after;
    expect(profile.notify).toMatchObject({ digest: 'weekly', time: '07:30', quiet: { from: '22:00', to: '08:00' }, topics: { cooking: true, sports: false } });
    const status = await run(notifyCommand, '', profile);
    expect(keysOf(status)).toEqual(['notify.status.on', 'notify.status.digest.weekly', 'notify.status.quiet', 'notify.status.topicsOn', 'notify.status.topicsOff']);
    expect((await run(notifyCommand, 'quiet off', profile)).after.notify.quiet).toBeUndefined();
  });

  it('reminds that push is off when a setting changes while off', async () => {
    expect(keysOf(await run(notifyCommand, 'time 09:00'))).toEqual(['notify.time.set', 'notify.hint.off']);
  });

  it.each([
    ['time 25:00', 'notify.time.invalid'],
    ['time noon', 'notify.time.invalid'],
    ['quiet 22:00-22:00', 'notify.quiet.invalid'],
    ['quiet late', 'notify.quiet.invalid'],
    ['topic knitting on', 'notify.topic.unknown'],
    ['digest hourly', 'command.usage'],
    ['loudly', 'command.usage'],
  ])('"/notify %s" is refused with %s and changes nothing', async (typed, key) => {
    const result = await run(notifyCommand, typed);
    expect(keysOf(result)[0]).toBe(key);
    expect(result.changes ?? []).toEqual([]);
  });

  it.each(HOSTILE)('refuses %s', async (_label, typed, key) => {
    const profile = profileWith();
    const result = await run(notifyCommand, `topic ${typed} on`, profile);
    expect(keysOf(result)).toEqual([key]);
    expect(result.after).toEqual(profile);
  });

  it('accepts bare words only when they are valid for it', () => {
    const accepts = (typed: string) => notifyCommand.acceptsBare?.(typed.split(' ').filter(Boolean), realContent(), undefined as never);
    expect(accepts('on')).toBe(true);
    expect(accepts('time 07:00')).toBe(true);
    expect(accepts('me when it is ready')).toBe(false);
  });
});

describe('/notify through the bot', () => {
  it('opts in, shows the settings, and keeps the conversation reference in the profile', async () => {
    const { adapter, rapport } = createTestRapport({ userId: 'nia' });
    await say(adapter, 'hello');
    const [on] = await sayText(adapter, '/notify on');
    expect(isReply(on, 'notify.on')).toBe(true);
    await say(adapter, '/notify time 18:30');
    const [status] = await sayText(adapter, '/notify');
    expect(status.split('\n')).toHaveLength(2);
    const { profile } = await rapport.profiles.load('test', 'nia');
    expect(profile.notify).toMatchObject({ enabled: true, time: '18:30' });
    expect(profile.reference?.conversation).toMatchObject({ channelId: 'test', user: { id: 'nia' }, conversation: { id: 'conversation-nia' }, serviceUrl: 'http://localhost' });
    expect(profile.reference?.conversation).not.toHaveProperty('activityId');
    expect(await rapport.notify.index.get(profileKey('test', 'nia'))).toMatchObject({ channelId: 'test', userId: 'nia' });
  });

  it('/export includes the reference and the push settings', async () => {
    const { adapter } = createTestRapport({ userId: 'eve' });
    await say(adapter, '/notify on');
    const [reply] = await say(adapter, '/export');
    const exported = reply.attachments?.[0].content as { profile: { notify: { enabled: boolean }; reference?: unknown } };
    expect(exported.profile.notify.enabled).toBe(true);
    expect(exported.profile.reference).toBeDefined();
  });

  it('/forget erases the reference, the settings and the schedule entry', async () => {
    const storage = new MemoryStorage();
    const { adapter, rapport } = createTestRapport({ userId: 'fox', storage });
    await say(adapter, '/notify on');
    const key = profileKey('test', 'fox');
    expect(await rapport.notify.index.get(key)).toBeDefined();
    await say(adapter, '/forget');
    await say(adapter, 'yes');
    expect(await storage.read([key])).toEqual({});
    expect(await rapport.notify.index.get(key)).toBeUndefined();
    expect([...(await rapport.notify.index.all()).keys()]).toEqual([]);
  });

  it('does not keep the reference of a group conversation', async () => {
    const { rapport, adapterFor } = createTestRapport();
    const group = adapterFor('gil', { id: 'team-channel', isGroup: true, conversationType: 'channel' });
    await say(group, 'hello');
    const { profile } = await rapport.profiles.load('test', 'gil');
    expect(profile.lifecycle.turnCount).toBe(1);
    expect(profile.reference).toBeUndefined();
  });

  it('keeps no reference that is not a small plain object', async () => {
    const storage = new MemoryStorage();
    const rapport = createRapport({ content: realContent(), storage, clock: new ManualClock(), random: seededRandom(1), lapsedAfterDays: 14, catalog: realCatalog() });
    const input = { kind: 'message' as const, channelId: 'test', userId: 'hal', conversationId: 'c', text: 'hello' };
    await rapport.runTurn({ ...input, reference: { huge: 'x'.repeat(MAX_REFERENCE_JSON) } });
    expect((await rapport.profiles.load('test', 'hal')).profile.reference).toBeUndefined();
    await rapport.runTurn({ ...input, reference: { conversation: { id: 'c' } } });
    expect((await rapport.profiles.load('test', 'hal')).profile.reference?.conversation).toEqual({ conversation: { id: 'c' } });
  });

  it('captures the reference when the app is installed, without answering', async () => {
    const { adapter, rapport } = createTestRapport({ userId: 'ivy' });
    const sent = await say(adapter, { type: 'installationUpdate', action: 'add', from: { id: 'ivy', name: 'Ivy' } });
    expect(sent).toEqual([]);
    expect((await rapport.profiles.load('test', 'ivy')).profile.reference?.conversation).toMatchObject({ user: { id: 'ivy' } });
  });
});

describe('the one-time offer', () => {
  function offering(userId: string) {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const storage = new MemoryStorage();
    const rapport = createRapport({ content: realContent(), storage, clock, random: seededRandom(7), lapsedAfterDays: 14, catalog: realCatalog(), offerNotifications: true });
    const turn = (text: string) => rapport.runTurn({ kind: 'message', channelId: 'test', userId, conversationId: 'c', text });
    return { rapport, clock, turn };
  }

  it('follows the first recommendation once, with a button, and never comes again', async () => {
    const { turn } = offering('jo');
    await turn('hello');
    await turn('skip');
    const first = await turn('recommend something');
    // One message: the item, then the offer line; the offer's button joins the feedback buttons.
    expect(first.replies.map((reply) => reply.key)).toEqual(['recommend.item']);
    expect(first.replies[0].variants.map((id) => id.split(':')[0])).toEqual(['recommend.item', 'notify.offer']);
    expect(first.replies[0].suggestedActions).toEqual(['👍', '👎', 'More like this', 'Not interested', '/notify on']);
    const second = await turn('recommend something');
    expect(second.replies[0].variants.map((id) => id.split(':')[0])).toEqual(['recommend.item']);
  });

  it('is made at the start of the second session, and not to someone who said no', async () => {
    const { turn, clock } = offering('kim');
    await turn('hello');
    await turn('call me Kim');
    await turn('/notify off');
    clock.advance(2 * 60 * 60 * 1000);
    const back = await turn('hello');
    expect(back.replies[0].variants.map((id) => id.split(':')[0])).toEqual(['welcome.back']);

    const other = offering('lou');
    await other.turn('hello');
    await other.turn('call me Lou');
    other.clock.advance(2 * 60 * 60 * 1000);
    const offered = (await other.turn('hello')).replies[0];
    expect(offered.variants.map((id) => id.split(':')[0])).toEqual(['welcome.back', 'notify.offer']);
    expect(offered.suggestedActions).toEqual(['/notify on']);
  });
});
