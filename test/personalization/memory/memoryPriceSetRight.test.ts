import { memoryChat, told, type MemoryChat } from '../../helpers/memoryChat';

async function notes(chat: MemoryChat): Promise<string> {
  return ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' | ');
}

/** A price set right in a later message, of a note that says several: the figure of the thing named, with its sign. */
describe('personal memory: a price set right among several figures', () => {
  it('sets right the price of the thing the correction names, not the first figure of the note', async () => {
    const chat = await told('the phone contract is 18 a month and the broadband is ¥3200', "oh the broadband went up, it's ¥3500 now");
    expect(await chat.ask('how much is the broadband?')).toContain('¥3500');
    const other = await chat.ask('how much is the phone contract?');
    expect(other).toContain('18');
    expect(other).not.toContain('3500');
  });

  it('keeps the other price when the one set right is said last in the note', async () => {
    const chat = await told('rent is €1200 and parking is €90', 'scratch that, parking is €95');
    expect(await notes(chat)).toContain('rent is €1200 and parking is €95');
  });

  it('sets right a price typed with its sign told some messages before', async () => {
    const chat = memoryChat();
    for (const line of ['the phone contract is 18 a month and the broadband is ¥3200', 'my sister Ana visits on the 5th', "oh the broadband went up, it's ¥3500 now"]) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const kept = await notes(chat);
    expect(kept).toContain('the phone contract is 18 a month and the broadband is ¥3500');
  });

  it('sets right the price of the note that names the thing, of two kept from one message', async () => {
    const chat = await told('the sauna is $15 a visit and my swim club is $40 a month', "oh the swim club went up, it's $44 now");
    const kept = await notes(chat);
    expect(kept).toContain('$15 a visit');
    expect(kept).toContain('my swim club is $44 a month');
  });

  it('keeps the sign the old price was told with when the new one is typed bare', async () => {
    const chat = await told('the bus is £4 and the ferry is £12 each way', 'oh wait, the ferry is 14 now');
    expect(await notes(chat)).toContain('the bus is £4 and the ferry is £14 each way');
  });

  it('says no sign before a currency named in words ("300 yen")', async () => {
    const chat = await told('the bento is 900 yen and the tea is 150 yen', "oh the bento went up, it's ¥950 now");
    expect(await notes(chat)).toContain('the bento is 950 yen and');
  });
});

/** A figure typed with a comma for its thousands is one figure: the comma parts no clause of the note. */
describe('personal memory: a price with thousands', () => {
  it('tells back the whole figure, not the part before its comma', async () => {
    const chat = await told('Enrolled for the sommelier exam in March. The tuition was 64,000 yen which hurt a bit.');
    expect(await chat.ask('how much was the tuition?')).toContain('64,000');
  });

  it('tells back a signed figure with thousands said before more of the note', async () => {
    const chat = await told('Set up a workshop in the garage. Got a used lathe for $2,350 off a retired carpenter in Ohio.');
    expect(await chat.ask('how much did the lathe cost?')).toContain('$2,350');
  });
});

/** A line that tells a price without "I" is kept, so the price can be asked later. */
describe('personal memory: a price told without "I"', () => {
  it('keeps a line opened by a past form that is a verb of its own too ("found" of find and of to found)', async () => {
    const chat = await told("I'm Gemma, I sing in a choir", 'found a lovely scarf at the charity shop on Mill Lane, £4!!');
    expect(await chat.ask('how much was the scarf?')).toContain('£4');
  });

  it('keeps "the dog groomer charges $55 a visit", a verb mostly said as a plural noun', async () => {
    const chat = await told("I'm Gemma, I sing in a choir", 'the dog groomer charges $55 a visit');
    expect(await chat.ask('how much does the dog groomer charge?')).toContain('$55');
  });
});

/** A figure before a word WordNet knows as a unit of money is a price, not a count of things ("200 dirhams" is no "3 boards"); a bare "1200" is no year. */
describe('personal memory: a price said with its currency in words, or bare', () => {
  it('answers a price in a currency the recognizers do not know, with its word', async () => {
    const chat = await told("I'm Gemma, I sing in a choir", 'my tailor in Fes charges 350 dirhams for a shirt');
    expect(await chat.ask('how much does my tailor charge?')).toContain('350 dirhams');
  });

  it('answers a bare figure of four digits as a price, not as a year ("1200")', async () => {
    const chat = await told("I'm Gemma, I sing in a choir", 'the mortgage is 1350 and the council tax is 160');
    expect(await chat.ask('how much is the mortgage?')).toContain('1350');
  });

  it('reads the year of a model before its make as no price ("2014 Ford Transit")', async () => {
    const chat = await told("I'm Gemma, I sing in a choir", 'bought the camper at last! 2014 Ford Transit, paid £12,750 to a couple in Leeds');
    const reply = await chat.ask('how much did I pay for the camper?');
    expect(reply).toContain('12,750');
    expect(reply).not.toContain('2014');
  });
});
