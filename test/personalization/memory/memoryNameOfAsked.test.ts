import { told } from '../../helpers/memoryChat';

const NOT_TOLD = /haven't told me/;

// "what's my mom's name?" of "my mom watches Minh during the day": a note that speaks of someone names them only by a
// name said beside a word for them; any other name in it is someone else's, or no one's.
describe('personal memory: a name asked of someone the person never named', () => {
  it('says not told when the note about them names someone else', async () => {
    const chat = await told("I'm Dana", 'my mom watches Minh during the day, she lives 2 streets away');
    expect(await chat.ask("what's my mom's name")).toMatch(NOT_TOLD);
  });

  it('answers with the name said beside them', async () => {
    const chat = await told("I'm Dana", 'my mom Rosa watches Minh during the day, she lives 2 streets away');
    expect(await chat.ask("what's my mom's name")).toContain('Rosa');
  });

  it('answers with a name given a few words after them, or one that is a town\'s too', async () => {
    const landlord = await told("I'm Sam", 'moved into 14 Harcourt Rd last saturday, my landlord is this guy called Declan Murphy, seems fine so far');
    expect(await landlord.ask("what's my landlord's name again")).toContain('Declan');
    const host = await told("I'm Min", 'my host family is the Hendersons in Brighton, the mum is Carol, very kind with me');
    expect(await host.ask('what is the name of my host mum?')).toContain('Carol');
  });

  it('answers with a name given after words that only describe them, or after "name is" later in the sentence', async () => {
    const son = await told("I'm Marta", 'we have two kids, the boy is the older one, Tomasz, he is 9');
    expect(await son.ask('whats my son called')).toContain('Tomasz');
    const flatmate = await told("I'm Ji", 'my flatmate is italian guy, name is Marco, he cooks every night');
    expect(await flatmate.ask('What is name of my flatmate?')).toContain('Marco');
  });

  it('takes no place nor club said in the same note for their name', async () => {
    const club = await told("I'm Ken", 'I joined CrossFit Kaizen eight months ago on my daughter’s recommendation');
    expect(await club.ask("What is my daughter's name?")).toMatch(NOT_TOLD);
    const place = await told("I'm Walt", 'My daughter Karen lives in Phoenix and she wants me to move to a place called Sunrise Villas out there');
    expect(await place.ask("what's Karen's husband called")).toMatch(NOT_TOLD);
    expect(await place.ask("what's the name of the place Karen wants me to move to")).toContain('Sunrise Villas');
  });

  it('says not told of a name asked without "what" of someone only spoken of', async () => {
    const chat = await told("I'm Ken", 'Dog Brisket rides along. Health inspector hates it.');
    expect(await chat.ask("health inspector's name?")).toMatch(NOT_TOLD);
  });
});

// "what month was anders born?" of "anders b 1851": a year holds no month; "in what year …?" asks a year.
describe('personal memory: a value of the sort asked', () => {
  it('says not told of a month when only the year was said', async () => {
    const chat = await told("I'm Karin", 'swedish side. anders persson b 1851 in vislanda parish smaland');
    expect(await chat.ask('what month was anders born')).toMatch(NOT_TOLD);
    expect(await chat.ask('what year was anders born')).toContain('1851');
  });

  it('says not told of work when the note only says who someone is to the person', async () => {
    const chat = await told("I'm Lorraine", "my partner dev thinks i'm crazy bc i do sport lockpicking on weekends too lol");
    expect(await chat.ask('what does dev do for a living?')).toMatch(NOT_TOLD);
  });

  it('takes no grade joined to letters for a sum', async () => {
    const chat = await told("I'm Deb", 'finally got it slabbed by NGC, came back MS-62 extra leaf HIGH');
    expect(await chat.ask('how much did the ngc grading cost me')).toMatch(NOT_TOLD);
  });
});
