import { told } from '../../helpers/memoryChat';

/**
 * The name of a thing: a group, a title, a handle, a kind. Told back whole, small words and all, as typed (a
 * handle keeps its underscores), from the newest note that names it.
 */
describe('personal memory: names of things', () => {
  it('keeps a handle exactly as typed, underscores, hyphens and digits', async () => {
    const t = await told('I game on my PS5 mostly, my PSN is night_owl_42', 'my squad name is Lone Star Raiders, gamertag Big-Dog_UK', "I'm on Steam as grey_fox_7, everyone calls me Foxy though");
    expect(await t.ask("what's my PSN id?")).toContain('night_owl_42');
    expect(await t.ask("what's my gamertag?")).toContain('Big-Dog_UK');
    expect(await t.ask("what's my Steam name?")).toContain('grey_fox_7');
    expect(await t.ask("what's our squad called?")).toContain('Lone Star Raiders');
  });

  it('reads a name after "called", "is" or beside the thing, and stops where the place it is on begins', async () => {
    const t = await told("I'm in a WoW guild called Iron Wolves of Dawn on Stormrage server", 'I main a Frost Mage, my char is Queso', 'our guild leader is Pilar, she runs the raids');
    const guild = await t.ask("what's my guild called?");
    expect(guild).toContain('Iron Wolves of Dawn');
    expect(guild).not.toContain('Stormrage');
    expect(await t.ask('which server are we on?')).toContain('Stormrage');
    expect(await t.ask("what's my character's name?")).toContain('Queso');
  });

  it('tells back a title whole, with the small words inside it, by what was done with the book', async () => {
    const t = await told('finally finished The Left Hand of Darkness, wow', 'now starting Piranesi by Susanna Clarke', 'I gave up on War and Peace, too many names');
    expect(await t.ask('what book did I just finish?')).toContain('The Left Hand of Darkness');
    expect(await t.ask('what am I reading?')).toContain('Piranesi');
    expect(await t.ask('which book did I abandon?')).toContain('War and Peace');
  });

  it('takes the name said in the next message of the thing told of ("we\'re called …")', async () => {
    const t = await told("I'm in a brass cover band with my cousins", "we're called Tin Roof Brass");
    expect(await t.ask("what's the cover band called?")).toContain('Tin Roof Brass');
  });

  it('answers the newest name after a change', async () => {
    const t = await told('I play five-a-side with Riverside Rovers on tuesdays', 'moved to Leeds, so I joined a team here called Kirkstall Kickers');
    expect(await t.ask('what team am I on now?')).toContain('Kirkstall Kickers');
  });

  it('reads the kind of a thing said beside it, and the one said to be the best', async () => {
    const t = await told('my allotment is mostly beans — Blauhilde and some Borlotti', 'I grow roses for the fair - Lady of Shalott is my best');
    expect(await t.ask('what kind of beans do I grow?')).toContain('Blauhilde');
    expect(await t.ask('which rose is my best?')).toContain('Lady of Shalott');
  });

  it('reads the name asked in other words: "name of … we …", "what do we call …", "title of", what is played or watched', async () => {
    const t = await told('we go to a pub called The Drunken Duck on fridays', 'our band is called the velvet owls', 'currently playing Hollow Knight, it is brutal', "we're watching Slow Horses, so good");
    expect(await t.ask("what's the name of the pub we go to?")).toContain('The Drunken Duck');
    expect(await t.ask('what do we call our band?')).toContain('the velvet owls');
    expect(await t.ask('what game am I playing?')).toContain('Hollow Knight');
    expect(await t.ask("what's the title of the show I'm watching?")).toContain('Slow Horses');
  });

  it('takes no name of a person for a thing, nor a pet name for the person\'s own', async () => {
    const t = await told('my dog is called Biscuit');
    expect(await t.ask("what's my name?")).not.toContain('Biscuit');
  });

  it('answers a name gone by somewhere ("derby name") from the note the person gives it in, not with their own name', async () => {
    const t = await told("hi I'm Gwen, I coach netball at weekends", "I skate for the Leeds Roller Dolls as 'Rolla Coaster'", 'I used to race as Gwen Turbo too');
    expect(await t.ask('what was my skater name?')).toContain('Rolla Coaster');
    expect(await t.ask('what was my racing name?')).toContain('Gwen Turbo');
    expect(await t.ask("what's my teacher name?")).not.toContain('Gwen Turbo');
  });
});
