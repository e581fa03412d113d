import { nameCommand } from '../../src/commands/list/name';
import { notifyCommand } from '../../src/commands/list/notify';
import { privateCommand } from '../../src/commands/list/private';
import { resetCommand } from '../../src/commands/list/reset';
import { timezoneCommand } from '../../src/commands/list/timezone';
import { toneCommand } from '../../src/commands/list/tone';
import { topicsCommand } from '../../src/commands/list/topics';
import { HOSTILE, keysOf, profileWith, run } from './commandHarness';

describe('/tone', () => {
  it.each([
    ['formal', 'formal'],
    ['Formal', 'formal'],
    ['professional', 'formal'],
    ['fromal', 'formal'],
    ['concise', 'concise'],
    ['playful', 'playful'],
    ['friendly', 'friendly'],
  ])('"/tone %s" sets the %s tone', async (typed, tone) => {
    const result = await run(toneCommand, typed);
    expect(keysOf(result)).toEqual(['tone.set']);
    expect(result.after.explicit.tone).toBe(tone);
  });

  it('"/tone auto" drops the explicit tone', async () => {
    const result = await run(toneCommand, 'auto', profileWith({ explicit: { tone: 'formal' } }));
    expect(keysOf(result)).toEqual(['tone.auto']);
    expect(result.after.explicit.tone).toBeUndefined();
  });

  it('without an argument says which tone is used and why, with a button per choice', async () => {
    const explicit = await run(toneCommand, '', profileWith({ explicit: { tone: 'formal' } }));
    expect(explicit.replies[0]).toMatchObject({ key: 'tone.current.explicit', values: { tone: { key: 'tone.name.formal' } } });
    expect(explicit.replies[0].suggestedActions).toEqual(['/tone friendly', '/tone formal', '/tone concise', '/tone playful', '/tone auto']);
    const learned = await run(toneCommand, '', profileWith({ learned: { interests: {}, style: { playful: 3 } } }));
    expect(learned.replies[0]).toMatchObject({ key: 'tone.current.learned', values: { tone: { key: 'tone.name.playful' } } });
    expect(keysOf(await run(toneCommand, ''))).toEqual(['tone.current.default']);
  });

  it('answers a wrong tone with the usage and the allowed values, and changes nothing', async () => {
    const result = await run(toneCommand, 'sarcastic');
    expect(keysOf(result)).toEqual(['command.usage', 'command.allowed']);
    expect(result.replies[1].values?.allowed).toBe('friendly, formal, concise, playful, auto');
    expect(result.changes ?? []).toEqual([]);
  });
});

describe('/topics', () => {
  it('adds topics by name, synonym or misspelling, several at once', async () => {
    const result = await run(topicsCommand, 'add Recipes, sprots and travel');
    expect(keysOf(result)).toEqual(['topics.added']);
    expect(result.after.explicit.topics).toEqual(['cooking', 'sports', 'travel']);
  });

  it('removes a topic, blocks it until re-added, and drops what was learned about it', async () => {
    const profile = profileWith({ explicit: { topics: ['sports', 'cooking'] }, learned: { interests: { sports: 2, music: 1 } } });
    const removed = await run(topicsCommand, 'remove sports', profile);
    expect(keysOf(removed)).toEqual(['topics.removed']);
    expect(removed.after.explicit).toMatchObject({ topics: ['cooking'], blockedTopics: ['sports'] });
    expect(removed.after.learned.interests).toEqual({ music: 1 });
    const readded = await run(topicsCommand, 'add sports', removed.after);
    expect(readded.after.explicit).toEqual({ topics: ['cooking', 'sports'] });
  });

  it('clears chosen and blocked topics', async () => {
    const result = await run(topicsCommand, 'clear', profileWith({ explicit: { topics: ['music'], blockedTopics: ['sports'], tone: 'formal' } }));
    expect(keysOf(result)).toEqual(['topics.cleared']);
    expect(result.after.explicit).toEqual({ tone: 'formal' });
  });

  it('shows chosen and blocked topics and the ones it knows', async () => {
    const result = await run(topicsCommand, '', profileWith({ explicit: { topics: ['music'], blockedTopics: ['sports'] } }));
    expect(keysOf(result)).toEqual(['topics.list', 'topics.blockedList', 'topics.available']);
    expect(result.replies[0].suggestedActions).toContain('/topics add cooking');
  });

  it('says an unknown topic is unknown, lists the known ones, and changes nothing', async () => {
    const result = await run(topicsCommand, 'add knitting');
    expect(keysOf(result)).toEqual(['topics.unknown', 'topics.available']);
    expect(result.replies[0].values).toEqual({ topic: 'knitting' });
    expect(result.changes ?? []).toEqual([]);
  });

  it('answers a wrong verb or a missing topic with the usage', async () => {
    expect(keysOf(await run(topicsCommand, 'subscribe cooking'))).toEqual(['command.usage', 'command.allowed']);
    expect(keysOf(await run(topicsCommand, 'add'))).toEqual(['command.usage', 'topics.available']);
    expect(keysOf(await run(topicsCommand, 'clear everything'))).toEqual(['command.usage', 'command.allowed']);
  });
});

