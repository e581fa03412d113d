import { told } from '../../helpers/memoryChat';

// "who do I drive for?" of a bus driver: asked by the verb the person's own job is made from, the question asks of
// their work, not of a vehicle nothing was told of.
describe('personal memory: a question asked by the verb of the person own job', () => {
  it('"who do I …  for?" by the job\'s verb answers where they work', async () => {
    const chat = await told("I'm Oskar", "I'm a lorry driver for Haulwell Freight");
    const answer = await chat.ask('so who do I drive for again?');
    expect(answer).toContain('Haulwell Freight');
  });

  it('"where do I …?" by the job\'s verb answers where they work', async () => {
    const chat = await told("I'm Oskar", "I'm a tutor at Brambleside Learning Centre");
    expect(await chat.ask('where is it I tutor?')).toContain('Brambleside');
  });

  it('"what do I drive?" still asks a vehicle, not the work', async () => {
    const chat = await told("I'm Oskar", "I'm a lorry driver for Haulwell Freight");
    expect(await chat.ask('what do I drive?')).not.toContain('Haulwell');
  });
});
