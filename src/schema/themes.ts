import * as z from 'zod/mini';
import { ThemeId } from './plan.js';

const Localised = z.strictObject({ da: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const Theme = z.strictObject({ id: ThemeId, label: Localised, description: Localised });
export const ThemeTaxonomy = z.strictObject({
  $comment: z.optional(z.string()),
  version: z.string(),
  themes: z.array(Theme),
});

export type Theme = z.infer<typeof Theme>;
export type ThemeTaxonomy = z.infer<typeof ThemeTaxonomy>;
