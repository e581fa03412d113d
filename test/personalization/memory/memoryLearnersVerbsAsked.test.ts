import { told } from '../../helpers/memoryChat';

// Learners' wording read for what it says: "what my brother does?" asks his work ("does" is no animal, though WordNet
// knows a "doe"), and "I attend to a course of yoga" says the course is yoga ("to a": "a" is no verb to read past).
describe("learners' questions about what someone does and what one attends", () => {
  it('"what my brother does?" is answered with his work', async () => {
    const chat = await told('I live in Leeds with my brother', 'my brother name Tomasz, he work in bakery making bread');
    expect(await chat.ask('what my brother does?')).toContain('bakery');
  });

  it('"what course I attend to?" is answered with what the course is of', async () => {
    const chat = await told('I am from Porto', 'I attend to a course of yoga each Friday, is my time');
    expect(await chat.ask('what course I attend to on friday?')).toContain('yoga');
  });
});
