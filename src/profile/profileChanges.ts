import { adjustInterests } from './interests';
import { nextMood } from './mood';
import { updateStyle } from './style';
import { applyClaim, applyNotifyPatch, applyOutcome, applyQueued, NotificationClaim, NotificationOutcome, NotifyPatch, QueuedNotification } from './notifyChanges';
import { Fact, FactAbout, learningActive, MAX_LIKED_ITEMS, MAX_REMEMBERED_TEXT, MAX_NOTE_TEXT, MAX_NOTES, MAX_SEEN_ITEMS, MEMORY_TURNS, MemoryTurn, Someone, UserProfile } from './userProfile';
import { Tone } from '../vocabulary/tones';
import { Forgotten, restoreForgotten } from './forgotten';

export type FeedbackKind = 'up' | 'down' | 'more' | 'never';

/** How feedback moves topic interests: "not interested" pushes harder than a thumbs down. */
const FEEDBACK_INTEREST: Record<FeedbackKind, number> = { up: 1, more: 1.5, down: -0.5, never: -1.5 };
const MAX_TAG_WEIGHT = 5;

/** Facts stored before kinds said whether they hold several values: likes did. */
const LIST_FACTS = new Set(['like']);
const MAX_FACTS_PER_LIST = 5;
const MAX_FACTS = 40;
const MAX_EVENTS = 10;
const MAX_JOKES_TOLD = 200;

/** A session ends after this much silence; the next message starts a new one. */
export const SESSION_GAP_MS = 30 * 60 * 1000;

/**
 * What a stage learned or decided during a turn. Stages return these; only `applyChanges`
 * mutates a profile, so a save that lost an eTag race can reload and apply them again.
 */
export type ProfileChange =
  | { type: 'turnSeen'; at: string; locale?: string; lapsedAfterMs: number }
  | { type: 'conversationSeen'; at: string; lapsedAfterMs: number }
  | { type: 'setName'; name: string; source: 'explicit' | 'learned' }
  /** "forget my name": the name given and the one learned go, with remembered messages that mention them. */
  | { type: 'forgetName' }
  | { type: 'skipName' }
  | { type: 'setPending'; pending: UserProfile['pending'] }
  | { type: 'rememberTurn'; turn: MemoryTurn }
  | { type: 'observeMood'; sentiment: number; at: string }
  | { type: 'observeStyle'; signals: Partial<Record<Tone, number>> }
  /** `many`: the kind holds several values (likes, pets); otherwise the new value replaces the old one. */
  /** `perDetail`: one value per detail (a favourite food, a favourite colour), the one kept under the same detail replaced. */
  | { type: 'rememberFact'; key: string; value: string; detail?: string; many?: boolean; perDetail?: boolean; at: string }
  | { type: 'setLearnedHome'; city: string; timeZone: string }
  | { type: 'adjustInterests'; deltas: Array<[string, number]>; at: string }
  | { type: 'recommended'; itemId: string }
  | { type: 'itemFeedback'; itemId: string; kind: FeedbackKind; topics: string[]; tags: string[]; at: string }
  /** `tone: undefined` is `/tone auto`: back to the learned tone. */
  | { type: 'setTone'; tone: Tone | undefined }
  /** Topic names are canonical names from the content's topic list, never raw user text. */
  | { type: 'addTopic'; topic: string }
  | { type: 'removeTopic'; topic: string }
  | { type: 'clearTopics' }
  | { type: 'setTimeZone'; timeZone: string | undefined }
  | { type: 'setLearningPaused'; paused: boolean }
  /** Settings back to defaults; the name the user gave and everything learned are kept. */
  | { type: 'resetSettings' }
  | { type: 'removeInterest'; topic: string }
  /**
   * Without a value, every fact under the key (narrowed to one noun with `detail`: "forget my cat"); with one,
   * only that fact. Remembered messages that mention a removed value go too, so nothing of it stays kept.
   */
  | { type: 'removeFact'; key: string; value?: string; detail?: string }
  /** A fact about someone in the person's life; a one-value kind replaces what was kept about the same person. */
  | { type: 'rememberAbout'; about: Someone; key: string; value: string; detail?: string; many?: boolean; at: string }
  /** Facts about others that match every field given ("forget my sister's job": noun sister, key job). */
  | { type: 'removeAbout'; kind?: string; noun?: string; name?: string; key?: string; value?: string }
  /** An event coming up in the person's life (src/personalization/learners/learnEvents.ts); one per kind. */
  | { type: 'rememberEvent'; kind: string; date?: string; at: string }
  | { type: 'eventFollowedUp'; kind: string; at: string }
  | { type: 'removeEvent'; kind: string }
  | { type: 'jokeTold'; variant: string }
  /** A clause the person said about themselves, kept as said (the same words again replace the older note). */
  | { type: 'rememberNote'; text: string; at: string }
  /** Notes taken back ("scratch that") or forgotten ("forget that I ..."), by their exact text. */
  | { type: 'removeNotes'; texts: string[] }
  /** A note set right in place ("going to Japan" → "going to Korea"), kept where it was with when it was said. */
  | { type: 'rewriteNote'; text: string; to: string }
  /** Words said in a remembered message, taken out of it (an item of a list the person asked to forget). */
  | { type: 'forgetSaid'; text: string }
  /** "no wait, keep it" right after a forget request: what it took is put back as it was (src/profile/forgotten.ts). */
  | { type: 'restoreForgotten'; forgotten: Forgotten }
  /** Push messages (src/notify/): settings, per-topic switches, where to reach the user, the send ledger. */
  | { type: 'setNotify'; patch: NotifyPatch }
  | { type: 'setNotifyTopic'; topic: string; on: boolean | undefined }
  | { type: 'rememberReference'; conversation: Record<string, unknown>; at: string }
  | ({ type: 'queueNotification' } & QueuedNotification)
  | ({ type: 'claimNotification' } & NotificationClaim)
  | ({ type: 'notificationOutcome' } & NotificationOutcome);

