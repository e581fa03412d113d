import { isOccupation } from '../../personalization/memory/categories';
import { moodSignal } from '../../personalization/moodSignal';
import { learningActive } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { tellsFeeling, tellsMood } from './recognize';
import { toldNothing, understandMemory } from './understandMemory';
import { readAboutPrevious } from './readAboutPrevious';
import { readByJobVerb } from './readByJobVerb';
import { readByName } from './readByName';
import { pronounAsked } from './readPronounAsk';
import { followUpAsked } from './readFollowUpAsk';
import { answeredTopic } from './answeredTopic';
import { pronounForgotten } from './readPronounForget';
import { forgetItem } from './readItemForget';
import { asksInForm, NOTE_ANSWERS, notToldAsked, whoAnsweredByNoOne } from './memoryNotes';
import { nameKeptOfAnother } from './memoryNameOfAnother';
import { terseAsked } from './readTerseAsk';
import { topicAsked } from './readTopicAsk';
import { withStatedMarks } from '../../personalization/memory/statedMarks';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { wordLexicon } from '../../nlu/wordLexicon';

/** Replies that answer with what was told: from a note, or a kept value of someone. */
const ANSWERS: ReadonlySet<string> = new Set([...NOTE_ANSWERS, 'memory.namedDetail', 'memory.namedDetailOf']);

/**
 * Personal memory, except for what a message the model is sure tells a feeling or is conversational glue
 * only seems to say: "I'm a nervous wreck" is not a job. Questions about oneself ("what can't I eat?") and
 * statements made with a phrase of their own ("I can't eat shellfish") still count; names and facts read
 * from "I'm a …" do not. When memory answers, the intent model's guess did not shape the reply, so it is
 * not kept for /why or the remembered turn.
 */
/** Said first when a message tells of a loss and other facts at once. */
export const LOSS_REPLY = 'memory.loss';

export function understandMemoryUnlessFelt(turn: Turn, deps: TurnDependencies): void {
  // "illegal I think?? anyway moved into a place in phibsborough": memory reads a "?" that asks nothing as the full stop it is.
  const said = turn.text;
  turn.text = withStatedMarks(said, memoryLexicon(deps.content), (word) => wordLexicon().tags(word));
  try {
    understandStated(turn, deps);
  } finally {
    turn.text = said;
  }
}

function understandStated(turn: Turn, deps: TurnDependencies): void {
  // "please don't keep #6" after a numbered list: that item goes.
  forgetItem(turn, deps);
  if (turn.handled) return;
  // "where does my sister live?" … "and my brother?", "when?": the previous question asked again, of them or by the new word.
  // "what's my daughter's name?" … "how old is she?": asked of the one the previous message named, when that answers.
  // "gemma's fitting - what day is it now?": asked of the topic put before it, not of today.
  // "oxtail price": a label of one of the person's things asks for what the notes hold of it.
  if (understandAnswered(turn, deps, topicAsked(turn, deps)) || understandAnswered(turn, deps, terseAsked(turn, deps))) return;
  // "the betta died, rip. forget him": forgotten is the one named just before.
  if (understandLeaning(turn, deps)) return;
  understandOnce(turn, deps);
  if (turn.handled) turn.notes.answered = answeredTopic(turn, turn.text, deps);
}

/**
 * The message read as each question it may lean on, best first, until memory answers one; one that memory only
 * answers "not told" gives way to the next ("how old is my dog?" to "how old is Biscuit?"). Whether one answered.
 */
function understandLeaning(turn: Turn, deps: TurnDependencies): boolean {
  const followUp = followUpAsked(turn, deps);
  const asked = followUp === undefined ? pronounAsked(turn, deps) : [followUp];
  const forgotten = asked.length === 0 ? pronounForgotten(turn, deps) : undefined;
  const leanings = forgotten === undefined ? asked : [forgotten];
  let notTold: { state: TurnState; leaning: string } | undefined;
  for (const [at, leaning] of leanings.entries()) {
    const before = stateOf(turn);
    understandAs(turn, deps, leaning);
    if (!turn.handled) continue;
    if (!toldNothing(turn.requests) || at === leanings.length - 1) {
      turn.notes.answered = answeredTopic(turn, leaning, deps);
      return true;
    }
    notTold ??= { state: stateOf(turn), leaning };
    restore(turn, before);
  }
  if (!notTold) return false;
  restore(turn, notTold.state);
  turn.notes.answered = answeredTopic(turn, notTold.leaning, deps);
  return true;
}

