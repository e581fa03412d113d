import { startsSession } from '../../profile/lifecycle';
import { canonicalDate } from '../../personalization/memory/readValue';
import { displayName, isNewUser, learningActive, UserProfile } from '../../profile/userProfile';
import { recommendItem } from './recommendItem';
import { offerNotifications } from './offerNotifications';
import { NONE_INTENT } from '../../nlu/recognizer';
import { ReplyContext } from '../../personalization/replyContext';
import { replyView, Turn, TurnDependencies } from '../turn';
import { ReplyRequest } from '../../vocabulary/reply';
import { answerEveryday } from './answerEveryday';
import { followUpEvent } from './followUpEvent';
import { figureBeyondIntent } from './figureBeyondIntent';

/** Intents whose reply is a greeting of its own, so the welcome replaces rather than follows it. */
const GREETINGS = new Set(['greet']);
/** Feelings and news (dialogs/feelings.yaml) and conversational glue: never answered with a /help offer. */
const FEELINGS = new Set(['feelGood', 'feelBad', 'feelTired', 'feelNervous', 'feelBored', 'feelHungry', 'shareGoodNews', 'shareBadNews', 'tellEvent', 'tellOutcome', 'apologize', 'laugh', 'compliment']);

/** How sure the intent model must be of a request for it to answer a message whose words were kept as a note. */
const SURE_REQUEST = 0.5;

/** Replies that say the message was not understood. */
// "her name's Marge" reads as giving a name to the intent model, but names nobody the person is: when it was kept
// as a note, the reply says so rather than asking for the person's name.
const UNDERSTOOD_NOTHING = new Set(['fallback', 'fact.unclear', 'name.unclear']);

/** Decides what to say (content keys and values), from the intent and where the user is with us. */
export function chooseReplies(turn: Turn, deps: TurnDependencies): void {
  const { context, preview } = replyView(turn);
  chooseAnswer(turn, context, preview, deps);
  // Once, at the start of a later conversation: "How did the interview go?"
  followUpEvent(turn, context, deps);
  // Push messages are offered once, after onboarding or the first recommendation (src/notify/).
  if (deps.offerNotifications) offerNotifications(turn, preview);
}

function chooseAnswer(turn: Turn, context: ReplyContext, preview: UserProfile, deps: TurnDependencies): void {
  if (turn.wantsRecommendation) turn.requests.push(recommendItem(turn, preview, deps, turn.wantsRecommendation));
  if (turn.handled) return;
  const profile = turn.loaded.profile;
  if (turn.input.kind === 'conversationStart') {
    turn.requests.push(...greeting(turn, context, deps));
    return;
  }
  const intent = turn.recognition?.intent ?? NONE_INTENT;
  const newcomer = isNewUser(profile) && !profile.onboarding.askedName && !displayName(preview);
  // "morning collection at 6 and evening at 6:30" read as a greeting: kept as told, and said so, when the intent reads none of its figures;
  // "morning, 25 degrees already" is greeted as well.
  const toldBeyond = turn.notes.keptNote === true && figureBeyondIntent(turn, deps);
  if (GREETINGS.has(intent)) {
    turn.requests.push(...greeting(turn, context, deps), ...(toldBeyond ? [{ key: 'memory.noteKept', append: true }] : []));
    return;
  }
  const answered = answerEveryday(turn, context, preview, deps, intent) ?? [answer(turn, preview, deps, intent)];
  // Told something about themselves the model has no reply for ("I keep bees on the roof"): it was kept in
  // their words, and the reply says so instead of "I didn't catch that".
  // A statement kept so is not taken for a request the model only guesses at ("Shoreditch site. 6am starts" is
  // no reset of the settings, "penicillin allergy" no web search): a feeling or news is still answered as one.
  const guessed = ((turn.recognition?.score ?? 0) < SURE_REQUEST || toldBeyond) && !FEELINGS.has(intent) && !FEELINGS.has(answered[0]?.key ?? '');
  if (turn.notes.keptNote && answered.length === 1 && (UNDERSTOOD_NOTHING.has(answered[0].key) || guessed)) answered.splice(0, 1, { key: 'memory.noteKept' });
  turn.requests.push(...answered);
  // Someone telling how they feel (or just saying sorry) wants to be heard, not shown the manual.
  if (context.mood === 'frustrated' && !FEELINGS.has(intent)) offerHelp(turn);
  if (newcomer && intent !== 'tellName') {
    turn.requests.push({ key: 'welcome.new' });
    turn.changes.push({ type: 'setPending', pending: 'askName' });
  }
}

