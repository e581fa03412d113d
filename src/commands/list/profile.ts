import { rejectHostile } from '../arguments';
import { Command, CommandContext, CommandResult } from '../command';
import { reply, usageOf } from '../commandReplies';
import { profileCard } from '../profileCard';
import { noteId, summarizeProfile, summaryReplies } from '../profileSummary';
import { PROFILE_CARD_REPLIES } from '../profileCard';
import { PROFILE_SUMMARY_REPLIES } from '../profileSummary';

/**
 * `/profile` shows everything the bot holds about the user, what they set apart from what was learned,
 * as text and as an Adaptive Card. `/profile remove interest X` and `/profile remove fact KEY [VALUE]`
 * drop one learned item, `/profile remove note ID` one thing kept in the person's words, `/profile remove event KIND` a remembered event (the card's remove buttons send these).
 */
export const profileCommand: Command = {
  name: 'profile',
  aliases: ['whoami', 'mydata'],
  usage: '/profile [remove interest TOPIC | remove fact NAME | remove about PERSON | remove note ID | remove event KIND]',
  group: 'privacy',
  replies: ['profile.removed', 'profile.notFound', ...PROFILE_SUMMARY_REPLIES, ...PROFILE_CARD_REPLIES],
  showsPersonalData: true,
  run(context): CommandResult {
    const rejected = rejectHostile(context.args);
    if (rejected) return rejected;
    const [verb, kind, ...rest] = context.args.map((arg, index) => (index < 2 ? arg.toLowerCase() : arg));
    if (verb === undefined) return showProfile(context);
    if (verb !== 'remove' || rest.length === 0) return usageOf(profileCommand, ['remove interest', 'remove fact', 'remove about', 'remove note', 'remove event']);
    if (kind === 'interest') return removeInterest(rest.join(' '), context);
    if (kind === 'fact') return removeFact(rest[0], rest.slice(1).join(' '), context);
    if (kind === 'event') return removeEvent(rest.join(' ').toLowerCase(), context);
    if (kind === 'about') return removeAbout(rest[0], rest.slice(1).join(' '), context);
    if (kind === 'note') return removeNote(rest.join(' '), context);
    return usageOf(profileCommand, ['remove interest', 'remove fact', 'remove about', 'remove note', 'remove event']);
  },
};

function showProfile({ profile, content }: CommandContext): CommandResult {
  const summary = summarizeProfile(profile, content);
  const [first, ...rest] = summaryReplies(summary);
  return { replies: [{ ...first, attachments: [profileCard(summary, content)] }, ...rest] };
}

function removeInterest(topic: string, { profile }: CommandContext): CommandResult {
  // Own keys only: "constructor" or "__proto__" must not find something on the prototype.
  if (!Object.hasOwn(profile.learned.interests, topic)) return reply('profile.notFound');
  return { replies: [{ key: 'profile.removed', values: { value: topic } }], changes: [{ type: 'removeInterest', topic }] };
}

function removeFact(key: string, value: string, { profile }: CommandContext): CommandResult {
  const matching = profile.memory.facts.filter((fact) => fact.key === key && (value === '' || fact.value === value));
  if (matching.length === 0) return reply('profile.notFound');
  return {
    replies: [{ key: 'profile.removed', values: { value: matching.map((fact) => fact.value).join(', ') } }],
    changes: [{ type: 'removeFact', key, ...(value ? { value } : {}) }],
  };
}

/** `/profile remove about sister [Amina]`: everything told about that person (the card's button on their line). */
function removeAbout(noun: string, name: string, { profile }: CommandContext): CommandResult {
  const same = (a: string, b: string | undefined) => a.toLowerCase() === (b ?? '').toLowerCase();
  const matching = (profile.memory.aboutOthers ?? []).filter((fact) => same(noun, fact.about.noun) && (name === '' || same(name, fact.about.name)));
  if (matching.length === 0) return reply('profile.notFound');
  return {
    replies: [{ key: 'profile.removed', values: { value: matching.map((fact) => fact.value).join(', ') } }],
    changes: [{ type: 'removeAbout', noun, ...(name ? { name } : {}) }],
  };
}

/** `/profile remove note ID`: one thing kept in the person's own words (the card's button on its line), by its id or its words. */
function removeNote(id: string, { profile }: CommandContext): CommandResult {
  const wanted = id.trim().toLowerCase();
  const matching = (profile.memory.notes ?? []).filter((note) => noteId(note.text) === wanted || note.text.toLowerCase() === wanted);
  if (matching.length === 0) return reply('profile.notFound');
  return { replies: [{ key: 'profile.removed', values: { value: matching[0].text } }], changes: [{ type: 'removeNotes', texts: matching.map((note) => note.text) }] };
}

function removeEvent(kind: string, { profile }: CommandContext): CommandResult {
  if (!(profile.memory.events ?? []).some((event) => event.kind === kind)) return reply('profile.notFound');
  return { replies: [{ key: 'profile.removed', values: { value: kind } }], changes: [{ type: 'removeEvent', kind }] };
}
