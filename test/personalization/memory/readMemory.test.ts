import { wordLexicon } from '../../../src/nlu/wordLexicon';
import { findCity } from '../../../src/personalization/cities';
import { memoryLexicon } from '../../../src/personalization/memory/factKinds';
import { readMemory } from '../../../src/personalization/memory/readMemory';
import { realContent } from '../../helpers/testRapport';

const read = (text: string) => readMemory(text, memoryLexicon(realContent()), { words: wordLexicon(), findCity });

describe('readMemory', () => {
  it('splits clauses at "but" and at "and I", not inside a list of names', () => {
    expect(read("I grew up in Cairo but I've been living in Dubai for five years").facts).toEqual([
      { kind: 'grewUp', value: 'Cairo' },
      { kind: 'home', value: 'Dubai' },
    ]);
    expect(read('I live in Austin with my husband Tom and our two dogs, Pepper and Salt').facts).toEqual([
      { kind: 'home', value: 'Austin' },
      { kind: 'partner', value: 'Tom', detail: 'husband' },
      { kind: 'pet', value: 'Pepper', detail: 'dog' },
      { kind: 'pet', value: 'Salt', detail: 'dog' },
    ]);
  });

  it('keeps a list of things whose items start with "the" in one clause, and still splits at a whole phrase', () => {
    expect(read('I play the guitar and the piano').facts.map((fact) => fact.value)).toEqual(['the guitar', 'the piano']);
    const split = read('I live in Paris and the name is Max');
    expect(split.facts).toEqual([{ kind: 'home', value: 'Paris' }]);
    expect(split.name).toBe('Max');
  });

  it('keeps a possessive inside a value, a job said after a workplace, and a partner named before "\'s my"', () => {
    expect(read("I work as a nurse in a children's hospital").facts.map(({ kind, value }) => `${kind}:${value}`)).toEqual(['job:nurse', "workplace:children's hospital"]);
    expect(read('I work at Google as an engineer').facts.map(({ kind, value }) => `${kind}:${value}`)).toEqual(['workplace:Google', 'job:engineer']);
    expect(read("Tom's my husband").facts).toEqual([{ kind: 'partner', value: 'Tom', detail: 'husband' }]);
    expect(read("I love Grey's Anatomy").facts).toEqual([{ kind: 'like', value: "Grey's Anatomy" }]);
  });

  it('lets a second verb after "and" share the subject, and ends a list at an item that says something else', () => {
    expect(read('I grew up in Lagos and now live in Manchester').facts).toMatchObject([
      { kind: 'grewUp', value: 'Lagos' },
      { kind: 'home', value: 'Manchester' },
    ]);
    expect(read("I'm a vegan and allergic to peanuts").facts.map(({ kind, value }) => `${kind}:${value}`)).toEqual(['diet:vegan', 'allergy:peanuts']);
    expect(read('I love jazz, hiking and cooking').facts.map((fact) => fact.value)).toEqual(['jazz', 'hiking', 'cooking']);
  });

  it('reads dislikes, likes after "more of a ... person", and drops trailing fillers', () => {
    expect(read('not really into sports tbh, more of a chess person').facts).toEqual([
      { kind: 'dislike', value: 'sports' },
      { kind: 'like', value: 'chess' },
    ]);
  });

  it('takes a name only when it looks like one', () => {
    expect(read("I'm Theo btw").name).toBe('Theo');
    expect(read('ken here').name).toBe('Ken');
    expect(read("it's Jo").name).toBe('Jo');
    for (const state of ["I'm tired today", "I'm fine thanks", "I'm exhausted", "I'm off", "I'm here"]) expect(read(state).name).toBeUndefined();
    expect(read("I'm vegan")).toMatchObject({ facts: [{ kind: 'diet', value: 'vegan' }] });
    expect(read("I'm vegan").name).toBeUndefined();
  });

  it('attaches a name to the animal just named through a pronoun, and keeps the breed (a sort of dog in content)', () => {
    expect(read('we adopted a greyhound, his name is Bolt').facts).toEqual([{ kind: 'pet', value: 'Bolt', detail: 'greyhound' }]);
    expect(memoryLexicon(realContent()).parents.get('greyhound')).toBe('dog');
  });

  it('reads questions about oneself by kind, narrowed by a noun, and never as facts', () => {
    expect(read("what's my husband's name?")).toMatchObject({ facts: [], questions: [{ kinds: ['partner'], detail: 'husband' }] });
    expect(read('what language am I studying?').questions).toEqual([{ kinds: ['learning'], category: 'language' }]);
    expect(read("where's home?").questions).toEqual([{ kinds: ['home'] }]);
    expect(read('is there anything I can\'t eat?').questions[0].kinds).toEqual(expect.arrayContaining(['diet', 'avoids']));
  });

  it('reads a question about oneself loosely only for what its own words name, never a request for help or a sort of answer alone', () => {
    expect(read('what IPL team do I support?').questions).toEqual([{ kinds: ['team'], words: ['ipl'], unknown: ['ipl'] }]);
    expect(read('which team do i rock with?').questions.map((question) => question.kinds)).toEqual([['team']]);
    expect(read('which club do I join?').questions).toEqual([]);
    for (const text of ['how do I get to my hotel?', 'which city is my hotel in?', 'what should I drive to my interview?', 'who do I stay with in Lagos?', 'where do I park my car?', 'what bike do I need for commuting?', 'what do I feed my dog?']) {
      expect(read(text).questions.flatMap((question) => question.kinds)).not.toContain('pet');
      expect(read(text).questions.flatMap((question) => question.kinds)).not.toContain('home');
      expect(read(text).questions.flatMap((question) => question.kinds)).not.toContain('vehicle');
    }
  });

  it('does not take requests about other things as questions about the person', () => {
    for (const text of ['My card is lost! What do I do now?', 'How can I get my physical card to work?', 'Can I open an account for my daughter?', 'Where did the extra fee on my statement come from?', 'please tell me the date']) {
      expect(read(text).questions).toEqual([]);
    }
    expect(read('place order for a chicken manchow soup from wangs kitchen').facts).toEqual([]);
  });

  it('reads corrections, "no longer" and forgetting one thing', () => {
    expect(read('scratch that, I moved to Montevideo in June')).toMatchObject({ retract: true, facts: [{ kind: 'home', value: 'Montevideo' }] });
    expect(read('I no longer have a cat').removals).toEqual([{ kind: 'pet', detail: 'cat' }]);
    expect(read('please forget where I live').forget).toEqual([{ kind: 'home' }]);
    expect(read('forget everything about me').forget).toEqual([]);
  });

  it('reads dates as month and day', () => {
    expect(read('my birthday is on the 3rd of October').facts).toEqual([{ kind: 'birthday', value: '3 October' }]);
  });
});

