import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Teams does not let a bot attach a file to a message in a personal chat: it offers the file with a
 * consent card, the user accepts, Teams hands the bot an upload URL in their OneDrive, and the bot
 * then shows the uploaded file with an info card. This module keeps the offered files for a while and
 * checks what Teams sends back; src/bot/rapportBot.ts wires it in.
 */
export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';

/** An offered file waits this long for the user to accept it. */
const OFFER_TTL_MS = 15 * 60 * 1000;
/** Files kept at most; the oldest offer goes first. */
const MAX_OFFERS = 500;
// Teams waits about 15 s for the answer to the invoke that carries the upload address.
const UPLOAD_TIMEOUT_MS = 10_000;

interface Offer {
  userId: string;
  name: string;
  bytes: Buffer;
  expiresAt: number;
}

/** Files offered with a consent card, until accepted, declined or expired. In memory: a restart drops them. */
export class OfferedFiles {
  private readonly offers = new Map<string, Offer>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a file for `userId` and returns the id the consent card carries. */
  offer(userId: string, name: string, bytes: Buffer): string {
    this.dropExpired();
    while (this.offers.size >= MAX_OFFERS) {
      const oldest = this.offers.keys().next().value;
      if (oldest === undefined) break;
      this.offers.delete(oldest);
    }
    const id = randomUUID();
    this.offers.set(id, { userId, name, bytes, expiresAt: this.now() + OFFER_TTL_MS });
    return id;
  }

  /** The file offered to this user under `id`, removed; undefined when unknown, expired or someone else's. */
  take(id: string, userId: string): { name: string; bytes: Buffer } | undefined {
    const offer = this.offers.get(id);
    if (!offer || offer.userId !== userId) return undefined;
    this.offers.delete(id);
    return offer.expiresAt > this.now() ? { name: offer.name, bytes: offer.bytes } : undefined;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, offer] of this.offers) if (offer.expiresAt <= now) this.offers.delete(id);
  }
}

/** The consent card that offers a file (Teams shows Allow / Decline). */
export function consentCard(name: string, description: string, sizeInBytes: number, uploadId: string): { contentType: string; name: string; content: unknown } {
  return { contentType: FILE_CONSENT_CARD, name, content: { description, sizeInBytes, acceptContext: { uploadId }, declineContext: { uploadId } } };
}

const boundedUrl = z.string().max(2000).url();

/** What Teams sends when the user answers a consent card. */
export const fileConsentSchema = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z.object({ uploadId: z.string().min(1).max(100) }),
  uploadInfo: z
    .object({
      uploadUrl: boundedUrl,
      contentUrl: boundedUrl,
      name: z.string().min(1).max(200),
      uniqueId: z.string().max(200).optional(),
      fileType: z.string().max(20).optional(),
    })
    .optional(),
});
export type FileConsentResponse = z.infer<typeof fileConsentSchema>;
export type UploadInfo = NonNullable<FileConsentResponse['uploadInfo']>;

/** Uploads only go to https addresses (OneDrive), or to this machine (the tests' stand-in for it). */
export function uploadAllowed(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

/** Writes the file in one request, as Teams' upload session expects (a PUT with its byte range). */
export async function uploadFile(uploadUrl: string, bytes: Buffer, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (!uploadAllowed(uploadUrl)) throw new Error('upload address refused');
  const res = await fetchImpl(uploadUrl, {
    method: 'PUT',
    headers: { 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
    body: bytes,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`upload answered ${res.status}`);
}

/** The card that shows the uploaded file in the chat. */
export function fileInfoCard(info: UploadInfo): { contentType: string; name: string; contentUrl: string; content: unknown } {
  return { contentType: FILE_INFO_CARD, name: info.name, contentUrl: info.contentUrl, content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'json' } };
}
