/**
 * Reads a message clause by clause, trying in turn a forget request, a take-back, a question, a parting, a loss,
 * "no longer", then statements and names (readStatements, readRelations, readBare, readOthers, readCounts).
 */

import { type Clause, indexOfWords, matchWords, skipFillers, splitClauses, wordsAt } from './clauses';
import type { MemoryLexicon, StatementCue } from './factKinds';
import { readNames, type ValueContext } from './readValue';
import { readByMake, VEHICLE_KIND } from './readByMake';
import { aboutQuestion, readAboutOthers, readAppositions, readAside } from './readOthers';
import { belongingAsAbout, ownedKinds, readWhoseAsk } from './readWhoseAsk';
import { ownedSaid } from './readOwner';
import type { Someone } from '../../profile/userProfile';
import { joinAnsweredAsides } from './readDetail';
import { isPunctuation, tokenize, typedText, type Token } from './tokens';
import { nounAt, sortAfterLabel } from './kindNouns';
import { isLivingNoun } from '../../nlu/nounKinds';
import { COUNT_KIND, labelledNone, numberOf, partingAt, readCounts, readNone, type CountedNoun } from './readCounts';
import { appositionOfPerson } from './appositionOfPerson';
import { withoutResumedSubject } from './withoutResumedSubject';
import { withFrontedTopic } from './withFrontedTopic';
import { typoOfKnownWord, workByDo, workByVerb, workForALiving } from './readWork';
import { workplaceInList } from './readWorkplace';
import type { StatedFact, FactTarget, MemoryReading } from './memoryReading';
import { FIRST_PERSON, AGE_KIND, ABOUT_ANY_KIND, WORK_KINDS } from './memoryWords';
import { statementStart, skipLeadIns, readStatements, spoken, aboutSomeoneElse, saidInPassing } from './readStatements';
import { BARE_NAME_LINKS, PRONOUN_LINKS, readRelations, type PendingName } from './readRelations';
import { asksByNameCue, asksOwnName, whichOneAsked, whichOnePicks, readQuestion, detailQuestion, MAX_TELEGRAPHIC, isQuestionLike, isFollowUp } from './readQuestions';
import { correctionOpener, setRightCloser, setRightOpener } from './readSetRight';
import { spelledRight } from './correctionSpellings';
import { toldByQuestionWord } from './toldByQuestionWord';
import { readAsideNames, readNamedAside } from './readAsideNames';
import { markTopic, saidOfTopic, topicLeadIn } from './topicLeadIn';
import { workLeadIn } from './workLeadIn';
import { labelQuestion } from './readLabelAsk';
import { switchedTo } from './readSwitches';
import { keepForget, readForget, splitAtPhrase, stripNoLonger, removalsOf } from './readForget';
import { oneOfCounted, bareWork, workSaidLike, afterIAm, placeSaidHere, alsoSaid, placeSetRight, valueSetRight, terseFacts, placeSaidAlone, placeInList, introduces, afterBareIntroduction } from './readBare';

export { NAME_TARGET, PERSON_TARGET, type FactQuestion, type FactTarget, type MemoryReading, type StatedFact } from './memoryReading';

