/**
 * Page chrome: lines that republishing sites put around a profile. They are
 * skipped between the title and the first section; an end marker closes the
 * profile. Each entry has an id and an example of the line it matches.
 */
export interface ChromeLine {
  id: string;
  example: string;
  pattern: RegExp;
}

export const CHROME_LINES: readonly ChromeLine[] = [
  { id: 'last-updated', example: 'Last Updated: Monday, 20 November 2017, 16:41 GMT', pattern: /^ *Last Updated:/ },
  { id: 'refworld-publisher', example: 'Publisher | United States Department of State |', pattern: /^ *Publisher\b/ },
  { id: 'refworld-date', example: 'Publication Date | 19 June 2015 |', pattern: /^ *Publication Date\b/ },
  { id: 'refworld-cite', example: 'Cite as | United States Department of State, ...', pattern: /^ *Cite as\b/ },
  { id: 'refworld-disclaimer', example: 'Disclaimer | This is not a UNHCR publication.', pattern: /^ *Disclaimer\b/ },
  { id: 'document-source', example: '- Document source:', pattern: /^ *- *(?:Document source:)? *$/ },
  { id: 'date-label', example: 'Date:', pattern: /^ *Date: *$/ },
  { id: 'date-line', example: '30 April 2014', pattern: /^ *\d{1,2} [A-Z][a-z]+ \d{4} *$/ },
];

export const END_MARKERS: readonly ChromeLine[] = [
  { id: 'associated-documents', example: 'Associated documents', pattern: /^ *(?:Associated documents|Verkn\u00fcpfte Dokumente)\b/ },
];
