// Writes a synthetic interaction log (JSON lines) for tuning and tests: users with hidden tag preferences
// choosing among items with tags and an uneven popularity, over time. Usage: node dist/bench/makeInteractions.js OUT [--users N] [--seed S]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Random, seededRandom, shuffleInPlace } from '../src/util/random';

export interface SyntheticLogOptions {
  users: number;
  items: number;
  tags: number;
  perUser: number;
  seed: number;
}

/** Each user likes 2 of the tags; each pick is a popular item (35%) or an item carrying a liked tag. */
export function syntheticInteractions(options: SyntheticLogOptions): string[] {
  const random = seededRandom(options.seed);
  const tagNames = Array.from({ length: options.tags }, (_, i) => `tag${i}`);
  const items = Array.from({ length: options.items }, (_, i) => ({ id: `item${i}`, tags: pickDistinct(tagNames, 1 + Math.floor(random() * 3), random), weight: 1 / (1 + i) ** 0.8 }));
  const lines: string[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let u = 0; u < options.users; u++) {
    const liked = new Set(pickDistinct(tagNames, 2, random));
    const had = new Set<string>();
    let time = start + random() * 30 * 86400000;
    for (let n = 0; n < options.perUser; n++) {
      const pool = random() < 0.35 ? items : items.filter((item) => item.tags.some((tag) => liked.has(tag)));
      const item = weightedPick(pool.filter((candidate) => !had.has(candidate.id)), random);
      if (!item) break;
      had.add(item.id);
      const fits = item.tags.some((tag) => liked.has(tag));
      const reward = Math.max(1, Math.min(5, Math.round((fits ? 4.2 : 2.8) + (random() - 0.5) * 2)));
      time += random() * 3 * 86400000;
      lines.push(JSON.stringify({ user: `u${u}`, item: item.id, tags: item.tags, reward, ts: new Date(time).toISOString() }));
    }
  }
  return lines;
}

function pickDistinct<T>(values: readonly T[], count: number, random: Random): T[] {
  return shuffleInPlace([...values], random).slice(0, count);
}

function weightedPick<T extends { weight: number }>(pool: readonly T[], random: Random): T | undefined {
  const total = pool.reduce((sum, item) => sum + item.weight, 0);
  let target = random() * total;
  for (const item of pool) {
    target -= item.weight;
    if (target <= 0) return item;
  }
  return pool[pool.length - 1];
}

if (require.main === module) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { users: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } } });
  const out = positionals[0] ?? 'interactions.jsonl';
  writeFileSync(out, `${syntheticInteractions({ users: Number(values.users), items: 600, tags: 40, perUser: 12, seed: Number(values.seed) }).join('\n')}\n`);
  console.log(`wrote ${out}`);
}