/** Reads a message: statements, the user's name, questions about themselves, corrections and "forget ...". */
export function readMemory(text: string, lexicon: MemoryLexicon, context: Omit<ValueContext, 'lexicon' | 'lowerCase'>): MemoryReading {
  const values: ValueContext = { ...context, lexicon, lowerCase: text === text.toLowerCase() };
  const tokens = withoutResumedSubject(appositionOfPerson(withoutEmphasis(spelledRight(tokenize(text, lexicon.contractedIs), lexicon, (word) => values.words.tags(word) !== undefined).map((token) => typoOfKnownWord(droppedG(token, values), values)), lexicon), lexicon, (token) => nameOnly(token, values)), lexicon);
  const reading: MemoryReading = { facts: [], others: [], removals: [], gone: [], kept: [], loss: false, questions: [], forget: [], retract: false, partings: [], followUp: false, askedName: false };
  let pending: PendingName | undefined;
  let counted: CountedNoun | undefined;
  let focus: Someone | undefined;
  /** The clause before said something of someone else: one with no subject after it goes on about them. */
  let saidOfOther = false;
  let lastCue: StatementCue | undefined;
  const clauses = withFrontedTopic(joinAnsweredAsides(splitClauses(tokens, lexicon), lexicon, values), lexicon);
  // "Ingrid Solberg. CFO, Nordvik Shipping.": a first name and a family name said alone first are a lone name too.
  const fullName = clauses.length > 1 && clauses[0].tokens.length === 2 && nameOnly(clauses[0].tokens[1], values) && values.findCity(typedText(clauses[0].tokens)) === undefined;
  // "Tom and I went fishing": a name said with "and I" shares what is told, it introduces no one.
  const withMe = clauses[0]?.tokens.length === 1 && saidWithMe(tokens, tokens.indexOf(clauses[0].tokens[0]), lexicon);
  const lead = clauses.length > 1 && (clauses[0].tokens.length === 1 || fullName) && !withMe ? readNames(clauses[0].tokens.slice(0, 1), 0, true, values) : undefined;
  if (lead?.names.length === 1) reading.leadingName = lead.names[0];
  if (lead?.names.length === 1 && nameOnly(clauses[0].tokens[0], values)) reading.leadingNameOnly = true;
  // "nina, i do nails out of my apartment": a word that can only be a name, said first before a comma and what one
  // tells of oneself, introduces one.
  const introducing = lead?.names.length === 1 && clauses[0].tokens.length === 1 && tokens[1]?.norm === ',' && !clauses[1].asked && FIRST_PERSON.has(clauses[1].tokens[0]?.norm ?? '') && (reading.leadingNameOnly === true || (values.lowerCase && nameOnly({ ...clauses[0].tokens[0], raw: capitalized(clauses[0].tokens[0].raw) }, values)));
  let correctedFrom: number | undefined;
  // "hmm no, it's blue actually", "well, pescatarian technically": a message opening so may set right what the
  // message before told; the turn decides, by the kinds told last. A value alone sets right only after "it's".
  const messageOpener = correctionOpener(tokens, lexicon);
  if (messageOpener) reading.opensSettingRight = true;
  const pointedAfterOpener = messageOpener?.pointed === true;
  /** Where the first clause opening with a word that may set right (`memorySetRightOpeners`) began reading. */
  let openedFrom: number | undefined;
  /** Whether the clause before set right with a change whose value it left unsaid. */
  let handedOn = false;
  /** The clause the name was read from ("it's Lagaan" after a take-back may be a value, not a name). */
  let namedIn: Token[] | undefined;
  const unread: Token[][] = [];
  /** What a take-back in this message dropped ("got a cat named Mochi. actually scratch that, Mochi is my sister's"). */
  const takenBack: StatedFact[] = [];
  /** The one just said to be someone else's, for "mine is Biscuit" after it. */
  let notOwned: StatedFact | undefined;
  /** Whether a clause before asked to forget something: one after it that points back at it gives the reason. */
  let forgetAsked = false;
  /** The topic the clause being read was said of, and the facts read before it. */
  let topic: { category: string; before: ReadonlySet<StatedFact> } | undefined;
  // "Donna and me been married 36 years", "Ana and I got engaged": the one named before "and I" is the partner (read
  // over the whole message: "and I" starts a clause of its own).
  reading.facts.push(...namedWithMe(tokens, clauses, lexicon.joinings, lexicon, values).map((value) => ({ kind: lexicon.joiningKind, value })));
  for (const [index, heard] of clauses.entries()) {
    // "What I can't stand is golf", "When I retired Bev and I sold the house": told, not asked; read as what it tells.
    if (topic) markTopic(reading.facts.filter((fact) => !topic?.before.has(fact)), topic.category, lexicon);
    const toldByWh = toldByQuestionWord(heard, clauses[index + 1], lexicon);
    if (toldByWh && toldByWh.said.length === 0) continue;
    const plain = toldByWh ? { ...heard, tokens: toldByWh.said } : heard;
    // "music-wise I'm into shoegaze", "music: techno, house": what is said of a topic, its tastes of that category.
    const topicSaid = plain.asked ? undefined : topicLeadIn(plain.tokens, statementStart(plain.tokens, lexicon), lexicon);
    topic = topicSaid ? { category: topicSaid.category, before: new Set(reading.facts) } : undefined;
    // "day job I'm a welder", "work wise I drive trams": what follows the lead-in is read as said.
    const workSaid = topicSaid || plain.asked ? undefined : workLeadIn(plain.tokens, statementStart(plain.tokens, lexicon), lexicon);
    const clause = topicSaid ? { ...plain, tokens: saidOfTopic(plain.tokens, topicSaid, lexicon, (said) => readStatements(said, lexicon, values).facts.length > 0) } : workSaid !== undefined ? { ...plain, tokens: plain.tokens.slice(workSaid) } : plain;
    // "forget my birthday, I don't like people knowing it": why it is to be forgotten, not something to keep.
    if (forgetAsked && pointsBack(clause.tokens)) continue;
    // "dad of 1 (Anika, 5)", "two kids (Zoe and Max)": an aside right after someone brought in without a name names them.
    const asideNames = readAsideNames(clause.tokens, clauses.slice(0, index).map((said) => said.tokens), lexicon, values);
    if (asideNames) {
      for (const fact of asideNames.facts) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
      reading.others.push(...asideNames.ages);
      continue;
    }
    // "working at a hostel (Wake Up! Byron)": a name in brackets right after a thing said in lower case names it,
    // when they name no one brought in before (above) and follow no count ("dad of 1 (Anika, 5)").
    const bracketed = clause.tokens[0]?.asideAfter !== undefined ? nameInBrackets(clause.tokens, clause.tokens[0].asideAfter, reading.facts, lexicon) : undefined;
    if (bracketed) {
      reading.facts[bracketed.at] = { ...reading.facts[bracketed.at], value: bracketed.name };
      continue;
    }
    // "team: me, Linnea (my gf), Oskar": an aside of one's own people after a name says who the name is.
    const namedAside = readNamedAside(clause.tokens, clauses.slice(0, index).map((said) => said.tokens), lexicon, values);
    if (namedAside) {
      for (const fact of namedAside) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
      continue;
    }
    // "Partner: Amy (vet)": an aside after someone's name is said of them.
    const aside = readAside(clause.tokens, reading.facts, lexicon, (said) => readStatements(said, lexicon, values).facts);
    if (aside) {
      reading.others.push(...aside);
      continue;
    }
    // "Hobby: choir (alto)": an aside after a value that is no one says more of it, not work said bare.
    const after = clause.tokens[0]?.asideAfter;
    const describes = after !== undefined && reading.facts.some((fact) => !lexicon.people.has(fact.kind) && fact.value.split(/\s+/).at(-1) === after);
    let start = skipLeadIns(clause.tokens, statementStart(clause.tokens, lexicon), lexicon);
    // "forget that I like chess" forgets one thing; "forget that" alone takes back the last statement.
    const forgetFirst = readForget(clause.tokens.slice(start), lexicon, values);
    // "can you forget that last bit", "delete my previous message": what was said last is taken back.
    if (forgetFirst && !forgetFirst.targets && forgetFirst.words.length > 0 && forgetFirst.words.every((word) => lexicon.lastSaid.has(word))) {
      if (index > 0) {
        reading.takesBackSaid = true;
        takenBack.push(...reading.facts);
        for (const list of [reading.facts, reading.others, reading.kept, reading.removals]) list.length = 0;
        delete reading.name;
      } else {
        reading.retract = true;
        reading.lastTakenBack = true;
      }
      continue;
    }
    if (forgetFirst) {
      keepForget(reading, forgetFirst, clauses.slice(0, index), lexicon);
      forgetAsked = true;
      continue;
    }
    // "oops no, …", "actually no, …": a marker may open with a word that is otherwise a filler.
    const retractionAt = (from: number) => lexicon.retractions.map((words) => matchWords(clause.tokens, from, words, lexicon.fillers)).find((end) => end > 0);
    const retraction = retractionAt(start) ?? (start > 0 ? retractionAt(0) : undefined);
    if (retraction !== undefined) {
      // A take-back after something said in this message takes that back: nothing read from it before is kept.
      // "wait no, forget that": a take-back may follow another marker.
      const afterMarker = skipFillers(clause.tokens, retraction, lexicon.fillers);
      const takeBackAfter = lexicon.takeBacks.map((words) => matchWords(clause.tokens, afterMarker, words, lexicon.fillers)).find((end) => end > 0);
      const takesBack = index > 0 && (lexicon.takeBacks.some((words) => matchWords(clause.tokens, start, words, lexicon.fillers) === retraction) || takeBackAfter !== undefined);
      if (takesBack) {
        reading.takesBackSaid = true;
        takenBack.push(...reading.facts);
        for (const list of [reading.facts, reading.others, reading.kept, reading.removals]) list.length = 0;
        delete reading.name;
      } else if (index > 0 && reading.facts.length > 0) {
        // "I live in Lisbon, wait no, Porto": sets right what this message said, not what was told before.
        correctedFrom = reading.facts.length;
      } else reading.retract = true;
      start = skipFillers(clause.tokens, takesBack && takeBackAfter !== undefined ? takeBackAfter : retraction, lexicon.fillers);
    }
    // "my dog is Biscuit. sorry, Buttons", "I play violin. actually cello": a clause opening so after something
    // said in this message may set it right, never what was told before.
    const opened = retraction === undefined && index > 0 && reading.facts.length > 0 ? setRightOpener(clause.tokens, lexicon) : undefined;
    if (opened !== undefined) {
      correctedFrom = reading.facts.length;
      openedFrom ??= correctedFrom;
      start = skipFillers(clause.tokens, opened, lexicon.fillers);
    }
    // "hmm no, it's blue actually", "well, pescatarian technically": a message opening so may set right what the
    // message before told; the turn decides, by the kinds told last.
    const reopened = retraction === undefined && index === 0 && messageOpener ? correctionOpener(clause.tokens, lexicon) : undefined;
    if (reopened) start = Math.max(start, reopened.end);
    // "actually I've switched allegiance, Mumbai Indians": a clause that sets right with a change said without
    // what it changed to hands setting right on to the one after it.
    // "Four, actually!": closing so sets right as opening so does.
    const closing = retraction === undefined && opened === undefined && index > 0 && reading.facts.length > 0 ? setRightCloser(clause.tokens, clauses[index + 1]?.tokens, lexicon) : undefined;
    if (closing !== undefined) {
      correctedFrom = reading.facts.length;
      openedFrom ??= correctedFrom;
    }
    const settingRight: boolean = correctedFrom !== undefined && (retraction !== undefined || opened !== undefined || closing !== undefined || handedOn);
    handedOn = false;
    const said = oneOfCounted(withoutAside(clause.tokens.slice(start, closing), lexicon, clause.asked), index > 0 ? counted : undefined, values);
    // "Dog: labrador, Bamse": read from the sort on, as "a labrador, Bamse".
    const sort = sortAfterLabel(said, lexicon);
    const words = sort === undefined ? said : [...spoken(['a']), ...said.slice(sort)];
    if (words.length === 0) continue;
    const readBefore = reading.facts.length + reading.others.length;
    // "got a cat named Mochi. actually scratch that, mine is Biscuit", "Otto belongs to the neighbour. mine is Kit":
    // the person's own one of the kind just said to be someone else's, or else just told.
    const ownOfKind = mineSaid(words, notOwned ?? reading.facts.at(-1) ?? takenBack.at(-1), lexicon, values);
    notOwned = undefined;
    if (ownOfKind) {
      reading.facts.push(ownOfKind);
      continue;
    }
    // After "wait no" in the same message, a place alone ("Porto", "it's Porto") takes the place of the one just said.
    const placeNow = correctedFrom !== undefined ? (placeSetRight(words, values) ?? placeSaidAlone(words, lexicon, values)?.value) : undefined;
    const placed = placeNow === undefined ? -1 : reading.facts.map((fact) => lexicon.kinds.get(fact.kind)?.definition.value).lastIndexOf('place');
    if (placeNow !== undefined && placed >= 0) {
      setRightAt(reading, placed, { kind: reading.facts[placed].kind, value: placeNow });
      continue;
    }
    // "i'm 34, wait no, 35", "I'm 34. well 35 as of yesterday": a bare number after "wait no" sets right an age just said.
    if (correctedFrom !== undefined && reading.facts.at(-1)?.kind === AGE_KIND && bareNumber(words, settingRight, values)) {
      setRightAt(reading, reading.facts.length - 1, { kind: AGE_KIND, value: words[0].norm });
      continue;
    }
    // "my daughter Mia is 7, I mean 8": a bare number after "I mean" sets right an age just said of someone else.
    const otherAge = reading.others.at(-1);
    if (correctedFrom !== undefined && settingRight && otherAge?.kind === AGE_KIND && reading.facts.at(-1)?.kind !== AGE_KIND && bareNumber(words, settingRight, values)) {
      reading.others[reading.others.length - 1] = { ...otherAge, value: words[0].norm };
      continue;
    }
    // "three grandchildren: Poppy, Alfie and Rose. Four, actually!": a number alone sets right how many were just said.
    const countAt = settingRight ? reading.facts.map((fact) => fact.kind).lastIndexOf(COUNT_KIND) : -1;
    const recounted = countAt >= 0 ? countSaidAlone(words, values) : undefined;
    if (recounted !== undefined) {
      setRightAt(reading, countAt, { ...reading.facts[countAt], value: String(recounted) });
      continue;
    }
    // "my favourite film is DDLJ, actually no, it's Lagaan", "the 12th of March, oops no, the 21st": a value alone
    // after "no" sets right the one just said, read as its kind (never a name: "it's Lagaan").
    // After "actually", "sorry," only in the clause that opens so ("Biscuit was the old one" after it sets nothing right).
    const last: StatedFact | undefined = correctedFrom !== undefined && correctedFrom === reading.facts.length && (settingRight || openedFrom === undefined) ? reading.facts.at(-1) : undefined;
    const valueNow = last ? valueSetRight(words, lexicon.kinds.get(last.kind), values) : undefined;
    if (last && valueNow) {
      setRightAt(reading, reading.facts.length - 1, { ...last, value: valueNow });
      continue;
    }
    // "studying law — no sorry, switched to economics this year": what is taken up in its place, as its kind.
    const switched: string | undefined = last && settingRight ? switchedTo(words, lexicon) : undefined;
    const switchedValue = last && switched && switched !== 'it' ? valueSetRight(tokenize(switched, lexicon.contractedIs), lexicon.kinds.get(last.kind), values) : undefined;
    if (last && switchedValue) {
      setRightAt(reading, reading.facts.length - 1, { ...last, value: switchedValue });
      continue;
    }
    // "actually I've switched allegiance, Mumbai Indians": the value said after the change, else in the next clause.
    const changed: Token[] | undefined = last && settingRight && switched === undefined ? afterSwitch(words, lexicon) : undefined;
    const changedValue = last && changed && changed.length > 0 ? valueSetRight(changed, lexicon.kinds.get(last.kind), values) : undefined;
    if (last && changedValue) {
      setRightAt(reading, reading.facts.length - 1, { ...last, value: changedValue });
      continue;
    }
    handedOn = changed !== undefined && changed.length === 0;
    // "wait no its Valencia": a place said in place of the one just told.
    const corrected = reading.retract ? placeSetRight(words, values) : undefined;
    if (corrected) {
      reading.correctedPlace = corrected;
      continue;
    }
    const forget = readForget(words, lexicon, values);
    if (forget) {
      keepForget(reading, forget, clauses.slice(0, index), lexicon);
      forgetAsked = true;
      continue;
    }
    // "Bella is my wife Giulia's", "technically she's my wife Dana's dog": an animal someone else owns, kept about them.
    const owning = ownedKinds(lexicon);
    const ownedNow = ownedSaid(words, reading.facts.filter((fact) => lexicon.people.has(fact.kind)), lexicon, values, owning);
    const animals = reading.facts.filter((fact) => owning.includes(fact.kind));
    const ownedFact = ownedNow?.pronoun ? animals.at(-1) : animals.find((fact) => fact.value.toLowerCase() === ownedNow?.name?.toLowerCase());
    const ownedName = ownedFact?.value ?? ownedNow?.name;
    if (ownedNow && ownedName) {
      // The number said with the names counted that one too ("two cats, Smilla and Otto").
      reading.facts = reading.facts.filter((fact) => fact !== ownedFact && !(ownedFact && fact.kind === COUNT_KIND && fact.detail === ownedFact.detail));
      notOwned = ownedFact;
      // "…, mine is Biscuit": one of the same kind is theirs.
      const comma = words.findIndex((token) => token.norm === ',');
      const mineToo = comma > 0 && ownedFact ? mineSaid(words.slice(comma + 1), ownedFact, lexicon, values) : undefined;
      if (mineToo) reading.facts.push(mineToo);
      const detail = ownedFact?.detail ?? ownedNow.noun?.detail;
      reading.others.push({ kind: ownedFact?.kind ?? ownedNow.noun?.kind ?? owning[0], value: ownedName, ...(detail ? { detail } : {}), about: ownedNow.about });
      continue;
    }
    // "Wait, Otto belongs to the neighbour": one named in this message is not theirs after all.
    const notOwn = notTheirs(words, [...reading.facts, ...takenBack], lexicon, values);
    notOwned = notOwn;
    if (notOwn) {
      // "…, mine is Biscuit": one of the same kind is theirs.
      const comma = words.findIndex((token) => token.norm === ',');
      const mineToo = comma > 0 ? mineSaid(words.slice(comma + 1), notOwn, lexicon, values) : undefined;
      if (mineToo) reading.facts.push(mineToo);
      // The number said with the names counted that one too ("two cats, Smilla and Otto").
      reading.facts = reading.facts.filter((fact) => fact !== notOwn && !(fact.kind === COUNT_KIND && fact.detail === notOwn.detail));
      continue;
    }
    const nameAlone = clause.asked && clauses.length === 1 && lexicon.ownNameAlone.some((phrase) => saysOnly(words, phrase, lexicon));
    if (nameAlone || (isQuestionLike({ tokens: words, asked: clause.asked }, lexicon) && (lexicon.ownNameAsks.some((phrase) => asksOwnName(words, phrase, lexicon)) || asksByNameCue(words, lexicon)))) {
      reading.askedName = true;
      continue;
    }
    // "birthday", "fave food", "my daughter name": a few words naming a kind, said alone, ask about it.
    const asked = clause.asked || (clauses.length === 1 && isTelegraphic(words, lexicon, values));
    // "which of the grandchildren is at medical school?" asks which one, by name, not what is said of them.
    const whichOneRead = isQuestionLike({ tokens: words, asked }, lexicon) && whichOneAsked(words, lexicon) ? readQuestion({ tokens: words, asked }, lexicon, clauses.length === 1) : undefined;
    const picking = whichOneRead ? whichOnePicks(words, lexicon) : [];
    const whichOne = whichOneRead && picking.length > 0 ? { ...whichOneRead, picking } : whichOneRead;
    // "whose hamster is Nugget?", "which cat belongs to my son?" (asked as "what's my son's cat called?").
    const whose = isQuestionLike({ tokens: words, asked }, lexicon) ? readWhoseAsk(words, lexicon) : undefined;
    const belonging = whose ? undefined : belongingAsAbout(words, lexicon);
    const owned = whose ? { kinds: whose.kinds, whose: { ...(whose.name ? { name: whose.name } : {}), ...(whose.noun ? { noun: whose.noun } : {}) } } : belonging ? aboutQuestion(belonging, lexicon, (said) => readQuestion({ tokens: said, asked: true }, lexicon, true)) : undefined;
    const question = owned ?? whichOne ?? aboutQuestion(words, lexicon, (said) => readQuestion({ tokens: said, asked }, lexicon, clauses.length === 1)) ?? detailQuestion({ tokens: words, asked }, lexicon, values) ?? (clauses.length === 1 ? labelQuestion(words, asked, values) : undefined) ?? readQuestion({ tokens: words, asked }, lexicon, clauses.length === 1);
    if (question) {
      reading.questions.push(question);
      continue;
    }
    if (isQuestionLike({ tokens: words, asked: clause.asked }, lexicon)) {
      reading.followUp ||= isFollowUp(words, lexicon);
      continue;
    }
    // "we broke up last week", "I split up with Tom", "Ana and I split up": the partner, or the one named, is an
    // ex now; "…, please forget about him" after it is read too.
    const parted = partingAt(words, lexicon);
    if (parted) {
      const before = words[parted.start].norm === 'and' ? readNames(words, skipFillers(words, 0, lexicon.fillers), true, values) : undefined;
      const named = words[parted.end - 1]?.norm === 'with' ? readNames(words, parted.end, true, values).names : before?.end === parted.start ? before.names : namedWithMe(tokens, clauses, lexicon.partings, lexicon, values);
      for (const kind of lexicon.partingKinds.keys()) reading.partings.push(...(named.length > 0 ? named.map((value) => ({ kind, value })) : [{ kind }]));
      const comma = words.findIndex((token, i) => i >= parted.end && token.norm === ',');
      const forget = comma > 0 ? readForget(words.slice(skipFillers(words, comma + 1, lexicon.fillers)), lexicon, values) : undefined;
      if (forget?.targets) reading.forget.push(...forget.targets);
      continue;
    }
    const loss = splitAtPhrase(words, lexicon.gone);
    // "the motor died halfway across", "my phone died on me": a thing that stops working is no loss.
    if (loss && !thingStopped(loss.before, values)) {
      // What is named before "passed away" is gone; what is said after it is news of its own ("she died last
      // spring, now we've got a goldfish called Noodle").
      const lost = loss.before;
      reading.loss = true;
      const told = [...readStatements(lost, lexicon, values).facts, ...readRelations(lost, lexicon, values, undefined).facts];
      // "after my wife Dorothy died": someone in one's life is still theirs when gone, kept without a word.
      const person = (target: { kind: string }) => lexicon.people.has(target.kind);
      for (const fact of told.filter(person)) if (!reading.kept.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.kept.push(fact);
      const targets = told.length > 0 ? told.filter((fact) => !person(fact)).map((fact) => ({ kind: fact.kind, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}) })) : removalsOf(lost, lexicon, values).filter((target) => !person(target));
      reading.gone.push(...(targets.length > 0 || told.length > 0 ? targets : (goneNamed(words, lexicon, values) ?? []).filter((target) => !person(target))));
      const after = [...readStatements(loss.after, lexicon, values).facts, ...readRelations(loss.after, lexicon, values, undefined).facts];
      for (const fact of after) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
      continue;
    }
    const noLonger = stripNoLonger(words, lexicon);
    if (noLonger) {
      const direct = readStatements(words, lexicon, values);
      if (direct.facts.length > 0) reading.facts.push(...direct.facts);
      else {
        const removed = removalsOf(noLonger, lexicon, values);
        reading.removals.push(...removed);
        // "no longer vegetarian": kept as what one used to be (memoryFormerKinds).
        for (const { kind, value } of removed) {
          const former = lexicon.formerKinds.get(kind);
          if (former && value) reading.facts.push({ kind: former, value });
        }
      }
      continue;
    }
    // "no kids", "I've no cats myself, just a budgie …": what the person has none of; the rest is read on.
    for (const none of readNone(words, lexicon, (word) => values.words.tags(word))) if (!reading.facts.some((known) => known.kind === none.kind && known.detail === none.detail)) reading.facts.push(none);
    if (labelledNone(words, lexicon)) continue;
    // "Marcus. 34. software dev …": a number alone between other clauses is an age, as "I'm 34".
    const unitAfter = (at: number) => lexicon.numberUnits.some((unit) => unit.length === words.length - at && wordsAt(words, unit, at));
    // A figure typed with a sign of money is a price, never an age ("actually $47, I read the old flyer").
    const bareAge = clauses.length > 1 && ageTyped(words[0]) && (words.length === 1 || unitAfter(1));
    // "Noor, 29, board game addict": a lone word and an age after it open a self-introduction, never a list of likes.
    const agedIntroduction = words.length > 3 && words[1].norm === ',' && ageTyped(words[2]) && [',', '.'].includes(words[3].norm) && afterBareIntroduction(words, values)?.name !== undefined;
    let statement: ReturnType<typeof readStatements> = agedIntroduction ? { facts: [] } : readStatements(introduces(words, values) || bareAge ? [...spoken(['i', 'am']), ...words] : words, lexicon, values);
    // "i drive for ups": a verb whose doer is work, said with where, as "I work as a driver for UPS".
    // "I do payroll at a bank": what one does, with where, as "I work in payroll at a bank"; "i build guitars for a living".
    // "I drive buses for National Express" is work, though "buses" alone reads loosely as one's vehicle.
    const byVerb = statement.name ? undefined : statement.facts.length === 0 ? (workByVerb(words, values) ?? workByDo(words, values) ?? workForALiving(words, values)) : statement.facts.every((fact) => fact.loose) ? workByVerb(words, values) : undefined;
    if (byVerb) statement = readStatements(byVerb, lexicon, values);
    // "big buckeyes fan obviously. browns too": a value and "too" after a statement, read with its phrase.
    const also = statement.facts.length === 0 && !statement.name && lastCue ? alsoSaid(words, lastCue, lexicon) : undefined;
    if (also) statement = readStatements(also, lexicon, values);
    // "liam, from Galway, 27", "17, from Melbourne": a name or an age said bare, then the rest with "I" left out.
    const bare = statement.facts.length === 0 && !statement.name ? afterBareIntroduction(words, values) : undefined;
    if (bare) {
      statement = readStatements([...spoken(['i', 'am']), ...bare.rest], lexicon, values);
      // The age said alone, and what follows it as a statement of its own, when read together the age is no age ("29, board game" liked).
      const ageMisread = agedIntroduction && statement.facts.some((fact) => fact.value === words[2].norm && fact.kind !== AGE_KIND);
      if (ageMisread) statement = { ...statement, facts: [...readStatements([...spoken(['i', 'am']), words[2]], lexicon, values).facts, ...readStatements([...spoken(['i', 'am']), ...words.slice(4)], lexicon, values).facts] };
      // "Tom, plumber, Cardiff": after a name said bare, the next piece is no second name but work said bare, when it is work.
      const asWork = bare.name !== undefined && statement.name !== undefined ? bareWork(bare.rest, values) : undefined;
      if (asWork) statement = asWork;
      // "Hannah, Munich.": a known city alone after the name is where one lives, never a second name.
      const place = bare.name !== undefined && statement.facts.length === 0 ? placeSaidAlone(bare.rest, lexicon, values) : undefined;
      if (place) statement = { ...statement, facts: [place], name: bare.name };
      // The name said first is the person's: "Liam, Galway" is not a second name, "Galway".
      else if ((statement.facts.length > 0 || statement.name !== undefined) && bare.name) statement = { ...statement, name: bare.name };
    }
    // "ux designer", "accountant, dont ask lol", "nurse at a hospital here": work named bare, as "I'm a …"
    // (not after "thanks" or a verb: "thanks doctor", "call the plumber").
    // "Tomáš, backend dev, Prague": after a name said bare too.
    const described = bare?.name !== undefined && bare.rest.length > 0 ? bare.rest : words;
    const opener = values.words.tags(described[0].norm) ?? [];
    if (statement.facts.length === 0 && (!statement.name || described !== words) && !opener.includes('UH') && !FIRST_PERSON.has(described[0].norm) && !/^(VB|VBZ|VBP|VBD|PRP|MD)$/.test(opener[0] ?? '')) {
      const work = bareWork(described, values);
      if (work) statement = described === words ? work : { ...work, name: bare?.name };
    }
    // "In Iran I was civil engineer", "I am pharmacist": work said without its article, in learners' English.
    const unarticled = statement.facts.length === 0 && !statement.name ? afterIAm(words, lexicon) : undefined;
    const work = unarticled ? bareWork(unarticled, values) : undefined;
    if (work) statement = work;
    // "I live in Luxembourg, work like truck driver": work said with "like" for "as", anywhere in the clause.
    const likeWork = statement.facts.some((fact) => fact.kind === 'job') ? undefined : workSaidLike(words, values);
    if (likeWork) statement = { ...statement, facts: [...statement.facts, ...likeWork.facts] };
    lastCue = statement.cue ?? (statement.facts.length > 0 ? undefined : lastCue);
    // Markup or template syntax around a name is never read as one ("call me {{#x}}").
    // A name given outright ("but most people call me Wendy") wins over one said in passing ("I'm Wei").
    // "I have dog. Name is Kuro", "my roommate is polish girl, name is Kasia": a name said bare names the one just
    // brought in and left unnamed (a noun waiting for its name, or someone else in focus), never the person.
    const unnamed = pending !== undefined || (focus !== undefined && focus.name === undefined);
    // "i open nail salon last year, name Lotus Nails": after more was told in this message, "name" alone before a name
    // names that, not the person ("quick profile: name: Margot" and "name is Olu" still name them).
    // (Only a clause opening with "name" needs to know whether what came before was only greeting.)
    const namesOther = words[0]?.norm === 'name' && !['is', ':', "'s"].includes(words[1]?.norm ?? '') && toldBefore(clauses.slice(0, index), lexicon, values);
    const namesPending = namesOther || (unnamed && BARE_NAME_LINKS.some((link) => wordsAt(words, link, 0)));
    // "it's Jo" introduces when said first ("hi, it's Jo"), not after more ("… called spokewise, its chill tbh").
    const saidAfterMore = statement.saidOfIt === true && clauses.slice(0, index).some((said) => said.tokens.some((token) => !isPunctuation(token) && !lexicon.notNames.has(token.norm)));
    // "we're doing hansel and gretel and i'm HANSEL!!": a word already said in this message as part of something
    // else (a title, a place) is a role or a thing when said again as "I'm …", not the person's name.
    // (Typed the same again, "soy Rosa lol sorry, I'm Rosa", it is said twice as the name.)
    const firstName = statement.name?.split(' ')[0].toLowerCase();
    const typedAs = words.find((token) => token.norm === firstName)?.raw;
    const saidAgain = firstName !== undefined && statement.namedOutright !== true && clauses.slice(0, index).some((said) => said.tokens.some((token) => token.norm === firstName && token.raw !== typedAs));
    if (statement.name && !namesPending && !saidAfterMore && !saidAgain && !/[{}<>[\]]/.test(text) && (reading.name === undefined || statement.namedOutright === true)) {
      reading.name = statement.name;
      namedIn = words;
      // "Harbison from Jasper Hill", "liam, from Galway": a name said bare introduces, but renames no one already named.
      // "this spring it's La Bohème and I'm Marcello": nor does "I'm …" said in passing after more was told in this
      // message (a role, a nickname); "my name is …", "call me …" and "I'm …" said first still rename.
      const bareName = bare?.name !== undefined && bare.name === statement.name;
      if (bareName || (statement.namedOutright !== true && toldBefore(clauses.slice(0, index), lexicon, values))) reading.renamesNoOne = true;
      else delete reading.renamesNoOne;
      const typed = words.find((token) => token.raw !== '' && token.raw.toLowerCase() === statement.name?.toLowerCase());
      if (statement.namedOutright !== true && !values.lowerCase && typed !== undefined && /^\p{Ll}/u.test(typed.raw)) reading.nameTypedLower = true;
      else delete reading.nameTypedLower;
      // "I'm Kenji Watanabe": the family name is kept without a word, as the kind memoryFamilyName names.
      if (statement.familyName && lexicon.familyName) reading.kept.push({ kind: lexicon.familyName, value: statement.familyName });
    }
    // "me and my fiance Diego just moved to Phoenix": said of both.
    const together = index > 0 && clauses[index - 1].tokens.length === 1 && ['me', 'i'].includes(clauses[index - 1].tokens[0].norm);
    const relations = readRelations(words, lexicon, values, pending, together);
    const more = relations.facts.length > 0 && statement.facts.length === 0 ? readStatements(words.slice(relations.end), lexicon, values).facts : [];
    // "my mom is dentist" as "i am dentist": what is said of someone else without its article is read as of oneself too.
    const readOwn = (said: Token[]) => {
      const facts = readStatements(said, lexicon, values).facts;
      const bare = facts.length === 0 ? afterIAm(said, lexicon) : undefined;
      return (bare ? bareWork(bare, values)?.facts : undefined) ?? facts;
    };
    // Who was named before in the message too: "… twin daughters Lena and Marisol, Lena lives in Phoenix".
    const others = readAboutOthers(words, focus, [...relations.facts, ...reading.facts.filter((fact) => lexicon.people.has(fact.kind))], lexicon, readOwn, reading.others, saidOfOther);
    // "married to Owen, who is a paramedic", "my wife Ines, a dentist": said of the one just named.
    others.facts.push(...readAppositions(words, [...relations.facts, ...statement.facts], others.facts, lexicon, readOwn));
    // What is said of someone else is theirs, not the person's ("my husband Tom grew up in Lima"); a verb after
    // them is no name ("my wife works as a nurse").
    const theirs = (fact: StatedFact) => !together && (others.continued === true || others.facts.some((other) => other.kind === fact.kind && other.value.toLowerCase() === fact.value.toLowerCase()));
    reading.facts.push(...statement.facts.filter((fact) => !theirs(fact) && !(describes && fact.loose === true)));
    // "2nd year cs student at waterloo": a kind read in passing (`inPassing`) said beside what the phrase read.
    if (others.facts.length === 0 && others.continued !== true && relations.facts.length === 0 && !aboutSomeoneElse(words, lexicon)) for (const fact of saidInPassing(words, lexicon, values)) if (!reading.facts.some((known) => known.kind === fact.kind)) reading.facts.push(fact);
    // "I design social housing here in Guadalajara": where one is, said in passing.
    // "I'm on holiday here in Rome" says it without "here" ("on holiday in Rome"): that reading wins.
    const here = placeSaidHere(clause.tokens, values);
    const ofPlace = (fact: StatedFact) => lexicon.kinds.get(fact.kind)?.definition.value === 'place';
    const without = here ? readStatements(words.filter((token) => token.norm !== 'here'), lexicon, values).facts.filter(ofPlace) : [];
    const told = without.length > 0 ? without : here ? [here] : [];
    for (const fact of told) if (!reading.facts.some((known) => ofPlace(known) && known.kind === fact.kind)) reading.facts.push(fact);
    const named = relations.facts.filter((fact) => !others.verbs.includes(fact.value.toLowerCase()));
    // "my girlfriend Claire lives with me in Bristol": what follows the name may be about the person too.
    const ours = together ? others.facts.map(({ kind, value, loose }) => ({ kind, value, ...(loose ? { loose } : {}) })) : [];
    for (const fact of [...named, ...more.filter((fact) => !theirs(fact)), ...ours]) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
    reading.others.push(...others.facts, ...relations.owned);
    // "my Skoda Fabia keeps stalling", "my partner has a red Mazda": a thing named by its make, when no phrase read it.
    // Not when a fact of another kind already holds the make ("I drive a Fiat Panda" read by a kind of a writer's own).
    const kept = [...reading.facts, ...reading.others];
    if (!kept.some((fact) => fact.kind === VEHICLE_KIND)) {
      const made = readByMake(words, lexicon, values);
      const heldAlready = (fact: StatedFact) => fact.value.toLowerCase().split(/\s+/).some((word) => lexicon.made.makes.has(word) && kept.some((known) => known.value.toLowerCase().split(/\s+/).includes(word)));
      reading.facts.push(...made.own.filter((fact) => !heldAlready(fact)));
      reading.others.push(...made.others.filter((fact) => !heldAlready(fact)));
    }
    // "got 2 kids, Nikau (8) and Manaia (5)": the ages said with the names are theirs.
    for (const age of relations.ages) if (!reading.others.some((known) => known.kind === age.kind && known.about.name === age.about.name)) reading.others.push(age);
    // "we have 3 kids", "mom of 3", "I have five of them": how many; a later count of the same noun replaces it.
    const counts = readCounts(words, lexicon, (word) => values.words.tags(word), counted, together);
    counted = counts.last;
    for (const count of counts.facts) {
      reading.facts = reading.facts.filter((known) => !(known.kind === count.kind && known.detail === count.detail));
      reading.facts.push(count);
    }
    reading.removals.push(...notNamed(words, [...statement.facts, ...named], values));
    if (index === 0 && others.unresolved) reading.leansOnPrevious = true;
    // "Their names are Kehinde and Taiwo" in a message of its own: the noun is in the previous one ("my twins").
    if (index === 0 && !pending && relations.facts.length === 0 && [...PRONOUN_LINKS, ...BARE_NAME_LINKS].some((link) => link.length > 1 && wordsAt(words, link, 0))) reading.leansOnPrevious = true;
    focus = others.focus;
    saidOfOther = others.facts.length > 0 || relations.ages.length > 0 || relations.facts.some((fact) => lexicon.people.has(fact.kind));
    pending = relations.pending;
    if (reading.facts.length + reading.others.length === readBefore && !statement.name) unread.push(words);
  }
  if (topic) markTopic(reading.facts.filter((fact) => !topic?.before.has(fact)), topic.category, lexicon);
  // "kenji. 15. osaka", "im a junior, 17, in atlanta": a place alone among what one says of oneself is home.
  // "oops no, the 21st of March", "correction: pescatarian": when a take-back read nothing else, the first value
  // said alone, as every kind that reads it; the turn sets right the latest kept fact of one of them.
  if (introducing && reading.name === undefined && lead) reading.name = lead.names[0];
  const inPlace = (reading.retract || pointedAfterOpener) && nothingReadBut(reading) ? [...(namedIn ? [namedIn] : []), ...unread].map((words) => [...lexicon.kinds.values()].flatMap((kind) => {
    const value = valueSetRight(words, kind, values);
    return value === undefined ? [] : [{ kind: kind.name, value }];
  })).find((read) => read.length > 0) : undefined;
  // The turn drops a name read from it when the value sets a fact right.
  if (inPlace) reading.correctedValues = inPlace;
  const home = reading.facts.length > 0 || reading.name !== undefined || reading.leadingName !== undefined ? placeInList(unread, reading, lexicon, values) : undefined;
  if (home) reading.facts.push(home);
  // "Ana, Product manager, Kestrel Logistics.": the company named beside work said bare.
  if (reading.questions.length === 0) reading.facts.push(...workplaceInList(tokens, reading.facts, reading.name ?? reading.leadingName, values));
  // "I have a cat, wait no, a dog named Rex": what is said after "wait no" replaces the same kind said before it.
  // After "actually", "well" …, only a kind that holds one value is set right so ("I'm a teacher. well, was. I'm a
  // software tester now"); "I have a son. oh, my daughter is 5" keeps both.
  if (correctedFrom !== undefined) {
    const single = (kind: string) => openedFrom === undefined || lexicon.kinds.get(kind)?.definition.many !== true;
    const after = new Set(reading.facts.slice(correctedFrom).map((fact) => fact.kind).filter(single));
    const from = correctedFrom;
    const replaced = reading.facts.filter((fact, i) => i < from && after.has(fact.kind));
    if (replaced.length > 0) reading.setRightHere = [...(reading.setRightHere ?? []), ...replaced.map((fact) => fact.value)];
    reading.facts = reading.facts.filter((fact, i) => i >= from || !after.has(fact.kind));
  }
  forgetSaidHere(reading);
  if (nothingRead(reading) && !text.includes('?')) {
    // "Ingrid. Oslo.": after a name said alone, the rest.
    const lead = reading.leadingName !== undefined ? tokens.findIndex((token) => isPunctuation(token)) + 1 : 0;
    reading.facts.push(...terseFacts(tokens.slice(lead), lexicon, values));
    if (reading.facts.length > 0) reading.terse = true;
  }
  // "I have a serious allergy": how bad it is names nothing one is allergic to.
  const allergyKinds = new Set(lexicon.allergyKinds.values());
  const describesOnly = (value: string) => value.split(/\s+/).every((word) => /^(JJ|RB)/.test(values.words.tags(word.toLowerCase())?.[0] ?? ''));
  reading.facts = reading.facts.filter((fact) => !allergyKinds.has(fact.kind) || !describesOnly(fact.value));
  if (tokens.some((token) => lexicon.allergyWords.has(token.norm))) reading.facts = asAllergies(reading.facts, lexicon);
  // "2 guinea pigs, Mochi and Taro": a count the names said with it make up says nothing more.
  reading.facts = reading.facts.filter((fact) => fact.kind !== COUNT_KIND || Number(fact.value) > namedWith(fact, reading.facts, lexicon));
  // "🏠 Cork / 💼 teacher": a word said alone first that was read as a value (home Cork) names no one.
  if (reading.leadingName !== undefined && reading.name === undefined && reading.facts.some((fact) => fact.value.toLowerCase() === reading.leadingName?.toLowerCase())) {
    delete reading.leadingName;
    delete reading.leadingNameOnly;
  }
  return reading;
}

