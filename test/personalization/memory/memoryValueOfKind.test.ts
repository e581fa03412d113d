import { told, toldApart } from '../../helpers/memoryChat';

// A fact kind keeps only a value of its kind: whom the work is for is no workplace, an article cut off from the
// rest names nothing, and "scratch that" after a message that told no fact sets no earlier fact right.
describe('a value of the kind', () => {
  it('"a museum guide for visiting pensioners" keeps no workplace of them', async () => {
    const chat = await told("I'm Dana", 'these days i am a museum guide for visiting pensioners at the castle');
    expect(await chat.facts()).not.toContain('workplace:visiting pensioners');
  });

  it('"a class for migrants" keeps no workplace of them', async () => {
    const chat = await told("I'm Dana", 'i work at the Lindenhof bakery', 'also i do english conversation lessons for migrants on fridays');
    expect(await chat.ask('where do i work?')).toContain('Lindenhof');
  });

  it('"at a 3 star hotel" keeps no workplace "a"', async () => {
    const chat = await told("I'm Dana", 'receptionist at a 3 star hotel in Porto, mostly nights');
    expect(await chat.facts()).not.toContain('workplace:a');
  });

  it('"scratch that" after a message that told no fact leaves the workplace', async () => {
    const chat = await toldApart("I'm Dana", 'i work at a garden centre', 'my plus one for the gala is a guy named Ben', 'lol scratch that, ben pulled out, my plus one is Sam now');
    expect(await chat.ask('where do i work?')).toContain('garden centre');
  });
});
