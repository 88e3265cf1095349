// Loads a subgraph's SDL: every module's schema.graphql, the same files codegen and composition read.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DocumentNode } from "graphql";
import { gql } from "graphql-tag";

export function schemaFiles(srcDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".graphql")) files.push(full);
    }
  };
  walk(srcDir);
  return files;
}

export function loadTypeDefs(srcDir: string): DocumentNode {
  return gql(
    schemaFiles(srcDir)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n"),
  );
}
