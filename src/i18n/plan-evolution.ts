/** UI strings of <plan-evolution>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';
import type { InitiativeChangeKind } from '../model/diff.js';

export interface EvolutionStrings {
  title: (from: string, to: string) => string;
  none: string;
  pairLabel: string;
  pairOption: (from: string, to: string) => string;
  implementedTitle: string;
  implementedBy: (implemented: string, by: string) => string;
  implementedNote: string;
  tracksTitle: string;
  fromCol: (label: string) => string;
  toCol: (label: string) => string;
  changeCol: string;
  changes: Record<'kept' | 'renamed' | 'added' | 'dropped', string>;
  inferredShort: string;
  initiativesTitle: string;
  summary: (n: Record<InitiativeChangeKind, number>, mergedFrom: number) => string;
  fromLinks: string;
  inferredMethod: string;
  kinds: Record<InitiativeChangeKind, string>;
  kindsInferred: Record<InitiativeChangeKind, string>;
  before: (period: string) => string;
  after: (period: string) => string;
  notBefore: string;
  notAfter: string;
  linkQuote: string;
  inferred: (percent: string | undefined) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const STRINGS: Table<EvolutionStrings> = {
  da: {
    title: (from, to) => `Sådan udviklede planen sig: ${from} → ${to}`,
    none: 'Blandt de valgte er der ikke to planer, der følger efter hinanden (en plan, der afløser en anden, eller samme kommune og dokumenttype).',
    pairLabel: 'Sammenlign',
    pairOption: (from, to) => `${from} → ${to}`,
    implementedTitle: 'Gennemføres af',
    implementedBy: (a, b) => `${a} gennemføres af ${b}`,
    implementedNote:
      'En politik og den handleplan, der gennemfører den, er ikke to udgaver af samme plan og sammenlignes ikke her.',
    tracksTitle: 'Spor og fokusområder',
    fromCol: (l) => `Før (${l})`,
    toCol: (l) => `Efter (${l})`,
    changeCol: 'Ændring',
    changes: { kept: 'Beholdt', renamed: 'Omdøbt', added: 'Nyt', dropped: 'Udgået' },
    inferredShort: 'udledt',
    initiativesTitle: 'Indsatser',
    summary: (n, m) =>
      `${plural(n.kept, 'indsats går', 'indsatser går')} igen, ${n.merged} er lagt sammen af ${m} tidligere, ` +
      (n.split ? `${n.split} er delt op, ` : '') +
      (n.replaced ? `${n.replaced} er erstattet, ` : '') +
      `${n.new} er nye, og ${n.absent} står ikke i den nye plan.`,
    fromLinks:
      'Ifølge koblinger i data: hver kobling er læst i begge planer og har et citat fra den nye plan. En indsats, der står to steder i samme plan, tæller én gang.',
    inferredMethod:
      'Udledt: der er ingen koblinger mellem disse to planer i data. Indsatser med næsten samme beskrivelse og citat (ikke titel) foreslås som "sandsynligvis den samme", med en sikkerhed. Tjek kilden, før du citerer en ændring.',
    kinds: {
      kept: 'Videreført',
      merged: 'Lagt sammen',
      split: 'Delt op',
      replaced: 'Erstattet',
      new: 'Nye',
      absent: 'Står ikke i den nye plan',
    },
    kindsInferred: {
      kept: 'Sandsynligvis videreført (udledt)',
      merged: 'Lagt sammen (udledt)',
      split: 'Delt op (udledt)',
      replaced: 'Erstattet (udledt)',
      new: 'Sandsynligvis nye (udledt)',
      absent: 'Sandsynligvis ikke i den nye plan (udledt)',
    },
    before: (p) => `Før (${p})`,
    after: (p) => `Efter (${p})`,
    notBefore: 'Står ikke i den tidligere plan.',
    notAfter: 'Står ikke i den nye plans tekst.',
    linkQuote: 'Det viser den nye plan',
    inferred: (p) => (p ? `Udledt (sikkerhed ${p})` : 'Udledt'),
  },
  en: {
    title: (from, to) => `How the plan evolved: ${from} → ${to}`,
    none: 'The selected plans include no two plans that follow each other (a plan that supersedes another, or the same municipality and kind of document).',
    pairLabel: 'Compare',
    pairOption: (from, to) => `${from} → ${to}`,
    implementedTitle: 'Implemented by',
    implementedBy: (a, b) => `${a} is implemented by ${b}`,
    implementedNote:
      'A policy and the action plan that implements it are not two versions of one plan and are not compared here.',
    tracksTitle: 'Tracks and focus areas',
    fromCol: (l) => `Before (${l})`,
    toCol: (l) => `After (${l})`,
    changeCol: 'Change',
    changes: { kept: 'Kept', renamed: 'Renamed', added: 'New', dropped: 'Dropped' },
    inferredShort: 'inferred',
    initiativesTitle: 'Initiatives',
    summary: (n, m) =>
      `${plural(n.kept, 'initiative carries', 'initiatives carry')} over, ${n.merged} merge ${m} earlier ones, ` +
      (n.split ? `${n.split} are split, ` : '') +
      (n.replaced ? `${n.replaced} are replaced, ` : '') +
      `${n.new} are new and ${n.absent} are not in the later plan.`,
    fromLinks:
      'From links in the data: each link was read in both plans and carries a quote from the later plan. A measure printed twice in one plan counts once.',
    inferredMethod:
      'Inferred: the data has no links between these two plans. Initiatives with nearly the same description and quote (not title) are proposed as "probably the same", with a confidence. Check the source before quoting a change.',
    kinds: {
      kept: 'Continued',
      merged: 'Merged',
      split: 'Split',
      replaced: 'Replaced',
      new: 'New',
      absent: 'Not in the later plan',
    },
    kindsInferred: {
      kept: 'Probably continued (inferred)',
      merged: 'Merged (inferred)',
      split: 'Split (inferred)',
      replaced: 'Replaced (inferred)',
      new: 'Probably new (inferred)',
      absent: 'Probably not in the later plan (inferred)',
    },
    before: (p) => `Before (${p})`,
    after: (p) => `After (${p})`,
    notBefore: 'Not in the earlier plan.',
    notAfter: "Not in the later plan's text.",
    linkQuote: 'The later plan shows it',
    inferred: (p) => (p ? `Inferred (confidence ${p})` : 'Inferred'),
  },
};
