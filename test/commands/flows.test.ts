import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import type { Storage } from '../../src/storage/storage';
import { replyVariants } from '../../src/content/content';
import { renderTemplate } from '../../src/content/renderTemplate';
import type { Tone } from '../../src/vocabulary/tones';
import { FileStorage } from '../../src/storage/fileStorage';
import type { Rapport } from '../../src/createRapport';
import type { Reply } from '../../src/vocabulary/reply';
import { createTestRapport, expectKey, realContent } from '../helpers/testRapport';

/** The texts a reply key has in one tone: proves a reply was composed in that tone. */
function textsInTone(key: string, tone: Tone, values: Record<string, string> = {}): string[] {
  return replyVariants(realContent(), key, tone).map((variant) => renderTemplate(variant.text, values));
}

function expectInTone(key: string, tone: Tone, values: Record<string, string> = {}) {
  return (activity: Partial<Activity>) => {
    if (!textsInTone(key, tone, values).includes(activity.text ?? '')) throw new Error(`expected "${key}" in the ${tone} tone, got "${activity.text}"`);
  };
}

/** One turn straight through the pipeline, for setting a scene or reading reply keys of multi-line replies. */
async function say(rapport: Rapport, text: string, userId = 'dana-1'): Promise<Reply[]> {
  return (await rapport.runTurn({ kind: 'message', channelId: 'test', userId, conversationId: `conversation-${userId}`, text })).replies;
}

describe('tone', () => {
  it('/tone formal makes later replies formal; /tone auto returns to the learned tone', async () => {
    const { adapter } = createTestRapport();
    await adapter
      .send('/tone formal')
      .assertReply(expectInTone('tone.set', 'formal', { tone: 'formal' }))
      .send('/tone')
      .assertReply(expectInTone('tone.current.explicit', 'formal', { tone: 'formal' }))
      .send('/tone auto')
      .assertReply(expectInTone('tone.auto', 'friendly'))
      .send('/tone')
      .assertReply(expectInTone('tone.current.default', 'friendly', { tone: 'friendly' }))
      .startTest();
  });

  it('an explicit tone set after learning wins over the learned one', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, '/name Dana');
    for (let i = 0; i < 6; i++) await say(rapport, 'lol haha this is awesome!!');
    await adapter
      .send('/tone')
      .assertReply(expectInTone('tone.current.learned', 'playful', { tone: 'playful' }))
      .send('/tone formal')
      .assertReply(expectInTone('tone.set', 'formal', { tone: 'formal' }))
      .send('/tone')
      .assertReply(expectInTone('tone.current.explicit', 'formal', { tone: 'formal' }))
      .startTest();
  });

  it('an explicit tone set before learning stays, whatever is learned after', async () => {
    const { adapter, rapport } = createTestRapport();
    await adapter.send('/tone formal').assertReply(expectInTone('tone.set', 'formal', { tone: 'formal' })).startTest();
    for (let i = 0; i < 6; i++) await say(rapport, 'lol haha this is awesome!!');
    await adapter.send('/tone').assertReply(expectInTone('tone.current.explicit', 'formal', { tone: 'formal' })).startTest();
  });

  it('accepts "tone formal", "be more formal" and the Teams form, and suggests /tone for /tnoe', async () => {
    const { adapter } = createTestRapport();
    const teams: Partial<Activity> = {
      type: 'message',
      text: '<at>Rapport</at> tone playful',
      entities: [{ type: 'mention', mentioned: { id: 'rapport', name: 'Rapport' }, text: '<at>Rapport</at>' }],
    };
    await adapter
      .send('tone concise')
      .assertReply(expectInTone('tone.set', 'concise', { tone: 'concise' }))
      .send('be more formal')
      .assertReply(expectInTone('tone.set', 'formal', { tone: 'formal' }))
      .send(teams)
      .assertReply(expectInTone('tone.set', 'playful', { tone: 'playful' }))
      .send('/tnoe formal')
      .assertReply((activity) => {
        expectKey('command.suggest', { command: 'tnoe', suggestion: 'tone' })(activity);
        expect(activity.suggestedActions?.actions.map((action) => action.value)).toEqual(['/tone formal']);
      })
      .startTest();
  });

  it('answers a wrong tone with the usage and the allowed values', async () => {
    const { rapport } = createTestRapport();
    const [reply] = await say(rapport, '/tone sarcastic');
    expect(reply.key).toBe('command.usage');
    expect(reply.text).toContain('friendly, formal, concise, playful, auto');
  });
});