export function applyChanges(profile: UserProfile, changes: readonly ProfileChange[]): UserProfile {
  for (const change of changes) applyChange(profile, change);
  return profile;
}

function applyChange(profile: UserProfile, change: ProfileChange): void {
  switch (change.type) {
    case 'turnSeen':
      markSeen(profile, change.at, change.lapsedAfterMs);
      profile.lifecycle.turnCount += 1;
      if (change.locale) profile.locale = change.locale;
      return;
    case 'conversationSeen':
      markSeen(profile, change.at, change.lapsedAfterMs);
      return;
    case 'setName':
      if (change.source === 'explicit') profile.explicit.name = change.name;
      else profile.learned.name = change.name;
      profile.onboarding.skippedName = false;
      return;
    case 'forgetName':
      forgetName(profile);
      return;
    case 'skipName':
      profile.onboarding.skippedName = true;
      return;
    case 'setPending':
      profile.pending = change.pending;
      if (change.pending === 'askName') profile.onboarding.askedName = true;
      return;
    case 'rememberTurn':
      profile.memory.turns.push({ ...change.turn, text: change.turn.text.slice(0, MAX_REMEMBERED_TEXT) });
      profile.memory.turns.splice(0, Math.max(0, profile.memory.turns.length - MEMORY_TURNS));
      return;
    case 'observeMood':
      profile.learned.mood = nextMood(profile.learned.mood, profile.learned.moodAt, change.sentiment, change.at);
      profile.learned.moodAt = change.at;
      return;
    case 'observeStyle':
      profile.learned.style = updateStyle(profile.learned.style, change.signals);
      return;
    case 'rememberFact':
      rememberFact(profile, change);
      return;
    case 'rememberNote': {
      const text = change.text.slice(0, MAX_NOTE_TEXT);
      const notes = (profile.memory.notes ?? []).filter((note) => note.text.toLowerCase() !== text.toLowerCase());
      profile.memory.notes = [...notes, { text, learnedAt: change.at }].slice(-MAX_NOTES);
      return;
    }
    case 'removeNotes':
      removeNotes(profile, change.texts);
      return;
    case 'rewriteNote':
      if (profile.memory.notes) profile.memory.notes = profile.memory.notes.map((note) => (note.text === change.text ? { ...note, text: change.to.slice(0, MAX_NOTE_TEXT) } : note));
      return;
    case 'forgetSaid':
      if (change.text.trim() !== '') profile.memory.turns = profile.memory.turns.map((said) => (said.text.includes(change.text) ? { ...said, text: said.text.split(change.text).join('').trim() } : said));
      return;
    case 'restoreForgotten':
      restoreForgotten(profile, change.forgotten);
      return;
    case 'setLearnedHome':
      profile.learned.city = change.city;
      profile.learned.timeZone = change.timeZone;
      return;
    case 'adjustInterests':
      addInterestEvidence(profile, change.deltas, change.at);
      return;
    case 'recommended':
      profile.memory.seenItems = [...profile.memory.seenItems.filter((id) => id !== change.itemId), change.itemId].slice(-MAX_SEEN_ITEMS);
      profile.memory.lastRecommended = change.itemId;
      return;
    case 'itemFeedback':
      applyFeedback(profile, change);
      return;
    case 'setTone':
      if (change.tone) profile.explicit.tone = change.tone;
      else delete profile.explicit.tone;
      return;
    case 'addTopic':
      profile.explicit.topics = withItem(profile.explicit.topics, change.topic);
      profile.explicit.blockedTopics = withoutItem(profile.explicit.blockedTopics, change.topic);
      return;
    case 'removeTopic':
      profile.explicit.topics = withoutItem(profile.explicit.topics, change.topic);
      profile.explicit.blockedTopics = withItem(profile.explicit.blockedTopics, change.topic);
      return;
    case 'clearTopics':
      delete profile.explicit.topics;
      delete profile.explicit.blockedTopics;
      return;
    case 'setTimeZone':
      if (change.timeZone) profile.explicit.timeZone = change.timeZone;
      else delete profile.explicit.timeZone;
      return;
    case 'setLearningPaused':
      profile.explicit.learningPaused = change.paused;
      return;
    case 'resetSettings':
      profile.explicit = profile.explicit.name === undefined ? {} : { name: profile.explicit.name };
      return;
    case 'removeInterest':
      // Rebuilt rather than deleted by key: the key came from a button press and may be any string.
      profile.learned.interests = Object.fromEntries(Object.entries(profile.learned.interests).filter(([topic]) => topic !== change.topic));
      return;
    case 'removeFact':
      removeFacts(profile, change);
      return;
    case 'rememberAbout':
      rememberAbout(profile, change);
      return;
    case 'removeAbout':
      removeAbout(profile, (fact) => matchesAbout(fact, change));
      return;
    case 'rememberEvent':
      profile.memory.events = [...(profile.memory.events ?? []).filter((event) => event.kind !== change.kind), { kind: change.kind, ...(change.date ? { date: change.date } : {}), learnedAt: change.at }].slice(-MAX_EVENTS);
      return;
    case 'eventFollowedUp':
      profile.memory.events = (profile.memory.events ?? []).map((event) => (event.kind === change.kind ? { ...event, followedUpAt: change.at } : event));
      return;
    case 'removeEvent':
      profile.memory.events = (profile.memory.events ?? []).filter((event) => event.kind !== change.kind);
      return;
    case 'jokeTold':
      profile.memory.jokesTold = [...(profile.memory.jokesTold ?? []).filter((id) => id !== change.variant), change.variant].slice(-MAX_JOKES_TOLD);
      return;
    case 'setNotify':
      profile.notify = applyNotifyPatch(profile.notify, change.patch);
      return;
    case 'setNotifyTopic':
      // Rebuilt rather than assigned by key; the topic is a canonical name, but never trust a key blindly.
      profile.notify.topics = { ...Object.fromEntries(Object.entries(profile.notify.topics).filter(([topic]) => topic !== change.topic)), ...(change.on === undefined ? {} : { [change.topic]: change.on }) };
      return;
    case 'rememberReference':
      profile.reference = { conversation: change.conversation, at: change.at };
      return;
    case 'queueNotification':
      applyQueued(profile.notify, change);
      return;
    case 'claimNotification':
      applyClaim(profile, change);
      return;
    case 'notificationOutcome':
      applyOutcome(profile.notify, change);
      return;
  }
}

