import type { Persona } from '../../../src/cli/memoryEval/personaFile';
import { isWrongName, scoreAsk } from '../../../src/cli/memoryEval/scoreAsk';

const persona: Persona = {
  user: 'p',
  say: ['I\'m Ada and my dog is called Rex', 'I live in Oslo'],
  ask: [
    { q: "what's my name?", expect: ['Ada'], reject: ['vegan'] },
    { q: "what's my dog called?", expect: ['Rex'], reject: [] },
    { q: 'where do I live?', expect: ['Oslo'], reject: [] },
    { q: 'do I have a cat?', expect: ["don't know"], reject: ['Rex'], unknown: true },
  ],
};
const [nameAsk, dogAsk, homeAsk, unknownAsk] = persona.ask;

describe('scoreAsk', () => {
  it('passes a reply with an expected value, case-insensitively', () => {
    expect(scoreAsk(dogAsk, persona, 'Your dog is called rex.', 'I do not know.')).toEqual({ passed: true });
  });

  it('reads a value whatever its accents, and a number in words or digits', () => {
    const cityAsk = { q: 'where does my girlfriend live?', expect: ['Bogota'], reject: [], unknown: false };
    const kidsAsk = { q: 'how many kids do I have?', expect: ['five'], reject: ['four'], unknown: false };
    const one: Persona = { ...persona, ask: [cityAsk, kidsAsk] };
    expect(scoreAsk(cityAsk, one, 'She lives in Bogotá.', '')).toEqual({ passed: true });
    expect(scoreAsk(kidsAsk, one, '5 kids, you told me.', '')).toEqual({ passed: true });
    expect(scoreAsk(kidsAsk, one, '4 kids, you told me.', '')).toMatchObject({ passed: false, reason: 'missing' });
    expect(scoreAsk(kidsAsk, one, '5 kids, not 4.', '')).toMatchObject({ passed: false, reason: 'rejected', found: 'four' });
    // A digit inside a longer number is not the number: "15" does not say "five".
    expect(scoreAsk(kidsAsk, one, '15 kids?', '')).toMatchObject({ passed: false, reason: 'missing' });
  });

  it('fails without an expected value, or with a rejected one', () => {
    expect(scoreAsk(homeAsk, persona, 'No idea!', '')).toMatchObject({ passed: false, reason: 'missing' });
    expect(scoreAsk(nameAsk, persona, 'You are Ada, and vegan.', '')).toMatchObject({ passed: false, reason: 'rejected', found: 'vegan' });
  });

  it("counts another question's answer as reciting", () => {
    expect(scoreAsk(homeAsk, persona, 'You live in Oslo with Rex.', '')).toMatchObject({ passed: false, reason: 'recited', found: 'Rex' });
  });

  it('does not count a value the question itself says as reciting', () => {
    const rexAsk = { q: 'how old is Rex?', expect: ['4'], reject: [], unknown: false };
    const withRex: Persona = { ...persona, ask: [dogAsk, rexAsk] };
    expect(scoreAsk(rexAsk, withRex, 'Rex is 4.', '')).toEqual({ passed: true });
    expect(scoreAsk(rexAsk, { ...withRex, ask: [dogAsk, homeAsk, rexAsk] }, 'Rex is 4, in Oslo.', '')).toMatchObject({ passed: false, reason: 'recited', found: 'Oslo' });
  });

  it('fails when someone who said nothing gets the same value', () => {
    expect(scoreAsk(homeAsk, persona, 'Oslo!', 'Oslo is lovely.')).toMatchObject({ passed: false, reason: 'notFromUser' });
    // A value inside another word is no leak: "children" does not hold the name "Ren".
    const kidsAsk = { q: "what are my kids' names?", expect: ['Ren'], reject: [], unknown: false };
    expect(scoreAsk(kidsAsk, { ...persona, ask: [kidsAsk] }, 'Ren and Sora.', "I don't know your children yet.")).toEqual({ passed: true });
  });

  it('scores an unknown ask on its own expect and reject lists only', () => {
    expect(scoreAsk(unknownAsk, persona, "I don't know, you haven't said.", undefined)).toEqual({ passed: true });
    expect(scoreAsk(unknownAsk, persona, "I don't know, but Rex is a dog.", undefined)).toMatchObject({ passed: false, reason: 'rejected' });
  });
});

describe('isWrongName', () => {
  it("compares with the person's name questions", () => {
    expect(isWrongName('Ada', persona)).toBe(false);
    expect(isWrongName('Rex', persona)).toBe(true);
    expect(isWrongName(undefined, persona)).toBe(false);
  });

  it('without a name question, refuses names never typed or answering another question', () => {
    const anonymous: Persona = { ...persona, ask: [dogAsk, homeAsk] };
    expect(isWrongName('Ada', anonymous)).toBe(false);
    expect(isWrongName('Rex', anonymous)).toBe(true);
    expect(isWrongName('Vegan', anonymous)).toBe(true);
  });

  it('finds a name typed with letters beyond ASCII, as a whole word only', () => {
    const accented: Persona = { ...persona, say: ['yo. Tomáš, backend dev, Prague'], ask: [dogAsk] };
    expect(isWrongName('Tomáš', accented)).toBe(false);
    expect(isWrongName('Tomá', accented)).toBe(true);
  });

  it('reads a short name question ("name?") as one, so its answer is the name, not another value', () => {
    const short: Persona = { ...persona, say: ['Hej, Søren here'], ask: [{ q: 'name?', expect: ['Søren', 'Soren'], reject: [] }, dogAsk] };
    expect(isWrongName('Søren', short)).toBe(false);
    expect(isWrongName('Rex', short)).toBe(true);
  });

  it('reads name questions in other wordings, and not a question about someone else\'s name', () => {
    const asks = (q: string): Persona => ({ ...persona, say: ['Hello, I am Pierre, I live in Lyon'], ask: [{ q, expect: ['Pierre'], reject: [] }, dogAsk] });
    for (const q of ['Who I am?', 'How I am called?', 'who am i lol', "Would you remind me what my name is, dear?", 'Name on record?', 'Name?', 'what do ppl call me', 'wat do ppl call me', "what's my full name", 'what do I like to be called?', 'what do i go by online', "what's my nickname?", "remind me what I'm called?", 'what am I called?', 'What name you should call me?']) expect(isWrongName('Pierre', asks(q))).toBe(false);
    const other: Persona = { ...persona, say: ['my girlfriend is Lucía'], ask: [{ q: 'What is the name of my girlfriend?', expect: ['Lucía'], reject: [] }] };
    expect(isWrongName('Lucía', other)).toBe(true);
  });

  it('does not read "who am I dating?" or "who am I meeting?" as a name question', () => {
    for (const q of ['who am I dating again?', 'who am i meeting on friday', 'who am I married to?', 'who am I going with?']) {
      const dating: Persona = { ...persona, say: ["I'm Ada, I've been dating Marco"], ask: [{ q, expect: ['Marco'], reject: [] }] };
      expect(isWrongName('Ada', dating)).toBe(false);
    }
  });
});
