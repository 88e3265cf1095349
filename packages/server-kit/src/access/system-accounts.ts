// Accounts that stand for the platform itself where a record needs a person as its author (e.g. imported
// articles). identity keeps them as disabled users, so references to them resolve everywhere and nobody can
// ever sign in as them.

export interface SystemAccount {
  id: string;
  username: string;
  displayName: string;
}

export const IMPORT_ACCOUNT: SystemAccount = {
  id: "00000000-0000-0000-0000-000000000000",
  username: "system-import",
  displayName: "数据导入",
};

export const SYSTEM_ACCOUNTS: readonly SystemAccount[] = [IMPORT_ACCOUNT];
