import { Content, contentValue } from '../../content/content';
import { rankCatalog, RecommendRequest } from '../../personalization/recommend/recommend';
import { learningActive, UserProfile } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { ReplyRequest } from '../../vocabulary/reply';

/** The four feedback lists in dialogs/; the first phrase of each is its button. */
export const FEEDBACK_LISTS = { up: 'feedback.up', down: 'feedback.down', more: 'feedback.more', never: 'feedback.never' } as const;

/** The buttons under a recommendation (in a reply or a digest): the first phrase of each feedback list. */
export function feedbackButtons(content: Content): string[] {
  return Object.values(FEEDBACK_LISTS).map((list) => contentValue(content, list)).filter((label): label is string => Boolean(label));
}

/**
 * Picks the best catalog item for this person now (the profile with this turn's changes), notes it as
 * seen and why it was chosen, and returns the reply with feedback buttons.
 */
export function recommendItem(turn: Turn, profile: UserProfile, deps: TurnDependencies, request: RecommendRequest): ReplyRequest {
  const { avoid, prefer } = statedTastes(profile, deps.content);
  const [best] = rankCatalog(profile, deps.catalog, { ...request, ...(avoid.length > 0 ? { avoid } : {}), ...(prefer.length > 0 ? { prefer } : {}) }, turn.now, deps.random, turn.shared);
  if (!best) return { key: 'recommend.none' };
  turn.changes.push({ type: 'recommended', itemId: best.item.id });
  turn.notes.recommendation = { itemId: best.item.id, reasons: best.reasons };
  // The topic asked for, else the one the person's own choice, stated like or interest picked.
  const topic = request.topic ?? best.reasons.find((reason) => reason.kind === 'explicitTopic' || reason.kind === 'statedLike' || reason.kind === 'learnedInterest')?.label;
  return {
    key: 'recommend.item',
    values: { title: best.item.title, summary: best.item.summary, link: best.item.link, ...(topic ? { topic } : {}) },
    suggestedActions: feedbackButtons(deps.content),
  };
}

/**
 * What the person said about their tastes, for recommendations: words an item must not mention (what they
 * dislike, avoid or cannot eat) and words that make an item a better pick (what they like).
 */
function statedTastes(profile: UserProfile, content: Content): { avoid: string[]; prefer: string[] } {
  const tastes = { avoid: [] as string[], prefer: [] as string[] };
  if (!learningActive(profile)) return tastes;
  for (const fact of profile.memory.facts) {
    const kind = content.facts.get(fact.key);
    if (!kind) continue;
    if (kind.recommendations) tastes[kind.recommendations].push(fact.value);
    const implied = kind.avoidWords && Object.hasOwn(kind.avoidWords, fact.value.toLowerCase()) ? kind.avoidWords[fact.value.toLowerCase()] : [];
    tastes.avoid.push(...implied);
  }
  return tastes;
}
