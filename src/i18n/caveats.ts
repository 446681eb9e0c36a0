/** UI strings of the caveat marker (source caveats, `flags`) that every element shows beside an item. */
import type { Table } from './index.js';
import type { Flag } from '../schema/plan.js';

export interface CaveatStrings {
  /** The marker's visible label. */
  caveat: string;
  /** "2 forbehold": a count of caveats. */
  count: (n: number) => string;
  /** What kind of problem the source has, after the label: "Forbehold (uklarhed)". */
  flagKinds: Record<Flag['kind'], string>;
  /** The list filter. */
  withCaveat: string;
}

export const STRINGS: Table<CaveatStrings> = {
  da: {
    caveat: 'Forbehold',
    count: (n) => `${n} forbehold`,
    flagKinds: {
      inconsistency: 'uoverensstemmelse',
      ambiguity: 'uklarhed',
      extraction: 'tekstudtræk',
      duplicate: 'gentagelse',
    },
    withCaveat: 'Med forbehold',
  },
  en: {
    caveat: 'Caveat',
    count: (n) => `${n} ${n === 1 ? 'caveat' : 'caveats'}`,
    flagKinds: {
      inconsistency: 'inconsistency',
      ambiguity: 'ambiguity',
      extraction: 'text extraction',
      duplicate: 'duplicate',
    },
    withCaveat: 'With a caveat',
  },
};
