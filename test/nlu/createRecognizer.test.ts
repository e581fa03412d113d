import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntentRecognizer, createRecognizer } from '../../src/nlu/createRecognizer';
import { NONE_INTENT } from '../../src/nlu/recognizer';
import { findCity } from '../../src/personalization/cities';
import { realContent } from '../helpers/testRapport';

describe('createRecognizer on the shipped dialogs', () => {
  const recognizer = createRecognizer(realContent(), findCity, { cacheDir: false, now: () => new Date('2026-03-02T10:00:00Z') });

  it.each(['hello there', 'thanks a lot', 'what can you do', 'recommend me something to read'])('understands "%s"', async (text) => {
    expect((await recognizer.recognize(text)).intent).not.toBe(NONE_INTENT);
  });

  it.each(['asdkjh qwe zzkx', 'how do I descale a kettle', 'why does my laptop fan make noise'])('falls back on "%s" instead of guessing', async (text) => {
    expect((await recognizer.recognize(text)).intent).toBe(NONE_INTENT);
  });

  // Looking facts up is something Rapport knows it cannot do: an honest "I can't search" (dialogs/limits.yaml), not a guess.
  it.each(['what is the capital of mongolia', 'who painted the mona lisa', 'how much does a tesla cost'])('reads "%s" as a web search it cannot do', async (text) => {
    expect((await recognizer.recognize(text)).intent).toBe('webSearch');
  });

  it('keeps the pattern entities and adds topics, numbers and dates', async () => {
    expect((await recognizer.recognize('my name is Dana')).entities).toEqual(expect.arrayContaining([{ type: 'name', value: 'Dana', text: 'Dana' }]));
    const entities = (await recognizer.recognize('I love recipes, 2 of them tomorrow')).entities;
    expect(entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'topic', value: 'cooking' }), expect.objectContaining({ type: 'number', value: '2' }), expect.objectContaining({ type: 'date' })]));
  });

  it('reads a name said in passing only when it looks like one', async () => {
    const nameIn = async (text: string) => (await recognizer.recognize(text)).entities.find((entity) => entity.type === 'name')?.value;
    expect(await nameIn("I'm Dana")).toBe('Dana');
    expect(await nameIn('I am Oliver')).toBe('Oliver');
    expect(await nameIn("i'm dana")).toBe('Dana');
    expect(await nameIn("hey I'm Marco")).toBe('Marco');
    expect(await nameIn('hello I am Jo')).toBe('Jo');
    // Not introductions: words the bot knows from its other intents, or listed as not names.
    for (const text of ["I'm off", "i'm good", "I'm fine thanks", 'im heading out', "I'm hungry", "hey I'm tired"]) expect(await nameIn(text)).toBeUndefined();
  });

  it("captures a pet and its name in \"my dog's name is Rex\" (the apostrophe is not part of the pet)", async () => {
    const recognition = await recognizer.recognize("my dog's name is Rex");
    expect(recognition.intent).toBe('tellPet');
    expect(recognition.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'pet', value: 'dog' }), expect.objectContaining({ type: 'petname', value: 'Rex' })]));
  });

  it('caches the trained model by content hash in the directory it is given', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'rapport-nlu-cache-'));
    // A fresh content object, so the in-memory model of the tests above is not reused.
    const content = { ...realContent() };
    const first = createIntentRecognizer(content, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([`${first.model.hash}.json`]);
    const again = createIntentRecognizer({ ...realContent() }, { cacheDir });
    expect(again.model.hash).toBe(first.model.hash);
  });
});
