import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Activity, Attachment } from 'botbuilder';
import { createRapport, edgeBotOf } from '../../src/createRapport';
import { silentLogger } from '../../src/util/logger';
import { createTestChannel } from '../helpers/testChannel';
import { FILE_CONSENT_CARD, FILE_INFO_CARD } from '../../src/bot/teamsFileConsent';
import { ManualClock } from '../../src/util/clock';
import { seededRandom } from '../../src/util/random';
import { isReply, realCatalog, realContent } from '../helpers/testRapport';

/** A stand-in for the OneDrive upload URL Teams hands out: records what was PUT. */
async function startUploadTarget(status = 201): Promise<{ url: string; received: Array<{ method?: string; headers: IncomingHttpHeaders; body: string }>; server: Server }> {
  const received: Array<{ method?: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      // Not chained: restify, loaded by other tests in the same worker, patches writeHead to return nothing.
      res.writeHead(status);
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`, received, server };
}

function teamsBot() {
  const rapport = createRapport({ content: realContent(), storage: new MemoryStorage(), clock: new ManualClock('2026-03-02T10:00:00Z'), random: seededRandom(3), lapsedAfterDays: 14, catalog: realCatalog() });
  const template: Partial<Activity> = {
    channelId: 'msteams',
    from: { id: 'teams-user-1', name: 'Dana' },
    recipient: { id: 'rapport', name: 'Rapport' },
    conversation: { id: 'personal-chat', isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: 'https://smba.example.invalid/',
  };
  const adapter = createTestChannel(edgeBotOf(rapport, silentLogger), template);
  const say = async (activity: string | Partial<Activity>): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return { say };
}

function consentAnswer(action: 'accept' | 'decline', uploadId: string, uploadUrl = 'https://onedrive.example.invalid/upload'): Partial<Activity> {
  return {
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action,
      context: { uploadId },
      ...(action === 'accept' ? { uploadInfo: { uploadUrl, contentUrl: 'https://onedrive.example.invalid/rapport-export.json', name: 'rapport-export.json', uniqueId: 'file-1', fileType: 'json' } } : {}),
    },
  };
}

async function offeredUpload(say: (activity: string) => Promise<Partial<Activity>[]>): Promise<{ card: Attachment; uploadId: string }> {
  const [reply] = await say('/export');
  expect(isReply(reply.text ?? '', 'export.ready')).toBe(true);
  const [card] = reply.attachments ?? [];
  expect(card.contentType).toBe(FILE_CONSENT_CARD);
  return { card, uploadId: (card.content as { acceptContext: { uploadId: string } }).acceptContext.uploadId };
}

describe('/export in Teams (file consent)', () => {
  it('offers the file with a consent card, uploads it where Teams says once accepted, then shows it', async () => {
    const target = await startUploadTarget();
    try {
      const { say } = teamsBot();
      await say('call me Dana');
      const { card, uploadId } = await offeredUpload(say);
      expect(card.name).toBe('rapport-export.json');
      const size = (card.content as { sizeInBytes: number }).sizeInBytes;

      const answered = await say(consentAnswer('accept', uploadId, target.url));
      expect(target.received).toHaveLength(1);
      const [upload] = target.received;
      expect(upload.method).toBe('PUT');
      expect(upload.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
      const exported = JSON.parse(upload.body) as { format: string; profile: { explicit: { name?: string } } };
      expect(exported.format).toBe('rapport-export');
      expect(exported.profile.explicit.name).toBe('Dana');

      const message = answered.find((activity) => activity.type === 'message');
      expect(isReply(message?.text ?? '', 'export.uploaded')).toBe(true);
      expect(message?.attachments?.[0]).toMatchObject({ contentType: FILE_INFO_CARD, name: 'rapport-export.json', content: { uniqueId: 'file-1' } });
      expect(answered.find((activity) => activity.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });

      // An offer is used once.
      const again = await say(consentAnswer('accept', uploadId, target.url));
      expect(isReply(again.find((activity) => activity.type === 'message')?.text ?? '', 'export.expired')).toBe(true);
      expect(target.received).toHaveLength(1);
    } finally {
      target.server.close();
    }
  });

  it('sends nothing when the user declines, and says so', async () => {
    const { say } = teamsBot();
    const { uploadId } = await offeredUpload(say);
    const answered = await say(consentAnswer('decline', uploadId));
    expect(isReply(answered.find((activity) => activity.type === 'message')?.text ?? '', 'export.declined')).toBe(true);
  });

  it('refuses an upload address that is not https, and tells the user when the upload fails', async () => {
    const { say } = teamsBot();
    const first = await offeredUpload(say);
    const refused = await say(consentAnswer('accept', first.uploadId, 'http://files.example.invalid/upload'));
    expect(isReply(refused.find((activity) => activity.type === 'message')?.text ?? '', 'export.uploadFailed')).toBe(true);

    const failing = await startUploadTarget(500);
    try {
      const second = await offeredUpload(say);
      const failed = await say(consentAnswer('accept', second.uploadId, failing.url));
      expect(isReply(failed.find((activity) => activity.type === 'message')?.text ?? '', 'export.uploadFailed')).toBe(true);
    } finally {
      failing.server.close();
    }
  });

  it('answers 400 to a malformed consent answer and an unknown offer with "expired"', async () => {
    const { say } = teamsBot();
    const malformed = await say({ type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'steal' } });
    expect(malformed.find((activity) => activity.type === 'invokeResponse')?.value).toMatchObject({ status: 400 });
    const unknown = await say(consentAnswer('accept', 'not-an-offer'));
    expect(isReply(unknown.find((activity) => activity.type === 'message')?.text ?? '', 'export.expired')).toBe(true);
  });
});
