import { MemoryStorage } from 'botbuilder';
import { describeStorageContract } from './storageContract';

// The reference behaviour: every other backend must pass the same suite.
describeStorageContract('MemoryStorage', async () => ({
  storage: new MemoryStorage(),
  cleanup: async () => undefined,
}));