/**
 * "can't eat nuts, severe allergy, carry an epipen", "I cannot eat buckwheat, I have allergy": in a message that
 * speaks of an allergy and names none, what it avoids is what one is allergic to (memoryAllergyKinds); words
 * read as avoided that only speak of the allergy ("severe allergy") are dropped.
 */
function asAllergies(facts: StatedFact[], lexicon: MemoryLexicon): StatedFact[] {
  const allergies = new Set(lexicon.allergyKinds.values());
  if (facts.some((fact) => allergies.has(fact.kind))) return facts;
  const speaksOfIt = (value: string) => value.toLowerCase().split(/\s+/).some((word) => lexicon.allergyWords.has(word));
  return facts.flatMap((fact) => {
    const allergy = lexicon.allergyKinds.get(fact.kind);
    if (!allergy) return [fact];
    return speaksOfIt(fact.value) ? [] : [{ ...fact, kind: allergy }];
  });
}

/** How many names a message gives of the noun a count is of (any of its kind, for a general noun: "kids"). */
function namedWith(count: StatedFact, facts: readonly StatedFact[], lexicon: MemoryLexicon): number {
  const noun = lexicon.nouns.get((count.detail ?? '').split(' ')[0])?.find((entry) => entry.noun.detail === count.detail);
  if (!noun) return 0;
  return facts.filter((fact) => fact.kind === noun.kind && (noun.noun.general || fact.detail === count.detail || lexicon.parents.get(fact.detail ?? '') === count.detail)).length;
}

