import { runSubgraphProcess } from "@jiyue/server-kit";
import { evaluationSubgraph } from "./app";

await runSubgraphProcess(evaluationSubgraph);
