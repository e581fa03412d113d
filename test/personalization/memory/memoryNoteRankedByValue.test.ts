import { told } from '../../helpers/memoryChat';

/**
 * Of notes that share the question's words, the one that says what is asked: what the person said came before the
 * thing the question names, a word of the question said beside a value ("the 14 bus", "we use Grafana"), and a verb
 * asked in its present that a note says in an irregular past with a prefix ("rewrote").
 */
describe('personal memory: the note that says what is asked, over one that only shares a word', () => {
  it('answers what came before the thing the question names', async () => {
    const t = await told(
      'been baking bread at the co-op for nine years now. before that i was a postman in Leeds',
      'my allotment is plot 12, the leeks are doing great',
    );
    const reply = await t.ask('what did i do before the co-op?');
    expect(reply).toContain('postman');
  });

  it('answers the part said as earlier, when the note found says it', async () => {
    const t = await told('these days I sell insurance, I used to repair clocks', 'I play the cello on sundays');
    expect(await t.ask('what did I do before the insurance?')).toContain('clocks');
  });

  it('finds a note that says the asked verb in its past with a prefix', async () => {
    const t = await told('the onboarding guides live in Notion, most are stale', 'I rewrote the billing one on monday');
    expect(await t.ask('which guide did I rewrite?')).toContain('billing');
  });

  it('tells a title back as it was said, "Me" and all', async () => {
    const t = await told('the song I always hum is Stand By Me, drives my wife mad');
    expect(await t.ask('what song do I always hum?')).toContain('Stand By Me');
  });
});
