import { told } from '../../helpers/memoryChat';

/**
 * The note that best shares a question's words is kept when the reply can read an answer from it, not passed over
 * for a note that shares less because the answer is said in a way a plain reading misses: who someone is to the
 * person for "who …?", a place typed small after "in" for "where …?". A note passed over to must still hold an
 * answer plainly.
 */
describe('personal memory: the best note kept when it holds the answer as the reply reads it', () => {
  it('answers "who taught me …?" with who they are to the person, not a name in another note', async () => {
    const t = await told('I knit hats for my neighbour Priya\'s market stall', 'my grandmother taught me when I was ten');
    const reply = await t.ask('who taught me to knit?');
    expect(reply).toMatch(/grandmother/i);
    expect(reply).not.toMatch(/priya/i);
  });

  it('answers "where\'s my new job?" with a place typed small, not an earlier job said with a capital', async () => {
    const t = await told('hi, Dev here, 38, practice nurse', 'done 8 years in NHS general practice', 'just accepted a job at a private physio clinic in wigston');
    const reply = await t.ask("where's my new job");
    expect(reply).toMatch(/wigston/i);
    expect(reply).not.toMatch(/NHS/);
  });

  it('does not pass a note over for one that only says "in" before a year of study', async () => {
    const t = await told("I'm doing a nursing degree through the Open University", "oh and I'm in second year now");
    expect(await t.ask('where do I study?')).toMatch(/open university/i);
  });
});

/** A word that describes a thing of the kind asked says it only of a thing the question names ("pink sponge"). */
describe('personal memory: an adjective of the kind asked in a note that shares no word of the question', () => {
  it('answers "what size is our caravan?" from the note on the caravan, not from "a small update"', async () => {
    const t = await told('we tour in a caravan, a 22 ft Swift', 'small update: the dog had puppies on friday, so he is a dad now');
    const reply = await t.ask('what size is our caravan?');
    expect(reply).toMatch(/22 ft/);
    expect(reply).not.toMatch(/puppies/);
  });
});
