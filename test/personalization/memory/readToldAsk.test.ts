import { noteLexicon } from '../../../src/personalization/memory/noteLexicon';
import { toldStems } from '../../../src/personalization/memory/bestNote';
import { toldAskWords } from '../../../src/personalization/memory/readToldAsk';
import { realContent } from '../../helpers/testRapport';

describe('notes: a question about a told thing put without "my"', () => {
  const lexicon = noteLexicon(realContent());
  const told = toldStems(['our broadband is with Zephyr Fibre', 'the runner in the hall is 70cm wide', 'locker code is 5531', 'ok so the jacket goes back by Friday'], lexicon);

  it('reads "who", "whose" and "how wide" questions, and a label with "?", by a noun the person said', () => {
    expect(toldAskWords("who's the broadband with?", lexicon, told)).toEqual(['broadband']);
    expect(toldAskWords('how wide is the runner?', lexicon, told)).toEqual(expect.arrayContaining(['runner']));
    expect(toldAskWords('locker code?', lexicon, told)).toEqual(['locker', 'code']);
    expect(toldAskWords('until when can the jacket go back?', lexicon, told)).toEqual(expect.arrayContaining(['jacket']));
    expect(toldAskWords('the jacket goes back to whom?', lexicon, told)).toEqual(expect.arrayContaining(['jacket']));
    expect(toldAskWords('locker code again?', lexicon, told)).toEqual(expect.arrayContaining(['locker', 'code']));
  });

  it('reads nothing of a noun never said, of glue, or of a question with "I", "my" or "you"', () => {
    expect(toldAskWords("who's the plumber with?", lexicon, told)).toBeUndefined();
    expect(toldAskWords('ok?', lexicon, told)).toBeUndefined();
    expect(toldAskWords('who made you?', lexicon, told)).toBeUndefined();
    expect(toldAskWords('how wide is my runner?', lexicon, told)).toBeUndefined();
  });
});
