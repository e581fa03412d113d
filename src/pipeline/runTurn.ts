import { profileKey } from '../profile/profileKey';
import { KeyedMutex } from '../util/keyedMutex';
import { answerPending } from './stages/answerPending';
import { chooseReplies } from './stages/chooseReplies';
import { composeReplies } from './stages/composeReply';
import { learn } from './stages/learn';
import { loadProfile } from './stages/loadProfile';
import { normalizeText } from './stages/normalizeText';
import { recognize } from './stages/recognize';
import { remember } from './stages/remember';
import { runCommand } from './stages/runCommand';
import { runIntentCommand } from './stages/runIntentCommand';
import { handleFeedback } from './stages/handleFeedback';
import { understandMemory } from './stages/understandMemory';
import { Turn, TurnDependencies, TurnInput } from './turn';
import { Reply } from '../vocabulary/reply';
import { buildReplyContext } from '../personalization/replyContext';
import { applyChanges } from '../profile/profileChanges';
import { referenceChanges } from './conversationReference';

export interface TurnResult {
  replies: Reply[];
}

export type TurnRunner = (input: TurnInput) => Promise<TurnResult>;

/**
 * The turn pipeline: normalize → load profile → command, or recognize → answer a pending question →
 * learn → choose replies → compose → remember → save. One user's turns run one at a time in this process;
 * across processes the eTag-checked save keeps their updates apart.
 */
export function createTurnRunner(deps: TurnDependencies): TurnRunner {
  const perUser = new KeyedMutex();
  return (input) => perUser.run(profileKey(input.channelId, input.userId), () => runTurn(input, deps));
}

async function runTurn(input: TurnInput, deps: TurnDependencies): Promise<TurnResult> {
  const now = deps.clock.now();
  const loaded = await loadProfile(input, deps.profiles);
  const turn: Turn = {
    input,
    now,
    text: normalizeText(input.text),
    loaded,
    handled: false,
    requests: [],
    changes: [],
    notes: {},
    erase: false,
    replies: [],
  };
  // Push messages (src/notify/) need where to reach the user: every turn that brings a reference keeps it.
  const reference = referenceChanges(input.reference, input.kind, loaded.profile.reference?.conversation, now);
  if (input.kind === 'referenceUpdate') {
    if (reference.length > 0) await deps.profiles.save(loaded, reference);
    return { replies: [] };
  }
  if (input.kind === 'notice') {
    // Nothing to understand, learn or remember: only the reply, tailored like any other.
    const context = buildReplyContext(loaded.profile, loaded.profile, now, input.channelId, deps, input.shared === true);
    return { replies: composeReplies([{ key: input.notice ?? 'fallback' }], context, deps.content, deps.random) };
  }
  turn.changes.push(...reference);
  if (input.kind === 'eraseRequest') {
    // The same erase as a confirmed /forget; nothing is said, the request does not come from a chat.
    turn.erase = true;
    turn.handled = true;
  }
  if (input.kind === 'message') {
    turn.changes.push({ type: 'turnSeen', at: now.toISOString(), locale: input.locale, lapsedAfterMs: deps.lapsedAfterMs });
    await understand(turn, deps);
  }
  const preview = applyChanges(structuredClone(loaded.profile), turn.changes);
  const context = buildReplyContext(loaded.profile, preview, now, input.channelId, deps, input.shared === true);
  chooseReplies(turn, context, preview, deps);
  turn.replies = composeReplies(turn.requests, context, deps.content, deps.random);
  if (turn.erase) {
    await deps.profiles.erase(input.channelId, input.userId);
    return { replies: turn.replies };
  }
  turn.changes.push(...remember(turn, context, deps));
  await deps.profiles.save(turn.loaded, turn.changes);
  return { replies: turn.replies };
}

async function understand(turn: Turn, deps: TurnDependencies): Promise<void> {
  if (turn.text.length > deps.maxTextLength) {
    turn.requests.push({ key: 'error.tooLong', values: { max: deps.maxTextLength } });
    turn.handled = true;
    return;
  }
  await runCommand(turn, deps);
  if (turn.handled) return;
  handleFeedback(turn, deps);
  if (turn.handled) return;
  understandMemory(turn, deps);
  if (turn.handled) return;
  await recognize(turn, deps);
  answerPending(turn, deps);
  if (turn.handled) return;
  await runIntentCommand(turn, deps);
  if (turn.handled) return;
  turn.changes.push(...learn(turn, deps));
}
