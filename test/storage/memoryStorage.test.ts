import { MemoryStorage as BotbuilderMemoryStorage } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { ScanMemoryStorage } from '../../src/storage/scanStorage';
import { describeStorageContract } from './storageContract';

// botbuilder's is the reference behaviour: every other backend, ours included, must pass the same suite.
describeStorageContract('botbuilder MemoryStorage', async () => ({
  storage: new BotbuilderMemoryStorage(),
  cleanup: async () => undefined,
}));

describeStorageContract('MemoryStorage', async () => ({
  storage: new MemoryStorage(),
  cleanup: async () => undefined,
}));

// STORAGE_URL=memory: is MemoryStorage that can also list its items (for the insights page).
describeStorageContract('ScanMemoryStorage', async () => ({ storage: new ScanMemoryStorage(), cleanup: async () => undefined }), { scans: true });
