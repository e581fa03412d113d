import { told } from '../../helpers/memoryChat';

// A figure of the sort asked is an answer only when the note says it of the thing asked: not a day of a month, not
// someone's age set between commas after their name, not a sum charged per some other thing than the pay asked.
describe('personal memory: a figure said of another thing answers no "how many" or "what rate"', () => {
  it('"how many weddings …?" is not answered by an age said after a name', async () => {
    const chat = await told('hiya, Marta here, 44, wedding photographer in Leeds, mostly church weddings');
    expect(await chat.ask('how many weddings did I shoot last year')).not.toContain('44');
    expect(await chat.ask('how old am I')).toContain('44');
  });

  it('"how many seats …?" is not answered by the day of a date', async () => {
    const chat = await told('Gig list: Leeds 9 april, York 11 april, Hull 14 april');
    expect(await chat.ask('how many seats at the York venue')).not.toContain('11');
  });

  it('"what\'s my day rate?" is not answered by a sum charged per mile, but is by one charged per day', async () => {
    const chat = await told('I charge £0.45 a mile for travel beyond 30 miles');
    expect(await chat.ask("what's my day rate for photography")).not.toContain('0.45');
    const paid = await told('I charge £450 a day for weddings');
    expect(await paid.ask("what's my day rate for photography")).toContain('450');
  });

  it('"how much was the Easter bonus?" is not answered by the wage said in the same note', async () => {
    const chat = await told('Wage is 900 euros a month, and he pays an Easter bonus too');
    expect(await chat.ask('how much was the last easter bonus')).not.toContain('900');
  });

  it('"when\'s my car\'s MOT due?" is not answered by the day something else is due', async () => {
    const chat = await told('the boiler service is due 3rd March, British Gas do it');
    expect(await chat.ask("when's my car's MOT due")).not.toContain('3rd March');
    expect(await chat.ask("when's the boiler service due")).toContain('3rd March');
  });

  it('"which ship am I on?" is not answered by a count of months said beside the ship', async () => {
    const chat = await told('Morning from Bergen! Pedro, 39, bar manager on a cruise ship, 6 month contracts');
    expect(await chat.ask('which ship am I on')).not.toContain('6 month');
  });

  it('"when\'s the christening?" is answered by a date said of "date" alone, which says of what only by what is around it', async () => {
    const chat = await told("we've booked the christening at St Mungo's", 'date is 12 June next year');
    expect(await chat.ask("when's the christening?")).toContain('12 June');
  });
});
