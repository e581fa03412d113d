import { told } from '../../helpers/memoryChat';
import { isReply } from '../../helpers/testRapport';

/** What a question asks of what was kept: which one of someone's people, where (not as what) one works, a category of a person. */
describe('personal memory: what a question asks of what was kept', () => {

  it('answers "which of my …" with the name of the one told, whatever is said of them', async () => {
    const t = await told('my sister Rhiannon is moving to Cardiff next spring');
    expect(await t.ask('which of my sisters is moving?')).toContain('Rhiannon');
    const s = await told('my granddaughter Beatriz is getting married in May');
    expect(await s.ask('Which granddaughter is getting married?')).toContain('Beatriz');
  });

  it('answers where one works, not as what, when asked with "where" or a noun that names no work', async () => {
    const t = await told("I'm a radiographer at St Columba's in Dundee");
    const hospital = await t.ask('which hospital do I work at?');
    expect(hospital).toContain("St Columba's");
    expect(hospital).not.toContain('radiographer');
    const s = await told('im a secondary school teacher in Lowestoft');
    expect(await s.ask('where do I teach?')).toContain('Lowestoft');
    expect(await s.ask("what's my job title?")).toContain('teacher');
  });

  it('answers from the kept work when it says the word the question adds ("at the bank")', async () => {
    const t = await told('I was a bank clerk at Northgate Savings in Derby for 20 years and then branch manager for another 5.');
    const job = await t.ask('What was my job at the bank?');
    expect(job).toContain('clerk');
    expect(job).not.toContain('Northgate');
    expect(await t.ask('Which bank did I work for?')).toContain('Northgate');
  });

  it('asks a category no name can be of the kinds of that category ("what language am I teaching my son?")', async () => {
    const t = await told('I speak Amharic and English, trying to teach my son Dawit some Amharic');
    const answer = await t.ask('what language am I teaching my son?');
    expect(answer).toContain('Amharic');
    expect(answer).not.toContain('Dawit');
  });

  it('never keeps a language listed with others or work said bare as the name', async () => {
    for (const line of ['Tigrinya, English, bit of Italian', 'Paramedic, 12 years']) {
      const t = await told(line);
      expect((await t.profile()).explicit.name).toBeUndefined();
    }
  });

  it('never keeps a district said after a city as work ("Tallinn. Old Town.")', async () => {
    const t = await told('Moira. Architect. Hollis Partners.', 'Tallinn. Old Town.');
    expect(await t.ask("what's my job title?")).toContain('Architect');
  });

  it('answers a twin by the brother or sister told as one ("my twin bro")', async () => {
    const t = await told('my twin bro is tendai, he lives in Harare');
    expect(await t.ask("whats my twin's name")).toContain('Tendai');
  });

  it('answers an old job from work told as past, never from work one does now', async () => {
    const t = await told('Retired lighthouse keeper, forty years on the same rock');
    expect(await t.ask('What was my old job?')).toContain('lighthouse keeper');
    const s = await told("I'm a florist");
    expect(await s.ask('What was my old job?')).not.toContain('florist');
  });

  it('answers the youngest or eldest from the ages told, named by the people asked about', async () => {
    const t = await told('my grandkids are Tobias 9, Hester 6 and Rune 2');
    expect(await t.ask("Who's my youngest grandchild?")).toContain('Rune');
    const youngest = await t.ask('Which of the grandkids is the youngest?');
    expect(youngest).toContain('Rune');
    expect(youngest).not.toContain('Tobias');
  });

  it('reads work said first in "… here" as work, not the name', async () => {
    const t = await told('Welder here, night shifts');
    expect((await t.profile()).explicit.name).toBeUndefined();
    expect(await t.ask('what do I do?')).toContain('Welder');
  });

  it('answers the position one plays from a position kept beside the game', async () => {
    const t = await told('I play hurling for Ballyhale, full back');
    expect(await t.ask('what position do I play?')).toContain('full back');
  });

  it('answers whether one may have a food from the allergy or diet that keeps one from it, and says when none does', async () => {
    const t = await told("I'm lactose intolerant, so no fondue for me");
    const dairy = await t.ask('can I have dairy?');
    expect(dairy).toContain('lactose');
    expect(dairy).not.toContain('fondue');
    expect(isReply(await t.ask('can I eat bread?'), 'memory.nothingAgainst', { value: 'bread' })).toBe(true);
  });
});
