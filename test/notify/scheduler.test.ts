import { Writable } from 'node:stream';
import { realCatalog, isReply } from '../helpers/testRapport';
import { createLogger } from '../../src/util/logger';
import { DAY, HOUR, keyOf, MINUTE, notifyHarness, runUntil } from './notifyHarness';

/** A user in Paris (UTC+1 in early March) who opted in to a daily digest at 07:02 local (06:02 UTC) on two topics. */
async function optedIn(h: ReturnType<typeof notifyHarness>, userId = 'ana', extra: string[] = []) {
  await h.chat(userId, 'hello', 'call me Ana', '/timezone Europe/Paris', '/notify on', '/notify time 07:02', '/notify topic cooking on', '/notify topic travel on', ...extra);
}

function itemsOf(before: string[], after: string[]) {
  const seen = new Set(before);
  return after.filter((id) => !seen.has(id)).map((id) => realCatalog().byId.get(id));
}

describe('the push scheduler', () => {
  it('sends the digest at the user local time, once, with only the topics switched on, in their words', async () => {
    const h = notifyHarness();
    await optedIn(h);
    const scheduler = h.scheduler();
    h.clock.set('2026-03-02T06:01:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });
    expect(h.deliveries).toEqual([]);

    const before = (await h.profile('ana')).memory.seenItems;
    h.clock.set('2026-03-02T06:02:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(h.deliveries).toHaveLength(1);
    const [reply] = h.deliveries[0].replies;
    expect(reply.key).toBe('notify.digest.daily');
    expect(reply.text).toContain('Ana');
    expect(reply.suggestedActions).toEqual(expect.arrayContaining(['👍', '👎']));
    const after = await h.profile('ana');
    const items = itemsOf(before, after.memory.seenItems);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item?.topics.some((topic) => topic === 'cooking' || topic === 'travel')).toBe(true);
    // Feedback buttons rate the digest's first item.
    expect(after.memory.lastRecommended).toBe(items[0]?.id);

    await runUntil(h.clock, '2026-03-02T08:00:00Z', 5 * MINUTE, scheduler);
    expect(h.deliveries).toHaveLength(1);
  });

  it('drops a topic switched off from the next digest, and sends nothing in quiet hours', async () => {
    const h = notifyHarness();
    await optedIn(h);
    const scheduler = h.scheduler();
    h.clock.set('2026-03-02T06:02:00Z');
    await scheduler.tick();
    await h.chat('ana', '/notify topic travel off');
    const before = (await h.profile('ana')).memory.seenItems;
    h.clock.set('2026-03-03T06:02:00Z');
    await scheduler.tick();
    expect(h.deliveries).toHaveLength(2);
    const items = itemsOf(before, (await h.profile('ana')).memory.seenItems);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item?.topics).toContain('cooking');
    for (const item of items) expect(item?.topics).not.toContain('travel');

    await h.chat('ana', '/notify quiet 06:30-08:00');
    await runUntil(h.clock, '2026-03-04T09:00:00Z', 10 * MINUTE, scheduler);
    expect(h.deliveries).toHaveLength(2);
  });

  it('is not fooled by a restart: a new scheduler on the same store sends once', async () => {
    const h = notifyHarness();
    await optedIn(h);
    const first = h.scheduler();
    h.clock.set('2026-03-02T05:00:00Z');
    await first.tick();
    await first.stop();
    // The process is down at 06:02; it comes back at 06:20, still within the slot's window.
    h.clock.set('2026-03-02T06:20:00Z');
    const second = h.scheduler();
    await second.tick();
    await second.tick();
    await h.scheduler().tick();
    expect(h.deliveries).toHaveLength(1);
  });

  it('sends once when two schedulers share the store and run at the same moment', async () => {
    const h = notifyHarness();
    for (const user of ['u1', 'u2', 'u3', 'u4']) await optedIn(h, user);
    const [a, b] = [h.scheduler(), h.scheduler()];
    h.clock.set('2026-03-02T06:03:00Z');
    const reports = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(4);
    expect(h.deliveries.map((delivery) => delivery.userId).sort()).toEqual(['u1', 'u2', 'u3', 'u4']);
  });

  it('never logs what a failed delivery says: a channel error can quote the message it refused', async () => {
    const h = notifyHarness();
    await optedIn(h);
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) }));
    const refusing = async () => {
      throw Object.assign(new Error('refused activity with text "my cat Bolacha is ill"'), { statusCode: 400 });
    };
    const scheduler = h.scheduler({ deliver: refusing, logger });
    h.clock.set('2026-03-02T06:02:00Z');
    await scheduler.tick();
    expect(lines.join('')).toContain('NOTIFY_DELIVERY_FAILED');
    expect(lines.join('')).not.toContain('Bolacha');
  });

  it('retries a failed delivery with backoff, under the same slot, then gives up', async () => {
    const h = notifyHarness();
    await optedIn(h);
    const outcomes: string[] = [];
    const scheduler = h.scheduler({ onDelivery: (kind, outcome) => outcomes.push(`${kind}:${outcome}`) });
    h.failNext(1);
    h.clock.set('2026-03-02T06:02:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });
    const queued = (await h.profile('ana')).notify.sent.at(-1);
    expect(queued).toMatchObject({ slot: 'digest:2026-03-02', state: 'queued', attempts: 1 });
    // Backoff: 30 s × a jitter factor in [0.5, 1.5).
    const wait = Date.parse(queued?.nextAttemptAt ?? '') - h.clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(15_000);
    expect(wait).toBeLessThan(45_000);
    await scheduler.tick();
    expect(h.deliveries).toHaveLength(0);
    h.clock.advance(wait);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect((await h.profile('ana')).notify.sent.at(-1)).toMatchObject({ slot: 'digest:2026-03-02', state: 'sent', attempts: 2 });

    h.failNext(10);
    await runUntil(h.clock, '2026-03-03T08:00:00Z', MINUTE, scheduler);
    expect((await h.profile('ana')).notify.sent.at(-1)).toMatchObject({ slot: 'digest:2026-03-03', state: 'failed', attempts: 3 });
    expect(h.deliveries).toHaveLength(1);
    // What the metrics count (rapport_push_messages_total).
    expect(outcomes).toEqual(['digest:retry', 'digest:sent', 'digest:retry', 'digest:retry', 'digest:failed']);
  });

  it('gives up at once when the channel says the bot is gone (403)', async () => {
    const h = notifyHarness();
    await optedIn(h);
    h.failNext(1, 403);
    h.clock.set('2026-03-02T06:02:00Z');
    await h.scheduler().tick();
    expect((await h.profile('ana')).notify.sent.at(-1)).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('keeps to the weekly cap', async () => {
    const h = notifyHarness();
    await optedIn(h, 'ana', ['/notify topic music on', '/notify topic science on']);
    const scheduler = h.scheduler({ policy: { maxPerWeek: 3 } });
    await runUntil(h.clock, Date.parse('2026-03-02T06:00:00Z') + 7 * DAY, 30 * MINUTE, scheduler);
    expect(h.deliveries).toHaveLength(3);
  });

  it('sends weekly digests on Mondays only', async () => {
    const h = notifyHarness();
    await optedIn(h, 'ana', ['/notify digest weekly']);
    await runUntil(h.clock, Date.parse('2026-03-02T06:00:00Z') + 14 * DAY, HOUR, h.scheduler());
    expect(h.deliveries).toHaveLength(2);
  });

  it('sends nothing when nothing new is relevant', async () => {
    const h = notifyHarness();
    await h.chat('bo', 'hello', '/notify on');
    await runUntil(h.clock, Date.parse('2026-03-02T06:00:00Z') + 3 * DAY, HOUR, h.scheduler());
    expect(h.deliveries).toEqual([]);
  });

  it('welcomes back a lapsed user once per lapse, mentioning what they cared about', async () => {
    const h = notifyHarness();
    await h.chat('cy', 'hello', '/topics add cooking', '/notify on', '/notify digest off');
    const scheduler = h.scheduler();
    await runUntil(h.clock, Date.parse('2026-03-02T06:00:00Z') + 30 * DAY, HOUR, scheduler);
    expect(h.deliveries).toHaveLength(1);
    expect(h.deliveries[0].replies[0].key).toBe('notify.nudge');
    expect(h.deliveries[0].replies[0].text).toContain('cooking');

    await h.chat('cy', 'hello again');
    await runUntil(h.clock, h.clock.now().getTime() + 30 * DAY, HOUR, scheduler);
    expect(h.deliveries).toHaveLength(2);
  });

  it('in a simulated week, users who never opted in receive nothing', async () => {
    const h = notifyHarness();
    const everyone = Array.from({ length: 24 }, (_, i) => `user-${i}`);
    for (const user of everyone) await h.chat(user, 'hello', '/topics add cooking', 'recommend something');
    const optIns = everyone.filter((_, i) => i % 4 === 0);
    for (const user of optIns) await h.chat(user, '/notify on');
    // One said no to the offer.
    await h.chat('user-1', '/notify off');
    await runUntil(h.clock, Date.parse('2026-03-02T06:00:00Z') + 7 * DAY, HOUR, h.scheduler());
    const reached = new Set(h.deliveries.map((delivery) => delivery.userId));
    expect([...reached].sort()).toEqual([...optIns].sort());
    expect(h.deliveries.length).toBeGreaterThanOrEqual(optIns.length);
  });

  it('keeps the index bounded to opted-in users and drops users who turned push off', async () => {
    const h = notifyHarness();
    await optedIn(h);
    await h.chat('dee', 'hello');
    const index = h.rapport.notify.index;
    expect([...(await index.all()).keys()]).toEqual([keyOf('ana')]);
    await h.chat('ana', '/notify off');
    expect((await index.all()).size).toBe(0);
    h.clock.set('2026-03-02T06:02:00Z');
    await h.scheduler().tick();
    expect(h.deliveries).toEqual([]);
  });

  it('the digest reads in the user tone', async () => {
    const h = notifyHarness();
    await optedIn(h, 'ana', ['/tone concise']);
    h.clock.set('2026-03-02T06:02:00Z');
    await h.scheduler().tick();
    expect(isReply(h.deliveries[0].replies[0].text.split('\n')[0], 'notify.digest.daily')).toBe(true);
    expect(h.deliveries[0].replies[0].variants[0]).toMatch(/^notify\.digest\.daily:concise:/);
  });
});
