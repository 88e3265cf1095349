// Where phone codes go: a pluggable SmsSender. The embedded default logs the message (and, when
// JIYUE_SMS_OUTBOX_FILE is set, appends it there as a JSON line, which the browser tests read); tests in
// process read `memoryOutbox`. A real gateway (a city SMS platform) implements the same interface.
import { appendFile } from "node:fs/promises";
import { logger } from "@jiyue/server-kit";

export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export interface SentSms {
  phone: string;
  text: string;
  at: Date;
}

/** The last messages sent in this process by the logging sender (bounded). */
export const memoryOutbox: SentSms[] = [];
const OUTBOX_LIMIT = 200;

export class LoggingSmsSender implements SmsSender {
  constructor(private readonly outboxFile = process.env.JIYUE_SMS_OUTBOX_FILE) {}

  async send(phone: string, text: string): Promise<void> {
    const message = { phone, text, at: new Date() };
    memoryOutbox.push(message);
    if (memoryOutbox.length > OUTBOX_LIMIT) memoryOutbox.splice(0, memoryOutbox.length - OUTBOX_LIMIT);
    logger.info({ sms: { phone, text } }, "短信（未发送，仅记录）");
    if (this.outboxFile) await appendFile(this.outboxFile, `${JSON.stringify(message)}\n`);
  }
}

let configured: SmsSender = new LoggingSmsSender();

/** The sender phone codes go through (replaced at start-up by a deployment's own). */
export function smsSender(): SmsSender {
  return configured;
}

export function setSmsSender(sender: SmsSender): void {
  configured = sender;
}
