import { graphql } from "#gql";

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword)
  }
`);
