import type { ParkKind } from '../../graphql/types';

/** One colour per kind of park, shared by tags and the map. */
export const KIND_COLORS: Record<ParkKind, string> = {
  INDUSTRIAL_PARK: '#1677ff',
  ZONE: '#13c2c2',
  SPECIALTY_PARK: '#fa8c16',
  ENCLAVE_PARK: '#722ed1',
  TOWN: '#eb2f96',
  MAKERSPACE: '#52c41a',
  INCUBATOR: '#a0d911',
  ACCELERATOR: '#faad14',
};
