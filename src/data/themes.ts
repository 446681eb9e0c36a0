/** The canonical theme taxonomy (data/themes.json), validated once. */
import * as z from 'zod/mini';
import taxonomy from '../../data/themes.json';
import { ThemeTaxonomy, type Theme } from '../schema/themes.js';
import type { ThemeId } from '../schema/plan.js';

export const THEMES: readonly Theme[] = z.parse(ThemeTaxonomy, taxonomy).themes;

const byId = new Map<ThemeId, Theme>(THEMES.map((t) => [t.id, t]));

/** The theme with this id (every ThemeId is in the taxonomy; a test keeps the two in step). */
export function themeById(id: ThemeId): Theme | undefined {
  return byId.get(id);
}

/** The theme's label in the active language (the id itself for an unknown theme). */
export function themeLabel(id: ThemeId, lang: 'da' | 'en'): string {
  return byId.get(id)?.label[lang] ?? id;
}
