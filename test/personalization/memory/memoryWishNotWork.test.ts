import { told } from '../../helpers/memoryChat';

// "what do we eventually want to do?" ends on "do", as "what does my sister do?" does, but that "do" is what another
// verb wants ("want to do"): it asks a wish, not a job, so a note that says the wish answers it.
describe('a "do" said after "to" asks no work', () => {
  it('"what do we eventually want to do?" is answered by the wish told', async () => {
    const chat = await told('hi, I do payroll at a builders merchant in Derby', 'we want to open a climbing gym eventually');
    const reply = await chat.ask('what do we eventually want to do?');
    expect(reply.toLowerCase()).toContain('climbing gym');
  });

  it('"what do I do?" still asks the work', async () => {
    const chat = await told('hi, I do payroll at a builders merchant in Derby', 'we want to open a climbing gym eventually');
    const reply = await chat.ask('what do I do?');
    expect(reply.toLowerCase()).toContain('payroll');
  });
});
