import { graphql } from "#gql";

export const ExchangeLoginTicketDocument = graphql(`
  mutation ExchangeLoginTicket($ticket: String!, $totpCode: String) {
    exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {
      status
      accessToken
      refreshToken
      expiresIn
      totpSetup {
        secret
        otpauthUrl
      }
    }
  }
`);
