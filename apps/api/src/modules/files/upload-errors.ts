import { AppError, text } from '../../core/errors/app-error.js';
import { ErrorCode } from '../../core/errors/error-code.js';
import { fieldFault } from '../../core/errors/field-fault.js';

/** The allow-list in words, as the forms show it. */
export const ALLOWED_IN_WORDS = text('PDF、图片（PNG/JPEG）、Word/Excel', 'PDF, images (PNG/JPEG), Word/Excel');

/** An upload refused for what it is; `status` is its HTTP status (413, 415, 429), the code stays BAD_USER_INPUT. */
export class UploadRefused extends AppError {
  constructor(
    readonly status: number,
    zh: string,
    en: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, text(`file：${zh}`, `file: ${en}`), [fieldFault('file', zh, en)]);
  }
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number): UploadRefused =>
  new UploadRefused(
    413,
    `文件超过 ${megabytes(maxBytes)}，请压缩或拆分后再上传`,
    `is larger than ${megabytes(maxBytes)}`,
  );

export const unsupportedType = (): UploadRefused =>
  new UploadRefused(
    415,
    `文件内容不是允许的类型（${ALLOWED_IN_WORDS.zh}）`,
    `its content is not an allowed type (${ALLOWED_IN_WORDS.en})`,
  );

export const noFile = (): UploadRefused =>
  new UploadRefused(400, '请选择要上传的文件', 'send one file in a multipart/form-data field');

export const tooManyUploads = (minutes: number): UploadRefused =>
  new UploadRefused(429, `上传过于频繁，请 ${minutes} 分钟后再试`, `too many uploads; try again in ${minutes} min`);
