export { interactionSubgraph } from "./app";
