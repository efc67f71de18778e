import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { findTextFaults, MAX_ARGUMENT_DEPTH } from '../text/broken-text.js';
import { AppError } from './app-error.js';
import { fieldFault, type FieldFault } from './field-fault.js';

/** zh-CN wording of the class-validator constraints we use; the English comes from the library. */
const ZH: Record<string, (constraint: string) => string> = {
  isEmail: () => '必须是有效的邮箱地址',
  isNotEmpty: () => '不能为空',
  minLength: (c) => `长度不足（${c.replace(/.*(?:at least|longer than or equal to) (\d+).*/, '至少 $1 个字符')}）`,
  maxLength: (c) => `过长（${c.replace(/.*(?:at most|shorter than or equal to) (\d+).*/, '最多 $1 个字符')}）`,
  min: (c) => `过小（${c.replace(/.*not be less than (\S+).*/, '不能小于 $1')}）`,
  max: (c) => `过大（${c.replace(/.*not be greater than (\S+).*/, '不能大于 $1')}）`,
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isPositive: () => '必须大于 0',
  isEnum: () => '不是允许的取值',
  isIn: () => '不是允许的取值',
  isUUID: () => '不是有效的编号',
  isDateString: () => '必须是 ISO-8601 日期',
  isISO8601: () => '必须是 ISO-8601 日期',
  matches: () => '格式不正确',
  isString: () => '必须是文本',
  isBoolean: () => '必须是布尔值',
  isDate: () => '必须是日期（ISO-8601）',
  arrayMaxSize: () => '项目过多',
  isArray: () => '必须是列表',
};

function collect(errors: ValidationError[], parent: string, out: FieldFault[]): void {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [name, english] of Object.entries(error.constraints ?? {})) {
      const zh = ZH[name]?.(english) ?? english;
      out.push({ field, message: { zh, en: english.replace(/^\S+ /, '') } });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
}

/** Turns class-validator failures into one BAD_USER_INPUT error naming every field and reason. */
export function toInputError(errors: ValidationError[]): AppError {
  const fields: FieldFault[] = [];
  collect(errors, '', fields);
  return AppError.faults(fields);
}

/**
 * Before class-validator (whose recursion a deeply nested argument would overflow): text no one
 * can store (a NUL byte, a lone surrogate) and nesting deeper than MAX_ARGUMENT_DEPTH are the
 * caller's mistake, refused as BAD_USER_INPUT naming the field — never INTERNAL.
 */
class StorableInputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom decorators (the actor, the request) are ours, not the caller's input.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const faults = findTextFaults(value, metadata.data ?? '').map(({ path, kind }) =>
      kind === 'TOO_DEEP'
        ? fieldFault(path, `嵌套超过 ${MAX_ARGUMENT_DEPTH} 层`, `nests deeper than ${MAX_ARGUMENT_DEPTH} levels`)
        : fieldFault(path, '含有无法保存的字符（如 NUL）', 'contains characters that cannot be stored (such as NUL)'),
    );
    if (faults.length) throw AppError.faults(faults);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StorableInputPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => toInputError(errors),
  });
}