/** "livin in Singapore", "workin as a nurse": a verb typed without its final g, read with it. */
function droppedG(token: Token, values: ValueContext): Token {
  if (token.norm.length < 4 || !token.norm.endsWith('in') || values.words.tags(token.norm)?.some((tag) => !/^(NN|FW|VBG)$/.test(tag))) return token;
  return values.words.tags(`${token.norm}g`)?.includes('VBG') === true ? { ...token, norm: `${token.norm}g` } : token;
}

/**
 * "my daughter's name is Annie, not Amy": a name after "not" that the clause sets right is no longer kept
 * under the kind just named.
 */
function notNamed(tokens: readonly Token[], facts: readonly StatedFact[], values: ValueContext): FactTarget[] {
  const named = facts.filter((fact) => values.lexicon.kinds.get(fact.kind)?.definition.value === 'name');
  if (named.length === 0) return [];
  const targets: FactTarget[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].norm !== 'not' || ![',', 'and', 'but'].includes(tokens[i - 1].norm)) continue;
    const wrong = readNames(tokens, i + 1, false, values).names;
    for (const value of wrong) if (!named.some((fact) => fact.value === value)) targets.push({ kind: named[0].kind, value });
  }
  return targets;
}

/**
 * "actually just Pixel now, Nugget passed away": a name said bare just before a phrase of `memoryGone`, as
 * any kind that holds names.
 */
