import { inQuietHours, localParts, zonedInstant } from '../../src/util/localTime';
import { openSlot, nextSlot } from '../../src/notify/slots';
import { newProfile } from '../../src/profile/userProfile';

const POLICY = { defaultDigestTime: '08:00', defaultTimeZone: 'UTC', windowMs: 60 * 60 * 1000 };

describe('local time for push messages', () => {
  it('finds the instant of a local time on daylight-saving days', () => {
    // Paris springs forward on 29 March 2026 at 02:00 → 03:00.
    const before = localParts(new Date('2026-03-28T12:00:00Z'), 'Europe/Paris');
    expect(zonedInstant(before, 8 * 60, 'Europe/Paris').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    const after = localParts(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris');
    expect(zonedInstant(after, 8 * 60, 'Europe/Paris').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(zonedInstant(localParts(new Date('2026-03-02T12:00:00Z'), 'Asia/Kolkata'), 8 * 60, 'Asia/Kolkata').toISOString()).toBe('2026-03-02T02:30:00.000Z');
  });

  it('reads quiet hours that wrap midnight', () => {
    const quiet = { from: '22:00', to: '08:00' };
    expect(inQuietHours(new Date('2026-03-02T23:30:00Z'), 'UTC', quiet)).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T07:59:00Z'), 'UTC', quiet)).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T08:00:00Z'), 'UTC', quiet)).toBe(false);
    expect(inQuietHours(new Date('2026-03-02T12:00:00Z'), 'UTC', { from: '12:00', to: '13:00' })).toBe(true);
  });

  it('opens a slot at the user time, in their zone, for the window only', () => {
    const profile = { ...newProfile('test', 'tz'), explicit: { timeZone: 'America/New_York' } };
    profile.notify = { ...profile.notify, time: '23:30' };
    // 23:30 in New York on 2 March is 04:30 UTC on 3 March; the window runs past local midnight.
    expect(openSlot(profile, new Date('2026-03-03T04:29:00Z'), POLICY)).toBeUndefined();
    expect(openSlot(profile, new Date('2026-03-03T05:10:00Z'), POLICY)?.date).toBe('2026-03-02');
    expect(openSlot(profile, new Date('2026-03-03T05:31:00Z'), POLICY)).toBeUndefined();
    expect(nextSlot(profile, new Date('2026-03-03T05:31:00Z'), POLICY).start.toISOString()).toBe('2026-03-04T04:30:00.000Z');
  });
});