/** Several phrasings per phenomenon, none of them the dev set's: the reader is built for the pattern. */
describe('readMemory on other wording', () => {
  const facts = (text: string) => read(text).facts.map(({ kind, value, detail }) => ({ kind, value, ...(detail ? { detail } : {}) }));

  it('reads statements that leave out "I"', () => {
    expect(facts('married to Ana')).toEqual([{ kind: 'partner', value: 'Ana' }]);
    expect(facts('grew up in Seville')).toEqual([{ kind: 'grewUp', value: 'Seville' }]);
    expect(facts('big fan of the Lakers')).toEqual([{ kind: 'like', value: 'the Lakers' }]);
    expect(facts('love playing tennis')).toEqual([{ kind: 'like', value: 'tennis' }]);
    expect(facts('really into jazz and photography')).toEqual([
      { kind: 'like', value: 'jazz' },
      { kind: 'like', value: 'photography' },
    ]);
    expect(facts("can't stand reality TV")).toEqual([{ kind: 'dislike', value: 'reality TV' }]);
    expect(facts('born on the 5th of June')).toEqual([{ kind: 'birthday', value: '5 June' }]);
  });

  it('does not take requests for statements without a subject', () => {
    for (const text of ['play some jazz', 'speak louder please', 'follow up on my transfer', 'teach me a word', 'work out the total', 'put this song into my road trip playlist', 'find naomi & wynonna: love can build a bridge', 'please look up the power and love movie']) {
      expect(read(text).facts).toEqual([]);
    }
  });

  it('reads every fact packed in one clause', () => {
    expect(read("I'm Lena, 34, graphic designer")).toMatchObject({ name: 'Lena', facts: [{ kind: 'age', value: '34' }, { kind: 'job', value: 'graphic designer' }] });
    expect(facts("I'm a nurse from Lisbon")).toEqual([
      { kind: 'job', value: 'nurse' },
      { kind: 'from', value: 'Lisbon' },
    ]);
    expect(facts('data analyst in Pune, I am')).toEqual([{ kind: 'job', value: 'data analyst' }, { kind: 'home', value: 'Pune' }]);
    expect(read("I'm Hamid, an accountant from Tehran")).toMatchObject({ name: 'Hamid', facts: [{ kind: 'job', value: 'accountant' }, { kind: 'from', value: 'Tehran' }] });
    expect(facts('retired teacher, originally from Glasgow, now living in Bristol')).toEqual([
      { kind: 'job', value: 'retired teacher' },
      { kind: 'from', value: 'Glasgow' },
      { kind: 'home', value: 'Bristol' },
    ]);
  });

  it('reads work said as a verb or a field', () => {
    expect(facts('I teach chemistry at a high school')).toEqual([{ kind: 'job', value: 'chemistry teacher' }, { kind: 'workplace', value: 'high school' }]);
    expect(facts('I work in marketing')).toEqual([{ kind: 'job', value: 'marketing' }]);
  });

  it('reads moves and origins together, keeping a home and a past home apart', () => {
    expect(facts('moved to Leeds from Birmingham')).toEqual([
      { kind: 'home', value: 'Leeds' },
      { kind: 'pastHome', value: 'Birmingham' },
    ]);
    expect(facts("used to live in Osaka but now I'm in Tokyo")).toEqual([
      { kind: 'pastHome', value: 'Osaka' },
      { kind: 'home', value: 'Tokyo' },
    ]);
    expect(facts('based in Madrid but grew up in Seville')).toEqual([
      { kind: 'home', value: 'Madrid' },
      { kind: 'grewUp', value: 'Seville' },
    ]);
    expect(facts('originally from Kyoto, now living in Berlin')).toEqual([
      { kind: 'from', value: 'Kyoto' },
      { kind: 'home', value: 'Berlin' },
    ]);
  });

  it('reads names in lists after a colon, in appositives, and what follows a relative', () => {
    expect(facts("I've got three kids: Arjun, Dev and Maya").map((fact) => fact.value)).toEqual(['Arjun', 'Dev', 'Maya']);
    expect(facts("I've got a parrot, Kiwi")).toEqual([{ kind: 'pet', value: 'Kiwi', detail: 'parrot' }]);
    expect(facts('my son is called Oliver and my daughter is called Grace')).toEqual([
      { kind: 'child', value: 'Oliver', detail: 'son' },
      { kind: 'child', value: 'Grace', detail: 'daughter' },
    ]);
    expect(facts('my girlfriend Claire lives with me in Bristol')).toEqual([
      { kind: 'partner', value: 'Claire', detail: 'girlfriend' },
      { kind: 'home', value: 'Bristol' },
    ]);
  });

  it('reads intolerances as food facts, with trailing adverbs left out', () => {
    expect(facts('lactose intolerant, sadly')).toEqual([{ kind: 'allergy', value: 'lactose' }]);
    expect(facts('gluten intolerant unfortunately')).toEqual([{ kind: 'allergy', value: 'gluten' }]);
    expect(facts('I follow Arsenal religiously')).toEqual([{ kind: 'like', value: 'Arsenal' }]);
    expect(facts("I'm a huge football fan")).toEqual([{ kind: 'like', value: 'football' }]);
  });

  it('gives a one-value kind no second value from what is read on, and no span of time as a value', () => {
    expect(read("I'm a nurse, mostly night shifts and I'm vegetarian btw, like ten years now").facts.map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'job', value: 'nurse' },
      { kind: 'diet', value: 'vegetarian' },
    ]);
  });

  it('reads a bare name or age and a comma as an introduction ("liam, from Galway, 27", "17, from Melbourne")', () => {
    expect(read('liam, from Galway, 27')).toMatchObject({ name: 'Liam', facts: [{ kind: 'from', value: 'Galway' }, { kind: 'age', value: '27' }] });
    expect(read('17, from Melbourne').facts).toMatchObject([{ kind: 'age', value: '17' }, { kind: 'from', value: 'Melbourne' }]);
    expect(read('ok, sounds good').facts).toEqual([]);
    expect(read('Paris, 2019').facts).toEqual([]);
  });

  it('reads a count right before a noun ("2 guinea pigs, Mochi and Taro") and "on my own" between a phrase\'s words', () => {
    expect(read('i have 2 guinea pigs, Mochi and Taro').facts).toEqual([
      { kind: 'pet', value: 'Mochi', detail: 'guinea pig' },
      { kind: 'pet', value: 'Taro', detail: 'guinea pig' },
    ]);
    expect(read('I live on my own in Cardiff now').facts).toEqual([{ kind: 'home', value: 'Cardiff' }]);
  });

  it('reads questions worded unlike the label', () => {
    const kinds = (text: string) => read(text).questions[0]?.kinds ?? [];
    expect(kinds('what do I do?')).toEqual(['job']);
    expect(read('my card is lost! what do I do?').questions).toEqual([]);
    expect(kinds('what field do I work in?')).toEqual(['job']);
    expect(kinds('what subject do I teach?')).toEqual(['job']);
    expect(kinds('what team do I support?')).toEqual(['team']);
    expect(kinds('what do I like reading?')).toEqual(['like']);
    expect(kinds('what am I intolerant to?')).toEqual(['allergy']);
    expect(kinds('where am I originally from?')).toEqual(['from']);
    expect(read('what kind of dog do I have?').questions).toEqual([{ kinds: ['pet'], detail: 'dog', sort: true }]);
    expect(read("what's my daughter called?").questions).toEqual([{ kinds: ['child'], detail: 'daughter' }]);
  });

  it('reads a name and an age said bare, the sort of an animal before its noun, twins, and work at a place', () => {
    expect(read('Ines, 41, architect')).toMatchObject({ name: 'Ines', facts: [{ kind: 'age', value: '41' }, { kind: 'job', value: 'architect' }] });
    expect(read('Paris, 2019, amazing trip').name).toBeUndefined();
    expect(facts('I have a siamese cat named Luna')).toEqual([{ kind: 'pet', value: 'Luna', detail: 'siamese' }]);
    expect(facts('my twins are Tobi and Tayo').map((fact) => fact.kind)).toEqual(['child', 'child']);
    // A twin brother is kept as one, so "do I have a twin?" and "what's my brother called?" both find him.
    expect(facts('my twin brother is called Sam')).toEqual([{ kind: 'sibling', value: 'Sam', detail: 'twin brother' }]);
    expect(facts('I work as a software developer at Shopify')).toEqual([
      { kind: 'job', value: 'software developer' },
      { kind: 'workplace', value: 'Shopify' },
    ]);
    expect(facts('been a postman for 20 years')).toEqual([{ kind: 'job', value: 'postman' }]);
    expect(read('what languages do I know?').questions).toEqual([{ kinds: ['speaks'], category: 'language' }]);
  });

  it('forgets the name alone, and never takes a greeting or a state for one', () => {
    expect(read('please forget my name').forget).toEqual([{ kind: 'name' }]);
    expect(read('forget my pet').forget).toEqual([{ kind: 'pet' }]);
    for (const text of ['hi there', 'hey, good morning', "I'm off to work", "I'm so happy today", "I'm good thanks", 'hello!']) expect(read(text).name).toBeUndefined();
  });
  it('reads work named bare when WordNet files it as work, and nothing else said bare', () => {
    expect(facts('ux designer')).toMatchObject([{ kind: 'job', value: 'ux designer' }]);
    expect(facts('accountant, dont ask lol')).toMatchObject([{ kind: 'job', value: 'accountant' }]);
    expect(facts('software tester at a bank, its ok i guess')).toMatchObject([{ kind: 'job', value: 'software tester' }, { kind: 'workplace', value: 'bank' }]);
    expect(facts('taxi driver')).toMatchObject([{ kind: 'job', value: 'taxi driver' }]);
    for (const text of ['thanks doctor', 'cheers mate', 'genius', 'the architect was rude', 'coffee', 'stock price for gss energy', 'I have two sons: Kofi and Kwame']) {
      expect(facts(text).filter((fact) => fact.kind === 'job')).toEqual([]);
    }
  });
});
