import type { ConversationAccount } from 'botbuilder';
import { replyVariants } from '../../src/content/content';
import { FRUSTRATED_BELOW } from '../../src/personalization/replyContext';
import { ManualClock } from '../../src/util/clock';
import { createTestRapport, isReply, realContent, say, sayText, TestRapport } from '../helpers/testRapport';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const USER = 'dana-1';
const GROUP: Partial<ConversationAccount> = { id: 'team-group', isGroup: true, conversationType: 'groupChat', name: 'Friends' };

/** The reply keys of the last turn (appended lines included), read from what the turn remembered. */
async function keysOf(bot: TestRapport, userId = USER): Promise<string[]> {
  const { profile } = await bot.rapport.profiles.load('test', userId);
  const last = profile.memory.turns.at(-1);
  return (last?.variants ?? []).map((id) => id.split(':')[0]);
}

/** Sends a message and returns the reply keys. */
async function keysFor(bot: TestRapport, text: string, adapter = bot.adapter): Promise<string[]> {
  await say(adapter, text);
  return keysOf(bot);
}

/** A user who already gave a name, so the welcome question is out of the way. */
async function knownUser(options: { clock?: ManualClock; operator?: string } = {}): Promise<TestRapport> {
  const bot = createTestRapport(options);
  await sayText(bot.adapter, 'call me Dana');
  return bot;
}

async function profileOf(bot: TestRapport, userId = USER) {
  return (await bot.rapport.profiles.load('test', userId)).profile;
}

describe('feelings and news', () => {
  it.each([
    ["I'm absolutely shattered after this week", 'feelTired'],
    ['honestly today was a nightmare', 'feelBad'],
    ['I got the job!', 'shareGoodNews'],
    ["I'm so happy today", 'feelGood'],
    ['I failed my exam', 'shareBadNews'],
    ["I'm really nervous", 'feelNervous'],
  ])('answers "%s" with %s, never the fallback', async (text, key) => {
    const bot = await knownUser();
    expect(await keysFor(bot, text)).toContain(key);
  });

  it('moves the learned mood: down with bad news and tiredness, up with good news', async () => {
    const bot = await knownUser();
    await say(bot.adapter, "I'm completely worn out");
    const tired = (await profileOf(bot)).learned.mood ?? 0;
    expect(tired).toBeLessThan(0);
    await say(bot.adapter, 'I passed my exam!');
    expect((await profileOf(bot)).learned.mood ?? 0).toBeGreaterThan(tired);
  });

  it('does not take a feeling for a name or a fact', async () => {
    const bot = createTestRapport();
    await say(bot.adapter, 'hello');
    await say(bot.adapter, "I'm exhausted");
    const profile = await profileOf(bot);
    expect(profile.explicit.name).toBeUndefined();
    expect(profile.memory.facts).toEqual([]);
    expect(await keysOf(bot)).toContain('feelTired');
  });

  it('reads "today was awful" as a bad day even when the words look like a good-day sentence', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, 'today was awful')).toContain('feelBad');
  });

  // The good or bad kind is decided by the summed valence with hedges skipped (nlu/polarity.ts), not by
  // the per-word average, which a long sentence dilutes.
  it.each([
    ["I'm feeling pretty lonely tonight", 'feelBad'],
    ["can't complain, things are going well", 'feelGood'],
    // Taken for a fact (a home) by the model, with no city in it: the feeling it carries is answered.
    ["I'm really lonely since I moved here", 'feelBad'],
  ])('reads the feeling in "%s" as %s', async (text, key) => {
    const bot = await knownUser();
    expect(await keysFor(bot, text)).toContain(key);
  });
});

