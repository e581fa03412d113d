import { MemoryStorage } from 'botbuilder';
import { ScanMemoryStorage } from '../../src/storage/scanStorage';
import { describeStorageContract } from './storageContract';

// The reference behaviour: every other backend must pass the same suite.
describeStorageContract('MemoryStorage', async () => ({
  storage: new MemoryStorage(),
  cleanup: async () => undefined,
}));

// STORAGE_URL=memory: is MemoryStorage that can also list its items (for the insights page).
describeStorageContract('ScanMemoryStorage', async () => ({ storage: new ScanMemoryStorage(), cleanup: async () => undefined }), { scans: true });
