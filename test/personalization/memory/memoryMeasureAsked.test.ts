import { told } from '../../helpers/memoryChat';

/**
 * The part of a note told back is the measure asked: a weight in a unit of weight (not a price nor a count), the
 * days of the week something is on (not how often), an age at something done (not the age one is now).
 */
describe('personal memory: the measure a question asks', () => {
  it('answers "how heavy" with the weight, not the price said beside it', async () => {
    const chat = await told('our tortoise Shelly cost £80 from the rescue and she is about 4kg now');
    const reply = await chat.ask('how heavy is Shelly?');
    expect(reply).toContain('4kg');
    expect(reply).not.toContain('80');
  });

  it('answers a weight from the note that says one, not from another note about the same animal that says a price', async () => {
    const chat = await told('my cockatiel Mango came from a breeder in Leeds for £120', 'Mango is tiny, 90g soaking wet');
    expect(await chat.ask('how much does Mango weigh?')).toContain('90g');
  });

  it('reads "what weight" as asking a weight', async () => {
    const chat = await told('I lost a glove this week', 'my harris hawk Juno cost $900 and hunts at 720g in winter, any heavier and she sulks');
    const reply = await chat.ask('what weight does Juno hunt at?');
    expect(reply).toContain('720g');
    expect(reply).not.toContain('900');
  });

  it('finds a weight said in brackets beside the one asked about', async () => {
    const chat = await told('two ferrets: Biscuit, the cheeky one (chunky, 1.6kg, loves tubes) and Pickle who sleeps all day');
    expect(await chat.ask('how heavy is Biscuit?')).toContain('1.6kg');
  });

  it('answers "what day" with the day said in the same message, not how often', async () => {
    const chat = await told('the veg box comes every 2 weeks, 6 kilos of stuff!! left by the back door, delivery on Tuesdays');
    const reply = await chat.ask('what day does my veg box come?');
    expect(reply).toMatch(/tuesday/i);
    expect(reply).not.toContain('every 2 weeks');
  });

  it('answers an age at something done from the note that says it, not with the age one is now', async () => {
    const chat = await told('Semi-retired plumber, 66, live near Exeter. Got into beekeeping late, at 59.');
    const reply = await chat.ask('how old was I when I started beekeeping?');
    expect(reply).toContain('59');
    expect(reply).not.toContain('66');
  });
});

describe('personal memory: which one of a compound asked', () => {
  it('answers "which ferry route" with the route and its number, though the note says the ferry apart', async () => {
    const chat = await told('I skipper ferries on the Clyde, mostly route 7 out of Gourock, been at it 9 years');
    const reply = await chat.ask('which ferry route am I on?');
    expect(reply).toContain('route 7');
    expect(reply).not.toContain('Gourock');
  });
});
