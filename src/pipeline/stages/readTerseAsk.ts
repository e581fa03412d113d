import { contentList } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { toldStems } from '../../personalization/memory/bestNote';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { terseLabel } from '../../personalization/memory/readTerseLabel';
import { learningActive } from '../../profile/userProfile';
import type { Turn, TurnDependencies } from '../turn';
import { intentAnswersNothing } from './memoryNotes';

/** Words that say whose a label's thing is, so the question asks for it without "the" ("my snatch pr"). */
const WHOSE = /^(my|our|his|her|their)\b|^\p{L}+['’]s\b/iu;

/**
 * "oxtail price", "hudson guest count": a label naming one of the person's things (`terseLabel`) asked as the question
 * a note-taker means by it ("what is the oxtail price?", `memoryTerseAskForms`), when the intent model has no answer
 * of its own and the message tells nothing memory reads (a name, a fact). Undefined for anything else; the caller
 * takes the question only when the notes answer it, so a label that is news ("photog change") is still kept.
 */
export function terseAsked(turn: Turn, deps: TurnDependencies): string | undefined {
  const profile = turn.loaded.profile;
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  if (notes.length === 0 || !intentAnswersNothing(turn, deps)) return undefined;
  const lexicon = noteLexicon(deps.content);
  const label = terseLabel(turn.text, lexicon, toldStems(notes.map((note) => note.text), lexicon));
  if (label === undefined) return undefined;
  const reading = deps.readMemory(turn.text);
  if (reading.facts.length > 0 || reading.others.length > 0 || reading.name !== undefined || reading.questions.length > 0 || reading.forget.length > 0) return undefined;
  const [plain, whose] = contentList(deps.content, 'memoryTerseAskForms');
  const form = WHOSE.test(label) ? whose : plain;
  return form === undefined ? undefined : renderTemplate(form, { label: label.replace(/\?$/u, '') });
}