describe('events: remembered, followed up once in a later conversation', () => {
  // Monday 2 March 2026, 10:00 UTC.
  const start = () => new ManualClock('2026-03-02T10:00:00Z');

  it('remembers an interview with its day, shows it, asks how it went after the day, and only once', async () => {
    const clock = start();
    const bot = await knownUser({ clock });
    expect(await keysFor(bot, 'I have a job interview on friday')).toEqual(['tellEvent', 'event.remembered']);
    expect((await profileOf(bot)).memory.events).toEqual([{ kind: 'interview', date: '2026-03-06', learnedAt: clock.now().toISOString() }]);
    const profileText = (await sayText(bot.adapter, '/profile')).join('\n');
    expect(profileText).toContain('2026-03-06');

    // A later conversation before the day: nothing is asked yet.
    clock.advance(DAY);
    expect(await keysFor(bot, 'hello')).toEqual(['welcome.back']);
    // After the day, once.
    clock.set('2026-03-07T09:00:00Z');
    expect(await keysFor(bot, 'hi')).toEqual(['welcome.back', 'followUp.interview']);
    expect(await keysFor(bot, 'yes')).toEqual(['followUp.good']);
    clock.advance(DAY);
    expect(await keysFor(bot, 'hello')).toEqual(['welcome.back']);
    expect((await profileOf(bot)).memory.events?.[0].followedUpAt).toBe('2026-03-07T09:00:00.000Z');
  });

  it('follows up on an event without a day in the next conversation, even without a greeting', async () => {
    const clock = start();
    const bot = await knownUser({ clock });
    await say(bot.adapter, "I'm so nervous about my exam");
    expect((await profileOf(bot)).memory.events?.map((event) => event.kind)).toEqual(['exam']);
    clock.advance(DAY);
    expect(await keysFor(bot, 'tell me a joke')).toEqual(['joke', 'followUp.exam']);
    expect(await keysFor(bot, 'it went really badly, I failed')).not.toContain('fallback');
  });

  it('does not ask later about an event the person already said went well', async () => {
    const clock = start();
    const bot = await knownUser({ clock });
    await say(bot.adapter, 'I have a job interview on friday');
    clock.set('2026-03-04T09:00:00Z');
    expect(await keysFor(bot, 'it went great, I got the job!')).toEqual(['followUp.good']);
    clock.set('2026-03-09T09:00:00Z');
    expect(await keysFor(bot, 'hi')).toEqual(['welcome.back']);
  });

  it('never follows up in a group conversation, and does not remember events with learning paused', async () => {
    const clock = start();
    const bot = await knownUser({ clock });
    await say(bot.adapter, "we're moving house next week");
    clock.advance(10 * DAY);
    await say(bot.adapterFor(USER, GROUP), 'hello');
    const said = await keysOf(bot);
    expect(said).not.toContain('followUp.move');
    expect((await profileOf(bot)).memory.events?.[0].followedUpAt).toBeUndefined();

    const paused = await knownUser({ clock });
    await say(paused.adapter, '/private on');
    await say(paused.adapter, 'I have an exam tomorrow');
    expect((await profileOf(paused)).memory.events ?? []).toEqual([]);
  });

  it('is in /export and can be removed with /profile remove event', async () => {
    const bot = await knownUser({ clock: start() });
    await say(bot.adapter, 'off on a trip to portugal next week');
    const [exported] = await say(bot.adapter, '/export');
    const file = exported.attachments?.find((attachment) => attachment.name === 'rapport-export.json');
    expect(JSON.stringify(file?.content)).toContain('"kind":"trip"');
    expect(await keysFor(bot, '/profile remove event trip')).toEqual(['profile.removed']);
    expect((await profileOf(bot)).memory.events).toEqual([]);
  });

  it('does not remember a booking or a reminder request as an event', async () => {
    const bot = await knownUser({ clock: start() });
    for (const text of ['book me a flight to rome for next week', 'remind me about my exam tomorrow']) await say(bot.adapter, text);
    expect((await profileOf(bot)).memory.events ?? []).toEqual([]);
  });
});

describe('small talk and the bot itself', () => {
  it("gives its own name when asked, rather than a remark about its favourite things", async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, "what's your name?")).toEqual(['askBotName']);
  });

  it('says honestly it cannot call, text or email anyone (not a name to remember)', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, 'call my mom')).toEqual(['contactSomeone']);
    expect((await profileOf(bot)).explicit.name).toBe('Dana');
  });

  it('says honestly that it is a bot, who runs it, and what it keeps', async () => {
    const bot = await knownUser({ operator: 'Contoso Support' });
    expect(await keysFor(bot, 'am I chatting with a human?')).toEqual(['askIsBot']);
    const [creator] = await sayText(bot.adapter, 'who is behind this bot?');
    expect(isReply(creator, 'askCreator', { operator: 'Contoso Support' })).toBe(true);
    expect(creator).toContain('Contoso Support');
    expect(await keysFor(bot, 'do you keep my messages?')).toEqual(['askMemory']);
  });

  it('tells jokes from content in the person’s tone, never the same one twice, then says it has run out', async () => {
    const bot = await knownUser();
    await say(bot.adapter, '/tone formal');
    const jokes = replyVariants(realContent(), 'joke', 'formal').map((variant) => variant.text);
    const told: string[] = [];
    for (let i = 0; i < jokes.length; i++) told.push(...(await sayText(bot.adapter, 'tell me a joke')));
    expect([...told].sort()).toEqual([...jokes].sort());
    expect(await keysFor(bot, 'tell me a joke')).toEqual(['joke.none']);
  });

  it('reads "another one" as more of the same: another joke, another pick, or asks what', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, 'another one')).toEqual(['glue.again']);
    await say(bot.adapter, 'tell me a joke');
    expect(await keysFor(bot, 'another one')).toEqual(['joke']);
    expect(await keysFor(bot, 'one more')).toEqual(['joke']);
    await say(bot.adapter, 'recommend something');
    expect(await keysFor(bot, 'another one')).toEqual(['recommend.item']);
  });

  it('thanks a compliment and takes an insult as frustration, answering it gracefully', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, "you're the greatest bot")).toEqual(['compliment']);
    expect(await keysFor(bot, "you're an idiot")).toEqual(['insult']);
    expect((await profileOf(bot)).learned.mood ?? 0).toBeLessThan(FRUSTRATED_BELOW);
  });

  it('answers greetings, goodbyes and "how are you" of every register', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, 'how are you doing today?')).toEqual(['howAreYou']);
    expect(await keysFor(bot, 'catch you later')).toEqual(['bye']);
  });
});

