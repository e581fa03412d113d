import type { BotSdk, EdgeFactory } from '../protocol/botEdge';

/** The chosen SDK's edge. Only that SDK is loaded: the other one's packages are never required. */
export async function loadEdge(sdk: BotSdk): Promise<EdgeFactory> {
  switch (sdk) {
    case 'botbuilder':
      return (await import('./botbuilder/botbuilderEdge')).createBotbuilderEdge;
    case 'agents':
      return (await import('./agents/agentsEdge')).createAgentsEdge;
  }
}
