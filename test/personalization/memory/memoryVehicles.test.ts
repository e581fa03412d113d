import { told } from '../../helpers/memoryChat';

// A vehicle named by its make, in any words: the person's own, or someone else's when they have it.
describe('a vehicle named by its make', () => {
  it('"my Skoda Fabia keeps stalling" is what the person drives', async () => {
    const chat = await told("I'm Priit", 'my Skoda Fabia keeps stalling in the cold');
    expect(await chat.ask('what car have I got?')).toContain('Skoda Fabia');
  });

  it('"my partner has a red Mazda" is the partner\'s, not the person\'s own', async () => {
    const chat = await told("I'm Priit", 'I drive a grey Kia Ceed', 'my partner has a red Mazda MX5, she loves it');
    expect(await chat.ask('what does my partner drive?')).toContain('Mazda');
    const own = await chat.ask('what car do I drive?');
    expect(own).toContain('Kia');
    expect(own).not.toContain('Mazda');
  });

  it('one only thought of, or sold, is no one\'s', async () => {
    const chat = await told("I'm Priit", 'maybe a Tesla next year if prices drop', 'finally sold my old Opel Astra');
    expect(await chat.ask('what car do I drive?')).not.toMatch(/Tesla|Opel/);
  });

  it('a friend told of by a name and "who" keeps his own', async () => {
    const chat = await told("I'm Priit", 'I ride a Honda CB500', 'going to the coast with Marek who has got a blue Ducati');
    expect(await chat.ask('what bike do I ride?')).not.toContain('Ducati');
  });
});

// "now", "new", "current" ask for the one told last; the colour is told alone, the thing without it.
describe('the vehicle now, and its colour', () => {
  it('answers the one bought last when asked what one rides now', async () => {
    const chat = await told("I'm Priit", 'I ride a green Bianchi to work', 'it got stolen, so I bought a grey Orbea Terra');
    const now = await chat.ask('what bike do I ride now?');
    expect(now).toContain('Orbea');
    expect(now).not.toContain('Bianchi');
    const colour = await chat.ask('what colour is my new bike?');
    expect(colour).toContain('grey');
    expect(colour).not.toContain('green');
  });

  it('the colour asked is told alone, and the make without it', async () => {
    const chat = await told("I'm Priit", 'I drive a silver Volvo 240 that my daughter named Biscuit');
    expect(await chat.ask('what colour is my car?')).toContain('silver');
    expect(await chat.ask('what make is my car?')).not.toContain('silver');
  });
});
