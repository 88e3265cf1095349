// Where phone codes go: the pluggable SmsSender shared with identity's registration codes (one sender, one
// outbox for the whole platform) lives in @jiyue/server-kit; re-exported here for this module's users.
export {
  LoggingSmsSender,
  memoryOutbox,
  type SentSms,
  type SmsSender,
  setSmsSender,
  smsSender,
} from "@jiyue/server-kit";
