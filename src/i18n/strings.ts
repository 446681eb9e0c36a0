/** The strings every element shows (loading, errors, rejected documents), Danish (default) and English. Plan content is never translated. */
export const STRINGS = {
  da: {
    loading: 'Indlæser planer …',
    empty: 'Ingen planer at vise.',
    errorTitle: 'Planerne kunne ikke vises',
    retry: 'Prøv igen',
    /** What failed while loading `src`, one sentence per kind of failure; figures come formatted. */
    loadFailed: {
      http: (status: number, statusText: string) =>
        `Serveren svarede med fejl: HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
      timeout: (ms: string) => `Intet svar inden for ${ms} ms (tidsgrænsen, timeout, blev overskredet).`,
      network: 'Netværksfejl: filen kunne ikke hentes (ingen forbindelse til serveren, eller adressen blev afvist).',
      parse: 'Filen er ikke gyldig JSON (JSON-fejl), så planerne kunne ikke læses.',
      tooLarge: (limit: string, size?: string) =>
        size
          ? `Filen er for stor: ${size} byte; grænsen er ${limit} byte.`
          : `Filen er for stor: mere end grænsen på ${limit} byte.`,
      unknown: 'Planerne kunne ikke indlæses.',
    },
    loadUrl: 'Adresse',
    loadDetail: 'Teknisk besked',
    rejectedTitle: 'Afviste plandokumenter',
    rejectedItem: (name: string, n: number) => `${name}: ${n} fejl`,
  },
  en: {
    loading: 'Loading plans …',
    empty: 'No plans to show.',
    errorTitle: 'The plans could not be shown',
    retry: 'Try again',
    loadFailed: {
      http: (status: number, statusText: string) =>
        `The server answered with an error: HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
      timeout: (ms: string) => `No answer within ${ms} ms (the time limit, timeout, was exceeded).`,
      network:
        'Network error: the file could not be fetched (no connection to the server, or the address was refused).',
      parse: 'The file is not valid JSON (JSON parse error), so the plans could not be read.',
      tooLarge: (limit: string, size?: string) =>
        size
          ? `The file is too large: ${size} bytes; the limit is ${limit} bytes.`
          : `The file is too large: more than the limit of ${limit} bytes.`,
      unknown: 'The plans could not be loaded.',
    },
    loadUrl: 'Address',
    loadDetail: 'Technical message',
    rejectedTitle: 'Rejected plan documents',
    rejectedItem: (name: string, n: number) => `${name}: ${n} ${n === 1 ? 'problem' : 'problems'}`,
  },
} as const;

export type Lang = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Lang];
