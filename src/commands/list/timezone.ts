import { findCity } from '../../personalization/cities';
import { isValidTimeZone } from '../../util/localTime';
import { learningActive, UserProfile } from '../../profile/userProfile';
import { echoable, rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { reply, usageOf } from '../commandReplies';

/** What an IANA zone name or a UTC offset zone can look like; anything else is looked up as a city. */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;
const AUTO = new Set(['auto', 'default', 'learned']);

/** `/timezone Europe/Paris` or `/timezone Paris` sets the clock replies follow; `/timezone` shows it. */
export const timezoneCommand: Command = {
  name: 'timezone',
  aliases: ['tz', 'time-zone', 'zone'],
  usage: '/timezone [ZONE | CITY | auto]',
  group: 'personalize',
  replies: ['timezone.set', 'timezone.setCity', 'timezone.auto', 'timezone.unknown', 'timezone.unknownUnnamed', 'timezone.current.explicit', 'timezone.current.learned', 'timezone.current.unknown'],
  acceptsBare: (args) => args.length === 0 || (rejectHostile(args) === undefined && resolveZone(args.join(' ')) !== undefined),
  run({ args, profile, now }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    if (args.length === 0) return currentZone(profile, now);
    const typed = args.join(' ');
    if (AUTO.has(typed.toLowerCase())) {
      return { replies: [{ key: 'timezone.auto' }], changes: [{ type: 'setTimeZone', timeZone: undefined }] };
    }
    const resolved = resolveZone(typed);
    if (!resolved) {
      const unknown = echoable(typed) ? reply('timezone.unknown', { zone: typed }) : reply('timezone.unknownUnnamed');
      return { replies: [...unknown.replies, { ...usageOf(timezoneCommand).replies[0], append: true }] };
    }
    const values = { zone: resolved.timeZone, time: localClock(now, resolved.timeZone), ...(resolved.city ? { city: resolved.city } : {}) };
    return {
      replies: [{ key: resolved.city ? 'timezone.setCity' : 'timezone.set', values }],
      changes: [{ type: 'setTimeZone', timeZone: resolved.timeZone }],
    };
  },
};

/** An IANA zone in its canonical spelling ("europe/paris" → "Europe/Paris"), or a known city's zone. */
function resolveZone(typed: string): { timeZone: string; city?: string } | undefined {
  if (ZONE_SHAPE.test(typed) && isValidTimeZone(typed)) {
    return { timeZone: new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone };
  }
  const city = findCity(typed);
  return city ? { timeZone: city.timeZone, city: city.city } : undefined;
}

function currentZone(profile: UserProfile, now: Date): CommandResult {
  const learned = learningActive(profile) ? profile.learned.timeZone : undefined;
  const actions = { suggestedActions: ['/timezone auto'] };
  if (profile.explicit.timeZone) {
    return { replies: [{ key: 'timezone.current.explicit', values: { zone: profile.explicit.timeZone, time: localClock(now, profile.explicit.timeZone) }, ...actions }] };
  }
  if (learned) {
    const values = { zone: learned, time: localClock(now, learned), ...(profile.learned.city ? { city: profile.learned.city } : {}) };
    return { replies: [{ key: 'timezone.current.learned', values }] };
  }
  return { replies: [{ key: 'timezone.current.unknown' }] };
}

/** "14:05": 24-hour time, the same everywhere, so no locale guess is needed. */
function localClock(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(now);
}
