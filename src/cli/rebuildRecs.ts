// npm run recs:rebuild: rebuilds the shared item statistics (recs/item/<id>) from the likes kept in the
// stored profiles, with the bot's half-lives from data/recommendWeights.json. Stop the bot first.
import { loadConfig } from '../config/loadConfig';
import { rebuildItemStats } from '../personalization/recommend/rebuildItemStats';
import { loadRankWeights } from '../personalization/recommend/rankWeights';
import { createStorage } from '../storage/createStorage';
import { canScan } from '../storage/scanStorage';
import { createLogger } from '../util/logger';

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  const weights = loadRankWeights(config.recommendWeightsFile).bot?.weights;
  if (!weights) throw new Error(`${config.recommendWeightsFile} has no "bot" weights: run npm run tune:personalization:bot first.`);
  const opened = await createStorage(config.storageUrl, createLogger('warn'));
  try {
    if (!canScan(opened.storage)) throw new Error(`${opened.description} cannot list its profiles, so there is nothing to rebuild from.`);
    const result = await rebuildItemStats(opened.storage, weights);
    console.log(`Rebuilt ${result.items} item statistics from ${result.likes} likes in ${result.profiles} profiles (${opened.description}).`);
  } finally {
    await opened.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
