/** Small word sets the memory readers share: the speaker's own words, the words of a question, words that name. */

export const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself']);

/** Words after which a name is said outright: "called Lucky", "named Hope", "my name is Joy", "call me Sunny", "I go by Max". */
export const NAMING_WORDS = new Set(['called', 'named', 'name', 'names', 'me', 'by']);

/** Words of a question that do not tell what it is about ("what", "do", "my"); "not" does. */
export const QUESTION_WORDS = new Set(['what', 'where', 'when', 'who', 'whom', 'which', 'how', 'do', 'does', 'did', 'i', 'am', 'or', 'our', 'we', 'is', 'are', 'was', 'were', 'my', 'me', 'the', 'a', 'an', 'to', 'of', 'in', 'have', 'has', 'there', 'anything', 'any', 'you', 'can', 'could', 'would', 'should', 'will', 'it', 'that', 'so', 'for', 'again', "'s"]);

/** The fact kind an age said with someone's name is kept as, about them (dialogs/memory.yaml). */
export const AGE_KIND = 'age';

/** Words any question about a kind may use: "what's my dog *called*", "do I *have* a son", "what *kind of* music". */
export const ABOUT_ANY_KIND = new Set(['many', 'been', 'have', 'has', 'got', 'name', 'names', 'called', 'call', 'named', 'who', 'tell', 'remember', 'know', 'again', 'remind', 'kind', 'sort', 'type', 'types', 'kinds', 'of', 'exactly', 'still', 'right', 'now', 'some', 'something', 'please', 'about', 'and', 'other', 'one', 'ones', 'told', 'said', 'say', 'mention', 'mentioned', 'recall', 'think', 'guess', 'say', 'again', 'actually', 'currently', 'these', 'days', 'anymore', 'ever', 'usually']);

/** Kinds that hold what one does for work: "what kind of *doctor* am I?" asks about it; "Work: Siemens" names where. */
export const WORK_KINDS = ['job'];

/** The kind that holds where one works (dialogs/memory.yaml): "where do I teach?", "which hospital do I work at?" ask it. */
export const WORKPLACE_KIND = 'workplace';
