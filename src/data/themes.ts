/**
 * The canonical theme taxonomy (data/themes.json). Checked against the schema by a test
 * (test/node/plans.test.ts), not at run time, so that the elements do not need the validator.
 */
import taxonomy from '../../data/themes.json';
import type { Theme } from '../schema/themes.js';
import type { ThemeId } from '../schema/plan.js';

export const THEMES: readonly Theme[] = taxonomy.themes as Theme[];

const byId = new Map<ThemeId, Theme>(THEMES.map((t) => [t.id, t]));

/** The theme with this id (every ThemeId is in the taxonomy; a test keeps the two in step). */
export function themeById(id: ThemeId): Theme | undefined {
  return byId.get(id);
}

/** The theme's label in the active language (the id itself for an unknown theme). */
export function themeLabel(id: ThemeId, lang: 'da' | 'en'): string {
  return byId.get(id)?.label[lang] ?? id;
}
