// Chinese labels of actions, from the shared role catalogue (browser-safe: roles.ts imports nothing).
import { ACTIONS } from "@jiyue/server-kit/roles";

export function actionLabel(action: string): string {
  return (ACTIONS as Record<string, string>)[action] ?? action;
}
