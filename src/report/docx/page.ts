import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun, type Table } from 'docx';

/** A4 in twentieths of a point (portrait numbers; the landscape flag turns the page). */
const A4 = { width: 11906, height: 16838 } as const;

/** Width of the text area of an A4 landscape page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 14570;

/**
 * A Word document of one A4 landscape section in 宋体 (Times New Roman for Latin), 2 cm margins, with a
 * centred title in 黑体 and the given content, as the 对照表 are filed.
 * @param parts document title, description (file metadata) and the content after the title
 * @returns the .docx bytes
 */
export async function landscapeDocument(parts: { title: string; description: string; children: Array<Paragraph | Table> }): Promise<Uint8Array> {
  const document = new Document({
    creator: 'plan-diff',
    lastModifiedBy: 'plan-diff',
    title: parts.title,
    description: parts.description,
    styles: {
      default: {
        document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }, size: 21 }, paragraph: { spacing: { line: 300 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: parts.title, bold: true, size: 36, font: { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei' } })],
          }),
          ...parts.children,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
