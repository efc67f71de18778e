import { describe, expect, it } from '@jest/globals';
import { sniffFileType, zipEntryNames } from './file-type.js';

/** A zip's local file headers (stored, no data descriptor) for the given entry names and contents. */
const zip = (...entries: [string, string][]): Buffer =>
  Buffer.concat(
    entries.map(([name, content]) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt32LE(Buffer.byteLength(content), 18);
      header.writeUInt32LE(Buffer.byteLength(content), 22);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
    }),
  );

describe('sniffFileType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('PDF');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('PNG');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('JPEG');
  });

  it('tells a Word or Excel package from another zip', () => {
    const types = ['[Content_Types].xml', '<Types/>'] as [string, string];
    expect(sniffFileType(zip(types, ['_rels/.rels', '<x/>'], ['word/document.xml', '<w/>']))).toBe('DOCX');
    expect(sniffFileType(zip(types, ['xl/workbook.xml', '<wb/>']))).toBe('XLSX');
    expect(sniffFileType(zip(['META-INF/MANIFEST.MF', 'Main-Class: x']))).toBeNull(); // a .jar
    expect(sniffFileType(zip(types, ['ppt/presentation.xml', '<p/>']))).toBeNull();
  });

  it('refuses an executable, a script or an empty file whatever its name says', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeNull(); // Windows .exe
    expect(sniffFileType(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBeNull(); // ELF
    expect(sniffFileType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffFileType(Buffer.from(' %PDF-1.4'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });

  it('reads entry names only as far as the bytes it has', () => {
    const full = zip(['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w/>']);
    expect(zipEntryNames(full)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntryNames(full.subarray(0, 40))).toEqual([]);
  });
});
