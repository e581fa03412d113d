import { createHash } from 'node:crypto';
import { Content, contentValue, factLabelKey } from '../content/content';
import { topInterests } from '../profile/interests';
import { moodOf } from '../personalization/replyContext';
import { learnedTone } from '../personalization/style';
import { ContentRef, ReplyRequest, ReplyValue } from '../vocabulary/reply';
import { renderTemplate } from '../content/renderTemplate';
import { FactAbout, learningActive, UserProfile } from '../profile/userProfile';
import { MOODS } from '../vocabulary/moods';
import { TONE_NAME_REPLIES } from './toneChoice';

/** One thing the bot holds: a label (a content key), its value, and the command that removes it, if any. */
export interface ProfileItem {
  label: ContentRef;
  value: ReplyValue;
  remove?: string;
}

/** What /profile shows: what the user set, what the bot learned, kept apart. */
export interface ProfileSummary {
  explicit: ProfileItem[];
  learned: ProfileItem[];
  learningPaused: boolean;
  rememberedTurns: number;
}

const SHOWN_INTERESTS = 5;

export function summarizeProfile(profile: UserProfile, content: Content): ProfileSummary {
  return {
    explicit: explicitItems(profile),
    learned: learnedItems(profile, content),
    learningPaused: !learningActive(profile),
    rememberedTurns: profile.memory.turns.length,
  };
}

function explicitItems(profile: UserProfile): ProfileItem[] {
  const { name, tone, topics, blockedTopics, timeZone, learningPaused } = profile.explicit;
  const items: ProfileItem[] = [];
  if (name) items.push(item('name', name));
  if (tone) items.push(item('tone', { key: `tone.name.${tone}` }, '/tone auto'));
  if (topics?.length) items.push(item('topics', topics.join(', '), '/topics clear'));
  if (blockedTopics?.length) items.push(item('blockedTopics', blockedTopics.join(', '), '/topics clear'));
  if (timeZone) items.push(item('timeZone', timeZone, '/timezone auto'));
  if (learningPaused) items.push(item('learning', { key: 'profile.value.paused' }, '/private off'));
  return items;
}

/** Shown even while learning is paused (it is still kept), but marked as not used. */
function learnedItems(profile: UserProfile, content: Content): ProfileItem[] {
  const learned = profile.learned;
  const items: ProfileItem[] = [];
  if (learned.name) items.push(item('learnedName', learned.name));
  // A city that a remembered fact names (where you live) is shown once, as that fact.
  if (learned.city && !profile.memory.facts.some((fact) => fact.value.toLowerCase() === learned.city?.toLowerCase())) items.push(item('city', learned.city));
  if (learned.timeZone) items.push(item('learnedTimeZone', learned.timeZone));
  if (learned.mood !== undefined) items.push(item('mood', { key: `profile.mood.${moodOf({ ...profile, explicit: {} })}` }));
  const style = learnedTone(learned.style);
  if (style) items.push(item('style', { key: `tone.name.${style}` }));
  for (const [topic] of topInterests(learned.interests, SHOWN_INTERESTS)) {
    items.push(item('interest', topic, `/profile remove interest ${topic}`));
  }
  for (const fact of profile.memory.facts) {
    const label = content.replies.has(factLabelKey(fact.key)) ? { key: factLabelKey(fact.key) } : { key: 'profile.label.fact' };
    items.push({ label, value: fact.detail ? `${fact.value} (${fact.detail})` : fact.value, remove: `/profile remove fact ${fact.key} ${fact.value}` });
  }
  items.push(...aboutOthersItems(profile.memory.aboutOthers ?? [], content));
  // What was said in one's own words, newest first, each removable on its own.
  for (const note of [...(profile.memory.notes ?? [])].reverse()) items.push(item('note', note.text, `/profile remove note ${noteId(note.text)}`));
  for (const event of profile.memory.events ?? []) {
    const name = contentValue(content, `event.${event.kind}`) ?? event.kind;
    items.push(item('event', event.date ? `${name} (${event.date})` : name, `/profile remove event ${event.kind}`));
  }
  return items;
}

/** What was told about the people in the person's life, one line per person ("sister Amina: work: pharmacist; home: Oslo"). */
function aboutOthersItems(facts: readonly FactAbout[], content: Content): ProfileItem[] {
  const people = new Map<string, FactAbout[]>();
  for (const fact of facts) {
    const who = [fact.about.kind, fact.about.noun, fact.about.name ?? ''].join('\u0000').toLowerCase();
    people.set(who, [...(people.get(who) ?? []), fact]);
  }
  const template = contentValue(content, 'profileAboutValue') ?? '{{about}} {{name}}: {{facts}}';
  return [...people.values()].map((told) => {
    const { kind, noun, name } = told[0].about;
    const byKind = new Map<string, string[]>();
    for (const fact of told) byKind.set(fact.key, [...(byKind.get(fact.key) ?? []), fact.value]);
    const said = [...byKind].map(([key, values]) => `${content.facts.get(key)?.about?.label ?? key}: ${values.join(', ')}`).join('; ');
    // Someone not kept by name (a mum, a friend) is under a label of their own.
    const label = kind === undefined ? { key: 'profile.label.someone' } : content.replies.has(factLabelKey(kind)) ? { key: factLabelKey(kind) } : { key: 'profile.label.fact' };
    return { label, value: renderTemplate(template, { about: noun, name, facts: said }), remove: `/profile remove about ${noun}${name ? ` ${name}` : ''}` };
  });
}

/** A short, stable id for a note, for its remove button: the note's words may be too long for an argument. */
export function noteId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function item(label: string, value: ReplyValue, remove?: string): ProfileItem {
  return { label: { key: `profile.label.${label}` }, value, ...(remove ? { remove } : {}) };
}

/** The plain-text /profile: the reply itself, and the fallback where cards are not shown. */
export function summaryReplies(summary: ProfileSummary): ReplyRequest[] {
  const line = (entry: ProfileItem): ReplyRequest => ({ key: 'profile.line', values: { label: entry.label, value: entry.value }, append: true });
  return [
    { key: 'profile.header' },
    { key: 'profile.explicit.header', append: true },
    ...(summary.explicit.length > 0 ? summary.explicit.map(line) : [{ key: 'profile.explicit.none', append: true }]),
    { key: 'profile.learned.header', append: true },
    ...(summary.learned.length > 0 ? summary.learned.map(line) : [{ key: 'profile.learned.none', append: true }]),
    ...(summary.learningPaused ? [{ key: 'profile.learned.paused', append: true }] : []),
    { key: 'profile.memory', values: { count: summary.rememberedTurns }, append: true },
    { key: 'profile.footer', append: true },
  ];
}

/** Every reply key the summary (and the card, which shows it) can ask for. */
export const PROFILE_SUMMARY_REPLIES = [
  'profile.header',
  'profile.explicit.header',
  'profile.explicit.none',
  'profile.learned.header',
  'profile.learned.none',
  'profile.learned.paused',
  'profile.line',
  'profile.memory',
  'profile.footer',
  'profile.value.paused',
  ...['name', 'tone', 'topics', 'blockedTopics', 'timeZone', 'learning', 'learnedName', 'city', 'learnedTimeZone', 'mood', 'style', 'interest', 'fact', 'someone', 'note', 'event'].map((label) => `profile.label.${label}`),
  ...MOODS.map((mood) => `profile.mood.${mood}`),
  ...TONE_NAME_REPLIES,
];
