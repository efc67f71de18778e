/** What the API accepts (mirrors modules/files: content checked there, this only spares a wasted upload). */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx';

const EXTENSIONS = new Set(ACCEPT.split(','));

/** The upload limit in words: "10 MB". */
export const sizeInWords = (bytes: number): string => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** A file the picker refuses before sending it, or null when it may go. */
export const checkFile = (file: { name: string; size: number }, maxBytes: number): 'tooLarge' | 'badType' | null => {
  const dot = file.name.lastIndexOf('.');
  if (dot < 0 || !EXTENSIONS.has(file.name.slice(dot).toLowerCase())) return 'badType';
  return file.size > maxBytes ? 'tooLarge' : null;
};

/** Sizes as people read them: 820 KB, 2.4 MB. */
export const fileSize = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : sizeInWords(bytes);
