import { told } from '../../helpers/memoryChat';

// A question answered from the person's own words gets the part that answers it, not the whole note: the
// thing its head noun names ("what visa …?"), a noun WordNet files under it ("what subject …?"), the work a
// note names for "what was my job?", what is so now when the note says what was before.
describe('the part of a note that answers', () => {
  it('"what visa am I on?" names the visa, not when it runs out', async () => {
    const chat = await told("I'm over here on a skilled worker visa, it expires in March.", 'I play bass in a pub band.');
    const reply = await chat.ask('what visa am I on?');
    expect(reply).toContain('skilled worker');
    expect(reply).not.toContain('March');
  });

  it('"what subject did I teach?" answers with the subject, a kind of subject in WordNet', async () => {
    const chat = await told('I taught mostly geography at a secondary school in Leeds for years.', 'I have two cats.');
    const reply = await chat.ask('what subject did I teach?');
    expect(reply).toContain('geography');
    expect(reply).not.toContain('Leeds');
  });

  it('"what did I coach?" answers with what the coach coached, not where they served before', async () => {
    const chat = await told('I spent ten years in the Army before I became a youth rugby coach.', 'I love crosswords.');
    const reply = await chat.ask('what did I coach?');
    expect(reply).toContain('rugby');
    expect(reply).not.toContain('Army');
  });

  it('"what permit do I have now?" answers with what the note says is so now', async () => {
    const chat = await told('had a student permit at first, now a work permit since June.', 'I hate the cold.');
    const reply = await chat.ask('what permit do I have now?');
    expect(reply).toContain('work permit');
    expect(reply).not.toContain('student');
  });

  it('"currently on an E-7" says what holds now; "what visa did I have?" still gets the one before', async () => {
    const chat = await told('I had a D-2 student visa, currently on an E-7 for work.', 'I like tea.');
    const now = await chat.ask('what visa am I on?');
    expect(now).toContain('E-7');
    expect(now).not.toContain('D-2');
    const before = await chat.ask('what visa did I have?');
    expect(before).toContain('D-2');
  });

  it('a head said twice over is no one answer, and the note is told', async () => {
    const chat = await told('came on a tourist visa and then switched to a spouse visa.', 'I like tea.');
    const reply = await chat.ask('what visa am I on?');
    expect(reply).toContain('tourist');
    expect(reply).toContain('spouse');
  });

  it('"where do I live now?" from "moved from … to …" names where they moved to', async () => {
    const chat = await told('I moved from Porto in Portugal to Zurich two winters ago.', 'I am learning the cello.');
    const reply = await chat.ask('where do I live now?');
    expect(reply).toContain('Zurich');
    expect(reply).not.toContain('Porto');
  });

  it('"how many …?" is answered by the note that says how many, not a later one that shares the word', async () => {
    const chat = await told('My big hobby is model trains.', 'I own around 200 locomotives.', 'my favourite locomotive is the Flying Scotsman, I also own a 1938 tender.');
    expect(await chat.ask('how many locomotives do I have?')).toContain('200');
  });

  it('"what\'s my … called?" is answered by the note that gives the name, not one that shares more words', async () => {
    const chat = await told('I play in a darts league in Leeds on Friday nights.', 'my team is called Triple Trouble lol.', 'I also captain a pub quiz team on Sundays.');
    const reply = await chat.ask("what's my darts team called?");
    expect(reply).toContain('Triple Trouble');
    expect(reply).not.toContain('Leeds');
  });

  it('"what kind of dog do I have?" is answered by the kind a note names, not the dog\'s name', async () => {
    const chat = await told('my dog Biscuit naps under my desk all day, she is a border collie', 'I brew my own beer.');
    const kind = await chat.ask('what kind of dog do I have?');
    expect(kind).toContain('border collie');
    expect(kind).not.toContain('desk');
    expect(await chat.ask("what's my dog called?")).toContain('Biscuit');
  });
});
