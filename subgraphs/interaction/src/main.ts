import { runSubgraphProcess } from "@jiyue/server-kit";
import { interactionSubgraph } from "./app";

await runSubgraphProcess(interactionSubgraph);
