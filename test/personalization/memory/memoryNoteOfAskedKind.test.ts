import { told } from '../../helpers/memoryChat';

// A question's noun met by a note that never says it: the note names a thing of that kind by its make, or says the
// question's own verb before a place typed in lower case.
describe('personal memory: a note that names what is asked without its noun', () => {
  it('"the old hyundai i30 needs new tyres" answers which car one drives', async () => {
    const chat = await told("I'm Aino", 'work is a bakery in the next town, early starts', 'the old hyundai i30 needs new tyres before winter, 180k km on it');
    expect(await chat.ask('which car do I drive these days?')).toMatch(/hyundai/i);
  });

  it('"we live out past the river in kirkkonummi" answers where we live, over a place said of work', async () => {
    const chat = await told("I'm Aino", 'nurse at the children\'s ward, based HEL airport clinic on tuesdays', 'my wife works in espoo so we live out past the river in kirkkonummi');
    expect(await chat.ask('where do we live?')).toMatch(/kirkkonummi/i);
  });
});
