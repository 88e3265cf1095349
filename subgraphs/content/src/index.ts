export { contentSubgraph } from "./app";
export {
  checkTransitionHooks,
  registerTransitionHook,
  type TransitionHook,
  type TransitionHookContext,
} from "./modules/workflow/hooks";
