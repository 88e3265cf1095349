// A stand-in for the gateway: answers the portal's queries from fixtures, counts requests, and can be made
// slow or unreachable.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import express from "express";

export interface FixtureChannel {
  id: string;
  name: string;
  path: string;
  kind: "LIST" | "PAGE" | "LINK";
  linkUrl: string | null;
  children: FixtureChannel[];
}

export interface FixtureSite {
  id: string;
  code: string;
  name: string;
  domains: string[];
  status: "BUILDING" | "ONLINE" | "OFFLINE";
  isDemo: boolean;
  siteIdCode: string | null;
  description: string | null;
  unit: { id: string; name: string; kind: string; sortOrder: number };
  parentId: string | null;
  channels: FixtureChannel[];
}

export function channel(
  name: string,
  path: string,
  children: FixtureChannel[] = [],
  kind: FixtureChannel["kind"] = "LIST",
) {
  return {
    id: randomUUID(),
    name,
    path,
    kind,
    linkUrl: kind === "LINK" ? "https://example.org/" : null,
    children,
  };
}

export function site(fields: Partial<FixtureSite> & { code: string; name: string }): FixtureSite {
  return {
    id: randomUUID(),
    domains: [],
    status: "ONLINE",
    isDemo: true,
    siteIdCode: null,
    description: null,
    unit: { id: randomUUID(), name: fields.name, kind: "MASS_ORGANIZATION", sortOrder: 0 },
    parentId: null,
    channels: [],
    ...fields,
  };
}

export interface FakeGateway {
  url: string;
  sites: FixtureSite[];
  /** GraphQL requests received, by operation name. */
  operations: string[];
  mode: "up" | "down" | "slow";
  slowMs: number;
  stop(): Promise<void>;
}

export async function startFakeGateway(sites: FixtureSite[]): Promise<FakeGateway> {
  const app = express();
  app.use(express.json());
  const state: Omit<FakeGateway, "url" | "stop"> = { sites, operations: [], mode: "up", slowMs: 5_000 };

  const shape = (fixture: FixtureSite) => {
    const parent = state.sites.find((candidate) => candidate.id === fixture.parentId);
    return {
      ...fixture,
      parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
      children: state.sites
        .filter((candidate) => candidate.parentId === fixture.id && candidate.status === "ONLINE")
        .map((child) => ({ id: child.id, code: child.code, name: child.name })),
    };
  };
  // Like the real gateway for an anonymous caller: only online sites exist.
  const online = () => state.sites.filter((fixture) => fixture.status === "ONLINE");

  app.post("/graphql", async (req, res) => {
    if (state.mode === "down") {
      req.socket.destroy();
      return;
    }
    const { query, variables } = req.body as { query: string; variables: Record<string, unknown> };
    const operation = /query\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
    state.operations.push(operation);
    if (state.mode === "slow") await new Promise((resolve) => setTimeout(resolve, state.slowMs));
    switch (operation) {
      case "PortalSiteByCode": {
        const found = online().find((fixture) => fixture.code === variables.code);
        res.json({ data: { siteByCode: found ? shape(found) : null } });
        return;
      }
      case "PortalSiteByDomain": {
        const found = online().find((fixture) => fixture.domains.includes(String(variables.domain)));
        res.json({ data: { siteByDomain: found ? shape(found) : null } });
        return;
      }
      case "PortalPlatformSites": {
        const offset = Number(variables.offset);
        const items = online().slice(offset, offset + Number(variables.limit));
        res.json({ data: { sites: { total: online().length, items: items.map(shape) } } });
        return;
      }
      default:
        res.status(400).json({ errors: [{ message: `unknown operation ${operation}` }] });
    }
  });

  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const gateway = state as FakeGateway;
  gateway.url = `http://127.0.0.1:${port}`;
  gateway.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return gateway;
}
