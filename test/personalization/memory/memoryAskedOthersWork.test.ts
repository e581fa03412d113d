import { told } from '../../helpers/memoryChat';

// "what does Priya do?", "what's Omar's job?": someone else's work, asked of a note that says more about them (where
// they live, their children's ages). The note answers with what that one is said to be or do, not all it says.
describe('someone else\'s work asked of a note', () => {
  it('"what does X do?" gives what X is said to be, not where', async () => {
    const chat = await told("hey i'm Lou, 31, baker in hull", "my cousin priya's a firefighter down in croydon");
    const reply = await chat.ask('what does priya do');
    expect(reply).toContain('firefighter');
    expect(reply).not.toContain('croydon');
  });

  it('"what\'s X\'s job?" gives the clause X does it in, not the rest of the note', async () => {
    const chat = await told("hey i'm Lou, 31, baker in hull", 'Mia 9 and Leo 6, and hubby Omar drives buses nights');
    const reply = await chat.ask("what's omar's job");
    expect(reply).toContain('drives buses');
    expect(reply).not.toContain('Mia');
  });

  it('what someone does somewhere else is still told back whole', async () => {
    const chat = await told("hey i'm Lou, 31, baker in hull", "my cousin priya's a firefighter down in croydon");
    const reply = await chat.ask('what does priya do on sundays');
    expect(reply).toContain('croydon');
  });
});

// A note that names a thing in passing ("…, username mossy_ray", "terrier Pip chewed a Ravensburger box"): asked by
// the thing's handle or name, the one value said with it.
describe('the value said with the noun asked', () => {
  it('"what is my username?" gives the handle said right after "username"', async () => {
    const chat = await told("hi i'm Ray, 44", 'i post my moths on a recording site, 150 records so far, username mossyray');
    const reply = await chat.ask('whats my recording site username');
    expect(reply).toContain('mossyray');
    expect(reply).not.toContain('150');
  });

  it('"what\'s the dog called?" gives the name a breed of dog introduces, not another name', async () => {
    const chat = await told("hi i'm Ray, 44", 'border terrier Pip chewed up a Ravensburger box last week');
    const reply = await chat.ask("what's the dog called");
    expect(reply).toContain('Pip');
    expect(reply).not.toContain('Ravensburger');
  });

  it('"which college town is X in?" asks a place by the compound\'s own noun', async () => {
    const chat = await told("hi i'm Ray, 44", 'my son Cal is 20 and over in leeds at uni doing history');
    const reply = await chat.ask('which university town is cal in');
    expect(reply).toContain('leeds');
    expect(reply).not.toContain('history');
  });
});
