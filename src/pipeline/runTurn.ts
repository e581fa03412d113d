import { answerPending } from './stages/answerPending';
import { chooseReplies } from './stages/chooseReplies';
import { composeReplies } from './stages/composeReply';
import { composeTurnReplies } from './stages/composeTurnReplies';
import { readSharedStats } from './stages/readSharedStats';
import { prepareReply } from './stages/prepareReply';
import { learn } from './stages/learn';
import { loadProfile } from './stages/loadProfile';
import { normalizeText } from './stages/normalizeText';
import { recognize } from './stages/recognize';
import { remember } from './stages/remember';
import { runCommand } from './stages/runCommand';
import { runIntentCommand } from './stages/runIntentCommand';
import { handleFeedback } from './stages/handleFeedback';
import { understandMemoryUnlessFelt } from './stages/understandMemoryUnlessFelt';
import { takeBackForget } from './stages/takeBackForget';
import { offerTakeBack } from './stages/offerTakeBack';
import { profileKey } from '../profile/profileKey';
import { Stage, Turn, TurnDependencies, TurnInput } from './turn';
import { rejectTooLong } from './stages/rejectTooLong';
import { setNamesRight } from './stages/setNamesRight';
import type { ProfileAccess } from '../profile/profileRepository';
import { Reply } from '../vocabulary/reply';
import { buildReplyContext } from '../personalization/replyContext';
import { referenceChanges } from './conversationReference';
import { summarizeTurn, TurnSummary } from './turnSummary';
import { debugTurn, TurnDebug } from './turnDebug';
import { StageTimer, type StageTiming } from './stageTimings';

export interface TurnResult {
  replies: Reply[];
  /** What a message turn did, for metrics and traces (src/pipeline/turnSummary.ts). */
  summary?: TurnSummary;
  /** Why it answered so, when the input asked (`debug`): the writer's debug view. */
  debug?: TurnDebug;
  /** When each stage of a message turn ran (for traces). */
  stages?: StageTiming[];
}

export type TurnRunner = (input: TurnInput) => Promise<TurnResult>;

/**
 * Understanding a message, in order; the first stage that answers the turn (`handled`) ends it: a command,
 * feedback on a recommendation, what the person says or asks about themselves (personal memory, unless the
 * intent model is sure the message tells a feeling), the answer to a pending question, plain words for a command.
 */
const UNDERSTAND: readonly Stage[] = [rejectTooLong, runCommand, handleFeedback, takeBackForget, setNamesRight, recognize, understandMemoryUnlessFelt, answerPending, runIntentCommand, learn];

/** Answering it: what others liked (for recommendations), the profile as the turn leaves it and the reply context, what to say, then its words. */
const RESPOND: readonly Stage[] = [readSharedStats, prepareReply, offerTakeBack, chooseReplies, composeTurnReplies];

/**
 * The turn pipeline: normalize → load profile → command, or recognize → answer a pending question →
 * learn → choose replies → compose → remember → save. The whole turn holds the user's one lock in this
 * process (`exclusive`), so one user's turns (and push claims) run one at a time; across processes the
 * eTag-checked save keeps their updates apart.
 */
export function createTurnRunner(deps: TurnDependencies): TurnRunner {
  return (input) => deps.profiles.exclusive(input.channelId, input.userId, (access) => runTurn(input, deps, access));
}

async function runTurn(input: TurnInput, deps: TurnDependencies, access: ProfileAccess): Promise<TurnResult> {
  const now = deps.clock.now();
  const key = profileKey(input.channelId, input.userId);
  // Turns that only do one thing are done first.
  if (input.kind === 'eraseRequest') {
    // The same erase as a confirmed /forget; nothing is said, the request does not come from a chat.
    deps.forgetUndo?.drop(key);
    await access.erase();
    return { replies: [] };
  }
  const loaded = await loadProfile(access);
  // Push messages (src/notify/) need where to reach the user: every turn that brings a reference keeps it.
  const reference = referenceChanges(input.reference, input.kind, loaded.profile.reference?.conversation, now);
  if (input.kind === 'referenceUpdate') {
    if (reference.length > 0) await access.save(loaded, reference);
    return { replies: [] };
  }
  if (input.kind === 'notice') {
    // Nothing to understand, learn or remember: only the reply, tailored like any other.
    const context = buildReplyContext(loaded.profile, loaded.profile, now, input.channelId, deps, input.shared === true);
    return { replies: composeReplies([{ key: input.notice ?? 'fallback' }], context, deps.content, deps.random) };
  }
  const turn: Turn = {
    input,
    now,
    text: normalizeText(input.text),
    loaded,
    handled: false,
    requests: [],
    changes: [...reference],
    notes: {},
    erase: false,
    replies: [],
  };
  // A forget can be taken back by the next message only: whatever this one says, the window closes with it.
  const undo = input.kind === 'message' ? deps.forgetUndo?.take(key, now) : undefined;
  if (undo) turn.undo = undo;
  const timer = new StageTimer(deps.stageClock);
  if (input.kind === 'message') {
    turn.changes.push({ type: 'turnSeen', at: now.toISOString(), locale: input.locale, lapsedAfterMs: deps.lapsedAfterMs });
    for (const stage of UNDERSTAND) {
      await timer.time(stage.name, () => stage(turn, deps));
      if (turn.handled) break;
    }
  }
  for (const stage of RESPOND) await timer.time(stage.name, () => stage(turn, deps));
  const summary = { summary: summarizeTurn(turn, deps), stages: timer.timings };
  if (turn.erase) {
    deps.forgetUndo?.drop(key);
    await timer.time('erase', () => access.erase());
    return { replies: turn.replies, ...summary };
  }
  await timer.time(remember.name, () => remember(turn, deps));
  const debug = input.debug ? { debug: debugTurn(turn) } : {};
  await timer.time('save', () => access.save(turn.loaded, turn.changes));
  // Forgetting one thing ("forget my cat", /profile remove) leaves no earlier write of it on disk either.
  if (turn.changes.some((change) => change.type === 'removeFact' || change.type === 'forgetName')) await deps.profiles.forgetHistory(input.channelId, input.userId);
  // Held in memory only, once the store no longer has it: a take-back by the next message puts it back.
  if (turn.forgotten) deps.forgetUndo?.hold(key, turn.forgotten, now);
  return { replies: turn.replies, ...summary, ...debug };
}
