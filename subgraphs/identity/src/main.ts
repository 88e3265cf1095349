import { runSubgraphProcess } from "@jiyue/server-kit";
import { identitySubgraph, identityTokenVerifier } from "./app";

await runSubgraphProcess(identitySubgraph, { verifyToken: identityTokenVerifier });
