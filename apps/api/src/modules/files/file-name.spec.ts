import { describe, expect, it } from '@jest/globals';
import { contentDisposition, sanitizeFileName } from './file-name.js';

describe('sanitizeFileName', () => {
  it('keeps a normal Chinese or English name as it is', () => {
    expect(sanitizeFileName('营业执照 副本.pdf')).toBe('营业执照 副本.pdf');
    expect(sanitizeFileName('Feasibility study v2.docx')).toBe('Feasibility study v2.docx');
  });

  it('drops the path, reserved and control characters and leading dots', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\张三\\报告.xlsx')).toBe('报告.xlsx');
    expect(sanitizeFileName('a<b>:"c|?*.pdf')).toBe('abc.pdf');
    expect(sanitizeFileName('line\r\nbreak\u0000.png')).toBe('linebreak.png');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('...hidden')).toBe('hidden');
  });

  it('gives a stand-in for an empty name and shortens a long one, keeping its extension', () => {
    expect(sanitizeFileName('')).toBe('file');
    expect(sanitizeFileName(undefined)).toBe('file');
    expect(sanitizeFileName('/// ')).toBe('file');
    const long = sanitizeFileName(`${'报'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII stand-in and the UTF-8 name percent-encoded', () => {
    expect(contentDisposition('营业执照.pdf')).toBe(
      'attachment; filename="____.pdf"; filename*=UTF-8\'\'%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf',
    );
  });

  it('lets no quote or semicolon of a name break out of the header', () => {
    const header = contentDisposition('a"; filename=evil.exe');
    expect(header.startsWith('attachment; filename="a__ filename=evil.exe"; filename*=')).toBe(true);
    expect(header).toContain("UTF-8''a%22%3B%20filename%3Devil.exe");
  });
});
