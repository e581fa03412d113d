import { MemoryStorage } from '../../../src/storage/memoryStorage';
import { UNMATCHED_KEY, UnmatchedLog } from '../../../src/ops/unmatched/unmatchedLog';
import { ManualClock } from '../../../src/util/clock';
import { seededRandom } from '../../../src/util/random';

describe('UnmatchedLog', () => {
  it('counts each masked text by kind in one store record, most said first', async () => {
    const storage = new MemoryStorage();
    const log = new UnmatchedLog(storage, new ManualClock('2026-03-02T10:00:00Z'), seededRandom(1));
    log.record('what is the capital of <name>', 'outOfScope');
    log.record('what is the capital of <name>', 'outOfScope');
    log.record('book a table', 'lowConfidence');
    log.record('', 'outOfScope');
    await log.flush();
    expect(await log.list()).toEqual([
      { text: 'what is the capital of <name>', count: 2, outOfScope: 2, lowConfidence: 0, firstSeen: '2026-03-02', lastSeen: '2026-03-02' },
      { text: 'book a table', count: 1, outOfScope: 0, lowConfidence: 1, firstSeen: '2026-03-02', lastSeen: '2026-03-02' },
    ]);
    // The record holds the texts and counts: no user, channel or conversation.
    expect(Object.keys((await storage.read([UNMATCHED_KEY]))[UNMATCHED_KEY]).sort()).toEqual(['eTag', 'entries']);
  });

  it('keeps at most maxEntries texts and forgets those not said for maxAgeDays', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const log = new UnmatchedLog(new MemoryStorage(), clock, seededRandom(1), { maxEntries: 2, maxAgeDays: 30 });
    log.record('old one', 'outOfScope');
    await log.flush();
    clock.advance(31 * 24 * 60 * 60 * 1000);
    for (const text of ['a', 'b', 'b', 'c', 'c', 'c']) log.record(text, 'outOfScope');
    await log.flush();
    expect((await log.list()).map((entry) => [entry.text, entry.count])).toEqual([['c', 3], ['b', 2]]);
  });

  it('adds up what two instances count on one store (eTag-checked writes, no lost counts)', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const logs = [new UnmatchedLog(storage, clock, seededRandom(1)), new UnmatchedLog(storage, clock, seededRandom(2))];
    // The record exists first: creating it at once from two places is the store's create-if-absent's to
    // settle (file and PostgreSQL stores), which this in-memory store has not.
    logs[0].record('same text', 'outOfScope');
    await logs[0].flush();
    for (let round = 0; round < 10; round++) {
      for (const log of logs) log.record('same text', 'outOfScope');
      await Promise.all(logs.map((log) => log.flush()));
    }
    expect(await logs[0].list()).toEqual([expect.objectContaining({ text: 'same text', count: 21 })]);
  });
});