describe('/name', () => {
  it('sets the name explicitly, over a learned one', async () => {
    const result = await run(nameCommand, 'dana lee', profileWith({ learned: { interests: {}, name: 'Danny' } }));
    expect(result.replies[0]).toEqual({ key: 'name.changed', values: { name: 'Dana Lee' } });
    expect(result.after.explicit.name).toBe('Dana Lee');
  });

  it('says which name it uses when asked without one', async () => {
    expect((await run(nameCommand, '', profileWith({ explicit: { name: 'Dana' } }))).replies[0]).toEqual({ key: 'name.known', values: { name: 'Dana' } });
    expect(keysOf(await run(nameCommand, ''))).toEqual(['name.unknown']);
  });

  it.each(['tired', 'R2D2', 'a b c d e', 'x'.repeat(41)])('refuses "%s" as a name', async (typed) => {
    const result = await run(nameCommand, typed);
    expect(keysOf(result)).toEqual(['name.invalid']);
    expect(result.changes ?? []).toEqual([]);
  });
});

describe('/timezone', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris', 'timezone.set'],
    ['europe/paris', 'Europe/Paris', 'timezone.set'],
    ['UTC', 'UTC', 'timezone.set'],
    ['Paris', 'Europe/Paris', 'timezone.setCity'],
    ['new york', 'America/New_York', 'timezone.setCity'],
    ['São Paulo', 'America/Sao_Paulo', 'timezone.setCity'],
  ])('"/timezone %s" sets %s', async (typed, zone, key) => {
    const result = await run(timezoneCommand, typed);
    expect(keysOf(result)).toEqual([key]);
    expect(result.after.explicit.timeZone).toBe(zone);
    expect(result.replies[0].values?.time).toBe(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date('2026-03-02T10:00:00Z')));
  });

  it('shows the zone in use and where it comes from: explicit beats learned', async () => {
    const learned = profileWith({ learned: { interests: {}, city: 'Tokyo', timeZone: 'Asia/Tokyo' } });
    expect((await run(timezoneCommand, '', learned)).replies[0]).toMatchObject({ key: 'timezone.current.learned', values: { zone: 'Asia/Tokyo', city: 'Tokyo', time: '19:00' } });
    const both = profileWith({ ...learned, explicit: { timeZone: 'Europe/Paris' } });
    expect((await run(timezoneCommand, '', both)).replies[0]).toMatchObject({ key: 'timezone.current.explicit', values: { zone: 'Europe/Paris', time: '11:00' } });
    expect(keysOf(await run(timezoneCommand, ''))).toEqual(['timezone.current.unknown']);
  });

  it('"/timezone auto" goes back to the learned zone', async () => {
    const result = await run(timezoneCommand, 'auto', profileWith({ explicit: { timeZone: 'Europe/Paris' } }));
    expect(keysOf(result)).toEqual(['timezone.auto']);
    expect(result.after.explicit.timeZone).toBeUndefined();
  });

  it('answers an unknown zone or city with the usage, and changes nothing', async () => {
    const result = await run(timezoneCommand, 'Narnia');
    expect(keysOf(result)).toEqual(['timezone.unknown', 'command.usage']);
    expect(result.changes ?? []).toEqual([]);
    expect(keysOf(await run(timezoneCommand, 'Mars/Olympus_Mons'))).toEqual(['timezone.unknown', 'command.usage']);
  });
});

