import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** A category said first as the topic of what follows ("music-wise …", "food I can't stand: …", "music: …"). */
describe('personal memory: tastes told under a topic', () => {
  it('reads what is said after "music-wise" and answers a question narrowed to music with it, though WordNet does not know it', async () => {
    const t = await told("music-wise I'm mostly into shoegaze these days", 'I play badminton twice a week at the community centre');
    expect(await t.factsWithDetail()).toEqual(['like:shoegaze:music', 'like:badminton']);
    expect(isReply(await t.ask('what kind of music am I into?'), 'fact.like.answer', { value: 'shoegaze' })).toBe(true);
    expect(isReply(await t.ask('which sport do I play?'), 'fact.like.answer', { value: 'badminton' })).toBe(true);
  });

  it('reads a phrase written as a label before its values, with its topic first', async () => {
    const t = await told("food I can't stand: okra. the slime, ugh", 'foods I avoid: shellfish, raw onion');
    expect(await t.factsWithDetail()).toEqual(['dislike:okra:food', 'avoids:shellfish:food', 'avoids:raw onion:food']);
    expect(await t.ask('what food do I hate?')).toContain('okra');
  });

  it('keeps values alone after a topic\'s colon as liked, and a dislike labelled after it apart', async () => {
    const t = await told('music: techno, house. NOT a fan of: country, reggaeton');
    expect(await t.facts()).toEqual(['like:techno', 'like:house', 'dislike:country', 'dislike:reggaeton']);
    const liked = await t.ask('which music do I like');
    expect(liked).toContain('techno');
    expect(liked).not.toContain('country');
    expect(await t.ask('what music do I hate')).toContain('reggaeton');
  });

  it('reads "for music" said first as the topic, and "for now" as no topic', async () => {
    const t = await told('for music I love Nordic folk, Wardruna especially', 'for now I live in Leeds');
    expect(await t.factsWithDetail()).toEqual(['like:Nordic folk:music', 'like:Wardruna:music', 'home:Leeds']);
  });

  it('answers a question narrowed to a category no like is of from a note that says one, else from likes of no known category', async () => {
    const t = await told('basketball is life, I play pickup on Saturdays', "I can't stand country music, give me Afrobeats any day, Burna Boy on repeat");
    expect(await t.ask('which sport do I play?')).toContain('basketball');
    const music = await t.ask('what kind of music do I like?');
    expect(music).toContain('Afrobeats');
    expect(music).not.toContain('country');
  });

  it('answers a dislike of no known category before a note that does not say the question\'s verb', async () => {
    const t = await told("sushi is overrated tbh, I'd rather have ramen", 'I hate natto');
    expect(await t.ask('what food do I hate?')).toContain('natto');
  });

  it('reads "X is a no for me" as a dislike', async () => {
    const t = await told("horror films are a no for me, I'm a total wimp");
    expect(await t.ask('what kind of movies do I hate?')).toContain('horror');
  });
});
