// The codebook as a tree in reading order: depth, path and descendants of each tag, and the nine shortcut tags.
import type { Tag } from '../../core/domain';

export interface TagNode {
  tag: Tag;
  depth: number;
  /** Names from the root down, e.g. ["Security", "Terrorism"]. */
  path: string[];
  /** Statements carrying this tag or any tag below it (a statement tagged twice below counts twice). */
  total: number;
  childCount: number;
}

/** Parents before their children, siblings in codebook order; a tag whose parent is missing is shown at the top. */
export function flattenTags(tags: readonly Tag[]): TagNode[] {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<number | null, Tag[]>();
  for (const t of tags) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(t);
    children.set(parent, list);
  }
  const out: TagNode[] = [];
  const walk = (parent: number | null, depth: number, path: string[]): number => {
    let sum = 0;
    for (const tag of children.get(parent) ?? []) {
      const node: TagNode = { tag, depth, path: [...path, tag.name], total: tag.count, childCount: 0 };
      out.push(node);
      node.childCount = children.get(tag.id)?.length ?? 0;
      node.total += walk(tag.id, depth + 1, node.path);
      sum += node.total;
    }
    return sum;
  };
  walk(null, 0, []);
  return out;
}

/** A tag and every tag below it. */
export function descendantIds(tags: readonly Tag[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tags) {
      if (t.parentId !== null && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Keys 1–9 apply the first nine tags in the codebook's reading order. */
export function shortcutTags(nodes: readonly TagNode[]): Tag[] {
  return nodes.slice(0, 9).map((n) => n.tag);
}

/** "Security / Terrorism" → ["Security", "Terrorism"]: a slash (or " › ", as paths are shown) separates the levels. */
export function splitTagPath(text: string): string[] {
  return text
    .split(/\/|›/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
