import { told } from '../../helpers/memoryChat';
import { tokenize } from '../../../src/personalization/memory/tokens';

/**
 * Times told in a schedule: a range of hours is one value ("5-6:30" is no age 30), and a line of times that the
 * intent model takes for a sum ("pickup is 3:15 except Wednesdays …") is kept all the same.
 */
describe('personal memory: schedules told with times', () => {
  it('reads a range of hours as one word', () => {
    expect(tokenize('practice Tuesday 5-6:30, lab 1-5pm, shift 9am-5pm', new Set()).map((token) => token.norm)).toEqual(['practice', 'tuesday', '5-6:30', ',', 'lab', '1-5pm', ',', 'shift', '9am-5pm']);
  });

  it('keeps no age from the minutes of a range of hours', async () => {
    const t = await told('my daughter Elsie has swimming Monday and Wednesday 4-5:45 at the leisure centre');
    expect((await t.facts()).filter((fact) => fact.startsWith('age:'))).toEqual([]);
    expect(await t.ask('where is swimming?')).toContain('leisure centre');
  });

  it('keeps a line of times the intent model reads as a sum', async () => {
    const t = await told('pickup is 3:15 on weekdays');
    expect(await t.ask('what time is pickup?')).toContain('3:15');
  });
});
