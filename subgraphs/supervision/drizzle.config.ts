import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  schemaFilter: ["supervision"],
  migrations: { schema: "drizzle", table: "supervision_migrations" },
});
