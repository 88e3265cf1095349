export { evaluationSubgraph } from "./app";
