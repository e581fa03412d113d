import { greetsOnly } from '../../content/greetingWords';
import { NONE_INTENT } from '../../nlu/recognizer';
import { Turn, TurnDependencies } from '../turn';
import { runCommandText } from './runCommand';

/** Above this the classifier is sure enough that a short answer was not meant as a name. */
const CONFIDENT = 0.8;

/** Conversational glue (dialogs/glue.yaml) by what it means as an answer to a yes/no question. */
export const YES_INTENTS = new Set(['affirm', 'acknowledge']);
export const NO_INTENTS = new Set(['deny', 'nevermind', 'skip']);

/**
 * The bot asked a question last turn: the name, "start over?", "want a recommendation?", "how did it
 * go?". A bare answer (a name, yes, no, ok, never mind) is taken as the answer; anything else drops the
 * question so the user is not pestered, and the message is understood on its own.
 */
export async function answerPending(turn: Turn, deps: TurnDependencies): Promise<void> {
  const pending = turn.loaded.profile.pending;
  if (turn.handled || pending === undefined || pending === 'confirmForget') return;
  if (pending === 'askName') {
    answerName(turn, deps);
    return;
  }
  turn.changes.push({ type: 'setPending', pending: undefined });
  const intent = turn.recognition?.intent ?? '';
  const yes = YES_INTENTS.has(intent);
  const no = NO_INTENTS.has(intent);
  if (pending === 'confirmReset') {
    if (yes) await runCommandText('/reset', turn, deps);
    else if (no) answer(turn, 'reset.cancelled');
    return;
  }
  if (pending === 'offerRecommendation') {
    if (yes) {
      turn.wantsRecommendation = {};
      turn.handled = true;
    } else if (no) answer(turn, 'glue.offerRecommendation.deny');
    return;
  }
  // "How did the interview go?": a bare yes or ok is good news, a bare no is not; a sentence speaks for itself.
  if (yes || intent === 'laugh') answer(turn, 'followUp.good');
  else if (intent === 'deny') answer(turn, 'followUp.bad');
}

function answer(turn: Turn, key: string): void {
  turn.requests.push({ key });
  turn.handled = true;
}

/** What to call the user: a bare name, "skip", or a yes that invites the name itself. */
function answerName(turn: Turn, deps: TurnDependencies): void {
  const recognition = turn.recognition;
  if (recognition?.intent === 'greet' || greetsOnly(turn.text, deps.content)) {
    // A hello is not an answer, but not a change of subject either: greet back and keep the question open.
    turn.requests.push({ key: 'greet' }, { key: 'name.ask', append: true });
    turn.handled = true;
    return;
  }
  if (recognition && YES_INTENTS.has(recognition.intent) && recognition.score >= CONFIDENT) {
    // "sure" / "ok": happy to say, but has not said it yet.
    answer(turn, 'glue.askName.affirm');
    return;
  }
  turn.changes.push({ type: 'setPending', pending: undefined });
  if (recognition && NO_INTENTS.has(recognition.intent)) {
    turn.changes.push({ type: 'skipName' });
    answer(turn, 'name.skipped');
    return;
  }
  if (recognition?.entities.some((entity) => entity.type === 'name')) return;
  const confidentOther = recognition !== undefined && !['none', 'tellName'].includes(recognition.intent) && recognition.score >= CONFIDENT;
  const name = confidentOther ? undefined : deps.validateName(turn.text);
  if (!name) {
    // A word or two that is no name and nothing else either ("increase"), right after the name question.
    if (recognition?.intent === NONE_INTENT && turn.text.trim().split(/\s+/).length <= 2) answer(turn, 'name.unclear');
    return;
  }
  turn.changes.push({ type: 'setName', name, source: 'explicit' });
  turn.requests.push({ key: 'name.saved', values: { name } });
  turn.handled = true;
}
