import { runSubgraphProcess } from "@jiyue/server-kit";
import { contentSubgraph } from "./app";

await runSubgraphProcess(contentSubgraph);