describe('conversational glue', () => {
  it('reads yes, no and never mind as answers to the name question', async () => {
    const bot = createTestRapport();
    await say(bot.adapter, 'hi');
    expect(await keysFor(bot, 'sure')).toEqual(['glue.askName.affirm']);
    expect(await keysFor(bot, 'Dana')).toEqual(['name.saved']);

    const other = createTestRapport();
    await say(other.adapter, 'hi');
    expect(await keysFor(other, 'nope')).toEqual(['name.skipped']);
    expect((await profileOf(other)).explicit.name).toBeUndefined();
  });

  it('reads texting shorthand after the name question: "gm" greets back and keeps asking, "nvm" skips the name', async () => {
    const bot = createTestRapport();
    await say(bot.adapter, 'hi');
    expect(await keysFor(bot, 'gm rapport')).toEqual(['greet', 'name.ask']);
    expect(await keysFor(bot, 'nvm')).toEqual(['name.skipped']);
    expect(await keysFor(bot, 'ok cya')).toEqual(['bye']);
  });

  it.each(['gtg', 'np', 'hbu'])('never takes the shorthand "%s" for a name when it answers the name question', async (text) => {
    const bot = createTestRapport();
    await say(bot.adapter, 'hey');
    await say(bot.adapter, text);
    expect((await profileOf(bot)).explicit.name).toBeUndefined();
    expect(await keysOf(bot)).not.toContain('name.saved');
  });

  it.each([
    ['ok', 'glue.acknowledge'],
    ['haha', 'glue.laugh'],
    ['hmm', 'glue.hesitate'],
    ['sorry', 'glue.apologize'],
    ['forget about it', 'glue.nevermind'],
    ['yes', 'glue.affirm'],
    ['no', 'glue.deny'],
  ])('acknowledges "%s" lightly when nothing was asked (%s), never with the fallback', async (text, key) => {
    const bot = await knownUser();
    expect(await keysFor(bot, text)).toEqual([key]);
  });

  it('does not erase anything on "forget it", nor read "I\'m good" as a goodbye', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, 'forget it')).toEqual(['glue.nevermind']);
    expect((await profileOf(bot)).explicit.name).toBe('Dana');
    expect(await keysFor(bot, "i'm good")).toEqual(['feelGood']);
  });

  it('takes yes after "want a recommendation?" as the answer, and no as a no', async () => {
    const bot = await knownUser();
    expect(await keysFor(bot, "I'm so bored")).toEqual(['feelBored']);
    expect(await keysFor(bot, 'yes please')).toEqual(['recommend.item']);
    await say(bot.adapter, 'bored out of my mind');
    expect(await keysFor(bot, 'nah')).toEqual(['glue.offerRecommendation.deny']);
  });
});

