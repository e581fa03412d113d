import { told } from '../../helpers/memoryChat';

// A note that names several things of the sort a question asks for answers with the one said nearest what the
// question names, not the whole note (which would tell the answers to other questions too): a place or a name
// beside the noun asked, the time of day for "what time", a length of time for "how long", else the clauses
// that say what is asked.
describe('the one thing a note says nearest what is asked', () => {
  it('"where is the wedding?" names the place, not the month said after "in"', async () => {
    const chat = await told('my best friend Tamsin is getting married in Valletta in April', 'I play the cello.');
    const reply = await chat.ask('where is the wedding?');
    expect(reply).toContain('Valletta');
    expect(reply).not.toContain('Tamsin');
  });

  it('"where\'s the bakery?" names the place said beside the bakery, not the one beside something else', async () => {
    const chat = await told('my aunt Rosa — the one with the bakery in Harrogate, Crumbs & Co — wants me to play at her party in Ripon', 'I have a cat.');
    const reply = await chat.ask("where's the bakery?");
    expect(reply).toContain('Harrogate');
    expect(reply).not.toContain('Ripon');
  });

  it('"what\'s my aunt\'s bakery called?" names the bakery, not the aunt', async () => {
    const chat = await told('my aunt Rosa — the one with the bakery in Harrogate, Crumbs Corner — wants me to DJ her birthday', 'I have a cat.');
    const reply = await chat.ask("what's my aunt's bakery called?");
    expect(reply).toContain('Crumbs Corner');
    expect(reply).not.toContain('Rosa');
  });

  it('"who is my housemate?" names the one said as the housemate, not their dog', async () => {
    const chat = await told('I share a flat in Gdansk with my housemate Ilona and her dog Bruno who barks at trams', 'I like chess.');
    const reply = await chat.ask('who is my housemate?');
    expect(reply).toContain('Ilona');
    expect(reply).not.toContain('Bruno');
  });

  it('"who did I bump into …?" is no name said after "in the"', async () => {
    const chat = await told('at the airport in Lisbon I bumped into a guy I trained with in the Marines, Dario Costa, after 20 years', 'I like golf.');
    const reply = await chat.ask('who did I bump into at the airport?');
    expect(reply).toContain('Dario');
    expect(reply).not.toContain('Marines');
  });

  it('"what time is my friday seminar?" gives the time of day said with the seminar, not the others', async () => {
    const chat = await told('my timetable: ecology Mon 10am, genetics Wed 2pm, seminar on Friday 3-4pm', 'I like tea.');
    const reply = await chat.ask('what time is my friday seminar?');
    expect(reply).toContain('3-4pm');
    expect(reply).not.toContain('10am');
  });

  it('"what time is choir?" gives the time of day, not the day', async () => {
    const chat = await told('choir is every Tuesday at 7pm', 'I like tea.');
    const reply = await chat.ask('what time is choir?');
    expect(reply).toContain('7pm');
    expect(reply).not.toContain('Tuesday');
  });

  it('"how long is the trip to Peru?" gives the length of time, not the date', async () => {
    const chat = await told('Off to Peru on 4 June for two weeks.', 'I like tea.');
    const reply = await chat.ask('how long is the trip to Peru?');
    expect(reply).toContain('two weeks');
    expect(reply).not.toContain('June');
  });

  it('"which housemate …?" of a note typed in lower case names the one the clause is about', async () => {
    const chat = await told('live w 3 housemates lol marek priyanka n this girl yusra who always steals my oat milk tbh', 'I like tea.');
    const reply = await chat.ask('which housemate steals my oat milk');
    expect(reply).toContain('yusra');
    expect(reply).not.toContain('marek');
  });

  it('"which cousin is the dentist?" of a note in lower case names the one said with "\'s"', async () => {
    const chat = await told('cousins dilnoza n ferdi ferdi\'s a dentist so he nags me about sweets', 'I like tea.');
    const reply = await chat.ask('which cousin is the dentist');
    expect(reply).toContain('ferdi');
    expect(reply).not.toContain('dilnoza');
  });

  it('"what are my saturday shop hours?" gives the hours said with Saturday, not the other day\'s', async () => {
    const chat = await told('I work at a record shop Thu evenings 6-9 and Saturday 10-4', 'I like tea.');
    const reply = await chat.ask('what are my saturday shop hours?');
    expect(reply).toContain('10-4');
    expect(reply).not.toContain('6-9');
  });

  it('"when does my work conference start?" gives the day a span of days starts', async () => {
    const chat = await told('my work conference is 3 to 6 June', 'I like tea.');
    const reply = await chat.ask('when does my work conference start?');
    expect(reply).toContain('3 June');
  });

  it('asked "now", a note that says what it was before still answers with what holds now', async () => {
    const chat = await told("my daughter's judo used to be Monday 5pm but it's moved to Wednesday 5pm from this week", 'I like tea.');
    const reply = await chat.ask("what day is my daughter's judo now?");
    expect(reply).toContain('Wednesday');
  });

  it('with nothing of the sort asked named, the clause that says what is asked, not the rest', async () => {
    const chat = await told('I live in Braga with my partner Nuno, and his tortoise Speedy only eats dandelions', 'I like tea.');
    const reply = await chat.ask('what does the tortoise eat?');
    expect(reply).toContain('dandelions');
    expect(reply).not.toContain('Nuno');
  });
});
