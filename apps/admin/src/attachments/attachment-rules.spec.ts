import { describe, expect, it } from '@jest/globals';
import { checkFile, fileSize, sizeInWords } from './attachment-rules';

describe('attachment rules', () => {
  it('lets allowed types under the limit through, whatever the case of the extension', () => {
    expect(checkFile({ name: '营业执照.PDF', size: 1000 }, 10_485_760)).toBeNull();
    expect(checkFile({ name: 'a.jpeg', size: 10_485_760 }, 10_485_760)).toBeNull();
  });

  it('refuses other types and files over the limit before they are sent', () => {
    expect(checkFile({ name: 'setup.exe', size: 10 }, 10_485_760)).toBe('badType');
    expect(checkFile({ name: 'README', size: 10 }, 10_485_760)).toBe('badType');
    expect(checkFile({ name: 'scan.pdf', size: 10_485_761 }, 10_485_760)).toBe('tooLarge');
  });

  it('writes sizes as people read them', () => {
    expect(sizeInWords(10_485_760)).toBe('10 MB');
    expect(fileSize(512)).toBe('512 B');
    expect(fileSize(2048)).toBe('2 KB');
    expect(fileSize(2_516_582)).toBe('2.4 MB');
  });
});
