import { told } from '../../helpers/memoryChat';

// A note that says more than the question asks: where someone studies or works named after "at", what someone else
// wants to do, the breed of a pet named. The part asked for answers, not the note whole (which also answers other questions).
describe('the part of a note a question asks for', () => {
  it('"which uni is X at?" gives the name after "at", though the note never says "uni"', async () => {
    const chat = await told("hi i'm Gwen, 52", 'my cousin Nadia is doing law at Glasgow Caledonian, second year');
    const reply = await chat.ask('which uni is nadia at');
    expect(reply).toContain('Glasgow Caledonian');
    expect(reply).not.toContain('law');
  });

  it('"which company does X work for?" gives the name after "at", not where they live', async () => {
    const chat = await told("hi i'm Gwen, 52", 'sister Ruth lives in Leeds, accountant at Deloitte');
    const reply = await chat.ask('which company does my sister work for');
    expect(reply).toContain('Deloitte');
    expect(reply).not.toContain('Leeds');
  });

  it('"what does X want to start?" gives what they want to start, not their age', async () => {
    const chat = await told("hi i'm Gwen, 52", 'my son Theo, 30, joined the firm last year after his degree, he wants to start a podcast');
    const reply = await chat.ask('what does theo want to start');
    expect(reply).toContain('podcast');
    expect(reply).not.toContain('30');
  });

  it('"what breed is my dog?" gives the breed said with the name, not where the person lives', async () => {
    const chat = await told("hi i'm Gwen, 52", "i live in Swansea with my old dog Mabel, she's a springer spaniel");
    const reply = await chat.ask('what breed is my dog');
    expect(reply).toContain('springer spaniel');
    expect(reply).not.toContain('Swansea');
  });
});
