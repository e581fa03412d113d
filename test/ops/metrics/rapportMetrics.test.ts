import { MemoryStorage } from 'botbuilder';
import { instrumentStorage } from '../../../src/ops/metrics/instrumentStorage';
import { RapportMetrics } from '../../../src/ops/metrics/rapportMetrics';
import { ProfileRepository } from '../../../src/profile/profileRepository';
import { profileKey } from '../../../src/profile/profileKey';

function metrics(): RapportMetrics {
  return new RapportMetrics({ intents: ['greet', 'none'], topics: ['music', 'books'], commands: ['help'], defaultMetrics: false });
}

const text = async (m: RapportMetrics) => (await m.exposition()).body;

describe('RapportMetrics', () => {
  it('keeps every label to a closed set: unknown intents, topics, commands and channels become "other"', async () => {
    const m = metrics();
    const input = { kind: 'message' as const, channelId: 'a-channel-nobody-knows', userId: 'user-42', conversationId: 'c', text: 'hello there' };
    m.observeTurn({ input, seconds: 0.01, startMs: 0, endMs: 10, result: { replies: [], summary: { intent: 'madeUpIntent', outOfScope: false, lowConfidence: true, command: 'notACommand', recommended: { topics: ['cooking'] }, feedback: { kind: 'down', topics: [] } } } });
    m.observeTurn({ input: { ...input, channelId: 'msteams' }, seconds: 0.02, startMs: 0, endMs: 20, error: new Error('boom') });
    const body = await text(m);
    expect(body).toContain('rapport_intents_recognized_total{intent="other"} 1');
    expect(body).toContain('rapport_commands_total{command="other"} 1');
    expect(body).toContain('rapport_recommendations_shown_total{topic="other"} 1');
    expect(body).toContain('rapport_recommendation_feedback_total{kind="down",topic="other"} 1');
    expect(body).toContain('rapport_low_confidence_total 1');
    expect(body).toContain('rapport_turns_total{channel="other",outcome="ok"} 1');
    expect(body).toContain('rapport_turns_total{channel="msteams",outcome="error"} 1');
    for (const leaked of ['madeUpIntent', 'notACommand', 'cooking', 'a-channel-nobody-knows', 'user-42', 'hello there']) expect(body).not.toContain(leaked);
  });

  it('counts push deliveries by kind and outcome', async () => {
    const m = metrics();
    m.pushDelivered('digest', 'sent');
    m.pushDelivered('digest', 'sent');
    m.pushDelivered('broadcast', 'failed');
    const body = await text(m);
    expect(body).toContain('rapport_push_messages_total{kind="digest",outcome="sent"} 2');
    expect(body).toContain('rapport_push_messages_total{kind="broadcast",outcome="failed"} 1');
  });
});

describe('instrumentStorage', () => {
  it('times reads, writes and deletes, and counts eTag conflicts and the profile saves retried after them', async () => {
    const m = metrics();
    const storage = instrumentStorage(new MemoryStorage(), m);
    const profiles = new ProfileRepository(storage);
    profiles.onSaveRetried(() => m.saveRetried());
    await profiles.save(await profiles.load('test', 'ana'), [{ type: 'setPending', pending: 'askName' }]);
    const loaded = await profiles.load('test', 'ana');
    await profiles.save(loaded, [{ type: 'setPending', pending: 'askName' }]);
    // A second writer saves from the same (now stale) read: a conflict, then a reload and a retry that succeeds.
    await profiles.save(loaded, [{ type: 'setPending', pending: 'askName' }]);
    await storage.delete([profileKey('test', 'ana')]);
    const body = await text(m);
    expect(body).toContain('rapport_storage_etag_conflicts_total 1');
    expect(body).toContain('rapport_profile_save_retries_total 1');
    expect(body).toContain('rapport_storage_operation_duration_seconds_count{operation="write",outcome="conflict"} 1');
    expect(body).toContain('rapport_storage_operation_duration_seconds_count{operation="write",outcome="ok"} 3');
    expect(body).toContain('rapport_storage_operation_duration_seconds_count{operation="delete",outcome="ok"} 1');
    expect(body).toMatch(/rapport_storage_operation_duration_seconds_count\{operation="read",outcome="ok"\} [2-9]/);
  });

  it('keeps what else the backend offers reachable (flush, close)', async () => {
    let flushed = 0;
    const backend = Object.assign(new MemoryStorage(), { flush: async () => void (flushed += 1) });
    const storage = instrumentStorage(backend, metrics());
    expect('flush' in storage).toBe(true);
    await storage.flush();
    expect(flushed).toBe(1);
  });
});
