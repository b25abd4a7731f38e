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
  { id: 'last-updated', example: 'Last Updated: Monday, 20 November 2017, 16:41 GMT / Last modified 3 May 2008', pattern: /^ *Last (?:updated|modified|reviewed)\b/i },
  { id: 'document-number', example: 'Document number: CRT-2005-08-114', pattern: /^ *(?:Document|Doc\.?|Reference|Ref\.?) *(?:number|no\.?|#) *[:.]?/i },
  {
    id: 'site-menu',
    example: 'Home | About us | Donate | Contact / Print this page / Back to top',
    pattern: /^ *(?:(?:Home|About(?: us)?|Donate|Contact(?: us)?|Search|Menu|Print(?: this page)?|Share(?: this page)?|E-?mail this page|Back to top|Skip to (?:main )?content|Subscribe|Log ?in|Sign in|Sitemap|Help)(?: *[|•·>»/] *| +|$))+ *$/i,
  },
  { id: 'refworld-publisher', example: 'Publisher | United States Department of State |', pattern: /^ *Publisher\b/ },
  { id: 'refworld-date', example: 'Publication Date | 19 June 2015 |', pattern: /^ *Publication Date\b/ },
  { id: 'refworld-cite', example: 'Cite as | United States Department of State, ...', pattern: /^ *Cite as\b/ },
  { id: 'refworld-disclaimer', example: 'Disclaimer | This is not a UNHCR publication. / DisclaimerThis is not ...', pattern: /^ *Disclaimer/ },
  // (With its value on the same line too, as some copies print it after the title: "- Document source: United States
  // Department of State", "Date: 19 July 2017".)
  { id: 'document-source', example: '- Document source: / - Document source: United States Department of State', pattern: /^ *- *(?:Document source:.*)?$/ },
  { id: 'date-label', example: 'Date: / Date: 19 July 2017', pattern: /^ *Date: *(?:\d{1,2} [A-Z][a-z]+ \d{4} *)?$/ },
  { id: 'date-line', example: '30 April 2014', pattern: /^ *\d{1,2} [A-Z][a-z]+ \d{4} *$/ },
];

/**
 * The line that names the report a republished profile was taken from, in
 * the 2004–2012 pages; its report year, chapter number and publication date
 * are read from it.
 */
export const SOURCE_LINE = {
  id: 'source-line',
  example: 'From: "Chapter 8; Foreign Terrorist Organizations," Country Reports on Terrorism 2005, US Department of State, April 30, 2006.',
  pattern: /^ *(?:From|Source) *: *.*\bCountry Reports? on Terrorism\b/i,
};

export const END_MARKERS: readonly ChromeLine[] = [
  { id: 'associated-documents', example: 'Associated documents', pattern: /^ *(?:Associated documents|Verkn\u00fcpfte Dokumente)\b/ },
];
