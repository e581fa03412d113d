import cityTable from '../../data/cities.json';
import { findCity, normalizeCityName } from '../../src/personalization/cities';
import { isValidTimeZone } from '../../src/util/localTime';

describe('data/cities.json', () => {
  it('has a few hundred cities, each with a country and a time zone Intl knows', () => {
    expect(cityTable.length).toBeGreaterThan(300);
    const invalid = cityTable.filter((entry) => !isValidTimeZone(entry.timeZone) || !/^[A-Z]{2}$/.test(entry.country));
    expect(invalid).toEqual([]);
  });

  it('does not list a city twice in the same country', () => {
    const seen = new Set<string>();
    const twice = cityTable.filter((entry) => {
      const key = `${normalizeCityName(entry.city)}/${entry.country}`;
      const repeated = seen.has(key);
      seen.add(key);
      return repeated;
    });
    expect(twice).toEqual([]);
  });
});

describe('findCity', () => {
  it.each([
    ['Paris', 'Paris', 'Europe/Paris'],
    ['paris', 'Paris', 'Europe/Paris'],
    ['Paris, France', 'Paris', 'Europe/Paris'],
    ['new york', 'New York', 'America/New_York'],
    ['NYC', 'New York', 'America/New_York'],
    ['São Paulo', 'São Paulo', 'America/Sao_Paulo'],
    ['Sao Paulo', 'São Paulo', 'America/Sao_Paulo'],
    ['st. john\'s', "St. John's", 'America/St_Johns'],
    ['Munich', 'Munich', 'Europe/Berlin'],
    ['München', 'Munich', 'Europe/Berlin'],
    ['Bombay', 'Mumbai', 'Asia/Kolkata'],
    ['Pariss', 'Paris', 'Europe/Paris'],
    ['Lisbonn', 'Lisbon', 'Europe/Lisbon'],
    ['Kathmandu', 'Kathmandu', 'Asia/Kathmandu'],
  ])('"%s" is %s (%s)', (typed, city, timeZone) => {
    expect(findCity(typed)).toMatchObject({ city, timeZone });
  });

  it.each(['Narnia', 'Rom', '', 'x'.repeat(500), '__proto__', 'constructor', 'I live in a big house near the sea'])('"%s" is no city', (typed) => {
    expect(findCity(typed)).toBeUndefined();
  });
});
