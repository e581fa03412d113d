import { told, toldApart } from '../../helpers/memoryChat';

const noteTexts = async (chat: Awaited<ReturnType<typeof told>>) => ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' | ');

// A later message names the value and the one it replaces, with no word that opens a correction.
describe('a value set against the one it replaces, after a comma', () => {
  it('"Ines is the goalkeeper, not the striker" rewrites what was said of her', async () => {
    const chat = await told("I'm Pavel", 'My niece Ines plays hockey, she is the striker on the school team.', 'I water the tomatoes at dawn.', 'Ines is the goalkeeper, not the striker. I never remember the positions.');
    const notes = await noteTexts(chat);
    expect(notes).toContain('goalkeeper');
    expect(notes).not.toContain('striker');
  });

  it('a person named first in the correction is not taken for the person themself', async () => {
    const chat = await told("I'm Pavel", 'My nephew Tariq lives in Oslo and he is training to be a dentist.', 'Tariq, come to think of it, is training to be a pharmacist, not a dentist for teeth.');
    const profile = await chat.profile();
    expect(profile.explicit.name).toBe('Pavel');
    expect(JSON.stringify(profile.memory.aboutOthers ?? [])).toContain('pharmacist');
    expect(JSON.stringify(profile.memory.aboutOthers ?? [])).not.toContain('dentist');
  });

  it('"it isn\'t Harlow, it\'s Hatfield" after an opener sets right a note', async () => {
    const chat = await told("I'm Pavel", 'My cousin Ruth is moving to Harlow next spring.', "wait ruth isn't moving to harlow, it's Hatfield, I muddled the towns");
    const notes = await noteTexts(chat);
    expect(notes).toContain('Hatfield');
    expect(notes).not.toContain('Harlow');
  });

  it('"more X than Y" after an opener sets right a kept favourite', async () => {
    const chat = await told("I'm Pavel", 'my favourite colour is blue', 'hmm, actually it is more turquoise than blue');
    const answer = await chat.ask("what's my favourite colour?");
    expect(answer).toContain('turquoise');
  });

  it('a contrast that names nothing kept changes nothing', async () => {
    const chat = await told("I'm Pavel", 'I live in Ghent', 'I prefer tea, not coffee.');
    expect(await chat.ask('where do I live?')).toContain('Ghent');
  });
});

// A day or a time of day, read whole by recognizers-text, in place of the one kept.
describe('a day or a time of day set right', () => {
  it('"the 9th of May, not the 7th" keeps the time said beside the day', async () => {
    const chat = await told("I'm Pavel", "My next check-up is on the 7th of May at four o'clock.", 'My neighbour is called Lotte.', 'I got it wrong, the check-up is the 9th of May, not the 7th.');
    const notes = await noteTexts(chat);
    expect(notes).toContain('9th of May at four');
    expect(notes).not.toContain('7th');
    expect(await chat.ask('when is my check-up?')).toContain('9th of May');
  });

  it('"at a quarter to nine, not eight" sets right a time kept in a note', async () => {
    const chat = await told("I'm Pavel", 'I swim at the lido every evening at 8.', 'Sorry, it is at a quarter to nine, not eight.');
    const notes = await noteTexts(chat);
    expect(notes).toContain('quarter to nine');
  });

  it('a time alone after "nope" sets right the latest time kept', async () => {
    const chat = await told("I'm Pavel", 'my flight leaves at 6 on friday', 'nope 6:45 my bad');
    const notes = await noteTexts(chat);
    expect(notes).toContain('6:45');
  });

  it('a day alone after "sorry, typo" sets right a birthday', async () => {
    const chat = await told("I'm Pavel", 'my birthday is August 2', 'sorry typo, August 12');
    const answer = await chat.ask("when's my birthday?");
    expect(answer).toContain('August 12');
    expect(answer).not.toMatch(/August 2\b/);
  });
});

// A number alone in place of a number kept as a fact or counted in a note.
describe('a number set right', () => {
  it('"make that 3" sets right the count told last, whatever else the message tells', async () => {
    const chat = await told("I'm Pavel", "I've got 2 grandsons", 'make that 3, my son Piotr just had another boy');
    expect(await chat.ask('how many grandchildren do I have?')).toContain('3');
    expect(await chat.factsWithDetail()).toContain('child:Piotr:son');
  });

  it('"make that 6 hens" sets right the count of hens, not the number of dogs told since', async () => {
    const chat = await told("I'm Pavel", '5 hens (Olga, Vera, Zoya, Nina, Masha) and a goat', 'we have 2 dogs as well', 'actually make that 6 hens. we got one more at the market');
    expect(await noteTexts(chat)).toContain('6 hens');
    expect(await chat.factsWithDetail()).toContain('count:2:dog');
  });

  it('"actually 41 now" sets right the age', async () => {
    const chat = await told("I'm Pavel", "I'm 40, I live in Brno", 'actually 41 now, the birthday was on sunday');
    const answer = await chat.ask('how old am I?');
    expect(answer).toContain('41');
    expect(answer).not.toContain('40');
  });
});

// "kidding" takes back what was just said; the value after it takes its place, and only that one.
describe('a value said in jest and set right', () => {
  it('"kidding, it is X" in the same message keeps X', async () => {
    const chat = await told("I'm Pavel", 'My favourite drink is pickle juice. kidding, it is lemonade');
    expect(await chat.ask("what's my favourite drink?")).toContain('lemonade');
  });

  it('a favourite set right in a later message leaves the favourites of other things', async () => {
    const chat = await toldApart("I'm Pavel", 'my favourite film is Alien', 'my favourite singer is Bjork', "I'm kidding, it's Sade");
    expect(await chat.ask("what's my favourite singer?")).toContain('Sade');
    expect(await chat.ask("what's my favourite film?")).toContain('Alien');
  });
});
