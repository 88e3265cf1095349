import type { UnitRowFragment } from "#gql/graphql";

export type UnitNode = UnitRowFragment & { children?: UnitNode[] };

/** Builds the org tree from the flat list; a unit whose parent is out of the caller's scope is a root. */
export function buildUnitTree(units: readonly UnitRowFragment[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { ...unit }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"));
    for (const node of list) if (node.children) sort(node.children);
  };
  sort(roots);
  return roots;
}
