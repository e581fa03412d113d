import { toldApart } from '../../helpers/memoryChat';

/** A voice part ("second bass", "a contralto") is one's place in a choir, never one's work, though WordNet files a singer under performers. */
describe('personal memory: work and the part one sings', () => {
  it('answers work with the job, and the part with the voice', async () => {
    const t = await toldApart('I work as a welder at the shipyard', "I'm second bass in the harbour chorus");
    expect(await t.ask('what is my job?')).toContain('welder');
    expect(await t.ask('what is my job?')).not.toContain('bass');
    expect(await t.ask('which part do I sing?')).toContain('bass');
  });

  it('keeps a part said alone, and prefers the one said of oneself', async () => {
    const t = await toldApart("I'm a contralto", 'at a push I could cover tenor too');
    expect(await t.ask('what part do I sing?')).toContain('contralto');
  });
});

/** "day job I'm a …", "work wise I drive trams for …": a lead-in that only says what follows is one's work. */
describe('personal memory: work said after a lead-in', () => {
  it('reads the work after "day job" and "work wise"', async () => {
    const a = await toldApart("day job I'm a radiographer in Swindon", 'weekends I referee junior football');
    expect(await a.ask("what's my job?")).toContain('radiographer');
    const b = await toldApart('work wise I drive lorries for a haulage firm in Hull', 'been treasurer of the allotment society since spring');
    expect(await b.ask('what do I do for work?')).toMatch(/lorry|lorries/i);
  });
});

/** "day job is …" names the paid work, over a role given time to beside it. */
describe('personal memory: the day job told beside a volunteer role', () => {
  it('answers the day job', async () => {
    const t = await toldApart("i'm a volunteer with the coastguard out of Whitby", 'day job is joiner at a timber yard');
    expect(await t.ask('what do I do for my main job?')).toContain('joiner');
  });
});


/** "I cook dinner for Priya": a meal made for someone is a chore, not the work said before it. */
describe('personal memory: a meal made for someone is no work', () => {
  it('keeps the trade told before', async () => {
    const t = await toldApart('I was a plumber for forty years', 'my daughter works late so I cook supper for Priya on weekdays');
    expect(await t.ask('what did I do for a living?')).toContain('plumber');
  });
});
