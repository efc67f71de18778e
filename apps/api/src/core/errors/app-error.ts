import { ErrorCode } from './error-code.js';
import type { Locale } from './locale.js';

export interface LocalizedText {
  'zh-CN': string;
  'en-US': string;
}

export interface FieldFault {
  /** Path of the input field, e.g. `input.email` or `criteria.and[1]`. */
  field: string;
  message: LocalizedText;
}

/**
 * The one exception type of the application. Services throw it with a code and a message in
 * both languages; the GraphQL error formatter picks the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly fields: FieldFault[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(text['en-US']);
  }

  localized(locale: Locale): string {
    return this.text[locale];
  }

  static badInput(text: LocalizedText, fields: FieldFault[] = [], details: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, text, fields, details);
  }

  static field(field: string, zh: string, en: string): AppError {
    const message = { 'zh-CN': zh, 'en-US': en };
    return new AppError(ErrorCode.BAD_USER_INPUT, { 'zh-CN': `${field}：${zh}`, 'en-US': `${field}: ${en}` }, [
      { field, message },
    ]);
  }

  static notFound(entityZh: string, entityEn: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, {
      'zh-CN': `${entityZh}不存在或无权查看`,
      'en-US': `${entityEn} not found`,
    });
  }

  static forbidden(): AppError {
    return new AppError(ErrorCode.FORBIDDEN, {
      'zh-CN': '您没有执行此操作的权限',
      'en-US': 'You are not allowed to do this',
    });
  }

  static unauthenticated(): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, {
      'zh-CN': '请先登录',
      'en-US': 'Please sign in first',
    });
  }

  static conflict(entityZh: string, entityEn: string): AppError {
    return new AppError(ErrorCode.CONFLICT, {
      'zh-CN': `${entityZh}已被他人修改，请刷新后重试`,
      'en-US': `${entityEn} was changed by someone else; reload and try again`,
    });
  }
}
