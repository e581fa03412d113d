import { told } from '../../helpers/memoryChat';

// Both values named, in a sentence of a longer message: "Not Leeds, York. Moved in spring …".
describe('the latest value wins when both are named', () => {
  it('"Not Leeds, York." followed by more sets the home right', async () => {
    const chat = await told("I'm Dana", 'Live in Leeds.', 'Not Leeds, York. Moved in the spring and I keep forgetting.');
    const answer = await chat.ask('where do I live?');
    expect(answer).toContain('York');
    expect(answer).not.toContain('Leeds');
  });

  it('"sorry, not Tomas — Tamas" renames the brother, whatever is said after it', async () => {
    const chat = await told("I'm Dana", 'my brother Tomas is a pilot', 'sorry, not Tomas — Tamas. my phone keeps changing it');
    expect(await chat.ask("what's my brother's name?")).toContain('Tamas');
    expect(await chat.factsWithDetail()).not.toContain('sibling:Tomas:brother');
  });

  it('"I said Lisbon, I meant Porto" sets right what was told of someone', async () => {
    const chat = await told("I'm Dana", 'my aunt runs a little bookshop in Lisbon', 'oh I said Lisbon, I meant Porto. she moved it years ago');
    const others = JSON.stringify((await chat.profile()).memory.aboutOthers ?? []);
    expect(others).toContain('Porto');
    expect(others).not.toContain('Lisbon');
  });

  it('"a cargo bike not a road bike" after "oh wait," sets right what a note said', async () => {
    const chat = await told("I'm Dana", 'I commute on a road bike every day', 'oh wait, it is a cargo bike not a road bike, the kids ride in front');
    expect((await chat.notes()).join(' | ')).toContain('commute on a cargo bike');
  });
});

// "no it's Comet, Star was the pony I had as a kid": the old value named as the one before.
describe('the old value said to be the one before', () => {
  it('keeps the new name and what is said of the old one', async () => {
    const chat = await told("I'm Dana", "my horse is called Star. no it's Comet, Star was the pony I had as a kid");
    expect(await chat.ask("what's my horse called?")).toContain('Comet');
    expect(await chat.factsWithDetail()).not.toContain('pet:Star:horse');
    expect(await chat.notes()).toContain('Star was the pony I had as a kid');
  });

  it('"correction, the internship is at Arcadis, Fugro was my last one"', async () => {
    const chat = await told("I'm Dana", 'doing my internship at Fugro this spring', 'correction, the internship is at Arcadis, Fugro was my last one');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('internship at Arcadis');
    expect(notes).not.toContain('internship at Fugro');
  });
});

// Only the new value said: the old one is the value of its sort in what was told last.
describe('the latest value wins when only the new one is named', () => {
  it('"change of plans, it\'s Greece now" sets right the country told last', async () => {
    const chat = await told("I'm Dana", "we're flying to Portugal in May for a week", "change of plans, it's Greece now, the hotels were cheaper");
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('flying to Greece in May');
    expect(notes).not.toContain('Portugal');
  });

  it('"scratch that, it got pushed to the 16th" sets right a date', async () => {
    const chat = await told("I'm Dana", 'my grant report is due on the 9th', 'scratch that, it got pushed to the 16th');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('16th');
    expect(notes).not.toContain('9th');
  });

  it('"actually make that 185" sets right a number', async () => {
    const chat = await told("I'm Dana", 'my bowling average is 170 these days', 'actually make that 185. good season');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('185');
    expect(notes).not.toContain('170');
  });

  it('"Correction, Imogen moved. She teaches in Dundee now" sets right what was said of her', async () => {
    const chat = await told("I'm Dana", 'Imogen teaches in Perth and Callum farms near Inverness', 'I bake bread on Sundays', 'Correction, Imogen moved. She teaches in Dundee now.');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('Imogen teaches in Dundee');
    expect(notes).toContain('Inverness');
  });

  it('never renames someone told of, nor sets right what only adds', async () => {
    const chat = await told("I'm Dana", 'my friend Priya is coming to the gig with me', "change of plans, Maya's coming now");
    expect((await chat.notes()).join(' | ')).toContain('Priya');
    const other = await told("I'm Dana", 'we are going to Crete in June', 'actually I also want to see Athens now');
    expect((await other.notes()).join(' | ')).toContain('Crete');
  });
});
