import { told } from '../../helpers/memoryChat';

/** "whose X …?": the one the note says has the thing ("my aunt Rosalind's party"), not the whole note. */
describe('personal memory: whose thing a note says it is', () => {
  it('answers whose with the name said before the thing asked', async () => {
    const t = await told("We're performing at my aunt Rosalind's retirement party on 12th May, she has no idea");
    const reply = await t.ask('whose retirement party are we performing at?');
    expect(reply).toContain('Rosalind');
    expect(reply).not.toContain('May');
  });
});
