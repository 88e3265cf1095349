// One structured logger for every process (pino); quiet under tests unless LOG_LEVEL says otherwise.
import pino from "pino";

const defaultLevel = process.env.VITEST ? "silent" : "info";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? defaultLevel,
  base: { service: process.env.JIYUE_SERVICE ?? undefined },
});
export type Logger = typeof logger;
