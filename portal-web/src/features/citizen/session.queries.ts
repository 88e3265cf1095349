// The citizen's session on the portal: the token pair lives in HttpOnly cookies and is rotated here.
import { graphql } from "../../gql";

export const refreshSessionMutation = graphql(`
  mutation PortalRefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
    }
  }
`);
