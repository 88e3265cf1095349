export { supervisionSubgraph } from "./app";
