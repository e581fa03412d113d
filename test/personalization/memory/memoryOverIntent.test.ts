import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * Questions about what the person told that the intent model reads as a web search, a goodbye, the date now or a
 * question about the bot: a note that says the thing asked about answers them, though not every word of the
 * question is in it. Someone who told nothing of it, and the questions those intents are for, get the intent's reply.
 */
describe('personal memory: a told thing asked in words an intent is trained on', () => {
  const lines = [
    'our shed roof caved in back in February',
    "I'm doing a 3 year plumbing apprenticeship",
    'my niece Bea is in the regional chess final in October',
    'I sing with a barbershop group',
    'practice is thursday nights in the church hall',
    'we went to Porto in May, the flight was 2 hours',
  ];

  it('answers from the note that names the thing, though it leaves out a word of the question', async () => {
    const t = await told(...lines);
    expect(await t.ask('when did the old shed roof cave in?')).toMatch(/February/);
    expect(await t.ask('when is the regional chess final?')).toMatch(/October/);
  });

  it('answers "how long is the …?" with the length told of it', async () => {
    const t = await told(...lines);
    expect(await t.ask('how long is the apprenticeship?')).toMatch(/3 year/);
  });

  it('answers from the message right after the one that names the thing, when that one holds no answer', async () => {
    const t = await told(...lines);
    expect(await t.ask('what night is barbershop?')).toMatch(/thursday/i);
  });

  it('leaves the same questions to the intents for someone who told nothing of them', async () => {
    const t = memoryChat();
    expect(await t.ask('when did the old shed roof cave in?')).not.toMatch(/February/);
    expect(await t.ask('how long is the apprenticeship?')).not.toMatch(/3 year/);
    expect(await t.ask('what night is barbershop?')).not.toMatch(/thursday/i);
  });

  it('still answers the weather, the date, "who are you?" and a goodbye as before', async () => {
    const t = await told(...lines);
    for (const question of ["what's the weather like in Porto?", "what's today's date?", 'who are you?', 'bye']) expect(await t.ask(question)).not.toMatch(/told me|you said|you mentioned|flight|thursday/i);
    expect(await t.ask("what's today's date?")).toMatch(/2026/);
  });

  it('does not answer what a later message says of someone else when the question names a person', async () => {
    const t = await told('my team lead is Odile, she is lovely', 'Bram from sales moves to Oslo in October, there is a party');
    expect(await t.ask("when is Odile's birthday?")).not.toMatch(/October/);
  });
});

/**
 * A word the intent's examples say but the notes do not is no veto when it only puts the question ("wrong", "cost",
 * "company" asked by "what", "coming"): the thing asked about, which the person told, decides. The thing an intent is
 * about ("the weather") and what was done, asked "who …?" ("won"), still leave the question to the intent.
 */
describe('personal memory: everyday words of an intent do not take a told thing from memory', () => {
  it('"what\'s wrong with the van?" is answered from what was told of the van', async () => {
    const t = await told("my van's gearbox is broken, the garage says it needs a new clutch");
    expect(await t.ask("what's wrong with the van?")).toMatch(/gearbox/);
  });

  it('"what did the sectional cost?" is answered with the price told', async () => {
    const t = await told('bought a sectional for 1,100 on sale');
    expect(await t.ask('what did the sectional cost?')).toMatch(/1,100/);
  });

  it('"what company made the hearing aids?" is answered from the note, not about the bot', async () => {
    const t = await told('my hearing aids are from Phonak, got them in March');
    expect(await t.ask('what company made the hearing aids?')).toMatch(/Phonak/);
    expect(await t.ask('which company made you?')).not.toMatch(/Phonak/);
  });

  it('"when is the plumber coming?" is answered with the day told', async () => {
    const t = await told('my boiler keeps making a banging noise, a plumber is coming on Tuesday');
    expect(await t.ask('when is the plumber coming?')).toMatch(/Tuesday/);
  });

  it('still leaves the weather of a place told of, and who won a match watched, to the intents', async () => {
    const t = await told('we went to Lisbon in May', 'I watched the rugby final with my uncle');
    expect(await t.ask("what's the weather like in Lisbon?")).not.toMatch(/told me|you said|you mentioned|May/i);
    expect(await t.ask('who won the rugby final?')).not.toMatch(/uncle/);
  });
});

/**
 * The date or the time now is asked of "it" ("what day is it?"); asked of a thing the person told ("what are the dates
 * for the ski trip?") the word only says the sort of the answer. A question about the person's favourite of something
 * read as asking the bot's is theirs when it does not say "you". A question about a told thing that no note answers
 * was not told yet, rather than a web search the bot cannot do.
 */
describe('personal memory: the date, a favourite and a sum raised, asked of a told thing', () => {
  it('answers "what are the dates for …?" from the note that names the thing, and today\'s date as before', async () => {
    const t = await told("we're going on a ski trip to Morzine, 3-10 February", 'my son Leo is in year 4');
    expect(await t.ask('what are the dates for the ski trip?')).toMatch(/3-10 February/);
    expect(await t.ask("what's the date of the ski trip?")).toMatch(/3-10 February/);
    expect(await t.ask("what's the date today?")).toMatch(/2026/);
  });

  it('answers "what\'s the crowd favourite round" from what was told, not as the bot\'s likes', async () => {
    const t = await told('at my quiz the crowd always loves the guess the year round');
    expect(await t.ask("what's the crowd favourite round")).toMatch(/guess the year/);
    expect(await t.ask("what's your favourite colour?")).not.toMatch(/guess the year/);
  });

  it('says a told thing was not told of yet when no note answers, and leaves it to the intent for someone who told nothing', async () => {
    const t = await told("I'm running the bake sale at the school on june 12");
    expect(await t.ask('how much did the bake sale raise?')).toMatch(/haven't told me/);
    expect(await t.ask('when is the bake sale?')).toMatch(/june 12/);
    expect(await memoryChat().ask('how much did the bake sale raise?')).not.toMatch(/haven't told me/);
  });

  it('tells the time and the date now when asked in their own words, though a note says "time" or "date"', async () => {
    const t = await told('I had a great time at the party on the 5th', 'my date with Tom went well');
    expect(await t.ask("what's the time?")).not.toMatch(/party/);
    expect(await t.ask("what's the date")).toMatch(/2026/);
    expect(await t.ask('what date is the party?')).toMatch(/5th/);
    expect(await t.ask('how did my date go?')).toMatch(/Tom/);
  });

  it('answers from a note a question said in the words of an intent that gives no answer (a web search, scores)', async () => {
    const t = await told('broadband is Vodafone, £38 a month, in my flatmate Ines’s name', "the kids' football games are at Fairlop Fields on saturdays");
    expect(await t.ask('how much is the broadband')).toMatch(/38/);
    expect(await t.ask('where are the games')).toMatch(/Fairlop/);
  });

  it('reads initials typed in capitals as the words of the note they spell', async () => {
    const t = await told('booked my Advanced Open Water with a dive shop in Hurghada, €310', 'signed up for a Wilderness First Aid course with Mountain Rescue, £180');
    expect(await t.ask('how much is the AOW course?')).toMatch(/310/);
    expect(await t.ask('what does the WFA course cost?')).toMatch(/180/);
  });
});
