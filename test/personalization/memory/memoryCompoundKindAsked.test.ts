import { told } from '../../helpers/memoryChat';

// "my african grey Kofi": two words that WordNet has as one noun ("african grey", a parrot) say a thing of the kind
// asked about though neither word alone does, both for the note picked and for the name it gives.
describe('personal memory: a noun of two words of the kind asked about', () => {
  it('"what is my parrot called?" is answered from the note about the african grey', async () => {
    const chat = await told("I'm Wren", 'my african grey Kofi whistles the bin lorry tune');
    expect(await chat.ask('what is my parrot called?')).toContain('Kofi');
  });

  it('a note of a thing of another kind still answers nothing', async () => {
    const chat = await told("I'm Wren", 'my grey Corsa Kofi needs new tyres');
    expect(await chat.ask('what is my parrot called?')).not.toContain('Kofi');
  });
});
