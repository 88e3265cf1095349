// The SQL for identity's phone codes: server-kit's, on identity's own table.
import { PhoneCodeRepository as PhoneCodeSql } from "@jiyue/server-kit/db";
import type { Executor } from "../../db/executor";
import { type PhoneCodePurpose, phoneCodes } from "./phone-code.sql";

export class PhoneCodeRepository extends PhoneCodeSql<PhoneCodePurpose> {
  constructor(db: Executor) {
    super(phoneCodes, db);
  }
}
