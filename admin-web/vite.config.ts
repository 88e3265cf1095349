import { portOf, urlOf } from "@jiyue/server-kit/config";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `vite` (dev) proxies the graph to the gateway; production is served by server.ts.
export default defineConfig({
  plugins: [react()],
  server: {
    port: portOf("admin"),
    proxy: { "/graphql": urlOf("gateway"), "/media": urlOf("content") },
  },
  build: { outDir: "dist", chunkSizeWarningLimit: 2000 },
});
