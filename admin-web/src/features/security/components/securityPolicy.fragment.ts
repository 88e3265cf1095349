import { graphql } from "#gql";

export const SecurityPolicyFieldsFragment = graphql(`
  fragment SecurityPolicyFields on SecurityPolicy {
    totpRequiredForAdmins
    maxFailedAttempts
    lockoutMinutes
    passwordMinLength
    updatedAt
  }
`);
