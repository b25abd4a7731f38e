/**
 * Report-like PDFs for tests, written with pdfkit: a cover, a chapter before
 * the FTO chapter, the FTO chapter, a chapter after it, a running header and
 * a page number on every page. Lines are written as given (already wrapped),
 * a blank line as a paragraph gap, so a test controls where pages break.
 */
import PDFDocument from 'pdfkit';

export interface ReportPdf {
  year: number;
  /** The FTO chapter's lines, without its heading. */
  chapterLines: readonly string[];
  /** A release date for the cover ("December 16, 2022"), as the reports print it. */
  published?: string;
}

export interface WrittenPdf {
  pdf: Buffer;
  /** Indexes of chapter lines that start a new page. */
  pageBreaks: number[];
}

export async function writeReportPdf({ year, chapterLines, published }: ReportPdf): Promise<WrittenPdf> {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0), Producer: 'crtx tests' }, size: 'LETTER', margins: { top: 72, bottom: 72, left: 72, right: 72 }, bufferPages: true, autoFirstPage: true, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(18).text(`Country Reports on Terrorism ${year}`, { align: 'center' });
  doc.fontSize(10).moveDown().text('United States Department of State Publication, Bureau of Counterterrorism', { align: 'center' });
  if (published) doc.moveDown().text(`Released ${published}`, { align: 'center' });
  doc.addPage().fontSize(10).text('Chapter 4. The Global Challenge of Chemical, Biological, Radiological, or Nuclear Terrorism');
  doc.moveDown().text('This chapter discusses weapons of mass destruction and is not part of any profile.');
  doc.addPage().fontSize(12).text('Chapter 5. Foreign Terrorist Organizations');
  doc.fontSize(9).moveDown();
  const pageBreaks: number[] = [];
  for (const [i, line] of chapterLines.entries()) {
    // Lines are short enough (90 characters at 9 pt) that pdfkit never wraps them again.
    if (line.trim() === '') doc.moveDown(0.8);
    else doc.text(line);
    // A plain y position check keeps lines whole: pdfkit would otherwise split them itself.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 14) {
      doc.addPage();
      pageBreaks.push(i + 1);
    }
  }
  doc.addPage().fontSize(12).text('Chapter 6. Legislation, Law Enforcement, and Counterterrorism Finance');
  doc.fontSize(10).moveDown().text('Aka this is not a profile: Description: nor this.');
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    doc.fontSize(8).text(`Country Reports on Terrorism ${year}`, 72, 36, { lineBreak: false });
    doc.text(String(i + 1), 0, doc.page.height - 40, { align: 'center', width: doc.page.width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return { pdf: await done, pageBreaks };
}
