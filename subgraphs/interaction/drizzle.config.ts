import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  schemaFilter: ["interaction"],
  migrations: { schema: "drizzle", table: "interaction_migrations" },
});
