import { told } from '../../helpers/memoryChat';

// "which agency am I with?" asks for an agency, a narrower thing than where one works: when what is kept of the
// workplace names nothing ("a call centre in Leeds"), a note that says "agency" answers it, not the workplace.
describe('a question for a narrower sort than its kind keeps', () => {
  it('answers from the note that says the sort asked for', async () => {
    const chat = await told('I work at a call centre in Leeds, I got placed there by a temp agency called Brightstaff', 'I like darts.');
    const reply = await chat.ask('which agency am i with?');
    expect(reply).toContain('Brightstaff');
  });

  it('still answers where one works from the kind', async () => {
    const chat = await told('I work at a call centre in Leeds, I got placed there by a temp agency called Brightstaff', 'I like darts.');
    expect(await chat.ask('where do I work?')).toContain('call centre');
  });

  it('a kept workplace that names one still answers', async () => {
    const chat = await told('I work at Halden Partners in Oslo', 'the agency that found me the job was rubbish');
    expect(await chat.ask('which agency do I work for?')).not.toContain('rubbish');
  });
});
