import { exportCommand, EXPORT_FILE_NAME } from '../../src/commands/list/export';
import { forgetCommand } from '../../src/commands/list/forget';
import { profileCommand } from '../../src/commands/list/profile';
import { contentText } from '../../src/commands/contentText';
import { ADAPTIVE_CARD } from '../../src/commands/profileCard';
import { realContent } from '../helpers/testRapport';
import { HOSTILE, keysOf, NOW, profileWith, run } from './commandHarness';

const RICH = profileWith({
  explicit: { name: 'Dana', tone: 'formal', topics: ['cooking'], blockedTopics: ['sports'], timeZone: 'Europe/Paris' },
  learned: { interests: { travel: 2, music: 1 }, city: 'Lisbon', timeZone: 'Europe/Lisbon', style: { playful: 3 }, mood: 0.5 },
  memory: { ...profileWith().memory, turns: [{ at: '2026-03-02T09:59:00.000Z', text: 'I love hiking', intent: 'tellLike', replyKeys: ['tellLike'] }], facts: [{ key: 'like', value: 'hiking', learnedAt: '2026-03-02T09:59:00.000Z' }, { key: 'like', value: 'jazz', learnedAt: '2026-03-02T09:59:00.000Z' }] },
});

describe('/profile', () => {
  it('lists what the user set and what was learned, apart, as text with an Adaptive Card 1.5', async () => {
    const result = await run(profileCommand, '', RICH);
    const keys = keysOf(result);
    expect(keys[0]).toBe('profile.header');
    const explicitAt = keys.indexOf('profile.explicit.header');
    const learnedAt = keys.indexOf('profile.learned.header');
    const labels = result.replies.map((reply) => (reply.values?.label as { key: string } | undefined)?.key);
    expect(labels.slice(explicitAt, learnedAt)).toEqual(expect.arrayContaining(['profile.label.name', 'profile.label.tone', 'profile.label.topics', 'profile.label.blockedTopics', 'profile.label.timeZone']));
    expect(labels.slice(learnedAt)).toEqual(expect.arrayContaining(['profile.label.city', 'profile.label.learnedTimeZone', 'profile.label.mood', 'profile.label.style', 'profile.label.interest', 'fact.like.label']));

    const card = result.replies[0].attachments?.[0];
    expect(card?.contentType).toBe(ADAPTIVE_CARD);
    const content = card?.content as { type: string; version: string; actions: Array<{ data: { rapportCommand: string } }> };
    expect(content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(content.actions.map((action) => action.data.rapportCommand)).toEqual(['/tone', '/export', '/forget']);
    const json = JSON.stringify(content);
    for (const command of ['/profile remove interest travel', '/profile remove fact like hiking', '/profile remove fact like jazz']) expect(json).toContain(command);
    expect(json).toContain(contentText(realContent(), 'profile.card.title'));
    expect(json).toContain('Lisbon');
  });

  it('shows learned items while learning is paused, marked as not used', async () => {
    const result = await run(profileCommand, '', profileWith({ ...RICH, explicit: { learningPaused: true } }));
    expect(keysOf(result)).toContain('profile.learned.paused');
  });

  it('says so when it knows nothing', async () => {
    const keys = keysOf(await run(profileCommand, ''));
    expect(keys).toEqual(expect.arrayContaining(['profile.explicit.none', 'profile.learned.none']));
  });

  it('removes one learned interest or fact', async () => {
    const interest = await run(profileCommand, 'remove interest travel', RICH);
    expect(keysOf(interest)).toEqual(['profile.removed']);
    expect(interest.after.learned.interests).toEqual({ music: 1 });
    const fact = await run(profileCommand, 'remove fact like hiking', RICH);
    expect(fact.after.memory.facts.map((f) => f.value)).toEqual(['jazz']);
  });

  it.each(['remove interest constructor', 'remove interest toString', 'remove interest knitting', 'remove fact pet'])('"/profile %s" finds nothing and changes nothing', async (typed) => {
    const result = await run(profileCommand, typed, RICH);
    expect(result.changes ?? []).toEqual([]);
    expect(keysOf(result)).toHaveLength(1);
    expect(['profile.notFound', 'argument.reserved']).toContain(keysOf(result)[0]);
  });

  it('answers other arguments with the usage', async () => {
    expect(keysOf(await run(profileCommand, 'delete everything', RICH))).toEqual(['command.usage', 'command.allowed']);
  });

  it.each(HOSTILE)('refuses %s', async (_label, typed, key) => {
    const result = await run(profileCommand, `remove interest ${typed}`, RICH);
    expect(keysOf(result)).toEqual([key]);
    expect(result.after).toEqual(RICH);
  });
});

describe('/export', () => {
  it('attaches everything kept about the user as JSON', async () => {
    const result = await run(exportCommand, '', RICH);
    expect(keysOf(result)).toEqual(['export.ready']);
    const [attachment] = result.replies[0].attachments ?? [];
    expect(attachment).toMatchObject({ contentType: 'application/json', name: EXPORT_FILE_NAME });
    expect(attachment.content).toEqual({ format: 'rapport-export', version: 1, exportedAt: NOW.toISOString(), profile: RICH });
    expect(result.changes ?? []).toEqual([]);
  });

  it('answers arguments with the usage', async () => {
    expect(keysOf(await run(exportCommand, 'csv'))).toEqual(['command.usage']);
  });
});

describe('/forget', () => {
  it('asks first, with yes and no buttons, and erases nothing yet', async () => {
    const result = await run(forgetCommand, '', RICH);
    expect(keysOf(result)).toEqual(['forget.confirm']);
    expect(result.replies[0].suggestedActions).toEqual(['yes', 'no']);
    expect(result.after.pending).toBe('confirmForget');
    expect(result.erase).toBeUndefined();
  });

  it('erases on a yes to its question', async () => {
    const result = await run(forgetCommand, 'yes', { ...RICH, pending: 'confirmForget' });
    expect(keysOf(result)).toEqual(['forget.done']);
    expect(result.erase).toBe(true);
  });

  it('keeps everything on a no', async () => {
    const result = await run(forgetCommand, 'no', { ...RICH, pending: 'confirmForget' });
    expect(keysOf(result)).toEqual(['forget.cancelled']);
    expect(result.erase).toBeUndefined();
    expect(result.after.pending).toBeUndefined();
  });

  it('never erases on "/forget yes" typed without being asked, or answered too late', async () => {
    const unasked = await run(forgetCommand, 'yes', RICH);
    expect(keysOf(unasked)).toEqual(['forget.confirm']);
    expect(unasked.erase).toBeUndefined();
    const stale = profileWith({ ...RICH, pending: 'confirmForget', lifecycle: { ...RICH.lifecycle, lastSeen: '2026-03-02T09:00:00.000Z' } });
    const late = await run(forgetCommand, 'yes', stale);
    expect(keysOf(late)).toEqual(['forget.confirm']);
    expect(late.erase).toBeUndefined();
  });

  it('answers other arguments with the usage', async () => {
    const result = await run(forgetCommand, '{{name}}', { ...RICH, pending: 'confirmForget' });
    expect(keysOf(result)).toEqual(['command.usage']);
    expect(result.erase).toBeUndefined();
  });
});
