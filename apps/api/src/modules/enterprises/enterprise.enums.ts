import { registerEnumType } from '@nestjs/graphql';
import type { Ownership as OwnershipName } from '#plan-data';

/** Where the value of a profile fact came from. */
export enum FactSource {
  SELF_DECLARED = 'SELF_DECLARED',
  VERIFIED = 'VERIFIED',
  IMPORTED = 'IMPORTED',
}

export const Ownership: { [K in OwnershipName]: K } = {
  STATE: 'STATE',
  PRIVATE: 'PRIVATE',
  FOREIGN: 'FOREIGN',
  JOINT: 'JOINT',
};
export type Ownership = OwnershipName;

/** What one row of an enterprise's profile history records. */
export enum ProfileChangeKind {
  /** A value was entered, changed or cleared. */
  CHANGE = 'CHANGE',
  /** Staff confirmed the value against documents. */
  VERIFY = 'VERIFY',
}

registerEnumType(FactSource, {
  name: 'FactSource',
  description: 'SELF_DECLARED 企业自报 · VERIFIED 已核实 · IMPORTED 批量导入',
});
registerEnumType(Ownership, {
  name: 'Ownership',
  description: 'STATE 国有 · PRIVATE 民营 · FOREIGN 外资 · JOINT 合资',
});
registerEnumType(ProfileChangeKind, { name: 'ProfileChangeKind', description: 'CHANGE 修改 · VERIFY 核实' });

/** An .xlsx import is RUNNING while its batches are written; then FINISHED, or FAILED when it stopped on an error. */
export enum EnterpriseImportStatus {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(EnterpriseImportStatus, {
  name: 'EnterpriseImportStatus',
  description: 'RUNNING 导入中 · FINISHED 已完成 · FAILED 失败',
});
