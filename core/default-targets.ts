// The targets every new database starts with: Afghanistan, the United States and India.
import type { TargetDef } from './extract/types';

export const DEFAULT_TARGETS: TargetDef[] = [
  { id: 'afghanistan', label: 'Afghanistan', aliases: ['Afghanistan', 'Afghan', 'Afghans', 'Kabul'] },
  {
    id: 'us',
    label: 'United States',
    aliases: ['United States', 'US', 'U.S.', 'USA', 'America', 'American', 'Americans', 'Washington'],
  },
  { id: 'india', label: 'India', aliases: ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi'] },
];
