// Contract entries for the analyst's codebook: hierarchical tags with colour and description.
import { z } from 'zod';
import { Id, Tag } from '../domain';

const Name = z.string().trim().min(1).max(120);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f77b4');
const Description = z.string().max(2000);

export const tagMethods = {
  'tags.list': { input: z.object({}).strict(), output: z.array(Tag) },
  'tags.create': {
    input: z
      .object({
        name: Name,
        parentId: Id.nullable().optional(),
        color: Color.optional(),
        description: Description.optional(),
      })
      .strict(),
    output: Tag,
  },
  'tags.update': {
    input: z
      .object({
        id: Id,
        name: Name.optional(),
        parentId: Id.nullable().optional(),
        color: Color.optional(),
        description: Description.optional(),
      })
      .strict(),
    output: Tag,
  },
  'tags.merge': {
    input: z.object({ sourceId: Id, targetId: Id }).strict(),
    output: z.object({ target: Tag, moved: z.number().int() }),
  },
  'tags.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ removedFrom: z.number().int(), tagsDeleted: z.number().int() }),
  },
};
