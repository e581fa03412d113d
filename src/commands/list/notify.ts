import { Content } from '../../content/content';
import { formatClock, parseClock } from '../../util/localTime';
import { matchTopic } from '../../content/topics';
import { ProfileChange } from '../../profile/profileChanges';
import { DIGEST_FREQUENCIES, DigestFrequency, UserProfile } from '../../profile/userProfile';
import { ReplyRequest } from '../../vocabulary/reply';
import { echoable, rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';
import { SWITCH_OFF, SWITCH_ON } from '../switchWords';

const ON = new Set([...SWITCH_ON, 'start']);
const OFF = new Set([...SWITCH_OFF, 'stop']);
const SUBCOMMANDS = ['on', 'off', 'digest', 'time', 'quiet', 'topic'];
/** "22:00-08:00", "22:00 - 08:00", "22:00 to 08:00". */
const RANGE = /^(\d{1,2}:\d{2})\s*(?:-|–|to)\s*(\d{1,2}:\d{2})$/i;

/** Every reply key /notify can ask for, so content must define them. */
const NOTIFY_COMMAND_REPLIES = [
  'notify.on',
  'notify.off',
  ...DIGEST_FREQUENCIES.map((frequency) => `notify.digest.set.${frequency}`),
  'notify.time.set',
  'notify.time.invalid',
  'notify.quiet.set',
  'notify.quiet.off',
  'notify.quiet.invalid',
  'notify.topic.on',
  'notify.topic.off',
  'notify.topic.unknown',
  'notify.topic.unknownUnnamed',
  'notify.hint.off',
  'notify.status.on',
  'notify.status.off',
  ...DIGEST_FREQUENCIES.map((frequency) => `notify.status.digest.${frequency}`),
  'notify.status.digest.daily.defaultTime',
  'notify.status.digest.weekly.defaultTime',
  'notify.status.quiet',
  'notify.status.topicsOn',
  'notify.status.topicsOff',
];

/**
 * `/notify` shows the push settings; `on|off`, `digest daily|weekly|off`, `time HH:MM` (local),
 * `quiet HH:MM-HH:MM|off` and `topic X on|off` change them. Off until the user opts in.
 */
export const notifyCommand: Command = {
  name: 'notify',
  aliases: ['notifications', 'push'],
  usage: '/notify [on|off | digest daily|weekly|off | time HH:MM | quiet HH:MM-HH:MM|off | topic TOPIC on|off]',
  group: 'personalize',
  replies: NOTIFY_COMMAND_REPLIES,
  acceptsBare: (args, content) => args.length === 0 || (rejectHostile(args) === undefined && parse(args, content).kind !== 'usage'),
  run({ args, profile, content }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    const parsed = parse(args, content);
    switch (parsed.kind) {
      case 'status':
        return status(profile);
      case 'usage':
        return usageOf(notifyCommand, SUBCOMMANDS);
      case 'enable':
        return parsed.on
          ? { replies: [{ key: 'notify.on', suggestedActions: ['/notify'] }], changes: [{ type: 'setNotify', patch: { enabled: true, declined: false, offered: true } }] }
          : { replies: [{ key: 'notify.off', suggestedActions: ['/notify on'] }], changes: [{ type: 'setNotify', patch: { enabled: false, declined: true, offered: true } }] };
      case 'digest':
        return setting(profile, { key: `notify.digest.set.${parsed.frequency}` }, { type: 'setNotify', patch: { digest: parsed.frequency } });
      case 'time':
        if (parsed.minutes === undefined) return { replies: [{ key: 'notify.time.invalid' }, { ...usageOf(notifyCommand).replies[0], append: true }] };
        return setting(profile, { key: 'notify.time.set', values: { time: formatClock(parsed.minutes) } }, { type: 'setNotify', patch: { time: formatClock(parsed.minutes) } });
      case 'quiet':
        if (parsed.range === null) return setting(profile, { key: 'notify.quiet.off' }, { type: 'setNotify', patch: { quiet: null } });
        if (!parsed.range) return { replies: [{ key: 'notify.quiet.invalid' }, { ...usageOf(notifyCommand).replies[0], append: true }] };
        return setting(profile, { key: 'notify.quiet.set', values: parsed.range }, { type: 'setNotify', patch: { quiet: parsed.range } });
      case 'topic':
        if ('unknown' in parsed) return { replies: [echoable(parsed.unknown) ? { key: 'notify.topic.unknown', values: { topic: parsed.unknown } } : { key: 'notify.topic.unknownUnnamed' }] };
        return setting(profile, { key: parsed.on ? 'notify.topic.on' : 'notify.topic.off', values: { topic: parsed.topic } }, { type: 'setNotifyTopic', topic: parsed.topic, on: parsed.on });
    }
  },
};

type Parsed =
  | { kind: 'status' }
  | { kind: 'usage' }
  | { kind: 'enable'; on: boolean }
  | { kind: 'digest'; frequency: DigestFrequency }
  | { kind: 'time'; minutes: number | undefined }
  /** `range: null` turns quiet hours off; undefined means the range could not be read. */
  | { kind: 'quiet'; range: { from: string; to: string } | null | undefined }
  | { kind: 'topic'; topic: string; on: boolean }
  | { kind: 'topic'; unknown: string };

function parse(args: readonly string[], content: Content): Parsed {
  if (args.length === 0) return { kind: 'status' };
  const [first, ...rest] = args.map((arg) => arg.toLowerCase());
  const tail = rest.join(' ');
  if (rest.length === 0 && ON.has(first)) return { kind: 'enable', on: true };
  if (rest.length === 0 && OFF.has(first)) return { kind: 'enable', on: false };
  if (first === 'digest' && (DIGEST_FREQUENCIES as readonly string[]).includes(tail)) return { kind: 'digest', frequency: tail as DigestFrequency };
  if (first === 'time' && rest.length === 1) return { kind: 'time', minutes: parseClock(tail) };
  if (first === 'quiet' && rest.length > 0) return { kind: 'quiet', range: OFF.has(tail) ? null : quietRange(tail) };
  if (first === 'topic' && rest.length >= 2) {
    const switchWord = rest[rest.length - 1];
    if (!ON.has(switchWord) && !OFF.has(switchWord)) return { kind: 'usage' };
    const typed = args.slice(1, -1).join(' ');
    const topic = matchTopic(typed, content);
    return topic ? { kind: 'topic', topic, on: ON.has(switchWord) } : { kind: 'topic', unknown: typed };
  }
  return { kind: 'usage' };
}

function quietRange(text: string): { from: string; to: string } | undefined {
  const match = RANGE.exec(text);
  if (!match) return undefined;
  const from = parseClock(match[1]);
  const to = parseClock(match[2]);
  if (from === undefined || to === undefined || from === to) return undefined;
  return { from: formatClock(from), to: formatClock(to) };
}

/** A settings change; while push messages are off, the reply says how to turn them on. */
function setting(profile: UserProfile, reply: ReplyRequest, change: ProfileChange): CommandResult {
  const replies: ReplyRequest[] = [reply];
  if (!profile.notify.enabled) replies.push({ key: 'notify.hint.off', append: true, suggestedActions: ['/notify on'] });
  return { replies, changes: [change] };
}

function status(profile: UserProfile): CommandResult {
  const { notify } = profile;
  if (!notify.enabled) return { replies: [{ key: 'notify.status.off', suggestedActions: ['/notify on'] }] };
  const replies: ReplyRequest[] = [
    { key: 'notify.status.on', suggestedActions: ['/notify off', notify.digest === 'daily' ? '/notify digest weekly' : '/notify digest daily'] },
    notify.time || notify.digest === 'off'
      ? { key: `notify.status.digest.${notify.digest}`, values: { time: notify.time ?? '' }, append: true }
      : { key: `notify.status.digest.${notify.digest}.defaultTime`, append: true },
  ];
  if (notify.quiet) replies.push({ key: 'notify.status.quiet', values: { ...notify.quiet }, append: true });
  const switches = Object.entries(notify.topics);
  const on = switches.filter(([, enabled]) => enabled).map(([topic]) => topic);
  const off = switches.filter(([, enabled]) => !enabled).map(([topic]) => topic);
  if (on.length > 0) replies.push({ key: 'notify.status.topicsOn', values: { topics: on.join(', ') }, append: true });
  if (off.length > 0) replies.push({ key: 'notify.status.topicsOff', values: { topics: off.join(', ') }, append: true });
  return { replies };
}