describe('settings in plain words', () => {
  it('"stop messaging me" turns push messages off, not private mode', async () => {
    const bot = await knownUser();
    await say(bot.adapter, '/notify on');
    await say(bot.adapter, 'stop messaging me');
    const profile = await profileOf(bot);
    expect(profile.notify.enabled).toBe(false);
    expect(profile.explicit.learningPaused).toBeUndefined();
  });

  it('words about sound, music or another app\'s updates never touch push messages: they get their honest limit', async () => {
    const bot = await knownUser();
    await say(bot.adapter, '/notify on');
    expect(await keysFor(bot, 'mute the volume')).toEqual(['controlDevice']);
    expect((await profileOf(bot)).notify).toMatchObject({ enabled: true, declined: false });
    await say(bot.adapter, '/notify off');
    expect(await keysFor(bot, "show me updates from my sister's instagram")).toEqual(['readAccounts']);
    expect((await profileOf(bot)).notify.enabled).toBe(false);
    await say(bot.adapter, 'send me notifications please');
    expect((await profileOf(bot)).notify.enabled).toBe(true);
  });

  it('"keep it shorter" switches to concise', async () => {
    const bot = await knownUser();
    await say(bot.adapter, 'keep it shorter please');
    expect((await profileOf(bot)).explicit.tone).toBe('concise');
  });

  it('"let\'s start over" offers /reset and only resets on yes', async () => {
    const bot = await knownUser();
    await say(bot.adapter, '/tone formal');
    expect(await keysFor(bot, "let's start over")).toEqual(['reset.offer']);
    expect(await keysFor(bot, 'no')).toEqual(['reset.cancelled']);
    expect((await profileOf(bot)).explicit.tone).toBe('formal');
    await say(bot.adapter, 'can we start from scratch?');
    expect(await keysFor(bot, 'yes')).toEqual(['reset.done']);
    const profile = await profileOf(bot);
    expect(profile.explicit.tone).toBeUndefined();
    expect(profile.explicit.name).toBe('Dana');
  });
});

describe('honest limits and simple things done', () => {
  it.each([
    ['will it rain this afternoon?', 'askWeather'],
    ['what was the final score last night?', 'askScores'],
    ['set a timer for ten minutes', 'setAlarm'],
    ['remind me to call my mum tonight', 'setReminder'],
    ['can you book a table for four?', 'makeBooking'],
    ['search the internet for me', 'webSearch'],
    ['add butter to my grocery list', 'setReminder'],
    ['play something by coldplay', 'controlDevice'],
    ['check my twitter for me', 'readAccounts'],
  ])('"%s" gets its specific "I can\'t do that" (%s)', async (text, key) => {
    const bot = await knownUser();
    expect(await keysFor(bot, text)).toEqual([key]);
  });

  it("says today's date and the time in the user's own time zone", async () => {
    const bot = await knownUser({ clock: new ManualClock('2026-03-02T23:30:00Z') });
    const [date] = await sayText(bot.adapter, 'what is the date today?');
    expect(isReply(date, 'date.today', { date: 'Monday, 2 March 2026' })).toBe(true);
    const [utcTime] = await sayText(bot.adapter, 'what time is it?');
    expect(isReply(utcTime, 'time.nowDefaultZone', { time: '23:30', zone: 'UTC' })).toBe(true);
    await say(bot.adapter, '/timezone Asia/Tokyo');
    const [tokyo] = await sayText(bot.adapter, "what's the time?");
    expect(isReply(tokyo, 'time.now', { time: '08:30', zone: 'Asia/Tokyo' })).toBe(true);
    const [tokyoDate] = await sayText(bot.adapter, 'what day is it?');
    expect(isReply(tokyoDate, 'date.today', { date: 'Tuesday, 3 March 2026' })).toBe(true);
  });

  it('counts the days to a holiday or a weekday from today in the person\'s zone', async () => {
    const bot = await knownUser({ clock: new ManualClock('2026-12-23T23:30:00Z') });
    const [utc] = await sayText(bot.adapter, 'how many days till christmas?');
    expect(isReply(utc, 'daysUntil.result', { days: 2, date: 'Friday, 25 December 2026' })).toBe(true);
    await say(bot.adapter, '/timezone Asia/Tokyo');
    const [tokyo] = await sayText(bot.adapter, 'how long until christmas?');
    expect(isReply(tokyo, 'daysUntil.tomorrow', { days: 1, date: 'Friday, 25 December 2026' })).toBe(true);
    expect(await keysFor(bot, 'how many days are left until then?')).toEqual(['daysUntil.unclear']);
  });

  it('does simple arithmetic, and says so when it cannot', async () => {
    const bot = await knownUser();
    const [product] = await sayText(bot.adapter, "what's 12 times 3?");
    expect(isReply(product, 'calculate.result', { expression: '12 × 3', result: 36 })).toBe(true);
    expect(await keysFor(bot, 'what is 5 divided by 0')).toEqual(['calculate.undefined']);
    expect(await keysFor(bot, 'can you do maths?')).toEqual(['calculate.unclear']);
  });
});
