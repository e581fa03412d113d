import { MemoryStorage } from '../../storage/memoryStorage';
import type { ActivityJson } from '../../protocol/activity';
import type { ActivityRunner } from '../../protocol/botEdge';
import { createBotbuilderEdge } from '../../sdk/botbuilder/botbuilderEdge';
import type { Content } from '../../content/content';
import { createRapport, edgeBotOf, type Rapport } from '../../createRapport';
import type { Catalog } from '../../personalization/catalog';
import { displayName } from '../../profile/userProfile';
import { ManualClock } from '../../util/clock';
import { silentLogger } from '../../util/logger';
import { seededRandom } from '../../util/random';
import type { Persona, PersonaFile } from './personaFile';
import { isWrongName, scoreAsk, type AskVerdict } from './scoreAsk';

const CHANNEL = 'eval';

export interface AskResult extends AskVerdict {
  user: string;
  q: string;
  reply: string;
}

export interface MemoryEvalResult {
  personas: number;
  asked: number;
  passed: number;
  answer_rate: number;
  wrong_names: number;
  /** Names stored that the person did not give, per persona. */
  names: Array<{ user: string; stored?: string; wrong: boolean }>;
  asks: AskResult[];
  turns: number;
  /** Wall time of the whole bot turn (adapter, pipeline, store) per message, in milliseconds. */
  ms_per_turn: number;
}

/**
 * Drives the real bot in-process through the CloudAdapter, as the chat page's Direct Line does: each
 * persona is a new user who opens a conversation, says their lines, then asks. Each question is asked
 * again by a new user who said nothing, so an answer that does not come from the person can be told apart.
 */
/** Called before each question is asked, and with no question once a persona's are done (the note ranker's training listens with it). */
export type BeforeAsk = (persona: Persona, ask: Persona['ask'][number] | undefined) => void;

export async function runPersonas(file: PersonaFile, content: Content, catalog: Catalog, start = '2026-03-02T10:00:00Z', beforeAsk?: BeforeAsk): Promise<MemoryEvalResult> {
  const clock = new ManualClock(start);
  const rapport = createRapport({ content, storage: new MemoryStorage(), clock, random: seededRandom(11), lapsedAfterDays: 14, catalog });
  const run = adapterRunner(rapport);
  let turns = 0;
  let busyMs = 0;
  const send = async (user: string, activity: ActivityJson): Promise<string> => {
    clock.advance(45_000);
    const started = performance.now();
    const replies = await run(activityFor(user, activity));
    busyMs += performance.now() - started;
    turns += 1;
    return replies.map((reply) => reply.text ?? '').filter(Boolean).join('\n');
  };
  const asks: AskResult[] = [];
  const names: MemoryEvalResult['names'] = [];
  for (const [index, persona] of file.personas.entries()) {
    const user = `persona-${index}`;
    const blank = `blank-${index}`;
    await send(user, { type: 'conversationUpdate', membersAdded: [{ id: user, name: '' }] });
    await send(blank, { type: 'conversationUpdate', membersAdded: [{ id: blank, name: '' }] });
    for (const line of persona.say) await send(user, { type: 'message', text: line });
    for (const ask of persona.ask) {
      beforeAsk?.(persona, ask);
      const reply = await send(user, { type: 'message', text: ask.q });
      const blankReply = ask.unknown ? undefined : await send(blank, { type: 'message', text: ask.q });
      asks.push({ user: persona.user, q: ask.q, reply, ...scoreAsk(ask, persona, reply, blankReply) });
    }
    beforeAsk?.(persona, undefined);
    names.push(await storedName(rapport, user, persona));
  }
  const passed = asks.filter((ask) => ask.passed).length;
  return {
    personas: file.personas.length,
    asked: asks.length,
    passed,
    answer_rate: asks.length === 0 ? 0 : Math.round((1000 * passed) / asks.length) / 10,
    wrong_names: names.filter((entry) => entry.wrong).length,
    names,
    asks,
    turns,
    ms_per_turn: turns === 0 ? 0 : Math.round((100 * busyMs) / turns) / 100,
  };
}

async function storedName(rapport: Rapport, user: string, persona: Persona): Promise<MemoryEvalResult['names'][number]> {
  const { profile } = await rapport.profiles.load(CHANNEL, user);
  const stored = displayName(profile);
  return { user: persona.user, ...(stored === undefined ? {} : { stored }), wrong: isWrongName(stored, persona) };
}

/** The production adapter and error handler, without HTTP: the path the chat page's Direct Line takes. */
function adapterRunner(rapport: Rapport): ActivityRunner {
  return createBotbuilderEdge(edgeBotOf(rapport, silentLogger), { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }).runLocal;
}

function activityFor(user: string, activity: ActivityJson): ActivityJson {
  return {
    channelId: CHANNEL,
    serviceUrl: 'http://127.0.0.1',
    from: { id: user, name: '' },
    recipient: { id: 'rapport', name: 'Rapport' },
    conversation: { id: `conversation-${user}`, isGroup: false, conversationType: 'personal', name: '' },
    id: `${user}-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date(),
    ...activity,
  };
}
