import { localize, type LocalizedText } from '#matching';
import { ErrorCode } from './error-code.js';
import { describeFaults, fieldFault, type FieldFault } from './field-fault.js';
import type { Locale } from './locale.js';

/**
 * The one shape of a text a person reads, `{ zh, en }`: the engine's explanations carry the same,
 * so texts pass between the engine, the services and the errors unchanged. Build one with `text(zh, en)`.
 */
export { text, type LocalizedText } from '#matching';

/**
 * The one exception type of the application. Services throw it with a code and a message in
 * both languages (a `LocalizedText`); the GraphQL error formatter picks the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly fields: FieldFault[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(text.en);
  }

  localized(locale: Locale): string {
    return localize(this.text, locale);
  }

  static badInput(text: LocalizedText, fields: FieldFault[] = [], details: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, text, fields, details);
  }

  /** Every fault of an input at once, in one message that names each field. */
  static faults(faults: FieldFault[], details: Record<string, unknown> = {}): AppError {
    return AppError.badInput(describeFaults(faults), faults, details);
  }

  /** One faulty input field: `AppError.field('email', text('该邮箱已注册', 'is already registered'))`. */
  static field(field: string, message: LocalizedText): AppError {
    return AppError.badInput({ zh: `${field}：${message.zh}`, en: `${field}: ${message.en}` }, [
      fieldFault(field, message.zh, message.en),
    ]);
  }

  /** `entity` names the kind of record, e.g. `{ zh: '园区', en: 'Park' }`. */
  static notFound(entity: LocalizedText): AppError {
    return new AppError(ErrorCode.NOT_FOUND, { zh: `${entity.zh}不存在或无权查看`, en: `${entity.en} not found` });
  }

  static forbidden(): AppError {
    return new AppError(ErrorCode.FORBIDDEN, { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' });
  }

  static unauthenticated(): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, { zh: '请先登录', en: 'Please sign in first' });
  }

  static conflict(entity: LocalizedText): AppError {
    return new AppError(ErrorCode.CONFLICT, {
      zh: `${entity.zh}已被他人修改，请刷新后重试`,
      en: `${entity.en} was changed by someone else; reload and try again`,
    });
  }
}
