/** Strings of the preview page (preview.html), Danish (default) and English. */
import type { MessageLang } from '../schema/localise.js';

export interface PreviewStrings {
  title: string;
  lead: string;
  privacy: string;
  language: string;
  choose: string;
  chooseHint: string;
  drop: string;
  reading: string;
  files: (n: number) => string;
  problems: (n: number) => string;
  notes: (n: number) => string;
  valid: (plans: number) => string;
  messagesTitle: string;
  where: (line: number, column?: number) => string;
  wholeFile: string;
  fileTitle: (name: string) => string;
  fileLabel: (name: string) => string;
  comparisonTitle: string;
  comparisonLead: (own: string[], bundled: number) => string;
  embedTitle: string;
  embedLead: (file: string) => string;
  download: (file: string) => string;
  noteWord: string;
}

export const PREVIEW_STRINGS: Record<MessageLang, PreviewStrings> = {
  da: {
    title: 'Se din plan ved siden af de andre',
    lead: 'Vælg eller træk en plan-fil (JSON), en samling af planer, eller en plan-fil sammen med en CSV-fil med indsatser. Siden viser, hvad der er galt og hvor, eller planen i den fulde sammenligning ved siden af de medfølgende planer.',
    privacy: 'Filen bliver på din computer: den læses og kontrolleres her i browseren og sendes ingen steder hen.',
    language: 'Sprog',
    choose: 'Vælg filer',
    chooseHint: 'JSON (.json) og CSV (.csv, med ; , eller tabulator). Du kan vælge to filer: planen og indsatserne.',
    drop: 'eller træk filerne hertil',
    reading: 'Læser filerne …',
    files: (n) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problemer'} fundet. Ret dem i filen, og vælg den igen.`,
    notes: (n) => `${n} ${n === 1 ? 'bemærkning' : 'bemærkninger'}`,
    valid: (n) => `Gyldig: ${n} ${n === 1 ? 'plan' : 'planer'} læst uden problemer.`,
    messagesTitle: 'Problemer',
    where: (line, column) => (column ? `linje ${line}, kolonne ${column}` : `linje ${line}`),
    wholeFile: 'hele filen',
    fileTitle: (name) => `Filen ${name}`,
    fileLabel: (name) => `Indholdet af ${name} med linjenumre`,
    comparisonTitle: 'Din plan i sammenligningen',
    comparisonLead: (own, bundled) =>
      `${own.length === 1 ? 'Din plan' : 'Dine planer'} (${own.join(', ')}) står sammen med de ${bundled} medfølgende planer. Vælg planer i listen.`,
    embedTitle: 'Sæt sammenligningen på jeres side',
    embedLead: (file) =>
      `Læg filen ${file} på jeres webserver ved siden af siden, og sæt koden herunder ind på siden. Filen indeholder planerne i visningen.`,
    download: (file) => `Hent ${file}`,
    noteWord: 'Bemærk',
  },
  en: {
    title: 'See your plan beside the others',
    lead: 'Choose or drop a plan file (JSON), a collection of plans, or a plan file together with an initiatives CSV file. The page shows what is wrong and where, or the plan in the full comparison beside the bundled plans.',
    privacy: 'The file stays on your computer: it is read and checked here in the browser and sent nowhere.',
    language: 'Language',
    choose: 'Choose files',
    chooseHint: 'JSON (.json) and CSV (.csv, with ; , or tab). You may choose two files: the plan and its initiatives.',
    drop: 'or drop the files here',
    reading: 'Reading the files …',
    files: (n) => `${n} ${n === 1 ? 'file' : 'files'}`,
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} found. Fix them in the file and choose it again.`,
    notes: (n) => `${n} ${n === 1 ? 'note' : 'notes'}`,
    valid: (n) => `Valid: ${n} ${n === 1 ? 'plan' : 'plans'} read without problems.`,
    messagesTitle: 'Problems',
    where: (line, column) => (column ? `line ${line}, column ${column}` : `line ${line}`),
    wholeFile: 'the whole file',
    fileTitle: (name) => `The file ${name}`,
    fileLabel: (name) => `The content of ${name} with line numbers`,
    comparisonTitle: 'Your plan in the comparison',
    comparisonLead: (own, bundled) =>
      `${own.length === 1 ? 'Your plan' : 'Your plans'} (${own.join(', ')}) ${own.length === 1 ? 'is' : 'are'} shown with the ${bundled} bundled plans. Choose plans in the list.`,
    embedTitle: 'Put the comparison on your page',
    embedLead: (file) =>
      `Put the file ${file} on your web server beside the page, and paste the code below into the page. The file holds the plans of the view.`,
    download: (file) => `Download ${file}`,
    noteWord: 'Note',
  },
};
