import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { applyChanges } from '../src/profile/profileChanges';
import { profileKey } from '../src/profile/profileKey';
import { newProfile, UserProfile } from '../src/profile/userProfile';
import { FileStorage } from '../src/storage/fileStorage';

const NAMES = ['Dana', 'Sam', 'Alex', 'Jordan', 'Robin', 'Kim', 'Lee', 'Pat'];

/** A profile as it looks after a few conversations (~1 KB of JSON). */
export function sampleProfile(index: number): UserProfile {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
  const profile = newProfile('bench', `bench-user-${index}`);
  return applyChanges(profile, [
    { type: 'turnSeen', at, locale: 'en-US', lapsedAfterMs: 14 * 24 * 3600 * 1000 },
    { type: 'setName', name: NAMES[index % NAMES.length], source: 'explicit' },
    ...['hello', 'call me Dana', "what's my name?", 'thanks a lot'].map((text) => ({
      type: 'rememberTurn' as const,
      turn: { at, text, intent: 'greet', replyKeys: ['greet.named'] },
    })),
  ]);
}

/** Fills a FileStorage with `count` profiles in batches, then closes it (which compacts it). */
export async function seedStore(path: string, count: number): Promise<void> {
  const storage = await FileStorage.open(path);
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const changes: Record<string, { profile: UserProfile }> = {};
    for (let i = start; i < Math.min(count, start + batch); i++) changes[profileKey('bench', `bench-user-${i}`)] = { profile: sampleProfile(i) };
    await storage.write(changes);
  }
  await storage.close();
}

/** The naive layout for comparison: one lowdb document holding every profile, rewritten on each write. */
export async function naiveLowdbWriteMs(path: string, count: number, repeats: number): Promise<number[]> {
  const db = new Low<Record<string, { profile: UserProfile }>>(new JSONFile(path), {});
  for (let i = 0; i < count; i++) db.data[profileKey('bench', `bench-user-${i}`)] = { profile: sampleProfile(i) };
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    await db.write();
    times.push(performance.now() - started);
  }
  return times;
}