function withItem(list: string[] | undefined, item: string): string[] {
  return list?.includes(item) ? list : [...(list ?? []), item];
}

function withoutItem(list: string[] | undefined, item: string): string[] | undefined {
  const rest = (list ?? []).filter((entry) => entry !== item);
  return rest.length > 0 ? rest : undefined;
}

function markSeen(profile: UserProfile, at: string, lapsedAfterMs: number): void {
  const lifecycle = profile.lifecycle;
  lifecycle.firstSeen ??= at;
  const last = lifecycle.lastSeen ? Date.parse(lifecycle.lastSeen) : Number.NaN;
  const gap = Date.parse(at) - last;
  if (Number.isNaN(last) || gap > SESSION_GAP_MS) {
    lifecycle.sessionCount += 1;
    lifecycle.sessionStart = at;
  }
  if (gap > lapsedAfterMs) lifecycle.returnedAt = at;
  if (!lifecycle.lastSeen || at > lifecycle.lastSeen) lifecycle.lastSeen = at;
}

function rememberFact(profile: UserProfile, change: Extract<ProfileChange, { type: 'rememberFact' }>): void {
  const { key, value, detail, at } = change;
  const many = change.many ?? LIST_FACTS.has(key);
  const replaced = (fact: Fact) => (change.perDetail ? fact.detail === detail : !many || fact.value.toLowerCase() === value.toLowerCase());
  const facts = profile.memory.facts.filter((fact) => !(fact.key === key && replaced(fact)));
  facts.push({ key, value, ...(detail ? { detail } : {}), learnedAt: at });
  const sameKey = facts.filter((fact) => fact.key === key);
  const excess = new Set(sameKey.slice(0, Math.max(0, sameKey.length - MAX_FACTS_PER_LIST)));
  profile.memory.facts = facts.filter((fact) => !excess.has(fact)).slice(-MAX_FACTS);
}

