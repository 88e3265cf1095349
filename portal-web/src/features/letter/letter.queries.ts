// Writing a letter and looking it up by its query code, through the gateway as the visitor.
import { graphql } from "../../gql";

export const letterMailboxFragment = graphql(`
  fragment PortalLetterMailbox on Mailbox {
    id
    name
    description
    unitId
    isPublic
    isOneWindow
    allowAnonymous
    site {
      id
    }
  }
`);

export const letterMailboxQuery = graphql(`
  query PortalLetterMailbox($id: ID!) {
    mailbox(id: $id) {
      ...PortalLetterMailbox
    }
  }
`);

export const oneWindowMailboxQuery = graphql(`
  query PortalOneWindowMailbox {
    oneWindowMailbox {
      ...PortalLetterMailbox
    }
  }
`);

export const letterWriterQuery = graphql(`
  query PortalLetterWriter {
    me {
      kind
      displayName
    }
  }
`);

export const requestPhoneCodeMutation = graphql(`
  mutation PortalRequestPhoneCode($phone: String!) {
    requestPhoneCode(phone: $phone, purpose: LETTER) {
      maskedPhone
      resendAfterSeconds
    }
  }
`);

export const submitLetterMutation = graphql(`
  mutation PortalSubmitLetter($input: SubmitLetterInput!) {
    submitLetter(input: $input) {
      queryCode
      letter {
        id
      }
    }
  }
`);

export const letterByQueryCodeQuery = graphql(`
  query PortalLetterByQueryCode($code: String!) {
    letterByQueryCode(code: $code) {
      id
      title
      content
      category
      status
      createdAt
      notAcceptedReason
      infoRequest
      reply
      repliedAt
      mailbox {
        id
        name
      }
      timeline {
        id
        action
        comment
        at
      }
      deadline {
        citizenDueAt
      }
    }
  }
`);
