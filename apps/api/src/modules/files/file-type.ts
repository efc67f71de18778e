/** The kinds of file people may attach: what their first bytes must be, and how they are served. */
export type AllowedFileType = 'PDF' | 'PNG' | 'JPEG' | 'DOCX' | 'XLSX';

export const CONTENT_TYPES: Readonly<Record<AllowedFileType, string>> = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** How many leading bytes `sniffFileType` looks at (kept while the upload streams to disk). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, bytes: readonly number[]): boolean =>
  head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // a zip's first local file header

/**
 * The file's type from its content, or null when it is none of the allowed ones. Word and Excel
 * files are zip archives: an Office Open XML package names `[Content_Types].xml` and its `word/` or
 * `xl/` parts in the local headers at its start, which a plain zip, a .jar or an .apk does not.
 */
export function sniffFileType(head: Buffer): AllowedFileType | null {
  if (startsWith(head, PDF)) return 'PDF';
  if (startsWith(head, PNG)) return 'PNG';
  if (startsWith(head, JPEG)) return 'JPEG';
  if (!startsWith(head, ZIP)) return null;
  const names = zipEntryNames(head);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => name.startsWith('word/'))) return 'DOCX';
  if (names.some((name) => name.startsWith('xl/'))) return 'XLSX';
  return null;
}

/** Names of the zip entries whose local headers lie wholly within `head` (walks the headers in order). */
export function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === 0x04034b50) {
    const flags = head.readUInt16LE(at + 6);
    const compressedSize = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    if (at + 30 + nameLength > head.length) break;
    names.push(head.toString('utf8', at + 30, at + 30 + nameLength));
    // With a data descriptor (bit 3) the size comes after the data: the next header cannot be found.
    if (flags & 0x08) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}
