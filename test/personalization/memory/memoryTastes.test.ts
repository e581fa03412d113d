import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Tastes as people say them in passing: favourites mid-message, dislikes, conditions and what one can't eat. */
describe('tastes said in passing', () => {
  it('reads a favourite said after a comma without "my", and a name with an initial whole', async () => {
    const t = await told('been on a big fantasy kick, fav novel is Assassin\'s Apprentice', 'fave writer is Iain M. Banks, no contest');
    expect(await t.factsWithDetail()).toEqual(["favourite:Assassin's Apprentice:book", 'favourite:Iain M. Banks:author']);
    expect(isReply(await t.ask('who is my favourite author?'), 'fact.favourite.answer', { value: 'Iain M. Banks', detail: 'author' })).toBe(true);
  });

  it('takes a favourite said again after "wait actually" in place of the first', async () => {
    const t = await told('fav album is Blue, fav snack is crisps', 'wait actually fav album is Hounds of Love');
    expect(await t.factsWithDetail()).toEqual(['favourite:crisps:snack', 'favourite:Hounds of Love:album']);
  });

  it('ends a dislike at a clause about something else, and answers "which … can\'t I stand?"', async () => {
    const t = await told("I can't stand wasps, they ruin every picnic", 'cant stand Leeds either');
    expect(await t.facts()).toEqual(['dislike:wasps', 'dislike:Leeds']);
    const reply = await t.ask("which insect can't I stand?");
    expect(reply).toContain('wasps');
  });

  it('reads "X just doesn\'t work for me" as a dislike', async () => {
    const t = await told("podcasts just don't work for me, I drift off");
    expect(await t.facts()).toEqual(['dislike:podcasts']);
  });

  it('reads a diagnosis said without "with", a sensitivity, and answers a question about what is wrong', async () => {
    const t = await told('got diagnosed epileptic at uni', "I'm soy sensitive btw");
    expect(await t.facts()).toEqual(['health:epileptic', 'allergy:soy']);
    expect(isReply(await t.ask("what's wrong with my health?"), 'fact.health.answer', { value: 'epileptic' })).toBe(true);
    expect(await t.ask('any food issues I have?')).toContain('soy');
  });

  it('keeps a favourite said without its thing as one of the thing just named', async () => {
    const t = await told('we keep about nine kinds of apples in the orchard, my favourite is Egremont Russet', 'I really like sour sweets, sherbet lemons are my favourite');
    expect(await t.factsWithDetail()).toEqual(expect.arrayContaining(['favourite:Egremont Russet:apple', 'favourite:sherbet lemons:sweet']));
    expect(isReply(await t.ask("what's my favourite apple?"), 'fact.favourite.answer', { value: 'Egremont Russet', detail: 'apple' })).toBe(true);
  });

  it('reads a favourite said first after a comma apart from what came before', async () => {
    const t = await told('rugby mad. Leinster in the URC, and Johnny Sexton is my favourite player');
    expect(await t.factsWithDetail()).toContain('favourite:Johnny Sexton:player');
  });

  it('answers a favourite by a thing WordNet relates to the one kept, and not by an unrelated one', async () => {
    const t = await told('Ellyse Perry is my favourite player', 'my favourite food is sticky toffee pudding');
    expect(isReply(await t.ask('fav cricketer?'), 'fact.favourite.answer', { value: 'Ellyse Perry', detail: 'player' })).toBe(true);
    expect(isReply(await t.ask("what's my favourite dessert?"), 'fact.favourite.answer', { value: 'sticky toffee pudding', detail: 'food' })).toBe(true);
    expect(isReply(await t.ask("what's my favourite drink?"), 'memory.unknown', { label: 'your favourite drink' })).toBe(true);
    expect(isReply(await t.ask("who's my favourite singer?"), 'memory.unknown', { label: 'your favourite singer' })).toBe(true);
  });
});
