// The citizen's account on the portal: sign-in (local and 统一身份认证), registration, 忘记密码, sign-out, and the
// personal center's reads and actions. Every call runs as the visitor (their token, their address).
import { graphql } from "../../gql";

export const loginMethodsQuery = graphql(`
  query PortalLoginMethods {
    loginMethods {
      local
      oidc
      oidcName
    }
  }
`);

export const citizenLoginMutation = graphql(`
  mutation PortalCitizenLogin($input: CitizenLoginInput!) {
    citizenLogin(input: $input) {
      status
      accessToken
      refreshToken
      expiresIn
    }
  }
`);

/** The code (or, for a registered number, a text saying so) goes to the phone; the answer is the same. */
export const requestRegisterCodeMutation = graphql(`
  mutation PortalRequestCitizenRegisterCode($phone: String!) {
    requestCitizenRegisterCode(phone: $phone) {
      maskedPhone
      expiresInSeconds
    }
  }
`);

export const citizenRegisterMutation = graphql(`
  mutation PortalCitizenRegister($input: CitizenRegisterInput!) {
    citizenRegister(input: $input) {
      status
      accessToken
      refreshToken
      expiresIn
    }
  }
`);

/** 忘记密码: a code goes only to a local account's phone; the answer is the same for any number. */
export const requestPasswordResetCodeMutation = graphql(`
  mutation PortalRequestCitizenPasswordResetCode($phone: String!) {
    requestCitizenPasswordResetCode(phone: $phone) {
      maskedPhone
      expiresInSeconds
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation PortalResetCitizenPassword($input: CitizenPasswordResetInput!) {
    resetCitizenPassword(input: $input)
  }
`);

export const exchangeTicketMutation = graphql(`
  mutation PortalExchangeLoginTicket($ticket: String!) {
    exchangeLoginTicket(ticket: $ticket) {
      status
      accessToken
      refreshToken
      expiresIn
      me {
        kind
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation PortalLogout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const myAccountQuery = graphql(`
  query PortalMyAccount {
    me {
      id
      kind
      displayName
      citizen {
        id
        type
        displayName
        maskedPhone
        hasPassword
      }
    }
  }
`);

export const myCenterQuery = graphql(`
  query PortalMyCenter {
    myLetters {
      id
      title
      content
      status
      createdAt
      reply
      repliedAt
      rating
      ratingComment
      infoRequest
      notAcceptedReason
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
    }
    myNotifications(first: 50) {
      id
      kind
      letterId
      letterTitle
      detail
      read
      createdAt
    }
    myUnreadNotificationCount
  }
`);

export const mySubmissionsQuery = graphql(`
  query PortalMySubmissions {
    mySolicitationSubmissions {
      id
      createdAt
      adoption
      adoptionReason
      solicitation {
        id
        title
      }
      answers {
        questionId
        text
        choices
      }
    }
  }
`);

/** Everything the citizen may take with them (PIPL): account, letters, submissions, notifications. */
export const myDataExportQuery = graphql(`
  query PortalMyDataExport {
    me {
      id
      kind
      citizen {
        id
        type
        displayName
        phone
        creditCode
        hasPassword
        createdAt
      }
    }
    myLetters {
      id
      title
      content
      category
      publishable
      anonymous
      status
      createdAt
      acceptedAt
      infoRequest
      notAcceptedReason
      reply
      repliedAt
      rating
      ratingComment
      closedAt
      mailbox {
        name
      }
      timeline {
        action
        comment
        at
      }
    }
    myNotifications(first: 200) {
      kind
      letterId
      letterTitle
      detail
      read
      createdAt
    }
  }
`);

export const rateLetterMutation = graphql(`
  mutation PortalRateLetter($id: ID!, $rating: LetterRating!, $comment: String) {
    rateLetter(id: $id, rating: $rating, comment: $comment) {
      id
      status
    }
  }
`);

export const provideLetterInfoMutation = graphql(`
  mutation PortalProvideLetterInfo($id: ID!, $info: String!) {
    provideLetterInfo(id: $id, info: $info) {
      id
      status
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation PortalMarkNotificationsRead($ids: [ID!]) {
    markMyNotificationsRead(ids: $ids)
  }
`);

export const updateProfileMutation = graphql(`
  mutation PortalUpdateCitizenProfile($input: CitizenProfileInput!) {
    updateMyCitizenProfile(input: $input) {
      id
      displayName
    }
  }
`);

export const deleteAccountMutation = graphql(`
  mutation PortalDeleteCitizenAccount($password: String) {
    deleteMyCitizenAccount(password: $password)
  }
`);
