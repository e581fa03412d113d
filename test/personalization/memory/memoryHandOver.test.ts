import { told } from '../../helpers/memoryChat';

// Someone new said to do what another did, with no change word: "Dmitri has retired, Paolo has taken over",
// "Greta is leaving, so from now I go to Anouk". What was kept of the one before now names the new one; what is
// said of the one before stays as said; family and friends are never handed over.
describe('a name handed over sets right what was kept of the one before', () => {
  it('"X has retired, Y has taken over": the new one answers, the old one is gone from the answer', async () => {
    const chat = await told("I'm Wren", 'my tailor is Dmitri at Needle Row on Quay Street', 'sadly Dmitri has retired to the coast. His apprentice Paolo has taken over the shop');
    const tailor = await chat.ask('who is my tailor now?');
    expect(tailor).toContain('Paolo');
    expect(tailor).not.toContain('Dmitri');
  });

  it('"so from now I go to Y": the new one after the words answers', async () => {
    const chat = await told("I'm Wren", 'I get my nails done with Greta every two weeks', 'Greta is moving to Ghent so from now I go to Anouk, same salon');
    const nails = await chat.ask('who does my nails now?');
    expect(nails).toContain('Anouk');
    expect(nails).not.toContain('Greta');
  });

  it('a sister is not handed over', async () => {
    const chat = await told("I'm Wren", 'my sister is Ilse, she lives in Utrecht', 'Ilse is on holiday, Marta has taken over the dog walking');
    expect(await chat.ask("what's my sister's name?")).toContain('Ilse');
  });
});