describe('topics, name and time zone', () => {
  it('sets topics by command and in plain words', async () => {
    const { adapter, rapport } = createTestRapport();
    await adapter
      .send('/topics add cooking')
      .assertReply(expectKey('topics.added', { topics: 'cooking' }))
      .send('stop sending me sports stuff')
      .assertReply(expectKey('topics.removed', { topics: 'sports' }))
      .send('topics add travel')
      .assertReply(expectKey('topics.added', { topics: 'travel' }))
      .startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit).toMatchObject({ topics: ['cooking', 'travel'], blockedTopics: ['sports'] });
  });

  it('"call me Dana" runs /name, and the explicit name beats a learned one', async () => {
    const { adapter, rapport, storage } = createTestRapport();
    await learnName(rapport, storage, 'Danny');
    await adapter
      .send("what's my name")
      .assertReply(expectKey('name.known', { name: 'Danny' }))
      .send('call me Dana')
      .assertReply(expectKey('name.changed', { name: 'Dana' }))
      .send("what's my name")
      .assertReply(expectKey('name.known', { name: 'Dana' }))
      .startTest();
  });

  it('sets the time zone by city, and it wins over the learned one', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, 'I live in Tokyo');
    expect((await rapport.profiles.load('test', 'dana-1')).profile.learned.timeZone).toBe('Asia/Tokyo');
    await adapter.send('/timezone Paris').assertReply(expectKey('timezone.setCity', { city: 'Paris', zone: 'Europe/Paris', time: '11:00' })).startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit.timeZone).toBe('Europe/Paris');
    await adapter.send('/timezone').assertReply(expectKey('timezone.current.explicit', { zone: 'Europe/Paris', time: '11:00' })).startTest();
  });
});

describe('explicit settings stay when something is learned after them', () => {
  it('a time zone set before "I live in Tokyo" stays', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, '/timezone Paris');
    await say(rapport, 'I live in Tokyo');
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.learned.timeZone).toBe('Asia/Tokyo');
    await adapter.send('/timezone').assertReply(expectKey('timezone.current.explicit', { zone: 'Europe/Paris', time: '11:00' })).startTest();
  });

  it('a name set with /name stays when the user later says "I am ..." in passing', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, '/name Dana');
    await say(rapport, "I'm tired");
    await adapter.send("what's my name").assertReply(expectKey('name.known', { name: 'Dana' })).startTest();
  });
});

describe('profile, private mode and export', () => {
  it('/profile sends the text with an Adaptive Card, and a card button runs its command', async () => {
    const { adapter, rapport } = createTestRapport();
    const button: Partial<Activity> = { type: 'message', value: { rapportCommand: '/tone formal' } };
    await say(rapport, '/name Dana');
    expect((await say(rapport, '/profile'))[0].key).toBe('profile.header');
    await adapter
      .send('/profile')
      .assertReply((activity) => {
        expect(activity.text).toContain('Dana');
        expect(activity.attachments?.[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5' } });
      })
      .send(button)
      .assertReply(expectInTone('tone.set', 'formal', { tone: 'formal' }))
      .startTest();
  });

  it('/private on hides what was learned until /private off', async () => {
    const { adapter, rapport, storage } = createTestRapport();
    await learnName(rapport, storage, 'Danny');
    await adapter
      .send('/private on')
      .assertReply(expectKey('private.on'))
      .send("what's my name")
      .assertReply(expectKey('name.unknown'))
      .send('/private off')
      .assertReply(expectKey('private.off'))
      .send("what's my name")
      .assertReply(expectKey('name.known', { name: 'Danny' }))
      .startTest();
  });

  it('/export returns this user\'s data and nothing of anyone else', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, 'call me Lee', 'lee-2');
    await say(rapport, 'I love jazz', 'lee-2');
    await say(rapport, 'call me Dana');
    await adapter
      .send('/export')
      .assertReply((activity) => {
        expectKey('export.ready')(activity);
        const attachment = activity.attachments?.[0];
        expect(attachment).toMatchObject({ contentType: 'application/json', name: 'rapport-export.json' });
        const json = JSON.stringify(attachment?.content);
        expect(json).toContain('dana-1');
        expect(json).toContain('call me Dana');
        expect(json).not.toContain('lee-2');
        expect(json).not.toContain('jazz');
      })
      .startTest();
  });
});

