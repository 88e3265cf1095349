/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n": typeof types.PublishedArticleItemFragmentDoc,
    "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n": typeof types.PublishedArticleDetailFragmentDoc,
    "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalSiteHomeDocument,
    "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n": typeof types.PortalChannelArticlesDocument,
    "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n": typeof types.PortalChannelSinglePageDocument,
    "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n": typeof types.PortalArticleDocument,
    "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n": typeof types.PortalFeedArticlesDocument,
    "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n": typeof types.PortalSitemapArticlesDocument,
    "\n  query PortalLoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n": typeof types.PortalLoginMethodsDocument,
    "\n  mutation PortalCitizenLogin($input: CitizenLoginInput!) {\n    citizenLogin(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": typeof types.PortalCitizenLoginDocument,
    "\n  mutation PortalRequestCitizenRegisterCode($phone: String!) {\n    requestCitizenRegisterCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n": typeof types.PortalRequestCitizenRegisterCodeDocument,
    "\n  mutation PortalCitizenRegister($input: CitizenRegisterInput!) {\n    citizenRegister(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": typeof types.PortalCitizenRegisterDocument,
    "\n  mutation PortalRequestCitizenPasswordResetCode($phone: String!) {\n    requestCitizenPasswordResetCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n": typeof types.PortalRequestCitizenPasswordResetCodeDocument,
    "\n  mutation PortalResetCitizenPassword($input: CitizenPasswordResetInput!) {\n    resetCitizenPassword(input: $input)\n  }\n": typeof types.PortalResetCitizenPasswordDocument,
    "\n  mutation PortalExchangeLoginTicket($ticket: String!) {\n    exchangeLoginTicket(ticket: $ticket) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      me {\n        kind\n      }\n    }\n  }\n": typeof types.PortalExchangeLoginTicketDocument,
    "\n  mutation PortalLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.PortalLogoutDocument,
    "\n  query PortalMyAccount {\n    me {\n      id\n      kind\n      displayName\n      citizen {\n        id\n        type\n        displayName\n        maskedPhone\n        hasPassword\n      }\n    }\n  }\n": typeof types.PortalMyAccountDocument,
    "\n  query PortalMyCenter {\n    myLetters {\n      id\n      title\n      content\n      status\n      createdAt\n      reply\n      repliedAt\n      rating\n      ratingComment\n      infoRequest\n      notAcceptedReason\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 50) {\n      id\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n    myUnreadNotificationCount\n  }\n": typeof types.PortalMyCenterDocument,
    "\n  query PortalMySubmissions {\n    mySolicitationSubmissions {\n      id\n      createdAt\n      adoption\n      adoptionReason\n      solicitation {\n        id\n        title\n      }\n      answers {\n        questionId\n        text\n        choices\n      }\n    }\n  }\n": typeof types.PortalMySubmissionsDocument,
    "\n  query PortalMyDataExport {\n    me {\n      id\n      kind\n      citizen {\n        id\n        type\n        displayName\n        phone\n        creditCode\n        hasPassword\n        createdAt\n      }\n    }\n    myLetters {\n      id\n      title\n      content\n      category\n      publishable\n      anonymous\n      status\n      createdAt\n      acceptedAt\n      infoRequest\n      notAcceptedReason\n      reply\n      repliedAt\n      rating\n      ratingComment\n      closedAt\n      mailbox {\n        name\n      }\n      timeline {\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 200) {\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n  }\n": typeof types.PortalMyDataExportDocument,
    "\n  mutation PortalRateLetter($id: ID!, $rating: LetterRating!, $comment: String) {\n    rateLetter(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.PortalRateLetterDocument,
    "\n  mutation PortalProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      id\n      status\n    }\n  }\n": typeof types.PortalProvideLetterInfoDocument,
    "\n  mutation PortalMarkNotificationsRead($ids: [ID!]) {\n    markMyNotificationsRead(ids: $ids)\n  }\n": typeof types.PortalMarkNotificationsReadDocument,
    "\n  mutation PortalUpdateCitizenProfile($input: CitizenProfileInput!) {\n    updateMyCitizenProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.PortalUpdateCitizenProfileDocument,
    "\n  mutation PortalDeleteCitizenAccount($password: String) {\n    deleteMyCitizenAccount(password: $password)\n  }\n": typeof types.PortalDeleteCitizenAccountDocument,
    "\n  mutation PortalRefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": typeof types.PortalRefreshSessionDocument,
    "\n  query PortalKnowledgeList($siteId: ID!, $search: String, $category: String, $first: Int!, $offset: Int!) {\n    knowledgeEntries(siteId: $siteId, search: $search, category: $category, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        question\n        category\n        answeredAt\n      }\n    }\n    knowledgeCategories(siteId: $siteId) {\n      category\n      count\n    }\n  }\n": typeof types.PortalKnowledgeListDocument,
    "\n  query PortalKnowledgeEntry($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      source\n      title\n      question\n      answer\n      category\n      answeredAt\n      unitId\n      siteId\n    }\n  }\n": typeof types.PortalKnowledgeEntryDocument,
    "\n  query PortalKnowledgeSuggest($text: String!) {\n    knowledgeSuggestions(text: $text, first: 10) {\n      id\n      title\n      unitId\n      siteId\n    }\n  }\n": typeof types.PortalKnowledgeSuggestDocument,
    "\n  mutation PortalKnowledgeVote($id: ID!, $helpful: Boolean!, $visitorId: String) {\n    voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) {\n      id\n      helpfulCount\n      unhelpfulCount\n    }\n  }\n": typeof types.PortalKnowledgeVoteDocument,
    "\n  query PortalKnowledgeFeedback($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      title\n      helpfulCount\n      unhelpfulCount\n      unitId\n      siteId\n    }\n  }\n": typeof types.PortalKnowledgeFeedbackDocument,
    "\n  fragment PortalLetterMailbox on Mailbox {\n    id\n    name\n    description\n    unitId\n    isPublic\n    isOneWindow\n    allowAnonymous\n    site {\n      id\n    }\n  }\n": typeof types.PortalLetterMailboxFragmentDoc,
    "\n  query PortalLetterMailbox($id: ID!) {\n    mailbox(id: $id) {\n      ...PortalLetterMailbox\n    }\n  }\n": typeof types.PortalLetterMailboxDocument,
    "\n  query PortalOneWindowMailbox {\n    oneWindowMailbox {\n      ...PortalLetterMailbox\n    }\n  }\n": typeof types.PortalOneWindowMailboxDocument,
    "\n  query PortalLetterWriter {\n    me {\n      kind\n      displayName\n    }\n  }\n": typeof types.PortalLetterWriterDocument,
    "\n  mutation PortalRequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone, purpose: LETTER) {\n      maskedPhone\n      resendAfterSeconds\n    }\n  }\n": typeof types.PortalRequestPhoneCodeDocument,
    "\n  mutation PortalSubmitLetter($input: SubmitLetterInput!) {\n    submitLetter(input: $input) {\n      queryCode\n      letter {\n        id\n      }\n    }\n  }\n": typeof types.PortalSubmitLetterDocument,
    "\n  query PortalLetterByQueryCode($code: String!) {\n    letterByQueryCode(code: $code) {\n      id\n      title\n      content\n      category\n      status\n      createdAt\n      notAcceptedReason\n      infoRequest\n      reply\n      repliedAt\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n      deadline {\n        citizenDueAt\n      }\n    }\n  }\n": typeof types.PortalLetterByQueryCodeDocument,
    "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.PortalSiteMailboxesDocument,
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        domains\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": typeof types.PortalPlatformSitesDocument,
    "\n  query PortalPlatformSettings {\n    platformSettings {\n      greyMode\n    }\n  }\n": typeof types.PortalPlatformSettingsDocument,
    "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalSearchDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": typeof types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": typeof types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": typeof types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": typeof types.PortalSiteByDomainDocument,
    "\n  query PortalSiteSolicitations($siteId: ID!, $first: Int!, $offset: Int!) {\n    siteSolicitations(siteId: $siteId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        startsAt\n        endsAt\n        feedback {\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.PortalSiteSolicitationsDocument,
    "\n  fragment PortalSolicitation on Solicitation {\n    id\n    title\n    description\n    documentUrl\n    documentName\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n": typeof types.PortalSolicitationFragmentDoc,
    "\n  query PortalSolicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...PortalSolicitation\n    }\n  }\n": typeof types.PortalSolicitationDocument,
    "\n  query PortalSolicitationVisitor {\n    me {\n      kind\n      displayName\n    }\n  }\n": typeof types.PortalSolicitationVisitorDocument,
    "\n  mutation PortalSubmitSolicitation($input: SubmitSolicitationInput!) {\n    submitSolicitation(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalSubmitSolicitationDocument,
    "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalTopicPageDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": typeof types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": typeof types.SiteLayoutFragmentDoc,
};
const documents: Documents = {
    "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n": types.PublishedArticleItemFragmentDoc,
    "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n": types.PublishedArticleDetailFragmentDoc,
    "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PortalSiteHomeDocument,
    "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n": types.PortalChannelArticlesDocument,
    "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n": types.PortalChannelSinglePageDocument,
    "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n": types.PortalArticleDocument,
    "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n": types.PortalFeedArticlesDocument,
    "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n": types.PortalSitemapArticlesDocument,
    "\n  query PortalLoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n": types.PortalLoginMethodsDocument,
    "\n  mutation PortalCitizenLogin($input: CitizenLoginInput!) {\n    citizenLogin(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": types.PortalCitizenLoginDocument,
    "\n  mutation PortalRequestCitizenRegisterCode($phone: String!) {\n    requestCitizenRegisterCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n": types.PortalRequestCitizenRegisterCodeDocument,
    "\n  mutation PortalCitizenRegister($input: CitizenRegisterInput!) {\n    citizenRegister(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": types.PortalCitizenRegisterDocument,
    "\n  mutation PortalRequestCitizenPasswordResetCode($phone: String!) {\n    requestCitizenPasswordResetCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n": types.PortalRequestCitizenPasswordResetCodeDocument,
    "\n  mutation PortalResetCitizenPassword($input: CitizenPasswordResetInput!) {\n    resetCitizenPassword(input: $input)\n  }\n": types.PortalResetCitizenPasswordDocument,
    "\n  mutation PortalExchangeLoginTicket($ticket: String!) {\n    exchangeLoginTicket(ticket: $ticket) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      me {\n        kind\n      }\n    }\n  }\n": types.PortalExchangeLoginTicketDocument,
    "\n  mutation PortalLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.PortalLogoutDocument,
    "\n  query PortalMyAccount {\n    me {\n      id\n      kind\n      displayName\n      citizen {\n        id\n        type\n        displayName\n        maskedPhone\n        hasPassword\n      }\n    }\n  }\n": types.PortalMyAccountDocument,
    "\n  query PortalMyCenter {\n    myLetters {\n      id\n      title\n      content\n      status\n      createdAt\n      reply\n      repliedAt\n      rating\n      ratingComment\n      infoRequest\n      notAcceptedReason\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 50) {\n      id\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n    myUnreadNotificationCount\n  }\n": types.PortalMyCenterDocument,
    "\n  query PortalMySubmissions {\n    mySolicitationSubmissions {\n      id\n      createdAt\n      adoption\n      adoptionReason\n      solicitation {\n        id\n        title\n      }\n      answers {\n        questionId\n        text\n        choices\n      }\n    }\n  }\n": types.PortalMySubmissionsDocument,
    "\n  query PortalMyDataExport {\n    me {\n      id\n      kind\n      citizen {\n        id\n        type\n        displayName\n        phone\n        creditCode\n        hasPassword\n        createdAt\n      }\n    }\n    myLetters {\n      id\n      title\n      content\n      category\n      publishable\n      anonymous\n      status\n      createdAt\n      acceptedAt\n      infoRequest\n      notAcceptedReason\n      reply\n      repliedAt\n      rating\n      ratingComment\n      closedAt\n      mailbox {\n        name\n      }\n      timeline {\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 200) {\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n  }\n": types.PortalMyDataExportDocument,
    "\n  mutation PortalRateLetter($id: ID!, $rating: LetterRating!, $comment: String) {\n    rateLetter(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.PortalRateLetterDocument,
    "\n  mutation PortalProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      id\n      status\n    }\n  }\n": types.PortalProvideLetterInfoDocument,
    "\n  mutation PortalMarkNotificationsRead($ids: [ID!]) {\n    markMyNotificationsRead(ids: $ids)\n  }\n": types.PortalMarkNotificationsReadDocument,
    "\n  mutation PortalUpdateCitizenProfile($input: CitizenProfileInput!) {\n    updateMyCitizenProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.PortalUpdateCitizenProfileDocument,
    "\n  mutation PortalDeleteCitizenAccount($password: String) {\n    deleteMyCitizenAccount(password: $password)\n  }\n": types.PortalDeleteCitizenAccountDocument,
    "\n  mutation PortalRefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": types.PortalRefreshSessionDocument,
    "\n  query PortalKnowledgeList($siteId: ID!, $search: String, $category: String, $first: Int!, $offset: Int!) {\n    knowledgeEntries(siteId: $siteId, search: $search, category: $category, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        question\n        category\n        answeredAt\n      }\n    }\n    knowledgeCategories(siteId: $siteId) {\n      category\n      count\n    }\n  }\n": types.PortalKnowledgeListDocument,
    "\n  query PortalKnowledgeEntry($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      source\n      title\n      question\n      answer\n      category\n      answeredAt\n      unitId\n      siteId\n    }\n  }\n": types.PortalKnowledgeEntryDocument,
    "\n  query PortalKnowledgeSuggest($text: String!) {\n    knowledgeSuggestions(text: $text, first: 10) {\n      id\n      title\n      unitId\n      siteId\n    }\n  }\n": types.PortalKnowledgeSuggestDocument,
    "\n  mutation PortalKnowledgeVote($id: ID!, $helpful: Boolean!, $visitorId: String) {\n    voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) {\n      id\n      helpfulCount\n      unhelpfulCount\n    }\n  }\n": types.PortalKnowledgeVoteDocument,
    "\n  query PortalKnowledgeFeedback($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      title\n      helpfulCount\n      unhelpfulCount\n      unitId\n      siteId\n    }\n  }\n": types.PortalKnowledgeFeedbackDocument,
    "\n  fragment PortalLetterMailbox on Mailbox {\n    id\n    name\n    description\n    unitId\n    isPublic\n    isOneWindow\n    allowAnonymous\n    site {\n      id\n    }\n  }\n": types.PortalLetterMailboxFragmentDoc,
    "\n  query PortalLetterMailbox($id: ID!) {\n    mailbox(id: $id) {\n      ...PortalLetterMailbox\n    }\n  }\n": types.PortalLetterMailboxDocument,
    "\n  query PortalOneWindowMailbox {\n    oneWindowMailbox {\n      ...PortalLetterMailbox\n    }\n  }\n": types.PortalOneWindowMailboxDocument,
    "\n  query PortalLetterWriter {\n    me {\n      kind\n      displayName\n    }\n  }\n": types.PortalLetterWriterDocument,
    "\n  mutation PortalRequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone, purpose: LETTER) {\n      maskedPhone\n      resendAfterSeconds\n    }\n  }\n": types.PortalRequestPhoneCodeDocument,
    "\n  mutation PortalSubmitLetter($input: SubmitLetterInput!) {\n    submitLetter(input: $input) {\n      queryCode\n      letter {\n        id\n      }\n    }\n  }\n": types.PortalSubmitLetterDocument,
    "\n  query PortalLetterByQueryCode($code: String!) {\n    letterByQueryCode(code: $code) {\n      id\n      title\n      content\n      category\n      status\n      createdAt\n      notAcceptedReason\n      infoRequest\n      reply\n      repliedAt\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n      deadline {\n        citizenDueAt\n      }\n    }\n  }\n": types.PortalLetterByQueryCodeDocument,
    "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.PortalSiteMailboxesDocument,
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        domains\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": types.PortalPlatformSitesDocument,
    "\n  query PortalPlatformSettings {\n    platformSettings {\n      greyMode\n    }\n  }\n": types.PortalPlatformSettingsDocument,
    "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": types.PortalSearchDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": types.PortalSiteByDomainDocument,
    "\n  query PortalSiteSolicitations($siteId: ID!, $first: Int!, $offset: Int!) {\n    siteSolicitations(siteId: $siteId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        startsAt\n        endsAt\n        feedback {\n          publishedAt\n        }\n      }\n    }\n  }\n": types.PortalSiteSolicitationsDocument,
    "\n  fragment PortalSolicitation on Solicitation {\n    id\n    title\n    description\n    documentUrl\n    documentName\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n": types.PortalSolicitationFragmentDoc,
    "\n  query PortalSolicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...PortalSolicitation\n    }\n  }\n": types.PortalSolicitationDocument,
    "\n  query PortalSolicitationVisitor {\n    me {\n      kind\n      displayName\n    }\n  }\n": types.PortalSolicitationVisitorDocument,
    "\n  mutation PortalSubmitSolicitation($input: SubmitSolicitationInput!) {\n    submitSolicitation(input: $input) {\n      id\n    }\n  }\n": types.PortalSubmitSolicitationDocument,
    "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PortalTopicPageDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": types.SiteLayoutFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n"): typeof import('./graphql').PublishedArticleItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n"): typeof import('./graphql').PublishedArticleDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSiteHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalChannelArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalChannelSinglePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n"): typeof import('./graphql').PortalArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n"): typeof import('./graphql').PortalFeedArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSitemapArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n"): typeof import('./graphql').PortalLoginMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCitizenLogin($input: CitizenLoginInput!) {\n    citizenLogin(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n"): typeof import('./graphql').PortalCitizenLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestCitizenRegisterCode($phone: String!) {\n    requestCitizenRegisterCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n"): typeof import('./graphql').PortalRequestCitizenRegisterCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCitizenRegister($input: CitizenRegisterInput!) {\n    citizenRegister(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n"): typeof import('./graphql').PortalCitizenRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestCitizenPasswordResetCode($phone: String!) {\n    requestCitizenPasswordResetCode(phone: $phone) {\n      maskedPhone\n      expiresInSeconds\n    }\n  }\n"): typeof import('./graphql').PortalRequestCitizenPasswordResetCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResetCitizenPassword($input: CitizenPasswordResetInput!) {\n    resetCitizenPassword(input: $input)\n  }\n"): typeof import('./graphql').PortalResetCitizenPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalExchangeLoginTicket($ticket: String!) {\n    exchangeLoginTicket(ticket: $ticket) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      me {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').PortalExchangeLoginTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').PortalLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyAccount {\n    me {\n      id\n      kind\n      displayName\n      citizen {\n        id\n        type\n        displayName\n        maskedPhone\n        hasPassword\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyCenter {\n    myLetters {\n      id\n      title\n      content\n      status\n      createdAt\n      reply\n      repliedAt\n      rating\n      ratingComment\n      infoRequest\n      notAcceptedReason\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 50) {\n      id\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n    myUnreadNotificationCount\n  }\n"): typeof import('./graphql').PortalMyCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMySubmissions {\n    mySolicitationSubmissions {\n      id\n      createdAt\n      adoption\n      adoptionReason\n      solicitation {\n        id\n        title\n      }\n      answers {\n        questionId\n        text\n        choices\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMySubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyDataExport {\n    me {\n      id\n      kind\n      citizen {\n        id\n        type\n        displayName\n        phone\n        creditCode\n        hasPassword\n        createdAt\n      }\n    }\n    myLetters {\n      id\n      title\n      content\n      category\n      publishable\n      anonymous\n      status\n      createdAt\n      acceptedAt\n      infoRequest\n      notAcceptedReason\n      reply\n      repliedAt\n      rating\n      ratingComment\n      closedAt\n      mailbox {\n        name\n      }\n      timeline {\n        action\n        comment\n        at\n      }\n    }\n    myNotifications(first: 200) {\n      kind\n      letterId\n      letterTitle\n      detail\n      read\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PortalMyDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRateLetter($id: ID!, $rating: LetterRating!, $comment: String) {\n    rateLetter(id: $id, rating: $rating, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PortalRateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PortalProvideLetterInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkNotificationsRead($ids: [ID!]) {\n    markMyNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').PortalMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateCitizenProfile($input: CitizenProfileInput!) {\n    updateMyCitizenProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').PortalUpdateCitizenProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeleteCitizenAccount($password: String) {\n    deleteMyCitizenAccount(password: $password)\n  }\n"): typeof import('./graphql').PortalDeleteCitizenAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n"): typeof import('./graphql').PortalRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalKnowledgeList($siteId: ID!, $search: String, $category: String, $first: Int!, $offset: Int!) {\n    knowledgeEntries(siteId: $siteId, search: $search, category: $category, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        question\n        category\n        answeredAt\n      }\n    }\n    knowledgeCategories(siteId: $siteId) {\n      category\n      count\n    }\n  }\n"): typeof import('./graphql').PortalKnowledgeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalKnowledgeEntry($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      source\n      title\n      question\n      answer\n      category\n      answeredAt\n      unitId\n      siteId\n    }\n  }\n"): typeof import('./graphql').PortalKnowledgeEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalKnowledgeSuggest($text: String!) {\n    knowledgeSuggestions(text: $text, first: 10) {\n      id\n      title\n      unitId\n      siteId\n    }\n  }\n"): typeof import('./graphql').PortalKnowledgeSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalKnowledgeVote($id: ID!, $helpful: Boolean!, $visitorId: String) {\n    voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) {\n      id\n      helpfulCount\n      unhelpfulCount\n    }\n  }\n"): typeof import('./graphql').PortalKnowledgeVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalKnowledgeFeedback($id: ID!) {\n    knowledgeEntry(id: $id) {\n      id\n      title\n      helpfulCount\n      unhelpfulCount\n      unitId\n      siteId\n    }\n  }\n"): typeof import('./graphql').PortalKnowledgeFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalLetterMailbox on Mailbox {\n    id\n    name\n    description\n    unitId\n    isPublic\n    isOneWindow\n    allowAnonymous\n    site {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalLetterMailboxFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLetterMailbox($id: ID!) {\n    mailbox(id: $id) {\n      ...PortalLetterMailbox\n    }\n  }\n"): typeof import('./graphql').PortalLetterMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOneWindowMailbox {\n    oneWindowMailbox {\n      ...PortalLetterMailbox\n    }\n  }\n"): typeof import('./graphql').PortalOneWindowMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLetterWriter {\n    me {\n      kind\n      displayName\n    }\n  }\n"): typeof import('./graphql').PortalLetterWriterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone, purpose: LETTER) {\n      maskedPhone\n      resendAfterSeconds\n    }\n  }\n"): typeof import('./graphql').PortalRequestPhoneCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitLetter($input: SubmitLetterInput!) {\n    submitLetter(input: $input) {\n      queryCode\n      letter {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSubmitLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLetterByQueryCode($code: String!) {\n    letterByQueryCode(code: $code) {\n      id\n      title\n      content\n      category\n      status\n      createdAt\n      notAcceptedReason\n      infoRequest\n      reply\n      repliedAt\n      mailbox {\n        id\n        name\n      }\n      timeline {\n        id\n        action\n        comment\n        at\n      }\n      deadline {\n        citizenDueAt\n      }\n    }\n  }\n"): typeof import('./graphql').PortalLetterByQueryCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSiteMailboxesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        domains\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPlatformSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlatformSettings {\n    platformSettings {\n      greyMode\n    }\n  }\n"): typeof import('./graphql').PortalPlatformSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n"): typeof import('./graphql').ChannelTreeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n"): typeof import('./graphql').SiteShellFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n"): typeof import('./graphql').PortalSiteByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n"): typeof import('./graphql').PortalSiteByDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteSolicitations($siteId: ID!, $first: Int!, $offset: Int!) {\n    siteSolicitations(siteId: $siteId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        startsAt\n        endsAt\n        feedback {\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSiteSolicitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalSolicitation on Solicitation {\n    id\n    title\n    description\n    documentUrl\n    documentName\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSolicitationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSolicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...PortalSolicitation\n    }\n  }\n"): typeof import('./graphql').PortalSolicitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSolicitationVisitor {\n    me {\n      kind\n      displayName\n    }\n  }\n"): typeof import('./graphql').PortalSolicitationVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitSolicitation($input: SubmitSolicitationInput!) {\n    submitSolicitation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalSubmitSolicitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalTopicPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n"): typeof import('./graphql').ChannelLinkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n"): typeof import('./graphql').SiteLayoutFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
