// What the core says, as plain data: what a stage or command asks for (ReplyRequest) and what the
// composer made of it (Reply). Shared by commands, the pipeline, push messages and the edge.
/** A card or file sent with a reply (an Adaptive Card, a JSON export). Channel-neutral; the edge maps it. */
export interface ReplyAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

/** A reply: the content key it came from, the text to show, and optional quick-reply buttons. */
export interface Reply {
  key: string;
  text: string;
  /** The content variants used (`key:tone:index`), remembered so the next reply does not repeat them. */
  variants: string[];
  /** The variant conditions that matched, for /why. */
  matched: string[];
  /** Profile values the wording used (name, petName …), for /why. */
  used: string[];
  suggestedActions?: string[];
  attachments?: ReplyAttachment[];
}

/** A placeholder value taken from another piece of content, e.g. a command's description. */
export interface ContentRef {
  key: string;
}

export type ReplyValue = string | number | ContentRef;

/** What the pipeline asks the composer to say: a content key and the values for its placeholders. */
export interface ReplyRequest {
  key: string;
  values?: Record<string, ReplyValue>;
  suggestedActions?: string[];
  attachments?: ReplyAttachment[];
  /** Continue the previous reply on a new line instead of sending a separate message. */
  append?: boolean;
  /** Variant ids not to use (jokes already told), on top of last turn's. */
  avoid?: string[];
}
