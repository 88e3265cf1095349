// CI check: regenerating code and the supergraph must not change anything committed. Runs `pnpm codegen` and
// `pnpm compose`, then fails listing every generated file that differs from (or is missing in) git.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

const GENERATED: RegExp[] = [
  /(^|\/)generated\//,
  /^gateway\/supergraph\.graphql$/,
  /^gateway\/api-schema\.graphql$/,
  /^admin-web\/src\/gql\//,
  /^portal-web\/src\/gql\//,
];

export function isGenerated(file: string): boolean {
  return GENERATED.some((pattern) => pattern.test(file));
}

/** Paths of `git status --porcelain=v1 -z` output (both sides of a rename). */
export function changedPaths(porcelain: string): string[] {
  const fields = porcelain.split("\0").filter((field) => field.length > 0);
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i] ?? "";
    const status = entry.slice(0, 2);
    paths.push(entry.slice(3));
    // In -z mode a rename or copy is followed by its source path as a separate field.
    if (status.includes("R") || status.includes("C")) {
      const source = fields[++i];
      if (source) paths.push(source);
    }
  }
  return paths;
}

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(
      `check-generated: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
}

function main(): void {
  run("pnpm", ["run", "compose"]);
  run("pnpm", ["run", "codegen"]);
  const status = spawnSync("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all"], {
    cwd: root,
    encoding: "utf8",
  });
  if (status.status !== 0) {
    console.error(`check-generated: git status failed: ${status.stderr}`);
    process.exit(1);
  }
  const stale = changedPaths(status.stdout).filter(isGenerated);
  if (stale.length > 0) {
    console.error("check-generated: generated files are out of date (run `pnpm generate` and commit them):");
    for (const file of stale) console.error(`  ${file}`);
    process.exit(1);
  }
  console.log("check-generated: generated files are up to date");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
