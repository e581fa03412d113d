import { Turn, TurnDependencies } from '../turn';

/** Above this the classifier is sure enough that a short answer was not meant as a name. */
const CONFIDENT = 0.8;

/**
 * The bot asked a question last turn (for now: what to call the user). A bare answer such as "Dana"
 * or "skip" is taken as the answer; anything else drops the question so the user is not pestered.
 */
export function answerPending(turn: Turn, deps: TurnDependencies): void {
  const profile = turn.loaded.profile;
  if (profile.pending !== 'askName' || turn.handled) return;
  turn.changes.push({ type: 'setPending', pending: undefined });
  const recognition = turn.recognition;
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
