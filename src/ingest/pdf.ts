/**
 * The report PDF → the text of its Foreign Terrorist Organizations chapter.
 *
 * pdfjs-dist reads the text items of each page (no worker, no eval, no fonts
 * fetched). Items are grouped into lines by their baseline, a wider gap than
 * the page's usual line spacing becomes a blank line (a paragraph break),
 * running headers and footers (the same line, digits aside, at the top or
 * bottom of most pages) and page numbers are dropped. Lines stay as the PDF
 * wraps them: the matching view joins soft wraps, and words hyphenated across
 * lines are re-joined by normalizeText.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstFullDate, reportYearIn } from '../layout/report.js';

// The crtx bin runs the bundled command line inside a vm.Script, where import() has no module loader; it hands one
// in (src/cli/launch.cts). Everywhere else import() is the module's own.
const importModule = ((globalThis as Record<symbol, unknown>)[Symbol.for('crtx.importModule')] as ((specifier: string) => Promise<unknown>) | undefined) ?? ((specifier: string) => import(specifier));

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PageLine {
  y: number;
  x: number;
  text: string;
}

export interface PdfText {
  text: string;
  pages: number;
  /** The report year from the first "Country Reports on Terrorism YEAR" anywhere in the PDF. */
  year: number | null;
  /** Whether a Foreign Terrorist Organizations chapter heading was found (else the whole text is kept). */
  chapterFound: boolean;
  /** The publication date on the cover (the first page's first full date, "April 30, 2006"), YYYY-MM-DD. */
  published: string | null;
}

// "Chapter 5. Foreign Terrorist Organizations" alone on its line (a contents line has dot leaders and a page number).
const CHAPTER_START = /^\s*(?:Chapter\s+\d+\s*[.:\u2013\u2014-]?\s*)?Foreign Terrorist Organi[sz]ations\s*$/i;
const NEXT_CHAPTER = /^\s*Chapter\s+\d+\b/i;
const PAGE_NUMBER = /^\s*(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i;

function pageLines(items: readonly TextItem[]): PageLine[] {
  const lines: Array<{ y: number; size: number; parts: TextItem[] }> = [];
  for (const item of items) {
    if (item.str === '') continue;
    const y = item.transform[5]!;
    const size = Math.abs(item.transform[3]!) || item.height || 10;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(1, Math.min(l.size, size) * 0.4));
    if (line) line.parts.push(item);
    else lines.push({ y, size, parts: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    const parts = [...l.parts].sort((a, b) => a.transform[4]! - b.transform[4]!);
    let text = '';
    let end = -Infinity;
    for (const p of parts) {
      const x = p.transform[4]!;
      if (text && x - end > l.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = x + p.width;
    }
    return { y: l.y, x: parts[0]!.transform[4]!, text: text.replace(/\s+$/, '') };
  });
}

/** Lines of every page with paragraph breaks, running headers, footers and page numbers removed. */
function joinPages(pages: readonly PageLine[][]): string[] {
  const key = (line: PageLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edgeCounts = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([page[0], page[1], page[page.length - 1], page[page.length - 2]].filter((l): l is PageLine => l !== undefined).map(key));
    for (const k of edges) edgeCounts.set(k, (edgeCounts.get(k) ?? 0) + 1);
  }
  const repeated = (line: PageLine) => pages.length >= 2 && (edgeCounts.get(key(line)) ?? 0) >= Math.max(2, pages.length / 2);
  const out: string[] = [];
  for (const page of pages) {
    const body = page.filter((line, i) => {
      const atEdge = i < 2 || i >= page.length - 2;
      return !(atEdge && (PAGE_NUMBER.test(line.text) || repeated(line)));
    });
    const gaps = body.slice(1).map((l, i) => body[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
    // The line spacing inside a paragraph is the small common gap; a paragraph break is clearly wider.
    const usual = gaps[Math.floor(gaps.length / 5)] ?? 0;
    body.forEach((line, i) => {
      if (i > 0 && usual > 0 && body[i - 1]!.y - line.y > usual * 1.5) out.push('');
      out.push(line.text);
    });
  }
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const pdfjs = (await importModule(pathToFileURL(join(root, 'legacy/build/pdf.mjs')).href)) as typeof import('pdfjs-dist');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: PageLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((i) => 'str' in i) as TextItem[]));
      page.cleanup();
    }
    const allText = pages.map((p) => p.map((l) => l.text).join('\n')).join('\n');
    const year = reportYearIn(allText);
    const lines = joinPages(pages);
    const start = lines.findIndex((l) => CHAPTER_START.test(l));
    let end = lines.length;
    if (start >= 0) {
      const next = lines.findIndex((l, i) => i > start && NEXT_CHAPTER.test(l) && !CHAPTER_START.test(l));
      if (next >= 0) end = next;
    }
    const chapter = lines.slice(Math.max(start, 0), end).join('\n').trim() + '\n';
    const published = firstFullDate((pages[0] ?? []).map((l) => l.text).join('\n'))?.date ?? null;
    return { text: chapter, pages: pdf.numPages, year, chapterFound: start >= 0, published };
  } finally {
    await task.destroy();
  }
}
