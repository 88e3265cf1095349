export { contentSubgraph } from "./app";