function goneNamed(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] | undefined {
  for (const phrase of lexicon.gone) {
    const at = indexOfWords(tokens, phrase);
    if (at <= 0) continue;
    const name = readNames(tokens, at - 1, true, values);
    if (name.names.length !== 1 || name.end !== at) return undefined;
    const noun = at > 1 ? nounAt(tokens, at - 2, lexicon) : undefined;
    const kinds = noun ? [noun.kind] : [...lexicon.kinds.values()].filter((kind) => kind.definition.value === 'name').map((kind) => kind.name);
    return kinds.map((kind) => ({ kind, value: name.names[0] }));
  }
  return undefined;
}

/**
 * "Otto belongs to the neighbour", "Rex is my sister's": a name said first that a name of this message holds,
 * then a phrase of `memoryNotOwn` or "is" and someone else's: the fact that holds it.
 */
function notTheirs(tokens: readonly Token[], facts: readonly StatedFact[], lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  const name = readNames(tokens, 0, true, values);
  if (name.names.length !== 1) return undefined;
  const fact = facts.find((known) => known.value.toLowerCase() === name.names[0].toLowerCase() && lexicon.kinds.get(known.kind)?.definition.value === 'name');
  if (!fact) return undefined;
  const after = tokens.slice(name.end);
  const phrase = lexicon.notOwn.some((words) => wordsAt(after, words, 0));
  // "is my sister's", "is the neighbour's": someone else's, by a noun and "'s".
  const someoneElses = ['is', 'are'].includes(after[0]?.norm ?? '') && ['my', 'the', 'our'].includes(after[1]?.norm ?? '') && after[3]?.norm === "'s";
  return phrase || someoneElses ? fact : undefined;
}

