// npm run bench:understand: the per-message cost of the whole understanding step (memory reader, then the
// intent recognizer with entities and sentiment, as the turn pipeline runs them) on real messages: the
// `test` texts of ../shared/data/intents/*.json and the lines of the memory persona files. Reported beside
// the recognizer alone, in the same run, so the memory reader's share is visible. Options: --per-set N.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDialogs } from '../src/content/loadDialogs';
import { REQUIRED_REPLIES } from '../src/createRapport';
import { createRecognizer } from '../src/nlu/createRecognizer';
import { wordLexicon } from '../src/nlu/wordLexicon';
import { findCity } from '../src/personalization/cities';
import { memoryLexicon } from '../src/personalization/memory/factKinds';
import { readMemory } from '../src/personalization/memory/readMemory';
import { bestNote } from '../src/personalization/memory/bestNote';
import { noteClauses } from '../src/personalization/memory/noteClauses';
import { noteLexicon } from '../src/personalization/memory/noteLexicon';
import { questionWords } from '../src/personalization/memory/questionWords';
import type { NoteText } from '../src/personalization/memory/noteWords';
import { categoriesOf, categoryNames, isOccupation } from '../src/personalization/memory/categories';

const ROOT = join(__dirname, '..', '..');

function messages(perSet: number): string[] {
  const texts: string[] = [];
  const intents = join(ROOT, '..', 'shared', 'data', 'intents');
  for (const name of readdirSync(intents).filter((file) => file.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(intents, name), 'utf8')) as { test: Array<[string, string]> };
    texts.push(...data.test.slice(0, perSet).map(([text]) => text));
  }
  for (const file of [join(ROOT, '..', 'shared', 'data', 'memory', 'dev-personas.json'), join(ROOT, 'test', 'fixtures', 'memory', 'own-personas.json')]) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { personas: Array<{ say: string[]; ask: Array<{ q: string }> }> };
    for (const persona of data.personas) texts.push(...persona.say, ...persona.ask.map((ask) => ask.q));
  }
  return texts;
}

async function time(texts: readonly string[], step: (text: string) => Promise<unknown>): Promise<{ us: number; cpuUs: number }> {
  for (const text of texts.slice(0, 100)) await step(text);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const text of texts) await step(text);
  const wall = Number(process.hrtime.bigint() - started) / 1e3;
  const used = process.cpuUsage(cpu);
  return { us: wall / texts.length, cpuUs: (used.user + used.system) / texts.length };
}

function answers(reading: ReturnType<typeof readMemory>): boolean {
  return reading.name !== undefined || reading.facts.length + reading.questions.length + reading.forget.length + reading.removals.length > 0 || reading.retract;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'per-set': { type: 'string', default: '400' } } });
  const content = loadDialogs(join(ROOT, 'dialogs'), REQUIRED_REPLIES);
  const recognizer = createRecognizer(content, findCity);
  const lexicon = memoryLexicon(content);
  const words = wordLexicon();
  const texts = messages(Number(values['per-set']));
  // Notes: each message is read for clauses to keep and for a question they answer, against a person with
  // 20 notes kept (the first 20 clauses the persona lines give).
  const notesLexicon = noteLexicon(content);
  const match = { categoriesOf, isOccupation: (word: string) => isOccupation(word, lexicon.occupations), categoryNames: categoryNames() };
  const kept: NoteText[] = texts.flatMap((text) => noteClauses(text, notesLexicon)).slice(0, 20);
  const notes = (text: string) => {
    const asked = questionWords(text, notesLexicon);
    return asked ? bestNote(kept, asked, notesLexicon, match) : noteClauses(text, notesLexicon);
  };
  const recognizeOnly = await time(texts, (text) => recognizer.recognize(text));
  const memoryOnly = await time(texts, async (text) => readMemory(text, lexicon, { words, findCity }));
  const notesOnly = await time(texts, async (text) => notes(text));
  const both = await time(texts, async (text) => {
    const reading = readMemory(text, lexicon, { words, findCity });
    notes(text);
    const says = answers(reading);
    // As in the pipeline: what the memory reader answers does not go on to the recognizer.
    return says ? reading : recognizer.recognize(text);
  });
  console.log(`${texts.length} messages (intent test sets + persona lines), node ${process.version}; one run, after 100 warm-up messages`);
  console.log('| step | per message | CPU per message |');
  console.log('| --- | ---: | ---: |');
  const row = (name: string, r: { us: number; cpuUs: number }) => console.log(`| ${name} | ${r.us.toFixed(0)} µs | ${r.cpuUs.toFixed(0)} µs |`);
  row('recognizer only (before the memory reader)', recognizeOnly);
  row('memory reader only', memoryOnly);
  row('notes only (clauses kept, or the note a question finds among 20)', notesOnly);
  row('understanding step now (memory reader and notes, then recognizer when they did not answer)', both);
  const handled = texts.filter((text) => answers(readMemory(text, lexicon, { words, findCity }))).length;
  console.log(`${handled} of ${texts.length} messages read by the memory reader (${((100 * handled) / texts.length).toFixed(1)}%)`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
