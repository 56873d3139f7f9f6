type Tree = { [key: string]: string | Tree };

/** Deep merge of message trees, later ones winning; arrays do not occur in messages. */
export function mergeMessages(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key];
      if (value && typeof value === 'object') {
        out[key] = mergeMessages(typeof current === 'object' ? current : {}, value as object);
      } else if (typeof value === 'string') {
        out[key] = value;
      }
    }
  }
  return out;
}

/** Every leaf key of a message tree, dotted (e.g. `ra.action.save`). */
export function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leafKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