/** "Name?", "Name on record, please?": the words of a phrase and nothing else but fillers and words that ask of any kind. */
function saysOnly(tokens: readonly Token[], phrase: readonly string[], lexicon: MemoryLexicon): boolean {
  const said = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm) && (!ABOUT_ANY_KIND.has(token.norm) || phrase.includes(token.norm)));
  return said.length === phrase.length && said.every((token, i) => token.norm === phrase[i]);
}

/** Words that open a question right after a form of address said first ("honey what town …?", "mate, where …"); without a comma, only in a question ("love what I do" is told). */
const ASKED_AFTER_ADDRESS = new Set(['what', 'whats', 'where', 'wheres', 'who', 'whos', 'when', 'whens', 'which', 'how', 'do', 'does', 'did', 'am', 'is', 'are', 'was', 'were', 'remind']);

/**
 * "Who am I, love?", "What was my husband called, God rest him?": a form of address or an aside after a comma at
 * the end says nothing of the person.
 */
function withoutAside(tokens: Token[], lexicon: MemoryLexicon, question = false): Token[] {
  // "honey, what town do I live in?", "mate where do I work": a form of address said first, before a comma or a question.
  for (const address of lexicon.asides) {
    const next = tokens[address.length];
    const asked = ASKED_AFTER_ADDRESS.has(next?.norm ?? '') && (question || tokens.at(-1)?.norm === '?');
    if (next && wordsAt(tokens, address, 0) && (next.norm === ',' || asked)) return withoutAside(tokens.slice(address.length + (next.norm === ',' ? 1 : 0)), lexicon, question);
  }
  let end = tokens.length;
  while (end > 0 && isPunctuation(tokens[end - 1]) && tokens[end - 1].norm !== ',') end--;
  for (const address of lexicon.asides) {
    const at = end - address.length;
    if (at > 1 && tokens[at - 1].norm === ',' && wordsAt(tokens, address, at)) return [...tokens.slice(0, at - 1), ...tokens.slice(end)];
  }
  return tokens;
}

