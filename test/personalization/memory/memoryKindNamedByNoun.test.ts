import { told } from '../../helpers/memoryChat';

// "I bought a used Elantra" is kept as what one drives, and so as no note: a question that asks for it by a label of
// that kind ("car"), whatever its verb ("did I buy", "did I pick up"), is answered by the one value kept of it.
describe('personal memory: the value of a kind asked by its label with another verb', () => {
  it('"which car did I pick up?" is answered by the vehicle kept from "got myself a …"', async () => {
    const chat = await told('got myself a secondhand Kia Ceed estate, no more waiting for the 42 bus!');
    expect(await chat.ask('which car did I pick up?')).toContain('Kia Ceed');
  });

  it('"what car did my brother buy?" is not answered by the person\'s own car', async () => {
    const chat = await told('got myself a secondhand Kia Ceed estate, no more waiting for the 42 bus!');
    expect(await chat.ask('what car did my brother buy?')).not.toContain('Kia');
  });
});
