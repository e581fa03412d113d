import { isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Ways people say things about themselves that the memory reader missed on unseen people (own set 8). */
describe('personal memory in everyday wording', () => {

  it('reads a statement that leaves out "my"', async () => {
    const t = await told("husband's called Luis", "bday's on 4 may");
    expect(await t.factsWithDetail()).toEqual(['partner:Luis:husband', 'birthday:4 May']);
    expect(await sayText(t.adapter, 'when is my birthday?')).toEqual([expect.stringContaining('4 May')]);
  });

  it('finds a child or pet introduced with an age, adjectives or a bare plural, and answers a narrower question from a general noun', async () => {
    const t = await told('i have a lovely 7 year old girl named alba', 'and we adopted a 4 month old, her name is ivy', 'my parents have cats, Tom and Jerry');
    expect(await t.factsWithDetail()).toEqual(['child:Alba:daughter', 'child:Ivy:child']);
    // The parents' cats are theirs, kept about them.
    const cats = (await t.profile()).memory.aboutOthers?.filter((fact) => fact.key === 'pet').map((fact) => `${fact.value}:${fact.detail ?? ''}:${fact.about.noun}`);
    expect(cats).toEqual(['Tom:cat:parent', 'Jerry:cat:parent']);
    const [son] = await sayText(t.adapter, "what's my son's name?");
    expect(son).toContain('Ivy');
    expect(son).not.toContain('Alba');
  });

  it('skips words that only say how between the words of a phrase', async () => {
    const t = await told('I work weekends at a garden centre', 'i work remotely as a data analyst');
    expect(await t.factsWithDetail()).toEqual(['workplace:garden centre', 'job:data analyst']);
  });

  it('takes a lone word before more as the name, right after asking for it', async () => {
    const t = await told('hello');
    expect((await t.profile()).pending).toBe('askName');
    await t.tell('Priya. originally from Lima');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Priya');
    expect(await t.factsWithDetail()).toEqual(['from:Lima']);
  });

  it('lets a second verb share the "I" after a comma', async () => {
    const t = await told('I was born in Cork, live in Galway these days');
    expect(await t.factsWithDetail()).toEqual(['from:Cork', 'home:Galway']);
  });

  it('knows chat words for a partner and plural dislikes, and narrows by what WordNet calls a category', async () => {
    const t = await told('my bf is called Sam', "war movies aren't really my thing", "i can't stand cricket");
    expect(await sayText(t.adapter, "who's my boyfriend?")).toEqual([expect.stringContaining('Sam')]);
    const [films] = await sayText(t.adapter, 'what kind of movies do I dislike?');
    expect(films).toContain('war movies');
    expect(films).not.toContain('cricket');
  });

  it('answers "what do my friends call me?" with the name', async () => {
    const t = await told('my name is Odile');
    const [reply] = await sayText(t.adapter, 'what do my friends call me?');
    expect(isReply(reply, 'name.known', { name: 'Odile' })).toBe(true);
  });

  it('reads names with a title, and lower-case names that are also words, but no words of when', async () => {
    const t = await told('our parrot is named Dr. Beak', 'i have a daughter, she is called hope', 'my wife called earlier');
    expect(await t.factsWithDetail()).toEqual(['pet:Dr Beak:parrot', 'child:Hope:daughter']);
  });

  it('reads on after "<name> here," and after a job: where it is done and where that is', async () => {
    const t = await told('Ines here, nurse at the county hospital', 'i work at a bakery in Porto');
    expect((await t.profile()).explicit.name).toBe('Ines');
    expect(await t.factsWithDetail()).toEqual(['job:nurse', 'workplace:bakery in Porto']);
    expect(await sayText(t.adapter, 'where do I work?')).toEqual([expect.stringContaining('bakery in Porto')]);
  });

  it('reads "for" after a job as whom it is done for, not how long', async () => {
    const t = await told("I'm a carer for the past six years");
    expect(await t.factsWithDetail()).toEqual(['job:carer']);
    await t.tell("I'm a paramedic for the Red Cross");
    expect(await t.factsWithDetail()).toEqual(['job:paramedic', 'workplace:the Red Cross']);
  });

  it('drops a pet that died without a "forgotten" reply', async () => {
    const t = await told('I have a rabbit called Clover and a dog called Rufus');
    const replies = await sayText(t.adapter, 'Clover died on sunday, I miss her');
    expect(replies.some((reply) => isReply(reply, 'memory.forgot', { label: 'Clover' }))).toBe(false);
    // Kept as a pet the person had, no longer as theirs now.
    expect(await t.factsWithDetail()).toEqual(['pet:Rufus:dog', 'formerPet:Clover:rabbit']);
  });

  it('reads "can\'t do" with a bare value as a dislike, and answers what food is avoided from food dislikes only', async () => {
    const t = await told("honestly i can't do horror films", 'I cannot do the transfer from the app');
    expect(await t.factsWithDetail()).toEqual(['dislike:horror films']);
    const [none] = await sayText(t.adapter, 'what foods do I avoid?');
    expect(isReply(none, 'memory.unknown', { label: "what you don't eat or drink" })).toBe(true);
    await t.tell("can't do mushrooms");
    const [food] = await sayText(t.adapter, 'what foods do I avoid?');
    expect(food).toContain('mushrooms');
    expect(food).not.toContain('horror');
  });

  it('answers "what is the dog called?" about the person\'s dog, and knows breed nicknames', async () => {
    const t = await told('got a frenchie called Boo');
    expect(await sayText(t.adapter, "what's the dog called?")).toEqual([expect.stringContaining('Boo')]);
  });
  it('keeps an age, reads fragments without "I" and chat spelling, and lets a picture end a sentence', async () => {
    const t = await told('im priya, 34, originally from Pune but now in Leeds 🙂', 'big climbing fan, cant stand golf tho', 'accra born and raised but studying in Berlin rn');
    expect(await t.factsWithDetail()).toEqual(['age:34', 'like:climbing', 'dislike:golf', 'from:Accra', 'home:Berlin']);
    expect(await sayText(t.adapter, 'how old am i')).toEqual([expect.stringContaining('34')]);
    expect(await sayText(t.adapter, 'whats my age')).toEqual([expect.stringContaining('34')]);
    await t.tell('please forget my age');
    expect(await sayText(t.adapter, 'how old am I?')).toEqual([expect.stringContaining("don't know")]);
    for (const text of ['I need a new desk fan', "I'm 5 minutes late", 'I am 100% sure']) await sayText(t.adapter, text);
    expect((await t.factsWithDetail()).filter((fact) => fact.startsWith('age') || fact.startsWith('like'))).toEqual(['like:climbing']);
  });

  it('reads a job and a place told after a name, and questions about a diet by what it leaves out', async () => {
    const t = await told("I'm Yusuf, a pilot based in Istanbul", "I'm vegetarian");
    expect(await t.factsWithDetail()).toEqual(['job:pilot', 'home:Istanbul', 'diet:vegetarian']);
    expect(await sayText(t.adapter, 'do I eat meat?')).toEqual([expect.stringContaining('vegetarian')]);
    expect(await sayText(t.adapter, 'what did I do before I retired?')).toEqual([expect.stringContaining('pilot')]);
  });
  it('reads lower-case texting: a name before a comma, a place before "based" or "born", chat words and a dropped g', async () => {
    const t = await told('im mei, from taipei', 'livin in singapore rn for work', 'teach english at a language school + obsessed w bubble tea');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Mei');
    expect(await t.factsWithDetail()).toEqual(['from:Taipei', 'home:Singapore', 'job:english teacher', 'workplace:language school', 'like:bubble tea']);
    await t.tell('olu. lagos born, london based');
    expect((await t.factsWithDetail()).filter((fact) => /^(from|home)/.test(fact))).toEqual(['from:Lagos', 'home:London']);
    expect(await sayText(t.adapter, 'wat do i do for work')).toEqual([expect.stringContaining('english teacher')]);
    for (const text of ['im home, finally', 'im fine, thanks']) await sayText(t.adapter, text);
    expect((await t.profile()).explicit.name).toBe('Mei');
  });

  it('answers a short question of a noun and its name, lets a name given outright win, and forgets up to a comma', async () => {
    const t = await told("I'm Wei, but most people call me Wendy", 'married, wifes name is Funmi. sana from fukuoka is my friend');
    expect((await t.profile()).explicit.name).toBe('Wendy');
    expect(await sayText(t.adapter, 'wifes name?')).toEqual([expect.stringContaining('Funmi')]);
    await t.tell("I'm Rosa 😅 55 and a proud abuela");
    expect(await t.factsWithDetail()).toContain('age:55');
    await t.tell('actually pls forget my age, feels weird having that saved lol');
    expect(await t.factsWithDetail()).not.toContain('age:55');
  });
  it('keeps parents, grandchildren and a best friend by name, and answers a household "our" and an either-or question', async () => {
    const t = await told('my mum Helen is coming over for dinner tonight', 'got 3 grandkids lol, Chloe, Max and Ava', 'my bestie Sara lives in Leeds', 'We also have a parrot called Kiwi. horses are my thing, my mare is called Clover', 'just a heads up I am vegan');
    expect(await sayText(t.adapter, "what's my mum's name?")).toEqual([expect.stringContaining('Helen')]);
    expect(await sayText(t.adapter, 'what are my grandkids called?')).toEqual([expect.stringContaining('Chloe')]);
    expect(await sayText(t.adapter, "who's my best friend?")).toEqual([expect.stringContaining('Sara')]);
    expect(await sayText(t.adapter, "what's our parrot called?")).toEqual([expect.stringContaining('Kiwi')]);
    expect(await sayText(t.adapter, "what's my horse called?")).toEqual([expect.stringContaining('Clover')]);
    expect(await sayText(t.adapter, 'am I vegetarian or vegan?')).toEqual([expect.stringContaining('vegan')]);
    expect(await sayText(t.adapter, 'where do I live?')).toEqual([expect.not.stringContaining('Leeds')]);
  });

  it('reads an age said alone between other clauses, and a degree said with "my"', async () => {
    const t = await told('Marcus. 34. software dev at a fintech startup', "I'm doing my masters in civil engineering at Manchester uni");
    expect(await t.factsWithDetail()).toEqual(['age:34', 'job:software dev', 'workplace:fintech startup', 'study:civil engineering', 'school:Manchester uni']);
    await t.tell('table for 2. 7pm');
    expect(await t.factsWithDetail()).toContain('age:34');
  });
  it('lets a verb lose its "I" when its value must be a place or a listed one, lists languages without commas, and reads "have a …" as a statement', async () => {
    const t = await told('live in hanoi', 'speak russian german english and a bit of polish, tryna learn french', 'have a cat named Troll lol', 'halal obviously. dont eat beef', 'married to Karim, 2 boys Adam and Rayan');
    expect(await t.factsWithDetail()).toEqual([
      'home:Hanoi',
      'speaks:russian',
      'speaks:german',
      'speaks:english',
      'speaks:polish',
      'learning:french',
      'pet:Troll:cat',
      'diet:halal',
      'avoids:beef',
      'partner:Karim',
      'child:Adam:son',
      'child:Rayan:son',
    ]);
    for (const text of ['speak slower', 'speak up', 'have you got a name?', 'live in the moment']) await sayText(t.adapter, text);
    expect(await t.factsWithDetail()).toHaveLength(12);
  });
  it('reads careful long sentences: a lead-in, a span of time first, work in a city, a name set right, a person forgotten by name', async () => {
    const t = await told('I should mention that I am allergic to aspirin, in case it ever comes up.', 'Since three years I am working in Amsterdam as a mechanical engineer for a company which builds trains.', 'In my free time I like to play chess, but I really do not like football, for me it is boring.', 'I have two children: my son is called Kevin and my daughter is called Amy.', "Sorry, I must correct this: my daughter's name is Annie, not Amy.", 'My brother Fadi lives in Dubai.', 'Please forget about my brother Fadi. We are not on speaking terms.');
    expect(await t.factsWithDetail()).toEqual(['allergy:aspirin', 'workplace:Amsterdam', 'job:mechanical engineer', 'like:play chess', 'dislike:football', 'child:Kevin:son', 'child:Annie:daughter']);
    expect(await sayText(t.adapter, 'Which language am I learning at the moment?')).toEqual([expect.stringContaining("don't know")]);
    expect(await sayText(t.adapter, 'I work as a data analyst in Pune')).toEqual([expect.stringContaining('Pune')]);
    expect(await sayText(t.adapter, 'where do I live?')).toEqual([expect.stringContaining('Pune')]);
  });

  it('reads a name after a greeting in another language or chat slang, "its" without its apostrophe, "hier"; never a day or a holiday', async () => {
    const nameAfter = async (line: string) => {
      const t = await told(line);
      return (await t.profile()).explicit.name;
    };
    expect(await nameAfter('hola, Mateo here, 31, nurse in Valencia')).toBe('Mateo');
    expect(await nameAfter('yo its kai')).toBe('Kai');
    expect(await nameAfter('Ingrid hier. I bake bread for a living')).toBe('Ingrid');
    expect(await nameAfter("it's Friday!")).toBeUndefined();
    expect(await nameAfter('its christmas soon')).toBeUndefined();
    expect(await nameAfter('call me June')).toBe('June');
    // Without "I", a city is where, not who; a title before a full name is how to address, the first name is the name.
    expect(await nameAfter('no wait, its Porto, I always mix them up')).toBeUndefined();
    expect(await nameAfter('Good morning. I am Mr. Tomasz Nowak, a retired engineer.')).toBe('Tomasz');
    expect(await nameAfter('I am Dr. Okafor')).toBe('Dr Okafor');
    // A people's word is where one is from, not a name; a first name that is also one stays a name.
    expect(await nameAfter('im peruvian')).toBeUndefined();
    expect(await nameAfter("I'm Roman, nice to meet you")).toBe('Roman');
  });

  it('reads a noun of a kind typed with one slip ("gilrfriend", "husbnad") as that noun, and leaves real words alone', async () => {
    const t = await told('i moved in with my gilrfriend Tereza last year');
    expect((await sayText(t.adapter, "what's my girlfriend called?")).join(' ')).toContain('Tereza');
    await t.tell('my husbnad Olek works nights');
    expect((await sayText(t.adapter, "what's my husband's name?")).join(' ')).toContain('Olek');
  });

  it('keeps a word for a place\'s people as where one is from, told back as the place', async () => {
    const t = await told("I'm Ghanaian but I live in Hamburg");
    const from = (await sayText(t.adapter, 'what country am I from?')).join(' ');
    expect(from).toContain('Ghana');
    expect(from).not.toContain('Hamburg');
    expect((await sayText(t.adapter, 'where do I live?')).join(' ')).toContain('Hamburg');
  });

  it('reads a city after a name said bare as home, never as a second name', async () => {
    const t = await told('Tobias, Hamburg.');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Tobias');
    expect(await t.factsWithDetail()).toEqual(['home:Hamburg']);
    expect(await sayText(t.adapter, 'where am i living?')).toEqual([expect.stringContaining('Hamburg')]);
    const other = await told('Niamh, Galway');
    expect((await other.profile()).explicit.name).toBe('Niamh');
  });

  it('takes what everybody calls someone as their name, in learners\' grammar too', async () => {
    const t = await told('my name is Maria Fernanda but everyone call me Nanda, i am from Goiânia');
    expect((await t.profile()).explicit.name).toBe('Nanda');
    expect(await sayText(t.adapter, 'what do my friends call me?')).toEqual([expect.stringContaining('Nanda')]);
  });

  it('takes back what a message itself said when it ends "but forget that", and keeps what was told before', async () => {
    const t = await told('I speak Welsh and English');
    expect(await sayText(t.adapter, "I've been having panic attacks lately, but please forget that, it's private")).toEqual([expect.stringContaining('dropped')]);
    expect(await t.factsWithDetail()).toEqual(['speaks:Welsh', 'speaks:English']);
    const profile = await t.profile();
    expect(profile.memory.notes ?? []).toEqual([]);
    expect(profile.memory.turns.map((turn) => turn.text).join(' ')).not.toContain('panic');
    expect((await sayText(t.adapter, 'what languages do I speak?')).join(' ')).toContain('Welsh');
  });

  it('sets right, within one message, what it said before "wait no"', async () => {
    const t = await told('I work as a paramedic', "i'm 41, wait no, 42. I live in Leeds, wait no, it's Bristol");
    expect(await t.factsWithDetail()).toEqual(['job:paramedic', 'age:42', 'home:Bristol']);
  });

  it('does not take a place one spent time in as where one is from', async () => {
    const t = await told('I grew up in Kumasi', 'I speak Twi, English and a little Italian from my years in Bologna');
    const [from] = await sayText(t.adapter, 'where am I from?');
    expect(from).toContain('Kumasi');
    expect(from).not.toContain('Bologna');
  });

  it('reads a terse message of a city or pastimes alone as home, played or liked, but not a topic or a request', async () => {
    const t = await told('hello', 'Astrid. Bergen.');
    const [said] = await sayText(t.adapter, 'ice hockey');
    expect(said).toContain('ice hockey');
    await t.tell('violin');
    expect((await t.profile()).explicit.name).toBe('Astrid');
    expect(await t.factsWithDetail()).toEqual(['home:Bergen', 'like:ice hockey', 'instrument:violin']);
    expect((await sayText(t.adapter, 'what sport do I do?')).join(' ')).toContain('ice hockey');
    const other = memoryChat();
    for (const text of ['music', 'repeat this song', 'pizza', 'Bergen?', 'power off the lights']) await sayText(other.adapter, text);
    expect(await other.factsWithDetail()).toEqual([]);
  });
});

describe('a birthday told back as the person wrote it', () => {
  it('keeps the day first when they put it first, and their short month word', async () => {
    expect(await (await told('Birthday 14 March, fyi.')).ask("when's my birthday?")).toContain('14 March');
    expect(await (await told('Bday 2 Aug.')).ask('birthday?')).toContain('2 Aug');
    expect(await (await told('bday is dec 10th')).ask('when is my birthday?')).toContain('Dec 10');
  });

  it('writes out a date said in figures, and still greets on the day', async () => {
    expect(await (await told('born on 3/14')).ask('when was I born?')).toContain('March 14');
  });

  it('lets "someone from somewhere" introduce a person not yet named, never rename one', async () => {
    const t = await told('Ines here, I brew cider in Asturias', 'best beer that is not mine: Orval from Belgium, love it');
    expect((await t.profile()).explicit.name).toBe('Ines');
    expect(await t.ask("what's my name?")).toContain('Ines');
    const opened = await told('hi! tomas from brno, I fix bikes');
    expect((await opened.profile()).explicit.name).toBe('Tomas');
  });

  it('takes a part played for no one\'s name: "I\'m X" after more renames no one, and a word of a title said again names no one', async () => {
    const cast = await told('Gemma, 34, alto in a community choir', 'the panto this winter is Aladdin and I\'m Abanazar lol');
    expect((await cast.profile()).explicit.name).toBe('Gemma');
    expect(await cast.ask("what's my name?")).toContain('Gemma');
    const role = await told("our school is putting on oliver in march and i'm OLIVER!!");
    expect((await role.profile()).explicit.name).toBeUndefined();
    // Said first, "I'm …" still introduces, and "my name is …" still renames.
    const renamed = await told('Gemma, 34, alto', 'everyone at choir calls me Jem, my name is Jemima');
    expect((await renamed.profile()).explicit.name).toBe('Jemima');
    const first = await told("I'm Bruno, just moved to Turin");
    expect((await first.profile()).explicit.name).toBe('Bruno');
    // A name typed the same twice is said twice, not a title said again.
    const twice = await told("me llamo Marta jaja sorry, I'm Marta 🙈 nurse in Sevilla");
    expect((await twice.profile()).explicit.name).toBe('Marta');
  });

  it('takes no interjection said alone for a name, so the name said next is kept', async () => {
    const t = await told('oof', 'long week. anyway im Kofi, just moved to Accra');
    expect((await t.profile()).explicit.name).toBe('Kofi');
  });

  it('takes no name from a value said alone first or from a name said of a business', async () => {
    const home = await told('📍 Galway\n🧑‍🍳 line cook at a seafood place');
    expect((await home.profile()).explicit.name).toBeUndefined();
    expect(await home.ask('where do I live?')).toContain('Galway');
    const shop = await told("hi i'm Ruta", 'we started a little cafe in Kaunas, name Jasmine Garden, open 7 days');
    expect((await shop.profile()).explicit.name).toBe('Ruta');
  });
});
