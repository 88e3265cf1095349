// Phone codes (短信验证码) proving the phone of an anonymous letter. The issue/verify logic (throttled per phone
// and per address, expiring after 10 minutes, refused after 5 wrong tries, consumed in the transaction of what
// it proves), the rules, the HMAC and the sender are shared with identity's registration codes
// (@jiyue/server-kit); the codes themselves are this subgraph's own table.
import { type Caller, PhoneCodeService, parseInput, type RequestInfo } from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { maskPhone } from "../letter/letter.access";
import { type SmsSender, smsSender } from "./verification.sender";
import { type PhoneCodePurpose, phoneCodes } from "./verification.sql";
import * as v from "./verification.validation";

const PURPOSE_TEXT: Record<PhoneCodePurpose, string> = { letter: "写信" };

export interface PhoneCodeIssued {
  maskedPhone: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export class VerificationService extends PhoneCodeService<PhoneCodePurpose> {
  constructor(
    db: InteractionDb,
    _caller: Caller,
    request: RequestInfo,
    secret: string,
    sender: () => SmsSender = smsSender,
    now: () => Date = () => new Date(),
  ) {
    super(db, phoneCodes, request, secret, sender, now);
  }

  async requestCode(rawPhone: unknown, rawPurpose: unknown): Promise<PhoneCodeIssued> {
    const phone = parseInput(v.phone, rawPhone);
    const purpose = parseInput(v.purpose, rawPurpose);
    const issued = await this.issue(
      phone,
      purpose,
      (code, minutes) =>
        `【集约】您的${PURPOSE_TEXT[purpose]}验证码为 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略。`,
    );
    return { maskedPhone: maskPhone(phone) ?? "", ...issued };
  }
}
