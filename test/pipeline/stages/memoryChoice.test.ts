import { told } from '../../helpers/memoryChat';
import { readChoice } from '../../../src/pipeline/stages/memoryChoice';

// "which of my kids …?" asks for one of several told of: the one whose own words in the notes say what the question
// says, not the list of them all.
describe('personal memory: which one of several', () => {
  it('picks the one a later line says took something up, by the stem of the word', async () => {
    const chat = await told('we have two boys, Ollie and Finn, 12 and 10', 'Ollie lives for his guitar, Finn has just started swimming lessons at the leisure centre');
    const reply = await chat.ask('which of my sons swims?');
    expect(reply).toContain('Finn');
    expect(reply).not.toContain('Ollie');
  });

  it('picks the one said with a word cut short', async () => {
    const chat = await told('my grandkids are Leo and Saskia', "Leo can't stop talking about dinos, Saskia wants a pony for christmas");
    const reply = await chat.ask('which of my grandchildren is into dinosaurs?');
    expect(reply).toContain('Leo');
    expect(reply).not.toContain('Saskia');
  });

  it('picks the one said with a plainer word of the same kind ("female" for "girl")', async () => {
    const chat = await told('our two rescue greyhounds are called Pip and Maple', 'Pip is the nervous one, Maple is the female and bosses him about');
    const reply = await chat.ask('which of my dogs is the girl?');
    expect(reply).toContain('Maple');
    expect(reply).not.toContain('Pip,');
  });

  it('meets an adjective said another way ("largest" / "biggest")', async () => {
    const chat = await told('I keep three tortoises: Bruno, Dot and Gus. Gus is the biggest by miles, Dot is the fussy eater');
    const reply = await chat.ask('which of the tortoises is the largest?');
    expect(reply).toContain('Gus');
    expect(reply).not.toMatch(/Bruno|Dot/);
  });

  it('says nothing chosen when the words fit no one, or all alike', async () => {
    const chat = await told('my nieces Ada and Bea both play hockey for the county');
    expect(await chat.ask('which of my nieces plays hockey?')).not.toMatch(/^(Ada|Bea), going by/);
  });

  it('reads the noun chosen from and what is said of the one wanted, and no question about the person\'s own things', () => {
    expect(readChoice('which of my grandkids wants to be a vet?')).toEqual({ group: 'grandkids', said: ['wants', 'to', 'be', 'a', 'vet'] });
    expect(readChoice('which sister is moving to Leeds?')).toMatchObject({ group: 'sister' });
    expect(readChoice('which beer do I like best?')).toBeUndefined();
    expect(readChoice('what do I do on Sundays?')).toBeUndefined();
  });
});
