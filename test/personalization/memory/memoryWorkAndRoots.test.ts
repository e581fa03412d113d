import { told } from '../../helpers/memoryChat';

describe('personal memory of where one grew up and of a new job', () => {
  it('keeps where one grew up apart from where one was born', async () => {
    const chat = await told('I was born in Tromsø, but I grew up in Valparaíso and now I live in Ghent');
    expect(await chat.ask('where did I grow up?')).toContain('Valparaíso');
    expect(await chat.ask('which town was I raised in?')).toContain('Valparaíso');
    const born = await chat.ask('where was I born?');
    expect(born).toContain('Tromsø');
    expect(born).not.toContain('Valparaíso');
  });

  it('answers where one is from with where one grew up when nothing else was said, and the other way round', async () => {
    const raised = await told('raised in Aberystwyth mostly');
    expect(await raised.ask('where am I from?')).toContain('Aberystwyth');
    const from = await told("I'm from Tartu");
    expect(await from.ask('where did I grow up?')).toContain('Tartu');
  });

  it('reads a new job said with "starting as", "got the … job" or a promotion, and where it is', async () => {
    const starting = await told("I'm starting as a junior architect at Halden Studio next week");
    expect(await starting.facts()).toEqual(expect.arrayContaining(['job:junior architect', 'workplace:Halden Studio']));
    const got = await told('finally got the barista job at Café Oreo');
    expect(await got.facts()).toEqual(expect.arrayContaining(['job:barista', 'workplace:Café Oreo']));
    const vague = await told('I got the new job!');
    expect((await vague.facts()).filter((fact) => fact.startsWith('job'))).toEqual([]);
    const promoted = await told('I got promoted to shift supervisor last month');
    expect(await promoted.ask("what's my job title?")).toContain('shift supervisor');
  });

  it('reads where a new job is from "started at", but never a time of day', async () => {
    const started = await told('started at Quillfeather Books on Monday, loving it so far');
    expect(await started.ask('where do I work?')).toContain('Quillfeather Books');
    const early = await told('I started at 6am today and I am shattered');
    expect((await early.facts()).filter((fact) => fact.startsWith('workplace'))).toEqual([]);
  });

  it('sets right a day said after new work with the day, never the work', async () => {
    const chat = await told('I got the line cook job at Pasta Nostra, first shift is on the 9th, no wait, the 10th');
    expect(await chat.ask("what's my job?")).toContain('line cook');
    expect(await chat.ask("what's my job?")).not.toContain('10th');
  });
});
