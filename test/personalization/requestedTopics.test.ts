import { createRequestedTopics } from '../../src/personalization/requestedTopics';
import { createTopicMentions } from '../../src/personalization/topicMentions';
import { categoriesOf } from '../../src/personalization/memory/categories';
import { realCatalog, realContent } from '../helpers/testRapport';

describe('the topic a request asks for in everyday words', () => {
  const requested = createRequestedTopics(realContent(), realCatalog(), createTopicMentions(realContent()), categoriesOf);

  it('reads the topic from its own words, everyday words, catalog tags and WordNet categories, in that order', () => {
    expect(requested('anything about cooking?').topics).toEqual(['cooking']);
    expect(requested('something to listen to on my commute').topics).toEqual(['music']);
    expect(requested('how can I get in shape?').topics).toEqual(['health']);
    // "fermentation" is a catalog tag of cooking items only; "lasagna" is food in WordNet.
    expect(requested('anything on fermentation').topics).toEqual(['cooking']);
    expect(requested('I fancy lasagna').topics).toEqual(['cooking']);
  });

  it('says what it has no topic for, and nothing for a request that names no topic', () => {
    expect(requested('recommend me a painting')).toEqual({ topics: [], unmatched: 'painting', near: ['books', 'movies', 'music'] });
    expect(requested('recommend something')).toEqual({ topics: [] });
  });
});
