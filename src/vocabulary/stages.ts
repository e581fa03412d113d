/** Where a person is in their life with the product (see profile/lifecycle.ts for how it is worked out). */
export const STAGES = ['new', 'onboarding', 'regular', 'lapsed', 'returning'] as const;
export type Stage = (typeof STAGES)[number];
