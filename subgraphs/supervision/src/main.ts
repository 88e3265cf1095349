import { runSubgraphProcess } from "@jiyue/server-kit";
import { supervisionSubgraph } from "./app";

await runSubgraphProcess(supervisionSubgraph);
