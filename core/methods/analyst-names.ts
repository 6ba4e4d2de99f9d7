// The id, label and alias-list schemas the analyst's targets and actors share.
import { z } from 'zod';
import { SLUG_MAX } from '../shared/slug';

export const Slug = z
  .string()
  .trim()
  .min(1)
  .max(SLUG_MAX)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _');
export const Label = z.string().trim().min(1).max(120);
export const Aliases = z.array(z.string().trim().min(1).max(120)).max(200);