function forgetName(profile: UserProfile): void {
  const names = [profile.explicit.name, profile.learned.name].filter((name): name is string => name !== undefined);
  delete profile.explicit.name;
  delete profile.learned.name;
  forgetTurnsMentioning(profile, names);
}

function forgetTurnsMentioning(profile: UserProfile, values: readonly string[]): void {
  // "4" (an age set right) is no word of "4.93" nor of "1,400": a figure is said whole.
  const words = values.map((value) => new RegExp(`(?<!\\d[.,])\\b${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?![.,]\\d)`, 'i'));
  if (words.length === 0) return;
  // What an answer was about is said in the turn too ("who's my best friend?" answered "Anjali").
  profile.memory.turns = profile.memory.turns.filter((turn) => !words.some((word) => word.test([turn.text, turn.answered?.asked, ...(turn.answered?.named ?? [])].join(' '))));
  // A note that says a forgotten value goes too: nothing of it stays kept.
  if (profile.memory.notes) profile.memory.notes = profile.memory.notes.filter((note) => !words.some((word) => word.test(note.text)));
}

function removeNotes(profile: UserProfile, texts: readonly string[]): void {
  const notes = profile.memory.notes ?? [];
  const removed = notes.filter((note) => texts.includes(note.text));
  if (profile.memory.notes) profile.memory.notes = notes.filter((note) => !removed.includes(note));
  forgetTurnsSaying(profile, removed.map((note) => ({ text: note.text, at: note.learnedAt })));
}

/** Shortest word two texts share for one to be said in the other. */
const SHARED_LETTERS = 4;

/** The remembered messages a note or a fact was learned from (at the same time, sharing a word): what they said goes with it. */
function forgetTurnsSaying(profile: UserProfile, said: ReadonlyArray<{ text: string; at: string }>): void {
  const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= SHARED_LETTERS));
  const from = (turn: { text: string; at: string }) => said.some((one) => one.at === turn.at && [...wordsOf(one.text)].some((word) => wordsOf(turn.text).has(word)));
  if (said.length > 0) profile.memory.turns = profile.memory.turns.filter((turn) => !from(turn));
}

function removeFacts(profile: UserProfile, change: Extract<ProfileChange, { type: 'removeFact' }>): void {
  const removed = profile.memory.facts.filter(
    (fact) => fact.key === change.key && (change.value === undefined || same(fact.value, change.value)) && (change.detail === undefined || (fact.detail !== undefined && same(fact.detail, change.detail))),
  );
  profile.memory.facts = profile.memory.facts.filter((fact) => !removed.includes(fact));
  forgetTurnsMentioning(profile, removed.map((fact) => fact.value));
  forgetTurnsSaying(profile, removed.map((fact) => ({ text: fact.value, at: fact.learnedAt })));
  // Someone let go of takes what was told about them along: "my sister Amina" with "she's a pharmacist".
  removeAbout(profile, (fact) => removed.some((gone) => fact.about.kind === gone.key && (fact.about.name ? same(fact.about.name, gone.value) : gone.detail !== undefined && same(fact.about.noun, gone.detail))));
  // The city (and its time zone) learned from a home the person told: it goes when no fact names it anymore.
  const city = profile.learned.city;
  if (city && removed.some((fact) => same(fact.value, city)) && !profile.memory.facts.some((fact) => same(fact.value, city))) {
    delete profile.learned.city;
    delete profile.learned.timeZone;
  }
}