/** A word typed small, written as a name is ("nina" → "Nina"). */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A capitalized word that is nothing but a name: the lexicon and WordNet know no other word so spelled, and it is no city. */
function nameOnly(token: Token, values: ValueContext): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(token.raw) && values.words.tags(token.norm) === undefined && !values.words.isDescriptive(token.norm) && values.findCity(token.raw) === undefined;
}

/** Nothing read but a take-back and perhaps a name said in place of a value ("actually no, it's Lagaan"). */
function nothingReadBut(reading: MemoryReading): boolean {
  return nothingRead({ ...reading, retract: false, name: undefined });
}

/**
 * A number said first ("35", "35 as of yesterday lol"): alone or with fillers after it, or, setting right, with
 * words after it that name nothing ("5 kids" is a count).
 */
function bareNumber(words: readonly Token[], settingRight: boolean, values: ValueContext): boolean {
  if (!/^\d{1,3}$/.test(words[0]?.norm ?? '')) return false;
  const rest = words.slice(1).filter((token) => !isPunctuation(token) && !values.lexicon.fillers.has(token.norm));
  return rest.length === 0 || (settingRight && !/^NN/.test(values.words.tags(rest[0].norm)?.[0] ?? 'NN'));
}

/** A number said alone ("four", "4"), fillers aside. */
function countSaidAlone(words: readonly Token[], values: ValueContext): number | undefined {
  const said = words.filter((token) => !isPunctuation(token) && !values.lexicon.fillers.has(token.norm));
  return said.length === 1 ? numberOf(said[0].norm) : undefined;
}

/** Words that point back at what was just named ("… knowing *it*", "don't want *that* on record"). */
/** Words that point back at what was said just before them ("forget *her*", "allergic to *it*"). */
export const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'her', 'him']);

function pointsBack(tokens: readonly Token[]): boolean {
  return tokens.some((token) => POINTING_BACK.has(token.norm));
}

/**
 * "speak Czech, English, and German. actually my German is gone, forget German": a value the message says and then
 * asks to forget is not kept, and nothing kept before is forgotten for it.
 */
function forgetSaidHere(reading: MemoryReading): void {
  const said = (value: string) => reading.facts.filter((fact) => fact.value.toLowerCase() === value.toLowerCase());
  // "My birthday is 2 Feb. eh, forget that birthday thing": a kind stated here and then forgotten by its name.
  const ofKind = (target: FactTarget) => (target.value === undefined && target.about === undefined ? reading.facts.filter((fact) => fact.kind === target.kind && (target.detail === undefined || fact.detail === target.detail)) : []);
  const words = reading.forgetSaid?.words.join(' ');
  const byKind = reading.forget.flatMap(ofKind);
  const named = [...new Set([...reading.forget.flatMap((target) => (target.value ? said(target.value) : [])), ...byKind, ...(words ? said(words) : [])])];
  if (named.length === 0) return;
  if (byKind.length > 0) reading.forgotHere = [...new Set(byKind.map((fact) => fact.kind))];
  reading.facts = reading.facts.filter((fact) => !named.includes(fact));
  reading.setRightHere = [...(reading.setRightHere ?? []), ...named.map((fact) => fact.value)];
  const isNamed = (value: string) => named.some((fact) => fact.value.toLowerCase() === value.toLowerCase());
  reading.forget = reading.forget.filter((target) => target.value === undefined || !isNamed(target.value));
  if (words && isNamed(words)) delete reading.forgetSaid;
}

