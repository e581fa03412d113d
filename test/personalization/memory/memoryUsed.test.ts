import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStorage } from '../../../src/storage/fileStorage';
import { ManualClock } from '../../../src/util/clock';
import { realCatalog, isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

describe('memory used in later replies', () => {
  it('wishes a happy birthday on the day in the person’s time zone, once', async () => {
    const clock = new ManualClock('2026-06-20T10:00:00Z');
    const t = memoryChat({ clock });
    await t.tell('call me Aiko', 'I live in Tokyo and my birthday is July 2nd');
    // 20:00 UTC on July 1 is already 05:00 on July 2 in Tokyo.
    clock.set('2026-07-01T20:00:00Z');
    const first = await sayText(t.adapter, 'hello');
    expect(first.some((text) => text.split('\n').some((line) => isReply(line, 'memory.birthday', { name: 'Aiko' })))).toBe(true);
    clock.advance(60 * 60 * 1000);
    const again = await sayText(t.adapter, 'hello');
    expect(again.some((text) => text.split('\n').some((line) => isReply(line, 'memory.birthday', { name: 'Aiko' })))).toBe(false);
  });

  it('wishes a happy birthday on the day when the day was written first ("2 Jul")', async () => {
    const clock = new ManualClock('2026-06-20T10:00:00Z');
    const t = memoryChat({ clock });
    await t.tell('call me Aiko', 'bday 2 Jul');
    clock.set('2026-07-02T12:00:00Z');
    const replies = await sayText(t.adapter, 'hello');
    expect(replies.some((text) => text.split('\n').some((line) => isReply(line, 'memory.birthday', { name: 'Aiko' })))).toBe(true);
  });

  it('does not wish a happy birthday on another day', async () => {
    const clock = new ManualClock('2026-06-20T10:00:00Z');
    const t = memoryChat({ clock });
    await t.tell('my birthday is July 2nd');
    clock.set('2026-07-03T12:00:00Z');
    const replies = await sayText(t.adapter, 'hello');
    expect(replies.join('\n')).not.toMatch(/birthday/i);
  });

  it('never recommends what the person said they cannot eat', async () => {
    const t = await told("I love cooking and baking, but I'm gluten free and I don't eat fish");
    const shown: string[] = [];
    for (let i = 0; i < 12; i++) shown.push((await sayText(t.adapter, 'recommend something about cooking'))[0] ?? '');
    const avoided = /\b(bread|sourdough|pasta|wheat|beer|pizza|fish)(es|s)?\b/i;
    const cookingItems = realCatalog().items.filter((item) => item.topics.includes('cooking'));
    expect(cookingItems.some((item) => avoided.test(`${item.title} ${item.summary} ${item.tags.join(' ')}`))).toBe(true);
    for (const text of shown) expect(text).not.toMatch(avoided);
  });

  it('recommends what the person said they like, and /why says so', async () => {
    const t = await told("I'm really into jazz and hiking");
    const [first] = await sayText(t.adapter, 'suggest something for the weekend');
    const jazzItems = realCatalog().items.filter((item) => /\b(jazz|hiking)\b/i.test(`${item.title} ${item.tags.join(' ')}`));
    expect(jazzItems.some((item) => first.includes(item.title))).toBe(true);
    const why = (await sayText(t.adapter, '/why')).join('\n').split('\n');
    expect(why.some((line) => isReply(line, 'why.reason.statedLike', { label: 'jazz' }) || isReply(line, 'why.reason.statedLike', { label: 'hiking' }))).toBe(true);
  });

  it('/why says what the wording depended on in words, never as a condition string', async () => {
    const t = memoryChat({ clock: new ManualClock('2026-03-02T08:00:00Z') });
    await t.tell('call me Dana', 'hello');
    const why = (await sayText(t.adapter, '/why')).join('\n').split('\n');
    expect(why.some((line) => isReply(line, 'why.condition.timeOfDay.morning'))).toBe(true);
    expect(why.some((line) => isReply(line, 'why.used', { values: 'your name' }))).toBe(true);
    expect(why.join('\n')).not.toMatch(/\w=\w/);
  });

  it('/why names the fact a reply used, in words the user knows', async () => {
    const t = await told('I live in Lisbon', 'where do I live?');
    const why = (await sayText(t.adapter, '/why')).join('\n');
    expect(why.split('\n').some((line) => isReply(line, 'why.facts', { facts: 'where you live' }))).toBe(true);
  });

  it('answers a follow-up with what the previous question left out', async () => {
    const t = await told('I have a son called Leo and a daughter called Mia');
    expect((await sayText(t.adapter, "what's my daughter called?")).join(' ')).toContain('Mia');
    const other = (await sayText(t.adapter, 'and the other one?')).join(' ');
    expect(other).toContain('Leo');
    expect(other).not.toContain('Mia');
  });

  it('leaves nothing of a forgotten fact in the store files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-forget-'));
    const storage = await FileStorage.open(path.join(dir, 'store.json'));
    try {
      const t = memoryChat({ storage });
      await t.tell('I have a son called Leopold and a daughter called Mia', 'forget about my son');
      const files = await Promise.all((await readdir(dir)).map((name) => readFile(path.join(dir, name), 'utf8').catch(() => '')));
      expect(files.join('\n')).not.toContain('Leopold');
      expect(files.join('\n')).toContain('Mia');
    } finally {
      await storage.close();
    }
  });
});

describe('a welcome back that asks after the pet', () => {
  it('names the pet now and then, not every time', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const t = memoryChat({ clock });
    await t.tell('call me Dana', 'my dog is called Rex');
    const welcomes: string[] = [];
    for (let day = 0; day < 8; day++) {
      clock.advance(24 * 60 * 60 * 1000);
      welcomes.push((await sayText(t.adapter, 'hello'))[0] ?? '');
    }
    expect(welcomes.every((text) => isReply(text, 'welcome.back', { name: 'Dana', pet: 'Rex' }))).toBe(true);
    expect(welcomes.some((text) => text.includes('Rex'))).toBe(true);
    expect(welcomes.some((text) => !text.includes('Rex'))).toBe(true);
  });

  it('/profile remove works for any kind of fact', async () => {
    const t = await told("I'm allergic to peanuts and I work as a nurse", '/profile remove fact allergy peanuts');
    const profile = await t.profile();
    expect(profile.memory.facts.map((fact) => fact.key)).toEqual(['job']);
  });
});
