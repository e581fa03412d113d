import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { chatEvalFileSchema, checkOutOfDomain, createEvalBot, evaluateChat, loadChatEvalFile, sampleIntentSets } from '../../src/cli/chatEval';
import { loadIntentDataset } from '../../src/nlu/datasets';
import { ManualClock } from '../../src/util/clock';
import { realCatalog, realContent, textsOf } from '../helpers/testRapport';

const DEV_FILE = join(__dirname, '..', '..', '..', 'shared', 'data', 'chat', 'dev-everyday.json');
const INTENT_SETS = join(__dirname, '..', '..', '..', 'shared', 'data', 'intents');

describe('eval:chat', () => {
  const bot = () => createEvalBot(realContent(), realCatalog(), new ManualClock('2026-03-02T10:00:00Z'));

  it('counts a message answered by the fallback as not handled, and says which', async () => {
    // The fallback's own wording is the marker, so the test follows the content.
    const markers = textsOf('fallback').map((text) => text.toUpperCase());
    const result = await evaluateChat(bot(), { fallback_markers: markers, messages: [{ text: 'thank you so much' }, { text: 'qwzx plorf vrumble' }] });
    expect(result).toMatchObject({ handled: 1, messages: 2, handled_rate: 50 });
    expect(result.failed.map((failure) => failure.text)).toEqual(['qwzx plorf vrumble']);
  });

  it('reads the shared file format and refuses a malformed one', () => {
    expect(loadChatEvalFile(DEV_FILE).messages.length).toBeGreaterThan(0);
    expect(chatEvalFileSchema.safeParse({ fallback_markers: [], messages: [{ text: 'hi' }] }).success).toBe(false);
    expect(chatEvalFileSchema.safeParse({ fallback_markers: ['x'], messages: [{ text: 7 }] }).success).toBe(false);
  });

  it('changes no setting, name, fact or event for messages of other domains (banking, travel, trivia, smart home)', async () => {
    const sets = readdirSync(INTENT_SETS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => loadIntentDataset(join(INTENT_SETS, file)));
    const result = await checkOutOfDomain(bot(), sampleIntentSets(sets, 30));
    expect(result.messages).toBe(30 * sets.length);
    expect(result.changes).toEqual([]);
    // And it does see a change when there is one.
    expect((await checkOutOfDomain(bot(), [{ source: 'self', text: 'please call me Dana' }])).changed).toBe(1);
  });
});
