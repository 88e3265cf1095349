export { createIdentitySubgraph, identitySubgraph, identityTokenVerifier } from "./app";
