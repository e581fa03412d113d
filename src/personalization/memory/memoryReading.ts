/**
 * What reading a message yields: the facts it states, the questions it asks and what it drops, as plain data
 * for the pipeline to act on (readMemory.ts fills it in).
 */

import type { BirthOrder } from './factKinds';
import type { StatedAbout } from './readOthers';
import type { Someone } from '../../profile/userProfile';

/** A fact stated in a message. `detail` is the noun that introduced a name ("dog" for Pepper). */
export interface StatedFact {
  kind: string;
  value: string;
  detail?: string;
  /** Read from a loose phrase ("I'm a …", a subject left out): not trusted when the message tells a feeling. */
  loose?: boolean;
}

/** What a question asks about: kinds (ties are all kept), narrowed by a noun ("my daughter"). */
export interface FactQuestion {
  kinds: string[];
  detail?: string;
  /** A category the question narrows to ("what *music* do I like?"): only values of it answer. */
  category?: string;
  /** Asks for the sort of thing, not its name ("what *kind* of dog do I have?" → beagle). */
  sort?: boolean;
  /** Asks for the name beside the sort ("dog's *name* and breed"): both are answered. */
  named?: boolean;
  /** Asks about someone in the person's life ("what does my sister do?"), not the person. */
  about?: Someone;
  /** Asks about one of several by age ("how old is my *middle* kid?"). */
  rank?: BirthOrder;
  /** Asks whether there is one ("do I have a dog?", "have I got kids?"): the answer says yes or no first. */
  yesNo?: boolean;
  /** Asks how many ("how many grandkids do I have?"): the answer counts them. */
  count?: boolean;
  /** Words that name what is asked, not a kind ("what *tv* can't I stand?"): values that hold one answer first. */
  words?: string[];
  /** Read loosely: the words of it no kind is asked with ("what do I run on *saturdays*?"); a note that says one answers first. */
  unknown?: string[];
  /** Words after "apart from", "besides" ("what's my hobby apart from *music*?"): values they name, or of their category, are left out. */
  excluding?: string[];
  /** Values of the kinds' own lists the question names ("am I *vegan*?"): only those answer, when kept. */
  values?: string[];
  /** Asks whether one may ("can I have *dairy*?"): only values that say `words`, or keep one from them ("lactose"), answer. */
  onlySaying?: boolean;
  /** Names the person told of, asked who they are ("who is Ruan?"): the answer says how they relate. */
  names?: string[];
  /** Asks whose an animal is ("whose hamster is Nugget?", "who owns the ferret?"): its name or noun. */
  whose?: { name?: string; noun?: string };
  /** Asks which one of them ("which of the grandkids is at *medical school*?"): the words said of the one meant. */
  picking?: string[];
}

/** Something to drop: a whole kind, one value of it, or the names under one noun ("my cat"). `name` is the person's own name. */
export interface FactTarget {
  kind: string;
  value?: string;
  detail?: string;
  /** What was told about someone in the person's life ("forget my sister's job"). */
  about?: Someone;
}

/** Everything a message says about the person and their memory, read without touching the profile. */
export interface MemoryReading {
  /** The user's own name ("I'm Theo btw", "the name's Max", "ken here"). */
  name?: string;
  facts: StatedFact[];
  /** Facts about the people in the person's life ("my sister is a pharmacist"): never the person's own. */
  others: StatedAbout[];
  /** Opens with a pronoun that says something kept of someone not named here ("she's a pharmacist"): the previous message may name them. */
  leansOnPrevious?: boolean;
  /** The words the questions were read in when not the message's own ("who do I work for?" for a bus driver's "who do I drive for?"). */
  askedAs?: string;
  /** No longer true ("I no longer have a cat", "I don't live in Paris anymore"). */
  removals: FactTarget[];
  /** Lost, told as news ("my cat Miso passed away", "I lost my job"): removed without a word, the news is answered. */
  gone: FactTarget[];
  /** People named in news of a loss ("after my wife Dorothy died"): kept as told, without a word. */
  kept: StatedFact[];
  /** A loss was told ("she died last spring"), whether or not it names something kept. */
  loss: boolean;
  questions: FactQuestion[];
  /** "forget my cat", "please forget where I live". */
  forget: FactTarget[];
  /**
   * "please forget the crush thing", "forget anything about my PhD": what to forget names no kind, only words
   * (up to a comma) a note or a fact may say. `afterSaid` when the message said something before it ("I earn
   * 400k a month. hmm, please forget my salary"): with nothing kept that says the words, that is what goes.
   */
  /** `owner`: whose the thing forgotten is ("gary" of "Gary's divorce"), who stays. */
  forgetSaid?: { words: string[]; afterSaid: boolean; owner?: string; whole?: boolean };
  /** "scratch that": take back what was learned last. */
  retract: boolean;
  /** The take-back is a request to forget what was said last ("can you forget that last bit"), complete with nothing after it. */
  lastTakenBack?: boolean;
  /** "I started seeing a therapist, but please forget that": the message takes back what it said itself, not what was told before. */
  takesBackSaid?: boolean;
  /** The facts were read from a terse message of things alone ("hurling", "Oslo."): a topic named so may be a request instead. */
  terse?: boolean;
  /** A split told ("we broke up last week", "I split up with Tom"): the partner (with the name, when said) becomes an ex. */
  partings: FactTarget[];
  /** After "wait no", a place said alone ("its Valencia"): it takes the place of the place told last, the rest stays. */
  correctedPlace?: string;
  /**
   * Opens with a word that may set right what the message before told ("hmm no, it's blue", "well, pescatarian
   * technically"; `memoryCorrectionOpeners`), without a take-back's force: a value of a kind told last takes its place.
   */
  opensSettingRight?: boolean;
  /** After "correction:", "oops no", a value alone ("it's Lagaan", "pescatarian"), as each kind that can read it would keep it: it sets right the latest kept fact of one of them. */
  correctedValues?: StatedFact[];
  /** Values said and set right in the same message ("Biscuit" in "my dog is Biscuit. sorry, Buttons"): kept nowhere, not even in a note. */
  setRightHere?: string[];
  /** A question that leans on the previous one ("and the other one?", "what else?"). */
  followUp: boolean;
  /** Asks for the person's own name as the bot has it ("what should you call me?", "what's my name?"). */
  askedName: boolean;
  /**
   * The name was typed in lower case after "I am" in a message that writes with capitals ("I am Élodie …" then "I
   * am avocat. Haha not the fruit!"): a name only for someone not yet named; it never replaces one.
   */
  nameTypedLower?: boolean;
  /** A lone word opening the message before more is said ("jamal. i'm a firefighter"): the name, if one was asked for. */
  leadingName?: string;
  /** The name was said bare ("Harbison from Jasper Hill", "liam, from Galway") or in passing after more ("… and I'm Marcello"): it names one not yet named, never renames. */
  renamesNoOne?: boolean;
  /** Kinds this message stated and then asked to forget ("my birthday is 2 Feb. forget the birthday"): kept nowhere, and forgetting them is done. */
  forgotHere?: string[];
  /**
   * That lone word is a name whatever follows ("Gabriel. Flamengo fan since birth"): capitalized, and neither the
   * lexicon nor WordNet knows it in lower case as another word ("Afternoon", "Coffee" are words).
   */
  leadingNameOnly?: boolean;
}

/** "forget my name": the person's own name, which is not a fact kind. */
export const NAME_TARGET = 'name';

/** "forget my mum": everything told about someone whose name is not kept as a kind. */
export const PERSON_TARGET = 'someone';