function rememberAbout(profile: UserProfile, change: Extract<ProfileChange, { type: 'rememberAbout' }>): void {
  const { about, key, value, detail, at } = change;
  const known = profile.memory.aboutOthers ?? [];
  const replaced = known.filter((fact) => fact.key === key && samePerson(fact.about, about) && (!change.many || same(fact.value, value)));
  // Told by name once ("my sister Amina"), the name stays when the same person is spoken of by noun only.
  const name = about.name ?? replaced.find((fact) => fact.about.name !== undefined)?.about.name;
  const facts: FactAbout[] = [...known.filter((fact) => !replaced.includes(fact)), { key, value, ...(detail ? { detail } : {}), about: { ...about, ...(name ? { name } : {}) }, learnedAt: at }];
  const sameKey = facts.filter((fact) => fact.key === key && samePerson(fact.about, about));
  const excess = new Set(sameKey.slice(0, Math.max(0, sameKey.length - MAX_FACTS_PER_LIST)));
  profile.memory.aboutOthers = facts.filter((fact) => !excess.has(fact)).slice(-MAX_FACTS);
}

/** The same person: the same noun, and the same name unless one of them was told without it. */
function samePerson(a: Someone, b: Someone): boolean {
  return a.kind === b.kind && same(a.noun, b.noun) && (a.name === undefined || b.name === undefined || same(a.name, b.name));
}

function matchesAbout(fact: FactAbout, change: Extract<ProfileChange, { type: 'removeAbout' }>): boolean {
  const is = (wanted: string | undefined, held: string | undefined) => wanted === undefined || (held !== undefined && same(wanted, held));
  return is(change.kind, fact.about.kind) && is(change.noun, fact.about.noun) && is(change.name, fact.about.name) && is(change.key, fact.key) && is(change.value, fact.value);
}

function removeAbout(profile: UserProfile, removes: (fact: FactAbout) => boolean): void {
  const known = profile.memory.aboutOthers;
  if (!known) return;
  const removed = known.filter(removes);
  if (removed.length === 0) return;
  profile.memory.aboutOthers = known.filter((fact) => !removed.includes(fact));
  forgetTurnsMentioning(profile, removed.map((fact) => fact.value));
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function applyFeedback(profile: UserProfile, change: Extract<ProfileChange, { type: 'itemFeedback' }>): void {
  const positive = change.kind === 'up' || change.kind === 'more';
  const feedback = { ...profile.learned.feedback };
  for (const topic of change.topics) {
    const counts = Object.hasOwn(feedback, topic) ? { ...feedback[topic] } : { up: 0, down: 0 };
    if (positive) counts.up += 1;
    else counts.down += change.kind === 'never' ? 2 : 1;
    feedback[topic] = counts;
  }
  profile.learned.feedback = feedback;
  // With learning paused a like is not kept (nor shared with the item statistics).
  if (positive && learningActive(profile)) profile.learned.likedItems = [...(profile.learned.likedItems ?? []).filter((like) => like.id !== change.itemId), { id: change.itemId, at: change.at }].slice(-MAX_LIKED_ITEMS);
  else if (profile.learned.likedItems?.some((like) => like.id === change.itemId)) profile.learned.likedItems = profile.learned.likedItems.filter((like) => like.id !== change.itemId);
  const delta = FEEDBACK_INTEREST[change.kind];
  addInterestEvidence(profile, change.topics.map((topic) => [topic, delta]), change.at);
  if (change.kind === 'more') {
    const tags = { ...profile.learned.tagWeights };
    for (const tag of change.tags) tags[tag] = Math.min(MAX_TAG_WEIGHT, (Object.hasOwn(tags, tag) ? tags[tag] : 0) + 1);
    profile.learned.tagWeights = tags;
  }
  if (change.kind === 'never' && !profile.memory.hiddenItems.includes(change.itemId)) {
    profile.memory.hiddenItems = [...profile.memory.hiddenItems, change.itemId].slice(-MAX_SEEN_ITEMS);
  }
}

/** Decays the learned interests to `at`, then adds this evidence: the one way interests change. */
function addInterestEvidence(profile: UserProfile, deltas: ReadonlyArray<readonly [string, number]>, at: string): void {
  profile.learned.interests = adjustInterests(profile.learned.interests, profile.learned.interestsAt, at, deltas);
  profile.learned.interestsAt = at;
}
