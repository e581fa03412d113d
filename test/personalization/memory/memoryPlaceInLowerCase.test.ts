import { told } from '../../helpers/memoryChat';

// A note typed all in lower case holds a place: the question's own verb before a town no dictionary knows.
describe('personal memory: a place typed in lower case', () => {
  it('"we live out past the river in kirkkonummi" answers where we live, over a place said of work', async () => {
    const chat = await told("I'm Aino", 'nurse at the children\'s ward, based HEL airport clinic on tuesdays', 'my wife works in espoo so we live out past the river in kirkkonummi');
    expect(await chat.ask('where do we live?')).toMatch(/kirkkonummi/i);
  });
});
