import { adjustInterests, decayedInterests, INTEREST_HALF_LIFE_DAYS } from '../../src/profile/interests';
import { nextMood } from '../../src/profile/mood';
import { learnedTone, styleSignals } from '../../src/personalization/style';
import { updateStyle } from '../../src/profile/style';
import { chooseTone, moodOf } from '../../src/personalization/replyContext';
import { lifecycleStage } from '../../src/profile/lifecycle';
import { applyChanges } from '../../src/profile/profileChanges';
import { newProfile } from '../../src/profile/userProfile';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * DAY).toISOString();

describe('interests', () => {
  it('decay by half over the half-life, so the profile follows changing interests', () => {
    const later = decayedInterests({ cooking: 4 }, at(0), at(INTEREST_HALF_LIFE_DAYS));
    expect(later.cooking).toBeCloseTo(2, 3);
  });

  it('a new interest overtakes an old one that is no longer mentioned', () => {
    let interests = adjustInterests({}, undefined, at(0), [['cooking', 3]]);
    let since = at(0);
    for (let day = 30; day < 40; day++) {
      interests = adjustInterests(interests, since, at(day), [['running', 0.5]]);
      since = at(day);
    }
    expect(interests.running).toBeGreaterThan(interests.cooking);
  });

  it('treats prototype names as plain topics', () => {
    const interests = adjustInterests({}, undefined, at(0), [['constructor', 1]]);
    expect(interests.constructor).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mood', () => {
  it('follows recent sentiment and fades after silence', () => {
    const angry = nextMood(nextMood(0, at(0), -0.8, at(0)), at(0), -0.6, at(0));
    expect(angry).toBeLessThan(-0.25);
    expect(Math.abs(nextMood(angry, at(0), 0, at(1)))).toBeLessThan(0.01);
  });
});

describe('style and tone', () => {
  it('learns a playful or formal tone from how the user writes, only with clear evidence', () => {
    expect(learnedTone(updateStyle(undefined, styleSignals('haha yo!!')))).toBeUndefined();
    let style = updateStyle(undefined, styleSignals('haha yo!!'));
    style = updateStyle(style, styleSignals('lol awesome 😂'));
    expect(learnedTone(style)).toBe('playful');
    let formal = updateStyle(undefined, styleSignals('Good morning, could you please help me?'));
    formal = updateStyle(formal, styleSignals('Thank you. I would like to know more.'));
    expect(learnedTone(formal)).toBe('formal');
  });

  it('explicit beats mood beats learned beats default; paused learning uses nothing learned', () => {
    const profile = newProfile('test', 'u');
    profile.learned.style = { playful: 3 };
    expect(chooseTone(profile, 'neutral')).toEqual({ tone: 'playful', source: 'learned' });
    expect(chooseTone(profile, 'frustrated')).toEqual({ tone: 'concise', source: 'mood' });
    profile.explicit.tone = 'formal';
    expect(chooseTone(profile, 'frustrated')).toEqual({ tone: 'formal', source: 'explicit' });
    profile.explicit.tone = undefined;
    profile.explicit.learningPaused = true;
    profile.learned.mood = -0.9;
    expect(moodOf(profile)).toBe('neutral');
    expect(chooseTone(profile, moodOf(profile))).toEqual({ tone: 'friendly', source: 'default' });
  });
});

describe('lifecycle stages', () => {
  const lapsedAfterMs = 14 * DAY;
  it('goes new → onboarding → regular, and returning after a lapse', () => {
    const profile = newProfile('test', 'u');
    const now = (days: number) => new Date(at(days));
    expect(lifecycleStage(profile, now(0), { lapsedAfterMs })).toBe('new');
    applyChanges(profile, [{ type: 'turnSeen', at: at(0), lapsedAfterMs }]);
    expect(lifecycleStage(profile, new Date(Date.parse(at(0)) + 60_000), { lapsedAfterMs })).toBe('new');
    applyChanges(profile, [{ type: 'turnSeen', at: at(1), lapsedAfterMs }]);
    expect(lifecycleStage(profile, now(2), { lapsedAfterMs })).toBe('onboarding');
    applyChanges(profile, [{ type: 'turnSeen', at: at(2), lapsedAfterMs }, { type: 'turnSeen', at: at(3), lapsedAfterMs }]);
    expect(lifecycleStage(profile, now(4), { lapsedAfterMs })).toBe('regular');
    expect(lifecycleStage(profile, now(30), { lapsedAfterMs })).toBe('returning');
    applyChanges(profile, [{ type: 'turnSeen', at: at(30), lapsedAfterMs }]);
    expect(lifecycleStage(profile, new Date(Date.parse(at(30)) + 60_000), { lapsedAfterMs })).toBe('returning');
  });
});