/** "mine is Biscuit", "mine's called Biscuit": a value of the kind of `last`, read the kind's way, as the person's own. */
function mineSaid(words: readonly Token[], last: StatedFact | undefined, lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  const kind = last ? lexicon.kinds.get(last.kind) : undefined;
  const phrase = kind ? lexicon.mineIs.find((said) => wordsAt(words, said, 0)) : undefined;
  if (!last || !phrase) return undefined;
  const value = valueSetRight(words.slice(phrase.length), kind, values);
  return value ? { kind: last.kind, value, ...(last.detail ? { detail: last.detail } : {}) } : undefined;
}

/** The fact at `at` set right by one said in its place in the same message; the value it had is kept nowhere. */
function setRightAt(reading: MemoryReading, at: number, fact: StatedFact): void {
  const old = reading.facts[at].value;
  if (old.toLowerCase() !== fact.value.toLowerCase()) reading.setRightHere = [...(reading.setRightHere ?? []), old];
  reading.facts[at] = fact;
}

/**
 * "i open nail salon last year, name Lotus Nails": more was told before this clause in the message (not only
 * greeting and fillers: "hi! name: Margot" still names the person).
 */
function toldBefore(before: readonly Clause[], lexicon: MemoryLexicon, values: ValueContext): boolean {
  const onlyGreeting = before.every((said) => said.tokens.every((token) => isPunctuation(token) || lexicon.fillers.has(token.norm) || (values.words.tags(token.norm) ?? []).includes('UH')));
  return !onlyGreeting && before.some((said) => !said.asked);
}

function nothingRead(reading: MemoryReading): boolean {
  return [reading.facts, reading.others, reading.removals, reading.gone, reading.kept, reading.questions, reading.forget, reading.partings].every((list) => list.length === 0) && reading.name === undefined && !reading.retract && !reading.takesBackSaid && !reading.askedName;
}

/**
 * "I do enjoy the crossword", "I really do love jazz": a "do" that only stresses the verb after it (one a
 * phrase starts with after "I") goes, so the phrase reads; "I do yoga" keeps it.
 */
function withoutEmphasis(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  return tokens.filter((token, i) => {
    const subject = lexicon.fillers.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 2] : tokens[i - 1];
    if (token.norm !== 'do' || !['i', 'we'].includes(subject?.norm ?? '')) return true;
    const next = tokens[i + 1]?.norm;
    return next === undefined || next === 'not' || !lexicon.iPhraseVerbs.has(next);
  });
}

/**
 * "birthday", "fave food", "husband name", "my job": a message of a few words with no verb and no subject,
 * which states nothing (not "vegan", not "husband Tom"), asks like a question with a question mark.
 */
function isTelegraphic(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): boolean {
  const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
  if (words.length === 0 || words.length > MAX_TELEGRAPHIC) return false;
  if (words.some((token) => ['i', 'we', 'you'].includes(token.norm) || /^(VB|VBP|VBZ|VBD|MD|UH)$/.test(values.words.tags(token.norm)?.[0] ?? ''))) return false;
  return readStatements([...tokens], lexicon, values).facts.length === 0 && readRelations([...tokens], lexicon, values).facts.length === 0;
}

/**
 * A change said in the words `memorySwitches` says it with, but without what it changed to ("I've *switched*
 * allegiance, Mumbai Indians"): what is said after the comma past it, empty when nothing is; undefined when the
 * clause says no change.
 */
function afterSwitch(words: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  const verbs = new Set(lexicon.switches.map((phrase) => phrase.before[0]).filter((word): word is string => word !== undefined));
  const verb = words.findIndex((token) => verbs.has(token.norm));
  if (verb < 0) return undefined;
  const comma = words.findIndex((token, at) => at > verb && token.norm === ',');
  return comma < 0 ? [] : words.slice(comma + 1);
}

/** Words that make a noun a thing one has or meets ("*the* motor", "*my* old laptop"), and how far before it they may be. */
const THING_DETERMINERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'a', 'an', 'this', 'that']);
const THING_WORDS = 4;


/**
 * Whether what "died" or "passed" is said of is a thing, not someone: the word before it is a common noun in
 * lower case ("the motor", "my old laptop") that no sense of WordNet's makes a person or an animal.
 */
function thingStopped(before: readonly Token[], values: ValueContext): boolean {
  const words = before.filter((token) => !isPunctuation(token));
  const last = words.at(-1);
  if (!last || !/^\p{Ll}/u.test(last.raw) || !(values.words.tags(last.norm)?.[0] ?? '').startsWith('NN')) return false;
  // A noun with its determiner ("the motor", "my old laptop"): a bare word may be a pet's name typed in lower case ("nugget passed away").
  const lead = words.slice(-THING_WORDS, -1);
  const determiner = lead.map((token) => THING_DETERMINERS.has(token.norm)).lastIndexOf(true);
  const between = lead.slice(determiner + 1);
  if (determiner < 0 || !between.every((token) => /^JJ/.test(values.words.tags(token.norm)?.[0] ?? ''))) return false;
  return !isLivingNoun(last.norm);
}

/** Most words of a name said in brackets after the thing it names. */
const MAX_BRACKETED_NAME = 4;

/**
 * "a hostel (Wake Up! Byron)", "a college (Leeds Beckett)": the fact whose value, typed in lower case and no one, says
 * the word the brackets follow (`after`), and the name they hold, typed in capitals; undefined when they hold
 * none ("choir (alto)") or follow no such value.
 */
function nameInBrackets(tokens: readonly Token[], after: string, facts: readonly StatedFact[], lexicon: MemoryLexicon): { at: number; name: string } | undefined {
  const words = tokens.filter((token) => !isPunctuation(token));
  if (/^\d/.test(after) || words.length === 0 || words.length > MAX_BRACKETED_NAME || !words.every((token) => /^[\p{Lu}\d]/u.test(token.raw))) return undefined;
  const at = facts.findIndex((fact) => !lexicon.people.has(fact.kind) && !WORK_KINDS.includes(fact.kind) && fact.value === fact.value.toLowerCase() && fact.value.split(/\s+/).includes(after.toLowerCase()));
  return at >= 0 ? { at, name: typedText(words) } : undefined;
}

/**
 * Those named right before a phrase that opens with "and" ("*Donna* and I have been married", "*Ana* and I split up"),
 * read over the whole message: "and I" starts a clause of its own. Only a name that opens what is said ("so, Donna and
 * I …"), not one said after more ("… with Donna and I …"), and not in a sentence asked.
 */
function namedWithMe(tokens: readonly Token[], clauses: readonly Clause[], phrases: readonly (readonly string[])[], lexicon: MemoryLexicon, values: ValueContext): string[] {
  const names: string[] = [];
  if (lexicon.joiningKind === '') return names;
  for (const phrase of phrases.filter((words) => words[0] === 'and')) {
    const at = indexOfWords(tokens, phrase);
    const before = tokens[at - 2];
    const opens = before === undefined || isPunctuation(before) || lexicon.fillers.has(before.norm);
    // "June and I have been married how long?": what is asked tells no one as a partner ("…, can you believe it?" asks after it).
    const held = clauses.find((clause) => clause.tokens.includes(tokens[at + 1]));
    const from = held?.tokens.indexOf(tokens[at + 1]) ?? 0;
    const askedAfter = held?.tokens.some((token, k) => k > from && token.norm === ',' && lexicon.questionStarts.some((words) => wordsAt(held.tokens, words, k + 1)));
    const asked = held?.asked === true && !askedAfter;
    const named = at > 0 && opens && !asked ? readNames(tokens, at - 1, true, values) : undefined;
    if (named?.names.length === 1 && named.end === at && !names.includes(named.names[0])) names.push(named.names[0]);
  }
  return names;
}

/** Whether the word at `at` is followed by "and I" or "and me": said of someone with the person. */
function saidWithMe(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  return at >= 0 && tokens[at + 1]?.norm === 'and' && lexicon.joiningSubjects.has(tokens[at + 2]?.norm ?? '');
}

/** A number that may be an age: up to three digits, typed with no sign of money. */
function ageTyped(token: Token | undefined): boolean {
  return token !== undefined && /^\d{1,3}$/.test(token.norm) && !/\p{Sc}/u.test(token.raw);
}
