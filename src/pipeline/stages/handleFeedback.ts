import { contentList } from '../../content/content';
import { FeedbackKind } from '../../profile/profileChanges';
import { Turn, TurnDependencies } from '../turn';
import { FEEDBACK_LISTS } from './recommendItem';

/**
 * 👍 / 👎 / "More like this" / "Not interested" right after a recommendation: updates the model at once
 * (the save stage applies it) and answers; "more like this" also brings the next similar item.
 */
export function handleFeedback(turn: Turn, deps: TurnDependencies): void {
  const kind = feedbackKind(turn.text, deps);
  if (!kind) return;
  const profile = turn.loaded.profile;
  const item = profile.memory.lastRecommended ? deps.catalog.byId.get(profile.memory.lastRecommended) : undefined;
  // With nothing recommended yet, words ("meh", "nice", "love it") are everyday chat for the stages after
  // this one; only a tap or an emoji (👍) is plainly a rating.
  if (!item && /\p{L}/u.test(turn.text)) return;
  turn.handled = true;
  turn.notes.feedback = kind;
  if (!item) {
    turn.requests.push({ key: 'feedback.nothingToRate' });
    return;
  }
  turn.changes.push({ type: 'itemFeedback', itemId: item.id, kind, topics: item.topics, tags: item.tags, at: turn.now.toISOString() });
  turn.requests.push({ key: `feedback.${kind}` });
  if (kind === 'more') turn.wantsRecommendation = { topic: item.topics[0] };
}

function feedbackKind(text: string, deps: TurnDependencies): FeedbackKind | undefined {
  const said = text.trim().toLowerCase();
  for (const [kind, list] of Object.entries(FEEDBACK_LISTS) as Array<[FeedbackKind, string]>) {
    if (contentList(deps.content, list).some((phrase) => phrase.toLowerCase() === said)) return kind;
  }
  return undefined;
}