describe('/private', () => {
  it('pauses and resumes learning', async () => {
    const on = await run(privateCommand, 'on');
    expect(keysOf(on)).toEqual(['private.on']);
    expect(on.after.explicit.learningPaused).toBe(true);
    const off = await run(privateCommand, 'OFF', on.after);
    expect(keysOf(off)).toEqual(['private.off']);
    expect(off.after.explicit.learningPaused).toBe(false);
  });

  it('says whether it is on, with a button to switch', async () => {
    const status = await run(privateCommand, '', profileWith({ explicit: { learningPaused: true } }));
    expect(status.replies[0]).toEqual({ key: 'private.status.on', suggestedActions: ['/private off'] });
  });

  it('takes the same switch words as /notify, but not "start" or "stop", which would mean the opposite there', async () => {
    for (const word of ['yes', 'enable', 'true', 'pause']) expect((await run(privateCommand, word)).after.explicit.learningPaused).toBe(true);
    for (const word of ['no', 'disable', 'false', 'resume']) expect((await run(privateCommand, word, profileWith({ explicit: { learningPaused: true } }))).after.explicit.learningPaused).toBe(false);
    for (const word of ['start', 'stop']) expect(keysOf(await run(privateCommand, word))).toEqual(['command.usage', 'command.allowed']);
    const notifyOn = await run(notifyCommand, 'true');
    expect(notifyOn.after.notify.enabled).toBe(true);
  });

  it('answers anything but on or off with the usage', async () => {
    const result = await run(privateCommand, 'maybe');
    expect(keysOf(result)).toEqual(['command.usage', 'command.allowed']);
    expect(result.changes ?? []).toEqual([]);
  });
});

describe('/reset', () => {
  it('puts settings back to defaults and keeps the name and everything learned', async () => {
    const profile = profileWith({
      explicit: { name: 'Dana', tone: 'formal', topics: ['music'], blockedTopics: ['sports'], timeZone: 'Asia/Tokyo', learningPaused: true },
      learned: { interests: { cooking: 2 }, city: 'Paris', timeZone: 'Europe/Paris' },
    });
    const result = await run(resetCommand, '', profile);
    expect(keysOf(result)).toEqual(['reset.done']);
    expect(result.after.explicit).toEqual({ name: 'Dana' });
    expect(result.after.learned).toEqual(profile.learned);
  });

  it('says when there is nothing to reset, and refuses arguments', async () => {
    expect(keysOf(await run(resetCommand, '', profileWith({ explicit: { name: 'Dana' } })))).toEqual(['reset.nothing']);
    expect(keysOf(await run(resetCommand, 'everything'))).toEqual(['command.usage']);
  });
});

describe('hostile arguments', () => {
  const commands = [
    [toneCommand, ''],
    [topicsCommand, 'add '],
    [topicsCommand, 'remove '],
    [nameCommand, ''],
    [timezoneCommand, ''],
    [privateCommand, ''],
  ] as const;
  for (const [command, prefix] of commands) {
    it.each(HOSTILE)(`/${command.name} ${prefix}with %s gets a clear refusal and changes nothing`, async (_label, typed, key) => {
      const profile = profileWith();
      const result = await run(command, `${prefix}${typed}`, profile);
      expect(keysOf(result)).toEqual([key]);
      expect(result.changes ?? []).toEqual([]);
      expect(result.after).toEqual(profile);
      // The value is never repeated back: channels would render it.
      expect(JSON.stringify(result.replies)).not.toContain(typed.slice(0, 8));
    });
  }
});