/**
 * The message read as another question (`asked`: a label's, one asked of a topic), kept only when memory answers it
 * with what was told: read so, a message the notes hold nothing of goes on as any other. Whether it answered.
 */
function understandAnswered(turn: Turn, deps: TurnDependencies, asked: string | undefined): boolean {
  if (asked === undefined) return false;
  const before = stateOf(turn);
  understandAs(turn, deps, asked);
  if (turn.handled && turn.requests.length > 0 && !toldNothing(turn.requests) && turn.requests.every((request) => ANSWERS.has(request.key) || /^fact\..+\.answer$/.test(request.key))) {
    turn.notes.answered = answeredTopic(turn, asked, deps);
    return true;
  }
  restore(turn, before);
  return false;
}

/** Memory's reading of the turn as if it said `text` instead; the turn keeps its own text. */
function understandAs(turn: Turn, deps: TurnDependencies, text: string): void {
  const said = turn.text;
  turn.text = text;
  try {
    understandOnce(turn, deps);
  } finally {
    turn.text = said;
  }
}

/** What understanding a message may change on the turn, to try it again another way. */
type TurnState = Pick<Turn, 'requests' | 'changes' | 'notes' | 'handled' | 'recognition'>;

function stateOf(turn: Turn): TurnState {
  return { requests: [...turn.requests], changes: [...turn.changes], notes: { ...turn.notes }, handled: turn.handled, recognition: turn.recognition };
}

function restore(turn: Turn, state: TurnState): void {
  turn.requests = [...state.requests];
  turn.changes = [...state.changes];
  turn.notes = { ...state.notes };
  turn.handled = state.handled;
  turn.recognition = state.recognition;
}

function understandOnce(turn: Turn, deps: TurnDependencies): void {
  const reading = readByJobVerb(readByName(readAboutPrevious(deps.readMemory(turn.text), turn, deps), turn, deps), turn, deps);
  if (tellsFeeling(turn.recognition)) {
    // "I am a tailor" read as sad by the model is still work: a loose value WordNet files as an occupation is kept.
    understandMemory(turn, deps, { ...reading, name: undefined, facts: reading.facts.filter((fact) => !fact.loose || isOccupation(fact.value, new Set())), others: reading.others.filter((fact) => !fact.loose) });
  } else understandMemory(turn, deps, reading);
  if (!turn.handled) return;
  // "who plays keys with us?" answered with the band's name, however it was found: not told, rather than no one.
  // "what's the creche called?" answered with the son's name the note says beside it: not told, rather than another's name.
  if (whoAnsweredByNoOne(turn.text, turn.requests[0], turn.loaded.profile, deps) || nameKeptOfAnother(turn.text, turn.requests[0], turn.loaded.profile, deps)) turn.requests.splice(0, 1, notToldAsked(turn.loaded.profile, deps));
  // "my dog Kiko is sick, I'm worried": the fact is noted and the feeling answered first ("That sounds
  // hard …"), and it counts for the mood. Otherwise the model's guess did not shape the reply.
  // A question about oneself tells no feeling ("what I don't eat" is not hunger).
  // Nor does one answered only from what was told in one's own words ("which offer did I take?" read as good news).
  const answersOnly = turn.requests.length > 0 && turn.requests.every((request) => NOTE_ANSWERS.has(request.key)) && asksInForm(turn.text, deps);
  const onlyAsks = (reading.questions.length > 0 || answersOnly) && reading.facts.length === 0 && reading.others.length === 0;
  const recognition = tellsMood(turn.recognition) && !onlyAsks ? turn.recognition : undefined;
  if (recognition && deps.content.replies.has(recognition.intent) && turn.requests.length > 0) {
    turn.requests.splice(0, 1, { key: recognition.intent }, { ...turn.requests[0], append: true });
    if (learningActive(turn.loaded.profile)) turn.changes.push({ type: 'observeMood', sentiment: moodSignal(recognition), at: turn.now.toISOString() });
    return;
  }
  turn.recognition = undefined;
  // A loss told beside other facts ("the hamster died, now we've got a goldfish"): sympathy comes first.
  if (reading.loss && turn.requests.length > 0) turn.requests.splice(0, 1, { key: LOSS_REPLY }, { ...turn.requests[0], append: true });
}
