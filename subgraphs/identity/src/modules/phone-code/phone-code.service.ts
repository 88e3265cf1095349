// Phone codes (短信验证码) of identity, proving the phone of a citizen who registers. The issue/verify logic,
// the rules, the HMAC and the sender are the ones interaction's letter codes use (@jiyue/server-kit); the
// codes are identity's own table.
import {
  PhoneCodeService as PhoneCodes,
  type RequestInfo,
  type SmsSender,
  smsSender,
} from "@jiyue/server-kit";
import type { IdentityDb } from "../../db/executor";
import { type PhoneCodePurpose, phoneCodes } from "./phone-code.sql";

export type { PhoneCodeIssued } from "@jiyue/server-kit";

export class PhoneCodeService extends PhoneCodes<PhoneCodePurpose> {
  constructor(
    db: IdentityDb,
    request: RequestInfo,
    secret: string,
    sender: () => SmsSender = smsSender,
    now: () => Date = () => new Date(),
  ) {
    super(db, phoneCodes, request, secret, sender, now);
  }
}