/** A frustrated person gets a way out: a /help button, and a line offering it unless the reply already does. */
function offerHelp(turn: Turn): void {
  const offersHelp = turn.requests.some((request) => ['complain', 'insult', 'fallback', 'help'].includes(request.key));
  if (!offersHelp) turn.requests.push({ key: 'help.offer', append: true });
  const last = turn.requests[turn.requests.length - 1];
  last.suggestedActions = [...(last.suggestedActions ?? []), '/help'];
}

function greeting(turn: Turn, context: ReplyContext, deps: TurnDependencies): ReplyRequest[] {
  const profile = turn.loaded.profile;
  const stage = context.stage;
  if (stage === 'new' && !profile.onboarding.askedName && !displayName(profile)) {
    turn.changes.push({ type: 'setPending', pending: 'askName' });
    return [{ key: 'welcome.new' }];
  }
  const birthday = isBirthdayToday(profile, turn, deps) ? [{ key: 'memory.birthday', append: true }] : [];
  if (stage === 'returning') return [{ key: 'welcome.returning' }, ...birthday];
  if (startsSession(profile, turn.now)) return [{ key: 'welcome.back' }, ...birthday];
  return [{ key: 'greet' }, ...birthday];
}

/** How long after a birthday greeting another is not given (the day is over by then in any zone). */
const BIRTHDAY_REPEAT_MS = 20 * 60 * 60 * 1000;

/**
 * Today is the person's birthday where they are (their time zone, else the default), they are not in a
 * shared conversation, learning is on, and they were not wished a happy birthday in the last hours.
 */
function isBirthdayToday(profile: UserProfile, turn: Turn, deps: TurnDependencies): boolean {
  if (turn.input.shared === true || !learningActive(profile)) return false;
  const birthday = profile.memory.facts.find((fact) => fact.key === 'birthday')?.value;
  if (!birthday) return false;
  const zone = profile.explicit.timeZone ?? profile.learned.timeZone ?? deps.defaultTimeZone;
  if (monthDay(turn.now, zone) !== canonicalDate(birthday)) return false;
  const since = turn.now.getTime() - BIRTHDAY_REPEAT_MS;
  // An appended line is part of the previous reply: its variant ids say it was there.
  const wished = (remembered: (typeof profile.memory.turns)[number]) => remembered.replyKeys.includes('memory.birthday') || (remembered.variants ?? []).some((id) => id.startsWith('memory.birthday:'));
  return !profile.memory.turns.some((remembered) => wished(remembered) && Date.parse(remembered.at) > since);
}

/** "July 2" at `now` in a time zone (the form birthdays are kept in); UTC for an unknown zone. */
function monthDay(now: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(now);
  }
}

