import { memoryChat, told } from '../../helpers/memoryChat';

// Setting one thing right ("correction: X, not Y") changes that thing, whatever kind or person holds it,
// and never takes back the rest of what was told.
describe('corrections of one value', () => {
  it('"correction: Salford, not Manchester" changes the home and keeps the rest of that message', async () => {
    const chat = await told('Priya, 38, civil engineer at Arup. Live in Manchester. Cat: Mochi.', 'Correction: Salford, not Manchester.');
    expect(await chat.ask('where do I live?')).toContain('Salford');
    expect(await chat.ask('where do I live?')).not.toContain('Manchester');
    expect(await chat.ask('where do I work?')).toContain('Arup');
    expect(await chat.ask("what's my cat called?")).toContain('Mochi');
  });

  it('"it\'s Jessica, not Jess" renames the partner, not the user', async () => {
    const chat = await told("I'm Tom. Married to Jess.", "Actually it's Jessica, not Jess.");
    expect(await chat.ask("what's my wife's name?")).toContain('Jessica');
    expect(await chat.ask("what's my name?")).toContain('Tom');
  });

  it('"not the Octavia, a Fabia" sets right part of a value', async () => {
    const chat = await told('I drive a Skoda Octavia. Allergic to penicillin.', 'correction: Fabia not Octavia');
    expect(await chat.ask('what car do I drive?')).toContain('Fabia');
    expect(await chat.ask('what car do I drive?')).not.toContain('Octavia');
    expect(await chat.ask('what am I allergic to?')).toContain('penicillin');
  });

  it('a correction the bot cannot read takes nothing back', async () => {
    const chat = await told('I live in Leeds and I work at a bakery.', 'correction: the flux capacitor thing');
    expect(await chat.ask('where do I live?')).toContain('Leeds');
    expect(await chat.ask('where do I work?')).toContain('bakery');
  });

  it('"scratch that" alone still takes back the last statement', async () => {
    const chat = memoryChat();
    await chat.tell('I live in Leeds.');
    chat.clock.advance(60_000);
    await chat.tell('I have a dog called Rex.', 'scratch that');
    expect(await chat.ask("what's my dog called?")).not.toContain('Rex');
    expect(await chat.ask('where do I live?')).toContain('Leeds');
  });
});
describe('a pronoun after someone named in the same message', () => {
  it('"married to Jess, she\'s a GP" keeps the job about Jess, never as the user\'s', async () => {
    const chat = await told("Married to Jess, she's a GP.");
    expect(await chat.facts()).not.toContain('job:she a GP');
    expect(await chat.ask('what does my wife do?')).toContain('GP');
    expect(await chat.ask("what's my job?")).not.toContain('GP');
  });

  it('a name, then a bare job and a city, keeps both ("Tom, plumber, Cardiff")', async () => {
    const chat = await told('Tom, plumber, Cardiff.');
    expect(await chat.ask("what's my job?")).toContain('plumber');
    expect(await chat.ask('where do I live?')).toContain('Cardiff');
  });
});

describe('terse notes of one\'s work and people', () => {
  it('"Partner: Amy (vet)" keeps the job about Amy, not as the user\'s', async () => {
    const chat = await told('Partner: Amy (vet). Son: Joe (7).');
    expect(await chat.ask('what does Amy do?')).toContain('vet');
    expect(await chat.ask("what's my job?")).not.toContain('vet');
  });

  it('"Work: Siemens" is where one works, a labelled occupation is the job', async () => {
    const chat = await told('Work: Siemens. Job: electrical engineer.');
    expect(await chat.ask('where do I work?')).toContain('Siemens');
    expect(await chat.ask("what's my job?")).toContain('engineer');
  });

  it('"I\'m Dev, 29, solicitor in Manchester" is a job and a home, not where one is from', async () => {
    const chat = await told("I'm Dev, 29, solicitor in Manchester.");
    expect(await chat.ask("what's my job?")).toContain('solicitor');
    expect(await chat.ask('where do I live?')).toContain('Manchester');
    expect(await chat.ask('where am I from?')).toMatch(/don't know where you're from/);
  });
});

describe('a value alone in place of one just told', () => {
  it('"oops no, the 21st of March" sets the birthday right', async () => {
    const chat = memoryChat();
    await chat.tell('my birthday is the 3rd of June, just so you know');
    chat.clock.advance(60_000);
    await chat.tell('oops no, the 13th of June');
    const reply = await chat.ask("when's my birthday?");
    expect(reply).toContain('13');
    expect(reply).not.toMatch(/June 3\b/);
  });

  it('"actually no, it\'s Amélie" sets a favourite right and never names the user', async () => {
    const chat = memoryChat();
    await chat.tell("I'm Noor. My favourite film is Heat.");
    chat.clock.advance(60_000);
    await chat.tell("actually no, it's Amélie");
    expect(await chat.ask("what's my favourite film?")).toContain('Amélie');
    expect(await chat.ask("what's my name?")).toContain('Noor');
  });

  it('"correction: vegan" after a diet sets the diet right, not another fact told with it', async () => {
    const chat = memoryChat();
    await chat.tell("I'm vegetarian and I live in Ghent");
    chat.clock.advance(60_000);
    await chat.tell('correction: vegan, no dairy either');
    expect(await chat.ask("what's my diet?")).toContain('vegan');
    expect(await chat.ask('where do I live?')).toContain('Ghent');
  });
});
