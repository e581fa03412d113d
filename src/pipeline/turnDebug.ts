import type { ProfileChange } from '../profile/profileChanges';
import type { Turn } from './turn';

/**
 * Why a turn answered as it did, for the writer's debug view (development only): what was recognized,
 * what the turn found and changed in the person's own profile. Bounded: it travels with the replies.
 */
export interface TurnDebug {
  /** What understood the message: a command, feedback on a recommendation, the personal-memory reader, the intent model. */
  by: 'command' | 'feedback' | 'memory' | 'intent' | 'other';
  intent?: { name: string; score: number; runnerUp?: { name: string; score: number } };
  /** The slash command that answered, typed or from plain words. */
  command?: string;
  entities: string[];
  /** Facts the message stated, and the kinds it asked about. */
  facts: string[];
  asked: string[];
  /** The profile changes the turn saved, bookkeeping left out. */
  changes: string[];
}

/** Changes every turn makes (when it was seen, the remembered message, where to reach the person): noise here. */
const BOOKKEEPING = new Set<ProfileChange['type']>(['turnSeen', 'conversationSeen', 'rememberTurn', 'rememberReference', 'claimNotification', 'notificationOutcome']);
const MAX_ITEMS = 12;
const MAX_CHARS = 160;

export function debugTurn(turn: Turn): TurnDebug {
  const recognition = turn.recognition;
  const runnerUp = recognition?.intents.find((candidate) => candidate.intent !== recognition.intent);
  return {
    by: turn.notes.command ? 'command' : turn.notes.feedback ? 'feedback' : recognition ? 'intent' : turn.notes.memory ? 'memory' : 'other',
    ...(recognition ? { intent: { name: recognition.intent, score: round(recognition.score), ...(runnerUp ? { runnerUp: { name: runnerUp.intent, score: round(runnerUp.score) } } : {}) } } : {}),
    ...(turn.notes.command ? { command: turn.notes.command } : {}),
    entities: bounded((recognition?.entities ?? []).map((entity) => `${entity.type}=${entity.value}`)),
    facts: bounded(turn.changes.flatMap((change) => (change.type === 'rememberFact' ? [`${change.key}=${change.value}${change.detail ? ` (${change.detail})` : ''}`] : []))),
    asked: bounded(turn.notes.memory?.kinds ?? []),
    changes: bounded(turn.changes.filter((change) => !BOOKKEEPING.has(change.type)).map(describeChange)),
  };
}

/** "setName name=Dana source=explicit": the change's type and its fields, timestamps left out. */
function describeChange(change: ProfileChange): string {
  const fields = Object.entries(change)
    .filter(([name, value]) => name !== 'type' && name !== 'at' && value !== undefined)
    .map(([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [change.type, ...fields].join(' ');
}

function bounded(items: string[]): string[] {
  return items.slice(0, MAX_ITEMS).map((item) => (item.length > MAX_CHARS ? `${item.slice(0, MAX_CHARS - 1)}…` : item));
}

const round = (score: number): number => Number(score.toFixed(3));
