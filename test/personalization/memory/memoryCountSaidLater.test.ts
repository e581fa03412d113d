import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * Questions of quantity: a figure of the same thing said again in a later message holds now, without a word of change;
 * and a thing taken up after a length of time told is no answer to how long.
 */
describe('personal memory: a count said again later', () => {
  it('answers with the count of the same noun said in a later message', async () => {
    const chat = memoryChat();
    for (const line of ['my allotment society has 140 members, I keep the waiting list', 'I grow mostly squash and runner beans', 'we are at 163 members after the spring open day']) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const reply = await chat.ask('how many members does the society have?');
    expect(reply).toContain('163');
    expect(reply).not.toContain('140');
  });

  it('keeps the count found when asked how it was', async () => {
    const chat = memoryChat();
    for (const line of ['we had 12 volunteers at the beach clean in march', 'we had 30 volunteers at the beach clean in june']) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const reply = await chat.ask('how many volunteers did we have in march?');
    expect(reply).toContain('12');
  });
});

describe('personal memory: how long, not what was taken up', () => {
  it('answers how long from the length told, not from what was started after it', async () => {
    const t = await told("I've been in beekeeping for 14 years. Started on a single hive in Devon");
    const reply = await t.ask('how long have I been in beekeeping?');
    expect(reply).toContain('14');
    expect(reply).not.toContain('single hive');
  });
});
