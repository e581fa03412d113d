// npm run train:noteRank -- --data a.json,b.json [--test c.json,…] [--out data/noteRank.json] [--dry-run]
// Trains which note answers a question (src/personalization/memory/noteRank.ts) on persona files in the format of
// ../shared/data/memory/dev-personas.json: each file is played through the real bot in-process, as eval:memory does;
// every time a question makes the bot choose among notes, the notes that hold one of the question's expected values
// are the right choices (none is, for a question whose right answer is that the bot does not know). Prints how often the first choice holds it (learned and hand score) on the training files
// and on --test files (which are never trained on), then writes the weights unless --dry-run.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDialogs } from '../content/loadDialogs';
import { REQUIRED_REPLIES } from '../createRapport';
import { loadCatalog } from '../personalization/catalog';
import { loadContentPaths } from '../config/loadConfig';
import { NOTE_RANK_FEATURES, probeNoteRanks } from '../personalization/memory/noteRank';
import { choices, trainNoteRank, type RankList } from '../personalization/memory/trainNoteRank';
import type { Content } from '../content/content';
import type { Catalog } from '../personalization/catalog';
import { loadPersonaFile } from './memoryEval/personaFile';
import { runPersonas } from './memoryEval/runPersonas';

async function listsOf(files: readonly string[], content: Content, catalog: Catalog): Promise<RankList[]> {
  const lists: RankList[] = [];
  for (const path of files) {
    let expect: readonly string[] | undefined;
    probeNoteRanks((notes) => {
      if (expect === undefined) return;
      const wanted = expect.map(plain);
      lists.push({ notes: notes.map((note) => ({ ...note, answers: wanted.some((value) => plain(note.text).includes(value)) })) });
    });
    try {
      await runPersonas(loadPersonaFile(path), content, catalog, undefined, (_persona, ask) => {
        // A question whose right answer is "I don't know" is answered by no note.
      expect = ask === undefined ? undefined : ask.unknown ? [] : ask.expect;
      });
    } finally {
      probeNoteRanks(undefined);
    }
  }
  return lists;
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, test: { type: 'string' }, out: { type: 'string', default: 'data/noteRank.json' }, 'dry-run': { type: 'boolean', default: false }, l2: { type: 'string', default: '0.01' } } });
  if (!values.data) throw new Error('usage: npm run train:noteRank -- --data a.json,b.json [--test c.json,…] [--out data/noteRank.json] [--dry-run]');
  const paths = loadContentPaths();
  const content = loadDialogs(paths.dialogsDir, REQUIRED_REPLIES);
  const catalog = loadCatalog(paths.catalogFile);
  const train = await listsOf(values.data.split(','), content, catalog);
  const weights = trainNoteRank(train, { l2: Number(values.l2) });
  const report = (name: string, lists: RankList[]) => {
    const { lists: counted, answerable, fires, right, wrongWhenNone } = choices(lists, weights);
    console.log(`${name}: ${counted} questions the rules did not answer, ${answerable} of them answered by a note; a note chosen ${fires} times, holding the answer ${right} times, chosen where no note holds it ${wrongWhenNone} times`);
  };
  report('train', train);
  if (values.test) report('test', await listsOf(values.test.split(','), content, catalog));
  console.log(NOTE_RANK_FEATURES.map((name, k) => `${name} ${weights[k].toFixed(3)}`).join(', '));
  if (!values['dry-run']) {
    const about = `Weights of the learned note ranker (src/personalization/memory/noteRank.ts), made by npm run train:noteRank on ${values.data.split(',').length} persona files (${train.length} choices).`;
    writeFileSync(values.out, `${JSON.stringify({ about, features: NOTE_RANK_FEATURES, weights: weights.map((value) => Number(value.toFixed(4))) }, null, 1)}\n`);
    console.log(`wrote ${values.out}`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
