import { told } from '../../helpers/memoryChat';

// "she will be 83" says the age someone is going to be: asked how old they will be, that figure answers, not the
// day of their birthday said before it.
describe('personal memory: an age said after "will be" answers how old someone will be', () => {
  it('"how old will Tomas be?" is answered by the age, not the day of the birthday', async () => {
    const chat = await told('Tomas party is 14 October, he will be 90.');
    const reply = await chat.ask('how old will tomas be');
    expect(reply).toContain('90');
    expect(reply).not.toContain('14');
  });
});
