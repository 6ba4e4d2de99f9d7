// A stand-in for htmlparser2's element stacks that keeps every operation O(1) (indexOf O(distance from the top)).
// The Parser keeps its open elements top-first with Array#unshift/#shift, which copies the whole array on every tag:
// 60,000 nested <div> then take seconds, growing with the square of the depth. This view stores them top-last.

/** An array-like, top-first view over a top-last array, answering the calls htmlparser2's Parser makes. */
export function topFirstStack<T>(initial: T[] = []): T[] {
  const items = [...initial].reverse();
  const counts = new Map<T, number>();
  const add = (x: T, d: number) => counts.set(x, (counts.get(x) ?? 0) + d);
  for (const x of items) add(x, 1);
  const methods = {
    unshift(...xs: T[]) {
      for (let i = xs.length - 1; i >= 0; i--) {
        items.push(xs[i]!);
        add(xs[i]!, 1);
      }
      return items.length;
    },
    shift() {
      const x = items.pop();
      if (x !== undefined) add(x, -1);
      return x;
    },
    indexOf(x: T) {
      if (!counts.get(x)) return -1;
      return items.length - 1 - items.lastIndexOf(x);
    },
  };
  return new Proxy(items, {
    get(target, prop) {
      if (prop in methods) return methods[prop as keyof typeof methods];
      if (prop === 'length') return target.length;
      if (typeof prop === 'string' && /^\d+$/.test(prop)) return target[target.length - 1 - Number(prop)];
      throw new Error(`topFirstStack: unsupported ${String(prop)}`);
    },
    set(target, prop, value) {
      if (prop !== 'length') throw new Error(`topFirstStack: unsupported assignment to ${String(prop)}`);
      // Only truncation from the bottom is ever asked for (length = 0 on reset).
      while (target.length > Number(value)) add(target.shift()!, -1);
      return true;
    },
  }) as unknown as T[];
}
