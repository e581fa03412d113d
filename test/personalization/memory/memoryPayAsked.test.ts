import { told } from '../../helpers/memoryChat';

/**
 * Pay is asked in words the note that tells it need not share ("what's my salary?" of "i'm on £9.10 an hour"): a
 * question of pay finds the note that tells pay, the one per the unit asked first, and not a price paid for a thing.
 */
describe('personal memory: pay asked in any wording', () => {
  it('finds an hourly wage asked as a salary or what one is paid', async () => {
    const t = await told("hiya, i'm Rhys, 18, trainee mechanic in swansea", "i'm on £9.10 an hour while i'm training", 'our workshop has 6 ramps');
    expect(await t.ask("what's my salary?")).toContain('£9.10');
    expect(await t.ask('what do i get paid?')).toContain('£9.10');
  });

  it('finds a monthly sum in a currency word asked how much one earns monthly', async () => {
    const t = await told('Ama here, nurse in Tamale', 'my wage is roughly 3,100 cedis a month', 'the ward has 28 beds');
    expect(await t.ask('how much do i earn monthly?')).toContain('3,100');
  });

  it('prefers the note said per the unit asked', async () => {
    const t = await told('Bo, 24, I do two jobs', 'the bar pays me $15 an hour', 'the office job is $2,400 a month');
    expect(await t.ask("what's my hourly pay?")).toContain('$15');
    expect(await t.ask('what do i earn a month?')).toContain('$2,400');
  });

  it('finds a fee per gig asked what one gets paid a night', async () => {
    const t = await told("i'm Mateo, i play sax at weddings", 'usually 200 euros a night, more in summer');
    expect(await t.ask('what do i get paid a night?')).toContain('200 euros');
  });

  it('answers a sum said with a word of number ("1.5 lakh in a busy month") as said', async () => {
    const t = await told('Divya, I run a bakery in Mysuru', 'takings are about 1.5 lakh in a busy month, my income maybe half that');
    expect(await t.ask('how much do i earn in a busy month?')).toContain('1.5 lakh');
  });

  it('still does not know pay never told, though a price of a thing was', async () => {
    const t = await told("hi i'm Gus, electrician in hull", 'bought a new multimeter for £85', 'my van is a 2019 vivaro');
    const reply = await t.ask("what's my wage?");
    expect(reply).not.toContain('£85');
    expect(reply).toMatch(/don't know|haven't told/);
  });

  it('reads what one works "to pay for" as what the money funds, not as pay asked', async () => {
    const t = await told("hi i'm Rosa, i get $22 an hour at the depot", "i've been taking overtime on sundays to pay for a new roof");
    const reply = await t.ask('what am i taking overtime to pay for?');
    expect(reply).toContain('roof');
    expect(reply).not.toContain('$22');
  });
});
