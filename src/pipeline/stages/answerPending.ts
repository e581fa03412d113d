import { Turn, TurnDependencies } from '../turn';

/** Above this the classifier is sure enough that a short answer was not meant as a name. */
const CONFIDENT = 0.8;

/**
 * The bot asked a question last turn (for now: what to call the user). A bare answer such as "Dana"
 * or "skip" is taken as the answer; a greeting keeps the question open; anything else drops it so the
 * user is not pestered.
 */
export function answerPending(turn: Turn, deps: TurnDependencies): void {
  const profile = turn.loaded.profile;
  if (profile.pending !== 'askName' || turn.handled) return;
  const recognition = turn.recognition;
  if (recognition?.intent === 'greet') {
    // A hello is not an answer, but not a change of subject either: greet back and keep the question open.
    turn.requests.push({ key: 'greet' }, { key: 'name.ask', append: true });
    turn.handled = true;
    return;
  }
  turn.changes.push({ type: 'setPending', pending: undefined });
  if (recognition?.intent === 'skip') {
    turn.changes.push({ type: 'skipName' });
    turn.requests.push({ key: 'name.skipped' });
    turn.handled = true;
    return;
  }
  if (recognition?.entities.some((entity) => entity.type === 'name')) return;
  const confidentOther = recognition !== undefined && !['none', 'tellName'].includes(recognition.intent) && recognition.score >= CONFIDENT;
  const name = confidentOther ? undefined : deps.validateName(turn.text);
  if (!name) return;
  turn.changes.push({ type: 'setName', name, source: 'explicit' });
  turn.requests.push({ key: 'name.saved', values: { name } });
  turn.handled = true;
}
