import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Answering with the right thing kept, and the right part of it, when several could answer. */
describe('personal memory: choosing what answers', () => {
  it('answers where one works with the place of work, and the city one is in with its city alone', async () => {
    const t = await told('I work at Brightwater Labs in Seattle');
    expect(isReply(await t.ask('where do I work?'), 'fact.workplace.answer', { value: 'Brightwater Labs' })).toBe(true);
    expect(isReply(await t.ask('which city am I in?'), 'memory.placeOfKind', { value: 'Seattle', label: 'where you work' })).toBe(true);
    // A common noun without its article does not stand alone ("you work at bakery"): the value as told.
    const plain = await told('I bake at a bakery in Porto');
    expect(await plain.ask('where do I work?')).not.toMatch(/at bakery\./);
  });

  it('answers "which <thing> do I like?" from the favourite kept under that thing, however the question reads', async () => {
    const t = await told('favourite whisky: Lagavulin', 'I love hiking');
    expect(isReply(await t.ask('which whisky do I like?'), 'fact.favourite.answer', { value: 'Lagavulin', detail: 'whisky' })).toBe(true);
    expect(isReply(await t.ask('which whiskies do I love most?'), 'fact.favourite.answer', { value: 'Lagavulin', detail: 'whisky' })).toBe(true);
    // Not what one hates.
    expect(await t.ask('which whisky do I hate?')).not.toContain('Lagavulin');
  });

  it('answers a club or team from what names it, not from a like that is a common word', async () => {
    const t = await told('I love pottery', 'member of the Riverside Rowing club');
    const club = await t.ask('which club am I in?');
    expect(club).toContain('Riverside');
    expect(club).not.toContain('pottery');
    const fan = await told('big fan of the Lakers');
    expect(await fan.ask('what team do I support?')).toContain('Lakers');
  });

  it('reads a question about past work without the clause that says when', async () => {
    const t = await told('I was a librarian for thirty years');
    expect(await t.ask('what was my profession before I stopped working?')).toContain('librarian');
    expect(await t.ask('what did I do for a living all those years?')).toContain('librarian');
    const retired = await told("I'm into growing tomatoes", 'retired bus driver, 30 years on the buses');
    expect(await retired.ask('what did I do before I retired?')).toContain('bus driver');
  });

  it('answers a question about one\'s own life asked without "my" from the note that says all its words', async () => {
    const t = await told('i work as a vet nurse at an animal clinic called Pawprints', 'I run quiz night every thursday at the pub');
    expect(await t.ask("what's the clinic called?")).toContain('Pawprints');
    expect((await t.ask("when's quiz night?")).toLowerCase()).toContain('thursday');
    // Nothing told says it: left to the intent model, not answered from a note.
    expect(await t.ask("what's the weather like?")).not.toContain('Pawprints');
  });

  it('names the one a note names after a comma ("big hospital, Samsung Medical Center")', async () => {
    const t = await told('I was nurse in Busan in big hospital, Severance Medical Centre, for five years');
    expect(isReply(await t.ask('In which hospital I worked?'), 'memory.fromNotePart', { part: 'big hospital, Severance Medical Centre' })).toBe(true);
  });

  it('answers with the name said next in the same message ("one company, name is Nile Soft")', async () => {
    const t = await told('I am Karim', 'I am engineer of computers, I make the apps for one company, name is Blue Harbour.');
    expect(await t.ask('For which company I am working?')).toContain('Blue Harbour');
  });

  it('finds the old job in one\'s own words by the work, not by "old" said of something else', async () => {
    const t = await told('I spent thirty years as a railway signalman on the line to Leeds', 'we have a terrier called Pip who is nearly as old as I am');
    expect(await t.ask('what did I tell you my old job was?')).toContain('signalman');
  });
});
