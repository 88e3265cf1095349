// Running the engine on an article's title and body: shared with interaction in @jiyue/textcheck/runtime.
export { runCheck } from "@jiyue/textcheck/runtime";