function answer(turn: Turn, preview: UserProfile, deps: TurnDependencies, intent: string): ReplyRequest {
  const profile = turn.loaded.profile;
  const name = displayName(profile);
  switch (intent) {
    case 'tellName': {
      const entity = turn.recognition?.entities.find((e) => e.type === 'name');
      if (!entity) return { key: 'name.unclear' };
      return { key: name ? 'name.changed' : 'name.saved', values: { name: entity.value } };
    }
    case 'askName':
      return name ? { key: 'name.known', values: { name } } : { key: 'name.unknown' };
    case 'tellLike':
    case 'tellPet':
    case 'tellHome': {
      if (!learningActive(profile)) return { key: 'fact.notLearning' };
      // The model can tell it is a fact without the pattern that would have caught its value ("I grew
      // up in Dublin"): then ask for it in a form the bot understands, rather than reply with a blank.
      const values = entityValues(turn);
      if (FACT_VALUES[intent].every((key) => values[key])) return { key: intent, values };
      return feltInstead(turn) ?? { key: 'fact.unclear' };
    }
    case 'recommend': {
      // "recommend me something to watch" names its topic in everyday words; "recommend something" names none.
      const asked = deps.requestedTopics(turn.text);
      if (asked.topics.length > 0) return recommendItem(turn, preview, deps, { topic: asked.topics[0] });
      if (asked.unmatched) return noTopic(deps, asked.near);
      return recommendItem(turn, preview, deps, {});
    }
    case 'whatsNew':
      return recommendItem(turn, preview, deps, { newest: true });
    case 'askTopic': {
      // A topic entity from the recognizer forgives typos ("cookin"); plain mentions are the fallback.
      const topic = turn.recognition?.entities.find((entity) => entity.type === 'topic')?.value ?? deps.requestedTopics(turn.text).topics[0];
      if (!topic) return noTopic(deps, deps.requestedTopics(turn.text).near);
      return recommendItem(turn, preview, deps, { topic });
    }
    default:
      return deps.content.replies.has(intent) ? { key: intent } : { key: 'fallback' };
  }
}

/**
 * Nothing in the catalog fits what was asked: say so, and offer the topics nearest to it (content's
 * `topicNear.<category>`), or all the topics there are, instead of an unrelated item.
 */
function noTopic(deps: TurnDependencies, near: readonly string[] = []): ReplyRequest {
  return { key: 'recommend.noTopic', values: { topics: (near.length > 0 ? near : deps.catalog.topics).join(', ') } };
}

/** The values each fact's reply needs. */
const FACT_VALUES: Record<'tellLike' | 'tellPet' | 'tellHome', string[]> = { tellLike: ['like'], tellPet: ['pet', 'petKind'], tellHome: ['city'] };

/** Feelings answered by their own reply key, and the polarity each needs (`nlu/polarity.ts`). */
const FELT: Record<string, (polarity: number) => boolean> = {
  feelBad: (polarity) => polarity <= -2,
  feelTired: (polarity) => polarity <= -2,
  shareBadNews: (polarity) => polarity <= -2,
  feelGood: (polarity) => polarity >= 2,
  shareGoodNews: (polarity) => polarity >= 2,
};
/** How likely the runner-up feeling must be to count. */
const FELT_RUNNER_UP = 0.15;

/**
 * A message the model took for a fact without any value in it, whose runner-up is a feeling its words
 * clearly carry, is the feeling: "I'm really lonely since I moved here" has no city to keep, and asking
 * to rephrase it as "I live in Lisbon" would be tone-deaf.
 */
function feltInstead(turn: Turn): ReplyRequest | undefined {
  const recognition = turn.recognition;
  if (!recognition || recognition.polarity === undefined) return undefined;
  const polarity = recognition.polarity;
  const felt = recognition.intents.slice(1, 3).find(({ intent, score }) => score >= FELT_RUNNER_UP && Object.hasOwn(FELT, intent) && FELT[intent](polarity));
  if (!felt) return undefined;
  turn.recognition = { ...recognition, intent: felt.intent, score: felt.score };
  return { key: felt.intent };
}

/** Placeholder values from this message's entities, named as the profile will name them once saved. */
function entityValues(turn: Turn): Record<string, string> {
  const values: Record<string, string> = {};
  for (const change of turn.changes) {
    if (change.type === 'rememberFact') values[change.key] = change.value;
    if (change.type === 'setLearnedHome') values.city = change.city;
  }
  return values;
}
