import Mustache from 'mustache';

/** Values a template may show. User-supplied values are inserted as data and never parsed as templates. */
export type TemplateView = Record<string, string | number | boolean | undefined>;

const asIs = (value: unknown): string => String(value);

/** Fills `{{placeholders}}` in content. Chat text is not HTML, so nothing is escaped. */
export function renderTemplate(template: string, view: TemplateView): string {
  return Mustache.render(template, view, undefined, { escape: asIs });
}
