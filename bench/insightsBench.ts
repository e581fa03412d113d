// `npm run bench:insights [-- --quick]`: how long the /admin insights take over 1k, 10k and 100k stored
// profiles in the file store (one pass over every profile), beside a bare scan of the same store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeInsights } from '../src/ops/insights/computeInsights';
import { storedProfiles } from '../src/ops/insights/storedProfiles';
import { applyChanges } from '../src/profile/profileChanges';
import { profileKey } from '../src/profile/profileKey';
import { newProfile, UserProfile } from '../src/profile/userProfile';
import { FileStorage } from '../src/storage/fileStorage';

const NOW = Date.UTC(2026, 2, 31, 12);
const DAY = 24 * 60 * 60 * 1000;
const INTENTS = ['greet', 'recommend', 'thanks', 'feelGood', 'askTime', 'none'];
const TOPICS = ['music', 'books', 'movies', 'travel', 'cooking'];

/** A profile after a month of use: 10 remembered turns over 30 days, recommendations seen, feedback, push on for a fifth. */
function activeProfile(index: number): UserProfile {
  const profile = newProfile('bench', `bench-user-${index}`);
  const first = new Date(NOW - (index % 30) * DAY - 3600_000).toISOString();
  const changed = applyChanges(profile, [{ type: 'turnSeen', at: first, locale: 'en-US', lapsedAfterMs: 14 * DAY }]);
  changed.memory.turns = Array.from({ length: 10 }, (_, turn) => {
    const intent = INTENTS[(index + turn) % INTENTS.length];
    return { at: new Date(NOW - ((index + turn * 3) % 30) * DAY).toISOString(), text: 'x'.repeat(40), intent, replyKeys: [intent === 'none' ? 'fallback' : intent] };
  });
  changed.memory.seenItems = [`item-${index % 50}`, `item-${(index + 7) % 50}`];
  changed.learned.feedback = { [TOPICS[index % TOPICS.length]]: { up: index % 3, down: index % 2 } };
  changed.notify.enabled = index % 5 === 0;
  return changed;
}

async function seed(path: string, count: number): Promise<void> {
  const storage = await FileStorage.open(path);
  for (let start = 0; start < count; start += 1000) {
    const changes: Record<string, { profile: UserProfile }> = {};
    for (let i = start; i < Math.min(count, start + 1000); i++) changes[profileKey('bench', `bench-user-${i}`)] = { profile: activeProfile(i) };
    await storage.write(changes);
  }
  await storage.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const sizes = values.quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  console.log(`Insights over the file store, Node ${process.version}, ${new Date().toISOString()}\n`);
  console.log('| profiles | bare scan ms (median of 3) | insights ms (median of 3) | per profile µs |');
  console.log('|---------:|---------------------------:|--------------------------:|---------------:|');
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-insights-'));
    try {
      const path = join(dir, 'store.json');
      await seed(path, size);
      const storage = await FileStorage.open(path);
      const scans: number[] = [];
      const passes: number[] = [];
      let profiles = 0;
      for (let run = 0; run < 3; run++) {
        let started = performance.now();
        let seen = 0;
        for await (const entry of storage.scan('users/')) if (entry) seen += 1;
        scans.push(performance.now() - started);
        started = performance.now();
        const insights = await computeInsights(storedProfiles(storage), {
          now: new Date(NOW),
          windowDays: 30,
          lapsedAfterMs: 14 * DAY,
          intents: new Set(INTENTS),
          topicOfItem: (id) => TOPICS[Number(id.split('-')[1]) % TOPICS.length],
          topics: TOPICS,
        });
        passes.push(performance.now() - started);
        profiles = insights.profiles;
        if (seen !== profiles) throw new Error(`scan saw ${seen}, insights ${profiles}`);
      }
      await storage.close();
      const ms = median(passes);
      console.log(`| ${String(profiles).padStart(8)} | ${median(scans).toFixed(1).padStart(26)} | ${ms.toFixed(1).padStart(25)} | ${((ms * 1000) / profiles).toFixed(2).padStart(14)} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
