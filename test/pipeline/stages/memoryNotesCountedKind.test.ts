import { told } from '../../helpers/memoryChat';

// "how many people do I employ?" of "3 staff": a count asked by one noun is answered by a note that counts another the
// counted kinds (`memoryCountedKinds`) name the same, as it is by a noun WordNet files under it.
describe('personal memory: a count told by a noun the counted kinds name the same as the one asked', () => {
  it('"how many people work for me?" is answered by "9 staff"', async () => {
    const chat = await told("I'm Tomasz", 'I run a bakery in Gdynia, 9 staff on the payroll now', 'we make about 400 loaves on a saturday');
    const answer = await chat.ask('how many people work for me?');
    expect(answer).toMatch(/\b9\b/);
    expect(answer).not.toMatch(/400/);
  });

  it('a count of another kind still answers nothing', async () => {
    const chat = await told("I'm Tomasz", 'we make about 400 loaves on a saturday');
    expect(await chat.ask('how many people work for me?')).not.toMatch(/400/);
  });
});
