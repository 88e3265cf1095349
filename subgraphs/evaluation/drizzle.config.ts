import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  schemaFilter: ["evaluation"],
  migrations: { schema: "drizzle", table: "evaluation_migrations" },
});
