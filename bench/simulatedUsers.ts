// npm run bench:personalization: simulated people with hidden tastes ask the real bot (same pipeline,
// content and catalog) for recommendations and answer 👍 or 👎. Acceptance over turns, personalized vs
// the same bot with learning paused (/private on: no learned interests, no feedback used).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MemoryStorage } from '../src/storage/memoryStorage';
import { loadDialogs } from '../src/content/loadDialogs';
import { createRapport, REQUIRED_REPLIES } from '../src/createRapport';
import { loadCatalog } from '../src/personalization/catalog';
import { ManualClock } from '../src/util/clock';
import { Random, seededRandom } from '../src/util/random';

const ROOT = join(__dirname, '..', '..');
const { values } = parseArgs({ options: { users: { type: 'string', default: '60' }, turns: { type: 'string', default: '15' }, seed: { type: 'string', default: '7' } } });
const USERS = Number(values.users);
const TURNS = Number(values.turns);

interface Person {
  id: string;
  likes: Set<string>;
}

async function simulate(personalized: boolean, people: readonly Person[], seed: number): Promise<number[]> {
  const content = loadDialogs(join(ROOT, 'dialogs'), REQUIRED_REPLIES);
  const catalog = loadCatalog(join(ROOT, 'data', 'catalog.json'));
  const clock = new ManualClock('2026-11-20T09:00:00Z');
  const storage = new MemoryStorage();
  const rapport = createRapport({ content, storage, clock, random: seededRandom(seed), lapsedAfterDays: 14, catalog });
  const say = (person: Person, text: string) => rapport.runTurn({ kind: 'message', channelId: 'sim', userId: person.id, conversationId: person.id, text });
  const accepted = Array<number>(TURNS).fill(0);
  for (const person of people) {
    if (!personalized) await say(person, '/private on');
    for (let turn = 0; turn < TURNS; turn++) {
      await say(person, 'recommend something');
      const { profile } = await rapport.profiles.load('sim', person.id);
      const item = profile.memory.lastRecommended ? catalog.byId.get(profile.memory.lastRecommended) : undefined;
      const likes = item?.topics.some((topic) => person.likes.has(topic)) ?? false;
      if (likes) accepted[turn] += 1;
      await say(person, likes ? '👍' : '👎');
      clock.advance(60_000);
    }
  }
  return accepted.map((count) => count / people.length);
}

function makePeople(random: Random, topics: readonly string[]): Person[] {
  return Array.from({ length: USERS }, (_, i) => {
    const shuffled = [...topics].sort(() => random() - 0.5);
    return { id: `sim-${i}`, likes: new Set(shuffled.slice(0, 2)) };
  });
}

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const catalog = loadCatalog(join(ROOT, 'data', 'catalog.json'));
  const topics = catalog.topics;
  const people = makePeople(seededRandom(seed), topics);
  const started = performance.now();
  const personalized = await simulate(true, people, seed);
  const baseline = await simulate(false, people, seed);
  const buckets = [[0, 5], [5, 10], [10, TURNS]].filter(([from]) => from < TURNS);
  const mean = (rates: number[], [from, to]: number[]) => rates.slice(from, to).reduce((a, b) => a + b, 0) / Math.max(1, Math.min(to, TURNS) - from);
  const chance = people.reduce((sum, person) => sum + catalog.items.filter((item) => item.topics.some((topic) => person.likes.has(topic))).length / catalog.items.length, 0) / people.length;
  console.log(`${USERS} simulated users, ${TURNS} recommendations each; each likes 2 of ${topics.length} topics, so a random item fits ${(100 * chance).toFixed(1)}% of the time (seed ${seed})\n`);
  console.log('| recommendations | personalized acceptance | learning paused (non-personalized) |');
  console.log('|---|---:|---:|');
  for (const bucket of buckets) console.log(`| ${bucket[0] + 1}–${Math.min(bucket[1], TURNS)} | ${(100 * mean(personalized, bucket)).toFixed(1)}% | ${(100 * mean(baseline, bucket)).toFixed(1)}% |`);
  console.log(`| all | ${(100 * mean(personalized, [0, TURNS])).toFixed(1)}% | ${(100 * mean(baseline, [0, TURNS])).toFixed(1)}% |`);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
