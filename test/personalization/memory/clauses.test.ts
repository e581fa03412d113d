import { join } from 'node:path';
import { loadDialogs } from '../../../src/content/loadDialogs';
import { REQUIRED_REPLIES } from '../../../src/createRapport';
import { memoryLexicon } from '../../../src/personalization/memory/factKinds';
import { splitClauses } from '../../../src/personalization/memory/clauses';
import { tokenize } from '../../../src/personalization/memory/tokens';

const content = loadDialogs(join(__dirname, '../../../dialogs'), REQUIRED_REPLIES);
const lexicon = memoryLexicon(content);
const clauses = (text: string, words = lexicon) => splitClauses(tokenize(text, words.contractedIs), words).map((clause) => clause.tokens.map((token) => token.raw).join(' '));

describe('splitClauses', () => {
  it('cuts at a break word always, and at a join only when a statement follows', () => {
    expect(clauses('I love Porto but the rain gets me down')).toHaveLength(2);
    expect(clauses('two dogs, Pepper and Salt')).toHaveLength(1);
    expect(clauses('we have two dogs, and I work as a nurse')).toHaveLength(2);
  });

  it('keeps the news of a loss as a clause of its own', () => {
    expect(clauses('I live in Osaka alone since my husband passed away')).toHaveLength(2);
  });

  it('reads its words from content, not from code', () => {
    // Without "but" among the breaks, nothing cuts the message.
    const noBreaks = { ...lexicon, clauseWords: { ...lexicon.clauseWords, breaks: new Set<string>() } };
    expect(clauses('I love Porto but the rain gets me down', noBreaks)).toHaveLength(1);
    // A writer's own join ("plus") cuts when a statement follows, as "and" does; without it, it does not.
    const noJoins = { ...lexicon, clauseWords: { ...lexicon.clauseWords, joins: new Set([',']) } };
    expect(clauses('we have two dogs plus I work as a nurse')).toHaveLength(2);
    expect(clauses('we have two dogs plus I work as a nurse', noJoins)).toHaveLength(1);
  });
});
