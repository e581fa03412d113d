import { toldApart } from '../../helpers/memoryChat';

// A later message of the same thing that says a change and holds a new value of the sort asked answers, not the note
// that first told the old one: shared words ("my tempo", "the deposit"), or news said right after ("update:", "change
// of plan"), or a figure set right in the same unit ("actually …").
describe('a value changed in a later message', () => {
  it('a figure of a thing named in the message that told it, said again with "now"', async () => {
    const chat = await toldApart("I'm Dana", 'swimming the channel relay for charity! sponsorship goal is £900. got £420 so far', 'my daughter Ines plays cello', 'sponsorship update. at £610 now, the office did a raffle');
    const answer = await chat.ask('how much have i collected so far');
    expect(answer).toContain('610');
    expect(answer).not.toContain('420');
  });

  it('news told right after, with no word of the thing: "update: down to"', async () => {
    const chat = await toldApart("I'm Dana", 'our labrador Pepper weighs 41kg, the vet wants her lighter', 'update: she is down to 37kg!!', 'I teach piano on tuesdays');
    const answer = await chat.ask('how heavy is pepper now?');
    expect(answer).toContain('37');
    expect(answer).not.toContain('41');
  });

  it('a place changed by "change of plan … instead", told back alone', async () => {
    const chat = await toldApart("I'm Dana", 'booked a cycling week in the Pyrenees for june, the ferry is about £180', 'change of plan: doing Mallorca instead, my friend Tomas is joining');
    const answer = await chat.ask('where am I cycling in june?');
    expect(answer).toContain('Mallorca');
    expect(answer).not.toContain('Pyrenees');
    expect(answer).not.toContain('Tomas');
  });

  it('an amount in the same sign set right later: "actually … knocked it down"', async () => {
    const chat = await toldApart("I'm Dana", 'found a dog walker, Greg from the next street, £14 a walk', 'my knee is sore again', 'actually he has knocked it down to £12 a walk since we are neighbours');
    const answer = await chat.ask('how much does the dog walker charge a walk?');
    expect(answer).toContain('12');
    expect(answer).not.toContain('14');
  });

  it('a change said of someone else is no change of the person\'s own figure', async () => {
    const chat = await toldApart("I'm Dana", 'we go through about 30 litres of milk a week at the cafe', 'my brother Sean is moving in for 3 weeks');
    const answer = await chat.ask('how much milk do we go through a week?');
    expect(answer).toContain('30');
  });

  it('a change of another thing said in the same note is no change of the one asked', async () => {
    const chat = await toldApart("I'm Dana", 'at the Sunday market I sell candles £9 each, soap bars £4', 'my son Leo does the card reader', 'running an offer now: candles 3 for £24. they were slow at £9.');
    const answer = await chat.ask('how much are soap bars');
    expect(answer).toContain('4');
    expect(answer).not.toContain('24');
  });

  it('a year moved in, told with the note found, is no change of a count it holds', async () => {
    const chat = await toldApart("Hi, I'm the caretaker of a block of flats in Headingley, Leeds. The block is called Larch House, 14 floors. I moved to Leeds in 2011.", 'my daughter Ines plays cello');
    const answer = await chat.ask('how many floors is my block?');
    expect(answer).toContain('14');
    expect(answer).not.toContain('2011');
  });

  it('news right after that names a thing told of earlier is news of that thing, not of the note before it', async () => {
    const chat = await toldApart("I'm Bea", 'the vet check for the foal is on 3 June at 10:00', 'after gelding he needs two weeks box rest, the vet said', 'Update - vet check is moved to 10 June, same time');
    const answer = await chat.ask('how long is the box rest after gelding');
    expect(answer).toMatch(/two weeks|2 weeks/i);
    expect(answer).not.toContain('10 June');
  });
});

describe('a day of a month is no new figure', () => {
  it('news that moves a date keeps the price told before it', async () => {
    const chat = await toldApart("I'm Dana", 'listing my old film cameras online on 12 october at $65 apiece', 'update: moved the listing day to 26 october, photos arent done');
    const answer = await chat.ask('what price are my cameras?');
    expect(answer).toContain('65');
    expect(answer).not.toMatch(/\b26\b/);
  });
});
