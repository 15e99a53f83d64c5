/** The English locales the skill is published in. */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type Locale = (typeof LOCALES)[number];
