import type { IncubationStayStatus, ParkKind, ParkLevel } from '../../gql/graphql';

/** 众创空间 → 孵化器 → 加速器 → 产业园区 (plan ch.3 §2, §6). */
export const RUNGS: readonly ParkKind[] = ['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR', 'INDUSTRIAL_PARK'];

/** Park kinds that receive a carrier's graduates (the server checks the same). */
export const NEXT_KINDS: Partial<Record<ParkKind, readonly ParkKind[]>> = {
  MAKERSPACE: ['INCUBATOR'],
  INCUBATOR: ['ACCELERATOR'],
  ACCELERATOR: ['INDUSTRIAL_PARK', 'ZONE', 'SPECIALTY_PARK', 'ENCLAVE_PARK'],
};

export const STATUS_COLORS: Record<IncubationStayStatus, string> = {
  IN_RESIDENCE: 'blue',
  GRADUATED: 'green',
  LEFT: 'default',
};

/** antd's default tag text fails AA on its light fills for some colours; these pass. */
export const LEVEL_COLORS: Record<ParkLevel, string> = {
  NATIONAL: '#a8071a',
  REGIONAL: '#0050b3',
  MUNICIPAL: '#3f6600',
  DISTRICT: '#595959',
};

export const OCCUPANCY_MONTHS = 12;