describe('forget', () => {
  it('asks, erases on yes, and meets the user as new afterwards', async () => {
    const { adapter, rapport, storage } = createTestRapport();
    await say(rapport, 'call me Dana');
    await adapter
      .send('forget everything about me')
      .assertReply((activity) => {
        expectKey('forget.confirm')(activity);
        expect(activity.suggestedActions?.actions.map((action) => action.value)).toEqual(['yes', 'no']);
      })
      .send('yes')
      .assertReply(expectKey('forget.done'))
      .startTest();
    expect(await storage.read(['users/test/dana-1'])).toEqual({});
    await adapter.send('hello').assertReply(expectKey('welcome.new')).startTest();
    expect((await rapport.profiles.load('test', 'dana-1')).profile.explicit.name).toBeUndefined();
  });

  it('keeps everything on no, and a later yes does not erase', async () => {
    const { adapter, rapport } = createTestRapport();
    await say(rapport, 'call me Dana');
    await adapter.send('/forget').assertReply(expectKey('forget.confirm')).send('no').assertReply(expectKey('forget.cancelled')).send('/forget').assertReply(expectKey('forget.confirm')).startTest();
    await say(rapport, 'thanks');
    expect((await say(rapport, 'yes')).map((reply) => reply.key)).not.toContain('forget.done');
    expect((await rapport.profiles.load('test', 'dana-1')).profile.explicit.name).toBe('Dana');
  });

  it('a deleteUserData activity erases without asking', async () => {
    const { adapter, storage, rapport } = createTestRapport();
    await say(rapport, 'call me Lee', 'lee-2');
    await say(rapport, 'call me Dana');
    await adapter.send({ type: 'deleteUserData' } as Partial<Activity>).startTest();
    expect(await storage.read(['users/test/dana-1'])).toEqual({});
    expect(Object.keys(await storage.read(['users/test/lee-2']))).toEqual(['users/test/lee-2']);
  });

  it('leaves no trace of the user id, name or messages in the store files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-forget-'));
    const storage = await FileStorage.open(path.join(dir, 'rapport.json'));
    try {
      const { adapterFor, rapport } = createTestRapport({ storage });
      await say(rapport, 'call me Lee', 'lee-2');
      for (const text of ['call me Zephyrine', 'my secret pangolin phrase', 'I live in Lisbon']) await say(rapport, text, 'zq-forgettable-7');
      const dana = adapterFor('zq-forgettable-7');
      const before = await storeText(dir);
      for (const trace of ['zq-forgettable-7', 'Zephyrine', 'pangolin']) expect(before).toContain(trace);

      await dana.send('/forget').assertReply(expectKey('forget.confirm')).send('yes').assertReply(expectKey('forget.done')).startTest();
      const after = await storeText(dir);
      for (const trace of ['zq-forgettable-7', 'Zephyrine', 'pangolin']) expect(after).not.toContain(trace);
      expect(after).toContain('lee-2');
    } finally {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A name the bot learned (not one the user set), written as the learner would leave it. */
async function learnName(rapport: Rapport, storage: Storage, name: string): Promise<void> {
  await say(rapport, 'hello');
  const { profile, eTag } = await rapport.profiles.load('test', 'dana-1');
  await storage.write({ 'users/test/dana-1': { profile: { ...profile, pending: undefined, learned: { ...profile.learned, name } }, eTag } });
}

/** Every file the store keeps, concatenated: what a grep of the data folder would see. */
async function storeText(dir: string): Promise<string> {
  const files = await readdir(dir);
  const texts = await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')));
  return texts.join('\n');
}
