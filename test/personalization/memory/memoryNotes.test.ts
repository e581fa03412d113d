import { isReply, say, sayText } from '../../helpers/testRapport';
import { told, memoryChat, type MemoryChat } from '../../helpers/memoryChat';

/** What a person says of themselves that no fact kind holds: kept in their words, found again by a question that shares them. */
describe('personal memory in the person’s own words (notes)', () => {
  const notesOf = async (t: MemoryChat, user = 'dana-1') => ((await t.rapport.profiles.load('test', user)).profile.memory.notes ?? []).map((note) => note.text);
  const CHANNEL = { id: 'team-channel', isGroup: true, conversationType: 'channel', name: 'General' };

  it('keeps what it has no kind for, says so instead of "I didn’t catch that", and answers a question that shares its words', async () => {
    const t = memoryChat();
    const [reply] = await sayText(t.adapter, 'I keep three beehives on the allotment behind the church');
    expect(isReply(reply, 'memory.noteKept')).toBe(true);
    expect(await notesOf(t)).toEqual(['I keep three beehives on the allotment behind the church']);
    // "where …?" is told the place the note says, in its words.
    expect(isReply(await t.ask('where do I keep my beehives?'), 'memory.fromNotePart', { part: 'the allotment behind the church' })).toBe(true);
    // Someone who told nothing is not answered from another person's notes: the intent model answers them.
    const other = memoryChat({ userId: 'sam-2' });
    expect((await sayText(other.adapter, 'where do I keep my beehives?')).join(' ')).not.toContain('allotment');
    // /why says where the answer came from, in words a person understands.
    await t.tell('where do I keep my beehives?');
    expect((await sayText(t.adapter, '/why')).join(' ')).toContain('something you told me in your own words');
  });

  it('keeps a clause said without "I" in a message that tells of oneself, not one about someone else, and tells it back as said', async () => {
    const t = await told('I weld ships for a living. Running the parkrun most saturdays. It rained all week.');
    // "I weld ships for a living" is work, kept as a fact ("weld ships"), so no note.
    expect(await notesOf(t)).toEqual(['Running the parkrun most saturdays']);
    expect(await t.ask("what's my job?")).toContain('weld ships');
    expect(isReply(await t.ask('what do I run on saturdays?'), 'memory.fromNoteSaid', { note: 'Running the parkrun most saturdays' })).toBe(true);
    // Alone, with nothing about the person, it is not kept.
    await t.tell('lovely weather for ducks today');
    expect(await notesOf(t)).toEqual(['Running the parkrun most saturdays']);
    // "im" is told back as "you are", not "you're am".
    await t.tell('im usually up at 5 to feed the chickens');
    expect(await t.ask('what do I feed at 5?')).toContain('you are usually up at 5 to feed the chickens');
  });

  it('finds the note by a word’s other forms, and by WordNet’s category or an occupation', async () => {
    const t = await told('my nephew Ollie rings me every Tuesday evening', "I've had to quit squash because of my back", 'for thirty years I was a locksmith in Hull');
    expect(await t.ask('who rings me on tuesdays?')).toContain('Ollie');
    expect(await t.ask('which sport did I have to quit?')).toContain('squash');
    expect(await t.ask('what was my trade?')).toContain('locksmith');
  });

  it('answers a question for a place, a person, a time or a number with the one the note names, not all it says', async () => {
    const t = await told('I run a little bike repair shop in Utrecht with my brother Joost', 'our big anniversary party is on the 14th of March', 'I swim 40 lengths before breakfast');
    expect(isReply(await t.ask('which city is my shop in?'), 'memory.fromNotePart', { part: 'Utrecht' })).toBe(true);
    expect(isReply(await t.ask('who do I repair bikes with?'), 'memory.fromNotePart', { part: 'Joost' })).toBe(true);
    expect(isReply(await t.ask('when is our anniversary party?'), 'memory.fromNotePart', { part: 'the 14th of March' })).toBe(true);
    // The figure with the thing it counts ("40 lengths"), as the question counts lengths.
    expect(isReply(await t.ask('how many lengths do I swim?'), 'memory.fromNotePart', { part: '40 lengths' })).toBe(true);
    await t.tell('I have coached the under-12s for 6 years now');
    expect(isReply(await t.ask('how long have I coached the under-12s?'), 'memory.fromNotePart', { part: '6 years' })).toBe(true);
    expect(isReply(await t.ask('how many years have I coached the under-12s?'), 'memory.fromNotePart', { part: '6 years' })).toBe(true);
    // /why after the part alone still says where it came from.
    expect((await sayText(t.adapter, '/why')).join(' ')).toContain('something you told me in your own words');
    // Two of the sort, or none: the note is told whole.
    await t.tell('I sail with Pieter and Femke most weekends');
    expect(await t.ask('who do I sail with?')).toContain('you sail with Pieter and Femke most weekends');
  });

  it('answers with the part of a long note that holds what matched, not everything said with it', async () => {
    const t = await told('I brew my own cider in the shed, the apples come from my gran’s orchard, and the labels are hand drawn');
    const answer = await t.ask('where do the apples for my cider come from?');
    expect(answer).toContain('orchard');
  });

  it('answers a "who" question without "I" from the note that has every one of its words, and no other', async () => {
    const t = await told('my cousin pedro just started a job in Denver', 'I watched the rugby final with my uncle');
    expect((await t.ask('who started a job in Denver?')).toLowerCase()).toContain('pedro');
    // Not every word is in a note: the question is no question about what was told.
    expect((await sayText(t.adapter, 'who won the rugby final?')).join(' ')).not.toContain('uncle');
  });

  it('does not answer a question about work from a note that only says what one is into ("a cricket nerd")', async () => {
    const t = await told("honestly I'm a massive chess geek these days");
    expect(await t.ask("what's my job?")).not.toContain('geek');
  });

  it('does not answer with a name kept as another kind ("Paddy" the budgie is nobody\'s husband)', async () => {
    const t = await told('no dogs here, only a canary called Pip who sings louder than my late husband did');
    expect(await t.ask("what was my husband's name?")).not.toContain('Pip');
    expect(await t.ask("what's my canary called?")).toContain('Pip');
  });

  it('answers a question about someone only from a note that names them', async () => {
    const t = await told('I share a flat with my boyfriend and his two noisy parrots');
    expect(await t.ask('where does my sister live?')).not.toContain('parrots');
    await t.tell('my sister runs marathons for fun, which I will never understand');
    expect(await t.ask('what does my sister do for fun?')).toContain('marathons');
  });

  it('never answers a question about the person’s own home, job or age from a note about someone else, nor a place from one without a place', async () => {
    const t = await told('my cousin Mira rents a tiny flat above a bakery in Ghent');
    expect(isReply(await t.ask('where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
    await t.tell('I live above the old post office these days');
    expect(isReply(await t.ask('where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
  });

  it('does not keep questions, things said to the bot, or requests for advice, and does not answer advice questions from notes', async () => {
    const t = await told('I cook a big curry every Sunday for the whole family', 'what should I cook tonight?', 'can you tell me a joke about my cooking?', 'I think you are funny');
    expect(await notesOf(t)).toEqual(['I cook a big curry every Sunday for the whole family']);
    expect(await t.ask('what do I cook on sundays?')).toContain('curry');
  });

  it('forgets a note by what it says, with the fact it names, and takes it back with "scratch that"', async () => {
    const t = await told('I snore like a foghorn according to my flatmates');
    const [forgot] = await sayText(t.adapter, 'please forget that I snore');
    expect(isReply(forgot, 'memory.forgot', { label: 'that you snore like a foghorn according to your flatmates' })).toBe(true);
    expect(await notesOf(t)).toEqual([]);
    await t.tell('I have a tortoise called Brutus who sleeps under the radiator all winter', 'forget Brutus');
    expect((await notesOf(t)).join(' ')).not.toContain('Brutus');
    await t.tell('I collect vintage fountain pens from flea markets', 'scratch that');
    expect(await notesOf(t)).toEqual([]);
  });

  it('shows notes in /profile with a remove command, removes one, and erases them all with /forget', async () => {
    const t = await told('I always sleep with the bedroom window wide open');
    const [profile] = await sayText(t.adapter, '/profile');
    expect(profile).toContain('I always sleep with the bedroom window wide open');
    const command = /\/profile remove note [0-9a-f]{8}/.exec(JSON.stringify(await say(t.adapter, '/profile')))?.[0];
    expect(command).toBeDefined();
    expect(isReply((await sayText(t.adapter, command ?? ''))[0], 'profile.removed', { value: 'I always sleep with the bedroom window wide open' })).toBe(true);
    expect(await notesOf(t)).toEqual([]);
    await t.tell('I always sleep with the bedroom window wide open');
    // /export holds it, as everything kept does.
    expect(JSON.stringify(await say(t.adapter, '/export'))).toContain('I always sleep with the bedroom window wide open');
    await t.tell('/forget', 'yes');
    expect(await notesOf(t)).toEqual([]);
  });

  it('keeps nothing in private mode or in a shared conversation, and answers nothing from notes there', async () => {
    const t = await told('I swim in the lake every morning before work');
    const channel = t.adapterFor('dana-1', CHANNEL);
    expect((await sayText(channel, 'where do I swim every morning?')).join(' ')).not.toContain('lake');
    await sayText(channel, 'I play the bagpipes at weddings');
    await t.tell('/private on', 'I grow chillies on the balcony');
    expect(await notesOf(t)).toEqual(['I swim in the lake every morning before work']);
  });
  it('answers a question naming a kind of what was said (WordNet), and says it was never told when nothing was', async () => {
    const t = await told('I live in Hull', 'I go out on the river most weekends after trout', 'Allotment on Tuesdays. Mostly marrows.');
    // "fish" names no word of the note, but a trout is a fish.
    expect(await t.ask('what kind of fish do I go after?')).toContain('trout');
    // Said without "I": kept, the fragments side by side together, and found again.
    expect(await notesOf(t)).toContain('Allotment on Tuesdays, Mostly marrows');
    expect(await t.ask('which day do I go to the allotment?')).toContain('Tuesday');
    // A question about oneself nothing was said of, that the intent model would take for something else.
    expect(isReply(await t.ask('what belt am I in karate?'), 'memory.unknown', { label: 'that' })).toBe(true);
    // Someone new who says the same without "I" tells of themselves too; a request said so asks, and keeps nothing.
    const other = memoryChat({ userId: 'sam-2' });
    await other.tell('Allotment on Tuesdays. Mostly marrows.');
    expect(await notesOf(other, 'sam-2')).toEqual(['Allotment on Tuesdays, Mostly marrows']);
    const asking = memoryChat({ userId: 'kim-3' });
    await asking.tell('set my alarm for six am', 'lights up please', 'Good morning!');
    expect(await notesOf(asking, 'kim-3')).toEqual([]);
  });
  it('keeps terse fragments together and chatty lines said without "I", as said', async () => {
    const t = await told('Rosa. Coffee roaster. Ozone.', 'dog. greyhound. Pastel. rescue', 'got a new truck, 2019 silverado, black', 'i do hvac repair, own my own lil biz now, its called cool breeze hvac');
    const notes = await notesOf(t);
    // The name and the job are read as such; what no kind holds stays beside them.
    expect(notes).toContain('Rosa, Coffee roaster, Ozone');
    expect(notes).toContain('dog, greyhound, Pastel, rescue');
    // A word said mostly in the past is no order ("got"), and "its called …" tells of what was said before it.
    expect(notes).toContain('got a new truck, 2019 silverado, black');
    expect(notes.join(' ')).toContain('its called cool breeze hvac');
    // "I" left out before a verb of having, living or supporting: told, not ordered.
    await t.tell('also have an old Bianchi that lives on the turbo trainer in the garage', 'support the Crusaders, obviously, and get up at stupid hours to watch them');
    expect((await notesOf(t)).join(' ')).toContain('old Bianchi');
    expect(await t.ask('which rugby team do I support?')).toContain('Crusaders');
    // Kept, a statement the model only guesses is a request is answered as told, not as a reset of the settings.
    const [reply] = await sayText(t.adapter, 'Shoreditch site. 6am starts');
    expect(isReply(reply, 'memory.noteKept')).toBe(true);
    // Nonsense tells nothing.
    await t.tell('qwzx plorf vrumble');
    expect((await notesOf(t)).join(' ')).not.toContain('qwzx');
    // A statement that only says what the facts hold is not kept twice, even beside another one.
    const married = await told("I'm married to Owen, who is a paramedic, and we live in Clifton.");
    expect(await notesOf(married)).toEqual([]);
  });
  it('tells the smallest part that answers: what is done without for whom or when, and the whole note when what is asked is named nowhere in it', async () => {
    const t = await told('I live in Derby', 'I carve spoons for my nieces every Christmas', 'I ring the bells at the minster, treble bell mostly');
    const carved = await t.ask('what do I carve?');
    expect(carved).toContain('carve spoons');
    expect(carved).not.toContain('nieces');
    expect(await t.ask('what role do I have in the bell ringing?')).toContain('treble');
  });
});

describe('notes answering what a preposition asks', () => {
  it('tells what follows the preposition a question ends with, and only the verb and object otherwise', async () => {
    const t = await told('I use an inhaler for my asthma, mostly at night');
    expect(await t.ask('what do I use an inhaler for?')).toContain('for your asthma');
    expect(await t.ask('what do I use?')).not.toContain('asthma');
  });
});

describe('a "do" that only stresses the verb', () => {
  it('reads "I do enjoy …" as "I enjoy …", and keeps "I do yoga" as it is', async () => {
    const t = await told('I do enjoy a spot of birdwatching', 'I really do love Whitby', 'I do yoga on Mondays');
    expect(await t.facts()).toEqual(['like:birdwatching', 'like:Whitby']);
    expect(await t.ask('what do I do on Mondays?')).toContain('yoga');
  });
});

describe('notes found whatever the tense, the form of the word, or where the answer sits in them', () => {
  it('meets a verb said in another tense and a noun made from the verb asked with', async () => {
    const t = await told('I live in Carlisle', 'we caught a huge pike at the reservoir last month', 'I do choreography for the village panto every winter');
    expect(await t.ask('what fish did we catch?')).toContain('pike');
    expect(await t.ask('what do I choreograph?')).toContain('panto');
  });

  it('answers "when" only from a note that says when, and tells the time it says', async () => {
    const t = await told('I live in Leek', 'I walk dogs at the animal shelter, we go out every other Saturday', 'the shelter is run by a retired vet called Moira');
    expect(await t.ask('when do I walk the shelter dogs?')).toContain('Saturday');
    const other = await told('I live in Stoke', 'my brother Tom drives a lorry, 3 days on and 2 days off');
    expect(await other.ask("when is Tom's birthday?")).not.toContain('lorry');
  });

  it('tells a part that needs the one before it together with it', async () => {
    const t = await told('I live in Crewe', 'my main hobby is darts, every Tuesday at the Red Lion', 'my favourite film is Paddington 2, I watch it every Christmas');
    expect(await t.ask('what do I do on Tuesdays?')).toContain('darts');
    expect(await t.ask('which film do I watch every Christmas?')).toContain('Paddington');
  });

  it('answers "why" with the reason a note gives, and keeps no "why" question as a note', async () => {
    const t = await told('I live in Dundee', 'I cycle to the office because the buses are never on time');
    const cycle = await t.ask('why do I cycle to the office?');
    expect(cycle).toContain('buses');
    await t.tell('why do i always wake up at 5 on sundays');
    expect(((await t.profile()).memory.notes ?? []).map((note) => note.text).join(' ')).not.toContain('wake up');
    // Someone who told nothing is answered from nothing.
    const blank = memoryChat({ userId: 'sam-2' });
    expect((await sayText(blank.adapter, 'why do I cycle to the office?')).join(' ')).not.toContain('buses');
  });
});
