import 'server-only';
import type { PDFArray, PDFDocument, PDFPage, PDFRef } from '@cantoo/pdf-lib';
import type { ContentsEntry, ContentsId } from '@/lib/report/contents';
import { GOTO_PREFIX } from '../html/front';
import { MARGIN } from '../html/styles';
import { pdfLib } from './cjs';
import { FOOTER_BASELINE, FOOTER_SIZE } from './page-css';

export interface AssembleInfo {
  title: string;
  author: string;
  generatedAt: string;
  contents: ContentsEntry[];
}

/** A printed part's pages, already copied into the report (see PdfAssembler.take). */
export interface PrintedPart {
  id: 'cover' | ContentsId;
  pages: PDFPage[];
}

/**
 * Merges the separately printed parts into one PDF. Parts are copied in as soon as they are
 * printed (`take`, while Chromium prints the next ones), then `finish` puts the pages in order —
 * cover first; a long section may come in several parts — stamps "Page N of M" into every footer,
 * turns the contents lines into jumps to their pages and adds one bookmark per section.
 */
export class PdfAssembler {
  private constructor(private readonly out: PDFDocument) {}

  static async create(): Promise<PdfAssembler> {
    return new PdfAssembler(await pdfLib().PDFDocument.create({ updateMetadata: false }));
  }

  /** Reads a part as Chromium printed it and copies its pages into the report. */
  async take(bytes: Uint8Array): Promise<PDFPage[]> {
    const part = await pdfLib().PDFDocument.load(bytes, { updateMetadata: false });
    return this.out.copyPages(part, part.getPageIndices());
  }

  async finish(parts: PrintedPart[], info: AssembleInfo): Promise<Uint8Array> {
    return finish(this.out, parts, info);
  }
}

async function finish(out: PDFDocument, parts: PrintedPart[], info: AssembleInfo): Promise<Uint8Array> {
  const { StandardFonts, rgb } = pdfLib();
  const firstPage = new Map<string, number>();
  for (const part of parts) {
    if (!firstPage.has(part.id)) firstPage.set(part.id, out.getPageCount());
    for (const page of part.pages) out.addPage(page);
  }
  const pages = out.getPages();
  const total = pages.length;

  // Page numbers in a standard font (the text is ASCII), right-aligned on the footer line.
  const font = await out.embedFont(StandardFonts.Helvetica);
  const grey = rgb(0x64 / 255, 0x74 / 255, 0x8b / 255);
  pages.forEach((page, i) => {
    const text = `Page ${i + 1} of ${total}`;
    const width = font.widthOfTextAtSize(text, FOOTER_SIZE);
    page.drawText(text, { x: page.getWidth() - MARGIN.right - width, y: FOOTER_BASELINE, size: FOOTER_SIZE, font, color: grey });
  });

  const pageRef = (id: string): PDFRef | null => {
    const index = firstPage.get(id);
    return index === undefined ? null : pages[index]!.ref;
  };
  const cover = firstPage.get('cover');
  if (cover !== undefined) linkContents(out, pages[cover]!.node.Annots(), pageRef);
  addOutline(out, info.contents, pageRef);

  out.setTitle(info.title);
  out.setAuthor(info.author);
  out.setSubject('Threat model report');
  out.setCreator('Threatline');
  out.setProducer('Threatline');
  out.setCreationDate(new Date(info.generatedAt));
  out.setModificationDate(new Date(info.generatedAt));
  // Object streams would make the file ~4% smaller and the save three times slower.
  return out.save({ addDefaultPage: false, useObjectStreams: false });
}

/** Chromium prints the contents lines as links to GOTO_PREFIX<id>; make them jumps inside the file. */
function linkContents(out: PDFDocument, annots: PDFArray | undefined, pageRef: (id: string) => PDFRef | null): void {
  if (!annots) return;
  const { PDFDict, PDFHexString, PDFName, PDFString } = pdfLib();
  for (let i = annots.size() - 1; i >= 0; i--) {
    const annot = annots.lookupMaybe(i, PDFDict);
    const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
    const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
    if (!annot || !uri?.startsWith(GOTO_PREFIX)) continue;
    const target = pageRef(uri.slice(GOTO_PREFIX.length));
    if (target) {
      annot.delete(PDFName.of('A'));
      annot.set(PDFName.of('Dest'), out.context.obj([target, 'Fit']));
    } else {
      annots.remove(i);
    }
  }
}

function addOutline(out: PDFDocument, contents: ContentsEntry[], pageRef: (id: string) => PDFRef | null): void {
  const entries = contents.flatMap((e) => {
    const ref = pageRef(e.id);
    return ref ? [{ title: e.title, ref }] : [];
  });
  if (entries.length === 0) return;
  const { PDFHexString, PDFName } = pdfLib();
  const ctx = out.context;
  const outlines = ctx.nextRef();
  const items = entries.map(() => ctx.nextRef());
  entries.forEach((e, i) => {
    ctx.assign(
      items[i]!,
      ctx.obj({
        Title: PDFHexString.fromText(e.title),
        Parent: outlines,
        ...(i > 0 ? { Prev: items[i - 1]! } : {}),
        ...(i < items.length - 1 ? { Next: items[i + 1]! } : {}),
        Dest: [e.ref, 'Fit'],
      }),
    );
  });
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: items[0]!, Last: items.at(-1)!, Count: items.length }));
  out.catalog.set(PDFName.of('Outlines'), outlines);
  out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
