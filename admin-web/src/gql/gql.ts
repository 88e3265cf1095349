/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment ArticleDetail on Article {\n    id\n    status\n    reviewStage\n    canReview\n    pinned\n    pinnedUntil\n    headline\n    carousel\n    publishedAt\n    scheduledPublishAt\n    scheduledUnpublishAt\n    withdrawReason\n    deletedAt\n    updatedAt\n    site {\n      id\n    }\n    origin {\n      articleId\n      siteName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    currentRevision {\n      ...RevisionContent\n    }\n    publishedRevision {\n      id\n      number\n    }\n    revisions {\n      id\n      number\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      ...Transition\n    }\n  }\n": typeof types.ArticleDetailFragmentDoc,
    "\n  fragment ArticleRow on Article {\n    id\n    status\n    reviewStage\n    revisionCount\n    scheduledPublishAt\n    scheduledUnpublishAt\n    deletedAt\n    updatedAt\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n      author\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ArticleRowFragmentDoc,
    "\n  fragment RevisionContent on Revision {\n    id\n    number\n    title\n    subtitle\n    source\n    author\n    editorOfRecord\n    summary\n    body\n    coverImageId\n    attachments {\n      mediaId\n      name\n    }\n    keywords\n    tags\n    channel {\n      id\n      name\n    }\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.RevisionContentFragmentDoc,
    "\n  fragment Transition on ReviewTransition {\n    id\n    action\n    stage\n    stageName\n    comment\n    at\n    actorName\n    actor {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n": typeof types.TransitionFragmentDoc,
    "\n  mutation ApproveArticle($id: ID!, $comment: String) {\n    approveArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.ApproveArticleDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query ArticleCheckResult($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        hintCount\n        unresolvedBlockCount\n        checkedAt\n        findings {\n          key\n          field\n          text\n          category\n          severity\n          suggestion\n          explanation\n          override {\n            id\n            reason\n            actorName\n            at\n          }\n          ignore {\n            id\n            reason\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticleCheckResultDocument,
    "\n  query Articles($filter: ArticleFilter!, $offset: Int, $limit: Int) {\n    articles(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ArticleRow\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  mutation CancelScheduledAction($id: ID!) {\n    cancelScheduledAction(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.CancelScheduledActionDocument,
    "\n  query CheckText($siteId: ID!, $title: String, $html: String) {\n    checkText(siteId: $siteId, title: $title, html: $html) {\n      lexiconVersion\n      blockCount\n      warnCount\n      hintCount\n      findings {\n        key\n        field\n        start\n        end\n        htmlStart\n        htmlEnd\n        text\n        category\n        severity\n        ruleId\n        suggestion\n        explanation\n      }\n    }\n  }\n": typeof types.CheckTextDocument,
    "\n  query ArticleCheckOverrides($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        unresolvedBlockCount\n        overrides {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n": typeof types.ArticleCheckOverridesDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n": typeof types.DeleteArticleDocument,
    "\n  mutation IgnoreCheckFindings($articleId: ID!, $findingKeys: [ID!]!, $reason: String!) {\n    ignoreCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n    }\n  }\n": typeof types.IgnoreCheckFindingsDocument,
    "\n  mutation OverrideArticleFindings($articleId: ID!, $findingKeys: [ID!], $reason: String!) {\n    overrideCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n      timeline {\n        ...Transition\n      }\n    }\n  }\n": typeof types.OverrideArticleFindingsDocument,
    "\n  mutation PublishArticle($id: ID!, $at: DateTime) {\n    publishArticle(id: $id, at: $at) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  query RecycleBinRetention {\n    recycleBinRetentionDays\n  }\n": typeof types.RecycleBinRetentionDocument,
    "\n  mutation RejectArticle($id: ID!, $comment: String!) {\n    rejectArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.RejectArticleDocument,
    "\n  mutation RestoreArticle($id: ID!) {\n    restoreArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n": typeof types.RestoreArticleDocument,
    "\n  query ReviewSheet($articleId: ID!) {\n    reviewSheet(articleId: $articleId) {\n      article {\n        id\n        status\n        publishedAt\n        site {\n          id\n          name\n        }\n        channel {\n          id\n          name\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      revision {\n        id\n        number\n        title\n        subtitle\n        author\n        editorOfRecord\n        source\n      }\n      entries {\n        ...Transition\n      }\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        unresolvedBlockCount\n        overrides {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n": typeof types.ReviewSheetDocument,
    "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionContent\n    }\n  }\n": typeof types.RevisionDocument,
    "\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      to {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      fields {\n        field\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.RevisionDiffDocument,
    "\n  mutation SaveArticle($id: ID!, $input: SaveArticleInput!) {\n    saveArticle(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.SaveArticleDocument,
    "\n  mutation SetArticleFlags($id: ID!, $input: ArticleFlagsInput!) {\n    setArticleFlags(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.SetArticleFlagsDocument,
    "\n  mutation SubmitArticle($id: ID!, $comment: String) {\n    submitArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.SubmitArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $reason: String!, $at: DateTime) {\n    unpublishArticle(id: $id, reason: $reason, at: $at) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.UnpublishArticleDocument,
    "\n  mutation WithdrawArticle($id: ID!) {\n    withdrawArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.WithdrawArticleDocument,
    "\n  query ArticleWritingAssist($id: ID!) {\n    article(id: $id) {\n      id\n      writingAssist {\n        suggestedSummary\n        suggestedKeywords\n        nearDuplicates {\n          articleId\n          title\n          siteName\n          published\n          readable\n          similarity\n        }\n      }\n    }\n  }\n": typeof types.ArticleWritingAssistDocument,
    "\n  fragment AuditRow on AuditEntry {\n    id\n    type\n    actorKind\n    actorId\n    actorName\n    actorRoles\n    actorIp\n    siteId\n    site {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    aggregateType\n    aggregateId\n    payload\n    occurredAt\n  }\n": typeof types.AuditRowFragmentDoc,
    "\n  query AuditDailyCounts($d0: AuditLogFilter!, $d1: AuditLogFilter!, $d2: AuditLogFilter!, $d3: AuditLogFilter!, $d4: AuditLogFilter!, $d5: AuditLogFilter!, $d6: AuditLogFilter!, $d7: AuditLogFilter!, $d8: AuditLogFilter!, $d9: AuditLogFilter!, $d10: AuditLogFilter!, $d11: AuditLogFilter!, $d12: AuditLogFilter!, $d13: AuditLogFilter!) {\n    d0: auditLog(filter: $d0, limit: 1) {\n      total\n    }\n    d1: auditLog(filter: $d1, limit: 1) {\n      total\n    }\n    d2: auditLog(filter: $d2, limit: 1) {\n      total\n    }\n    d3: auditLog(filter: $d3, limit: 1) {\n      total\n    }\n    d4: auditLog(filter: $d4, limit: 1) {\n      total\n    }\n    d5: auditLog(filter: $d5, limit: 1) {\n      total\n    }\n    d6: auditLog(filter: $d6, limit: 1) {\n      total\n    }\n    d7: auditLog(filter: $d7, limit: 1) {\n      total\n    }\n    d8: auditLog(filter: $d8, limit: 1) {\n      total\n    }\n    d9: auditLog(filter: $d9, limit: 1) {\n      total\n    }\n    d10: auditLog(filter: $d10, limit: 1) {\n      total\n    }\n    d11: auditLog(filter: $d11, limit: 1) {\n      total\n    }\n    d12: auditLog(filter: $d12, limit: 1) {\n      total\n    }\n    d13: auditLog(filter: $d13, limit: 1) {\n      total\n    }\n  }\n": typeof types.AuditDailyCountsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...AuditRow\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ExchangeLoginTicket($ticket: String!, $totpCode: String) {\n    exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n": typeof types.ExchangeLoginTicketDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query LoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n": typeof types.LoginMethodsDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      id\n      displayName\n      user {\n        id\n        username\n      }\n      grants {\n        role\n        roleName\n        stage\n        actions\n        unit {\n          id\n          name\n          sites {\n            id\n            code\n            name\n            isDemo\n          }\n        }\n        site {\n          id\n          code\n          name\n          isDemo\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n": typeof types.CalendarYearDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      source\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation SetCalendarYearCovered($year: Int!, $covered: Boolean!) {\n    setCalendarYearCovered(year: $year, covered: $covered) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n": typeof types.SetCalendarYearCoveredDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n    updateClass\n    sortOrder\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  query ChannelTree($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      name\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n            children {\n              ...ChannelFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChannelTreeDocument,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id)\n  }\n": typeof types.DeleteChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: UpdateChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.UpdateChannelDocument,
    "\n  fragment ChannelNode on Channel {\n    id\n    name\n    path\n    kind\n    updateClass\n  }\n": typeof types.ChannelNodeFragmentDoc,
    "\n  query SiteChannels($id: ID!) {\n    site(id: $id) {\n      id\n      code\n      name\n      isDemo\n      channels {\n        ...ChannelNode\n        children {\n          ...ChannelNode\n          children {\n            ...ChannelNode\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteChannelsDocument,
    "\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    target {\n      id\n      name\n      deleted\n    }\n    article {\n      id\n      currentRevision {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DeliveryFieldsFragmentDoc,
    "\n  fragment TargetFields on DistributionTarget {\n    id\n    name\n    format\n    url\n    events\n    enabled\n    draftOnly\n    createdAt\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query ArticleDeliveries($id: ID!) {\n    article(id: $id) {\n      id\n      deliveries {\n        ...DeliveryFields\n      }\n    }\n  }\n": typeof types.ArticleDeliveriesDocument,
    "\n  mutation CreateDistributionTarget($input: CreateDistributionTargetInput!) {\n    createDistributionTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n": typeof types.CreateDistributionTargetDocument,
    "\n  mutation DeleteDistributionTarget($id: ID!) {\n    deleteDistributionTarget(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDistributionTargetDocument,
    "\n  query Deliveries($siteId: ID!, $status: DeliveryStatus, $offset: Int, $limit: Int) {\n    deliveries(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryFields\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  query DistributionTargets($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      distributionTargets {\n        ...TargetFields\n      }\n    }\n  }\n": typeof types.DistributionTargetsDocument,
    "\n  mutation ResendDelivery($id: ID!) {\n    resendDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.ResendDeliveryDocument,
    "\n  mutation RotateDistributionSecret($id: ID!) {\n    rotateDistributionSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": typeof types.RotateDistributionSecretDocument,
    "\n  query TargetSecret($id: ID!) {\n    distributionTarget(id: $id) {\n      id\n      secret\n    }\n  }\n": typeof types.TargetSecretDocument,
    "\n  mutation UpdateDistributionTarget($id: ID!, $input: UpdateDistributionTargetInput!) {\n    updateDistributionTarget(id: $id, input: $input) {\n      ...TargetFields\n    }\n  }\n": typeof types.UpdateDistributionTargetDocument,
    "\n  fragment KnowledgeEntryFields on KnowledgeEntry {\n    id\n    source\n    title\n    question\n    answer\n    category\n    unitId\n    siteId\n    letterId\n    withdrawn\n    helpfulCount\n    unhelpfulCount\n    answeredAt\n  }\n": typeof types.KnowledgeEntryFieldsFragmentDoc,
    "\n  mutation CreateKnowledgeEntry($input: KnowledgeEntryInput!) {\n    createKnowledgeEntry(input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n": typeof types.CreateKnowledgeEntryDocument,
    "\n  mutation DeleteKnowledgeEntry($id: ID!) {\n    deleteKnowledgeEntry(id: $id)\n  }\n": typeof types.DeleteKnowledgeEntryDocument,
    "\n  query KnowledgeCategories {\n    knowledgeCategories {\n      category\n      count\n    }\n  }\n": typeof types.KnowledgeCategoriesDocument,
    "\n  query KnowledgeEntries($search: String, $category: String, $unitId: ID, $first: Int, $offset: Int) {\n    knowledgeEntries(search: $search, category: $category, unitId: $unitId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...KnowledgeEntryFields\n      }\n    }\n  }\n": typeof types.KnowledgeEntriesDocument,
    "\n  mutation UpdateKnowledgeEntry($id: ID!, $input: KnowledgeEntryInput!) {\n    updateKnowledgeEntry(id: $id, input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n": typeof types.UpdateKnowledgeEntryDocument,
    "\n  fragment LetterAttachmentList on Letter {\n    attachments {\n      id\n      filename\n      mediaType\n      size\n    }\n  }\n": typeof types.LetterAttachmentListFragmentDoc,
    "\n  fragment LetterDetail on Letter {\n    id\n    title\n    content\n    category\n    ...LetterAttachmentList\n    publishable\n    status\n    held\n    checkResult {\n      lexiconVersion\n      blockCount\n      findings {\n        key\n        field\n        start\n        end\n        text\n        category\n        severity\n        suggestion\n        explanation\n      }\n    }\n    ownerUnitId\n    anonymous\n    contactPhone\n    contactPhoneFull\n    writerName\n    phoneVerified\n    notAcceptedReason\n    infoRequest\n    draftReply\n    reply\n    repliedAt\n    rating\n    ratingComment\n    reworkCount\n    acceptedAt\n    closedAt\n    createdAt\n    mailbox {\n      id\n      name\n      unitId\n      maxReworks\n      deadlineWorkdays\n      isOneWindow\n    }\n    units {\n      unitId\n      role\n      startedAt\n      endedAt\n      dueAt\n    }\n    deadline {\n      citizenDueAt\n      unitDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    mergedInto {\n      id\n      title\n      mailbox {\n        id\n        unitId\n      }\n    }\n    mergedLetters {\n      id\n      title\n      status\n      createdAt\n    }\n    timeline {\n      id\n      action\n      actorKind\n      actorName\n      unitId\n      comment\n      rating\n      at\n    }\n  }\n": typeof types.LetterDetailFragmentDoc,
    "\n  fragment LetterRow on Letter {\n    id\n    title\n    status\n    held\n    ownerUnitId\n    contactPhone\n    writerName\n    anonymous\n    createdAt\n    mailbox {\n      id\n      name\n    }\n    deadline {\n      citizenDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    supervision {\n      supervisedCount\n    }\n  }\n": typeof types.LetterRowFragmentDoc,
    "\n  mutation AcceptLetter($id: ID!, $comment: String) {\n    acceptLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.AcceptLetterDocument,
    "\n  mutation AssignLetter($id: ID!, $unitId: ID!, $comment: String) {\n    assignLetter(id: $id, unitId: $unitId, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.AssignLetterDocument,
    "\n  mutation CloseLetter($id: ID!, $comment: String) {\n    closeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.CloseLetterDocument,
    "\n  mutation CoHandleLetter($id: ID!, $unitIds: [ID!]!, $comment: String) {\n    coHandleLetter(id: $id, unitIds: $unitIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.CoHandleLetterDocument,
    "\n  mutation DraftLetterReply($id: ID!, $content: String!) {\n    draftLetterReply(id: $id, content: $content) {\n      ...LetterDetail\n    }\n  }\n": typeof types.DraftLetterReplyDocument,
    "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      ...LetterDetail\n    }\n  }\n": typeof types.LetterDocument,
    "\n  query LetterHotTopics($days: Int, $minSize: Int) {\n    letterHotTopics(days: $days, minSize: $minSize) {\n      label\n      keywords\n      count\n      sampleTitles\n      first\n      last\n      letters {\n        ...LetterRow\n      }\n    }\n  }\n": typeof types.LetterHotTopicsDocument,
    "\n  query LetterMailboxOptions {\n    oneWindowMailbox {\n      id\n      name\n    }\n    sites(limit: 100) {\n      items {\n        id\n        mailboxes {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LetterMailboxOptionsDocument,
    "\n  query LetterRoutingSuggestion($id: ID!) {\n    letter(id: $id) {\n      id\n      routingSuggestion {\n        modelVersion\n        categories {\n          category\n          confidence\n        }\n        category\n        unit {\n          id\n          name\n        }\n        unitConfidence\n        unitSource\n      }\n    }\n  }\n": typeof types.LetterRoutingSuggestionDocument,
    "\n  query LetterSimilarLetters($id: ID!) {\n    letter(id: $id) {\n      id\n      similarLetters {\n        similarity\n        letter {\n          id\n          title\n          status\n          createdAt\n          mailbox {\n            id\n            unitId\n          }\n          mergedInto {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.LetterSimilarLettersDocument,
    "\n  query LetterSupervisionSettings {\n    letterSupervisionSettings {\n      warnWorkdays\n      reminderHours\n    }\n  }\n": typeof types.LetterSupervisionSettingsDocument,
    "\n  query Letters($filter: LetterFilter, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n      }\n    }\n  }\n": typeof types.LettersDocument,
    "\n  mutation MergeLetters($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {\n    mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.MergeLettersDocument,
    "\n  query MyNewLetters($limit: Int) {\n    myNewLetters(limit: $limit) {\n      total\n      letters {\n        id\n        title\n        createdAt\n        mailbox {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyNewLettersDocument,
    "\n  mutation NotAcceptLetter($id: ID!, $reason: String!) {\n    notAcceptLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": typeof types.NotAcceptLetterDocument,
    "\n  mutation ProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      ...LetterDetail\n    }\n  }\n": typeof types.ProvideLetterInfoDocument,
    "\n  mutation PublishLetterReply($id: ID!) {\n    publishLetterReply(id: $id) {\n      ...LetterDetail\n    }\n  }\n": typeof types.PublishLetterReplyDocument,
    "\n  mutation RequestLetterInfo($id: ID!, $question: String!) {\n    requestLetterInfo(id: $id, question: $question) {\n      ...LetterDetail\n    }\n  }\n": typeof types.RequestLetterInfoDocument,
    "\n  mutation ReviewLetterReply($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewLetterReply(id: $id, approve: $approve, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.ReviewLetterReplyDocument,
    "\n  mutation ReworkLetter($id: ID!, $reason: String!) {\n    reworkLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": typeof types.ReworkLetterDocument,
    "\n  query SimilarReplies($letterId: ID!) {\n    similarReplies(letterId: $letterId, first: 5) {\n      score\n      entry {\n        id\n        title\n        answer\n        category\n        answeredAt\n      }\n    }\n  }\n": typeof types.SimilarRepliesDocument,
    "\n  mutation SuperviseLetter($id: ID!, $comment: String!) {\n    superviseLetter(id: $id, comment: $comment) {\n      id\n      supervision {\n        overdue\n        dueSoon\n        supervisedCount\n        lastRemindedAt\n      }\n      timeline {\n        id\n        action\n        actorName\n        unitId\n        comment\n        at\n      }\n    }\n  }\n": typeof types.SuperviseLetterDocument,
    "\n  query SupervisedLetters($filter: LetterFilter!, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n        supervision {\n          overdue\n          dueSoon\n          supervisedCount\n          lastRemindedAt\n        }\n      }\n    }\n  }\n": typeof types.SupervisedLettersDocument,
    "\n  mutation TransferLetter($id: ID!, $unitId: ID!, $reason: String!) {\n    transferLetter(id: $id, unitId: $unitId, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": typeof types.TransferLetterDocument,
    "\n  mutation UnmergeLetter($id: ID!, $comment: String) {\n    unmergeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": typeof types.UnmergeLetterDocument,
    "\n  fragment LexiconEntryFields on LexiconEntry {\n    id\n    term\n    kind\n    level\n    suggestion\n    scope\n    unitId\n    note\n    source\n    enabled\n    titles\n    category\n    updatedAt\n  }\n": typeof types.LexiconEntryFieldsFragmentDoc,
    "\n  mutation CreateLexiconEntry($input: CreateLexiconEntryInput!) {\n    createLexiconEntry(input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n": typeof types.CreateLexiconEntryDocument,
    "\n  mutation ExemptLexiconEntry($input: LexiconExemptionInput!) {\n    exemptLexiconEntry(input: $input) {\n      unitId\n      reason\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.ExemptLexiconEntryDocument,
    "\n  query ExportLexicon($format: LexiconFileFormat!, $scope: LexiconScope, $unitId: ID) {\n    exportLexicon(format: $format, scope: $scope, unitId: $unitId) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.ExportLexiconDocument,
    "\n  mutation ImportLexicon($input: ImportLexiconInput!) {\n    importLexicon(input: $input) {\n      dryRun\n      added\n      updated\n      unchanged\n      rejected\n      version\n      rows {\n        line\n        term\n        kind\n        action\n        reasons\n        changes\n      }\n    }\n  }\n": typeof types.ImportLexiconDocument,
    "\n  query LexiconEntries($filter: LexiconEntryFilter, $offset: Int, $limit: Int) {\n    lexiconVersion\n    lexiconEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...LexiconEntryFields\n      }\n    }\n  }\n": typeof types.LexiconEntriesDocument,
    "\n  query LexiconExemptions($unitId: ID!) {\n    lexiconExemptions(unitId: $unitId) {\n      unitId\n      reason\n      createdAt\n      entry {\n        id\n        term\n        kind\n        level\n      }\n    }\n  }\n": typeof types.LexiconExemptionsDocument,
    "\n  mutation RemoveLexiconExemption($unitId: ID!, $entryId: ID!) {\n    removeLexiconExemption(unitId: $unitId, entryId: $entryId)\n  }\n": typeof types.RemoveLexiconExemptionDocument,
    "\n  mutation UpdateLexiconEntry($id: ID!, $input: UpdateLexiconEntryInput!) {\n    updateLexiconEntry(id: $id, input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n": typeof types.UpdateLexiconEntryDocument,
    "\n  fragment MailboxFields on Mailbox {\n    id\n    unitId\n    site {\n      id\n      name\n    }\n    name\n    description\n    kind\n    isPublic\n    sortOrder\n    letterKind\n    deadlineWorkdays\n    maxReworks\n    recipientUserIds\n    recipientRole\n    isOneWindow\n    allowAnonymous\n  }\n": typeof types.MailboxFieldsFragmentDoc,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxFields\n    }\n  }\n": typeof types.CreateMailboxDocument,
    "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n": typeof types.DeleteMailboxDocument,
    "\n  query MailboxRecipientUsers($unitId: ID!, $limit: Int) {\n    users(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        username\n        displayName\n        status\n      }\n    }\n  }\n": typeof types.MailboxRecipientUsersDocument,
    "\n  query MailboxUnitSites($unitId: ID!, $limit: Int) {\n    sites(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.MailboxUnitSitesDocument,
    "\n  query UnitMailboxes($unitId: ID!) {\n    unitMailboxes(unitId: $unitId) {\n      ...MailboxFields\n    }\n  }\n": typeof types.UnitMailboxesDocument,
    "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxFields\n    }\n  }\n": typeof types.UpdateMailboxDocument,
    "\n  fragment MediaAssetFields on MediaAsset {\n    id\n    kind\n    name\n    mimeType\n    size\n    width\n    height\n    url\n    thumbUrl\n    visibility\n    createdAt\n    site {\n      id\n    }\n  }\n": typeof types.MediaAssetFieldsFragmentDoc,
    "\n  query MediaAssets(\n    $siteId: ID!\n    $kind: MediaKind\n    $search: String\n    $includeShared: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    mediaAssets(\n      siteId: $siteId\n      kind: $kind\n      search: $search\n      includeShared: $includeShared\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...MediaAssetFields\n      }\n    }\n  }\n": typeof types.MediaAssetsDocument,
    "\n  query MediaUsage($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      usedBy {\n        id\n        status\n        currentRevision {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MediaUsageDocument,
    "\n  mutation UpdateMediaVisibility($id: ID!, $visibility: MediaVisibility!) {\n    updateMediaVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n": typeof types.UpdateMediaVisibilityDocument,
    "\n  mutation DeleteMediaAsset($id: ID!) {\n    deleteMediaAsset(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteMediaAssetDocument,
    "\n  fragment RecheckRunFields on RecheckRun {\n    id\n    site {\n      id\n      name\n      code\n    }\n    status\n    total\n    checked\n    progress\n    articlesWithBlock\n    blockCount\n    warnCount\n    lexiconVersion\n    error\n    startedByName\n    startedAt\n    finishedAt\n  }\n": typeof types.RecheckRunFieldsFragmentDoc,
    "\n  query RecheckRun($id: ID!, $offset: Int, $limit: Int) {\n    recheckRun(id: $id) {\n      ...RecheckRunFields\n      items(onlyWithFindings: true, offset: $offset, limit: $limit) {\n        total\n        items {\n          articleId\n          site {\n            id\n            name\n          }\n          title\n          blockCount\n          warnCount\n          findings {\n            text\n            category\n            severity\n            suggestion\n            explanation\n          }\n          checkedAt\n        }\n      }\n    }\n  }\n": typeof types.RecheckRunDocument,
    "\n  query RecheckRuns($limit: Int) {\n    recheckRuns(limit: $limit) {\n      ...RecheckRunFields\n    }\n  }\n": typeof types.RecheckRunsDocument,
    "\n  mutation StartRecheck($siteId: ID) {\n    startRecheck(siteId: $siteId) {\n      ...RecheckRunFields\n    }\n  }\n": typeof types.StartRecheckDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      scopeKinds\n      actions\n      stage\n      exclusiveGroup\n      requiresTotp\n    }\n  }\n": typeof types.RolesDocument,
    "\n  fragment SecurityPolicyFields on SecurityPolicy {\n    totpRequiredForAdmins\n    maxFailedAttempts\n    lockoutMinutes\n    passwordMinLength\n    updatedAt\n  }\n": typeof types.SecurityPolicyFieldsFragmentDoc,
    "\n  query SecurityPolicy {\n    securityPolicy {\n      ...SecurityPolicyFields\n    }\n  }\n": typeof types.SecurityPolicyDocument,
    "\n  query SigningKeys {\n    signingKeys {\n      kid\n      createdAt\n      current\n    }\n  }\n": typeof types.SigningKeysDocument,
    "\n  mutation RotateSigningKey {\n    rotateSigningKey {\n      kid\n      createdAt\n      current\n    }\n  }\n": typeof types.RotateSigningKeyDocument,
    "\n  mutation UpdateSecurityPolicy($input: UpdateSecurityPolicyInput!) {\n    updateSecurityPolicy(input: $input) {\n      ...SecurityPolicyFields\n    }\n  }\n": typeof types.UpdateSecurityPolicyDocument,
    "\n  fragment SiteRow on Site {\n    id\n    code\n    name\n    status\n    domains\n    siteIdCode\n    description\n    isDemo\n    unit {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      code\n      name\n    }\n  }\n": typeof types.SiteRowFragmentDoc,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  query PlatformSettings {\n    platformSettings {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n": typeof types.PlatformSettingsDocument,
    "\n  mutation SetGreyMode($enabled: Boolean!) {\n    setGreyMode(enabled: $enabled) {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n": typeof types.SetGreyModeDocument,
    "\n  query SiteAppearance($id: ID!) {\n    site(id: $id) {\n      id\n      name\n      code\n      theme {\n        logoUrl\n        bannerUrl\n        primaryColor\n        footerText\n        icpNumber\n        policeNumber\n        showGovMark\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n      channels {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SiteAppearanceDocument,
    "\n  query Sites($filter: SiteFilter, $offset: Int, $limit: Int) {\n    sites(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...SiteRow\n      }\n    }\n  }\n": typeof types.SitesDocument,
    "\n  mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteRow\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  mutation UpdateSiteAppearance($id: ID!, $input: SiteAppearanceInput!) {\n    updateSiteAppearance(id: $id, input: $input) {\n      id\n      theme {\n        primaryColor\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n    }\n  }\n": typeof types.UpdateSiteAppearanceDocument,
    "\n  fragment SolicitationDetail on Solicitation {\n    id\n    unitId\n    title\n    description\n    documentUrl\n    documentName\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    closedAt\n    submissionCount\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n": typeof types.SolicitationDetailFragmentDoc,
    "\n  mutation CloseSolicitation($id: ID!, $reason: String!) {\n    closeSolicitation(id: $id, reason: $reason) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.CloseSolicitationDocument,
    "\n  mutation CreateSolicitation($input: SolicitationInput!) {\n    createSolicitation(input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.CreateSolicitationDocument,
    "\n  mutation ExportSolicitationSubmissions($id: ID!) {\n    exportSolicitationSubmissions(id: $id) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.ExportSolicitationSubmissionsDocument,
    "\n  mutation OpenSolicitation($id: ID!) {\n    openSolicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.OpenSolicitationDocument,
    "\n  mutation PublishSolicitationFeedback($id: ID!, $input: SolicitationFeedbackInput!) {\n    publishSolicitationFeedback(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.PublishSolicitationFeedbackDocument,
    "\n  mutation ReviewSolicitationSubmission($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) {\n    reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) {\n      id\n      held\n      adoption\n      adoptionReason\n    }\n  }\n": typeof types.ReviewSolicitationSubmissionDocument,
    "\n  mutation SetSolicitationMinOpenDays($unitId: ID, $days: Int!) {\n    setSolicitationMinOpenDays(unitId: $unitId, days: $days) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n": typeof types.SetSolicitationMinOpenDaysDocument,
    "\n  query Solicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.SolicitationDocument,
    "\n  query SolicitationChoiceStats($id: ID!) {\n    solicitation(id: $id) {\n      id\n      choiceStats {\n        questionId\n        title\n        kind\n        answered\n        options {\n          option\n          count\n        }\n      }\n    }\n  }\n": typeof types.SolicitationChoiceStatsDocument,
    "\n  query SolicitationSettings($unitId: ID) {\n    solicitationSettings(unitId: $unitId) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n": typeof types.SolicitationSettingsDocument,
    "\n  query SolicitationSubmissions($id: ID!, $filter: SolicitationSubmissionFilter, $first: Int, $offset: Int) {\n    solicitation(id: $id) {\n      id\n      submissions(filter: $filter, first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          anonymous\n          contactName\n          contactPhone\n          createdAt\n          held\n          adoption\n          adoptionReason\n          answers {\n            questionId\n            text\n            choices\n          }\n          checkResult {\n            blockCount\n            findings {\n              key\n              questionId\n              text\n              severity\n              suggestion\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SolicitationSubmissionsDocument,
    "\n  query Solicitations($filter: SolicitationFilter, $first: Int, $offset: Int) {\n    solicitations(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        unitId\n        title\n        status\n        startsAt\n        endsAt\n        submissionCount\n      }\n    }\n  }\n": typeof types.SolicitationsDocument,
    "\n  mutation UpdateSolicitation($id: ID!, $input: SolicitationInput!) {\n    updateSolicitation(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": typeof types.UpdateSolicitationDocument,
    "\n  fragment PushRow on ArticlePush {\n    id\n    status\n    originArticleId\n    originSiteName\n    targetSiteName\n    targetChannel {\n      id\n      name\n    }\n    note\n    pushedByName\n    pushedAt\n    decidedByName\n    decidedAt\n    declineReason\n    copyArticleId\n    isUpdate\n    snapshot {\n      revisionNumber\n      title\n      source\n      author\n      summary\n      body\n    }\n  }\n": typeof types.PushRowFragmentDoc,
    "\n  mutation AcceptPush($id: ID!) {\n    acceptPush(id: $id) {\n      ...PushRow\n    }\n  }\n": typeof types.AcceptPushDocument,
    "\n  query ArticlePushes($id: ID!) {\n    article(id: $id) {\n      id\n      origin {\n        articleId\n        siteName\n        url\n      }\n      pushes {\n        ...PushRow\n      }\n      takedownReport {\n        kind\n        siteName\n        channel {\n          id\n          name\n        }\n        copyArticleId\n        at\n      }\n    }\n  }\n": typeof types.ArticlePushesDocument,
    "\n  mutation DeclinePush($id: ID!, $reason: String!) {\n    declinePush(id: $id, reason: $reason) {\n      ...PushRow\n    }\n  }\n": typeof types.DeclinePushDocument,
    "\n  query IncomingPushes($siteId: ID!, $status: PushStatus, $offset: Int, $limit: Int) {\n    incomingPushes(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PushRow\n      }\n    }\n  }\n": typeof types.IncomingPushesDocument,
    "\n  mutation PushArticle($id: ID!, $targets: [PushTargetInput!]!, $note: String) {\n    pushArticle(id: $id, targets: $targets, note: $note) {\n      ...PushRow\n    }\n  }\n": typeof types.PushArticleDocument,
    "\n  query PushTargets {\n    pushTargets {\n      siteId\n      name\n      parentSiteId\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PushTargetsDocument,
    "\n  fragment ReviewTask on Article {\n    id\n    status\n    reviewStage\n    updatedAt\n    site {\n      id\n      name\n    }\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n    }\n    createdBy {\n      id\n      displayName\n    }\n    timeline {\n      id\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReviewTaskFragmentDoc,
    "\n  query MyReviewTasks {\n    myReviewTasks {\n      ...ReviewTask\n    }\n  }\n": typeof types.MyReviewTasksDocument,
    "\n  fragment TopicFields on Topic {\n    id\n    name\n    slug\n    description\n    bannerImageId\n    bannerImageUrl\n    pinnedArticleIds\n    sortOrder\n    enabled\n    updatedAt\n    sourceChannels {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n": typeof types.TopicFieldsFragmentDoc,
    "\n  mutation CreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n": typeof types.CreateTopicDocument,
    "\n  mutation DeleteTopic($id: ID!) {\n    deleteTopic(id: $id)\n  }\n": typeof types.DeleteTopicDocument,
    "\n  query TopicArticleOptions($siteId: ID!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: 100) {\n      items {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TopicArticleOptionsDocument,
    "\n  query SiteTopics($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      code\n      topics(includeDisabled: true) {\n        ...TopicFields\n      }\n    }\n  }\n": typeof types.SiteTopicsDocument,
    "\n  mutation UpdateTopic($id: ID!, $input: UpdateTopicInput!) {\n    updateTopic(id: $id, input: $input) {\n      ...TopicFields\n    }\n  }\n": typeof types.UpdateTopicDocument,
    "\n  fragment UnitRow on Unit {\n    id\n    name\n    shortName\n    code\n    kind\n    level\n    sortOrder\n    isDemo\n    parent {\n      id\n    }\n  }\n": typeof types.UnitRowFragmentDoc,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRow\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitRow\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitRow\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    email\n    phone\n    status\n    totpEnabled\n    lockedUntil\n    lastLoginAt\n    isDemo\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      role {\n        code\n        name\n      }\n      unit {\n        id\n        name\n      }\n      site {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query Users($filter: UserFilter, $offset: Int, $limit: Int) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateWorkflow($siteId: ID!, $stages: [WorkflowStageInput!]!) {\n    updateWorkflow(siteId: $siteId, stages: $stages) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n": typeof types.UpdateWorkflowDocument,
    "\n  query Workflow($siteId: ID!) {\n    workflow(siteId: $siteId) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n": typeof types.WorkflowDocument,
};
const documents: Documents = {
    "\n  fragment ArticleDetail on Article {\n    id\n    status\n    reviewStage\n    canReview\n    pinned\n    pinnedUntil\n    headline\n    carousel\n    publishedAt\n    scheduledPublishAt\n    scheduledUnpublishAt\n    withdrawReason\n    deletedAt\n    updatedAt\n    site {\n      id\n    }\n    origin {\n      articleId\n      siteName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    currentRevision {\n      ...RevisionContent\n    }\n    publishedRevision {\n      id\n      number\n    }\n    revisions {\n      id\n      number\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      ...Transition\n    }\n  }\n": types.ArticleDetailFragmentDoc,
    "\n  fragment ArticleRow on Article {\n    id\n    status\n    reviewStage\n    revisionCount\n    scheduledPublishAt\n    scheduledUnpublishAt\n    deletedAt\n    updatedAt\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n      author\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ArticleRowFragmentDoc,
    "\n  fragment RevisionContent on Revision {\n    id\n    number\n    title\n    subtitle\n    source\n    author\n    editorOfRecord\n    summary\n    body\n    coverImageId\n    attachments {\n      mediaId\n      name\n    }\n    keywords\n    tags\n    channel {\n      id\n      name\n    }\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.RevisionContentFragmentDoc,
    "\n  fragment Transition on ReviewTransition {\n    id\n    action\n    stage\n    stageName\n    comment\n    at\n    actorName\n    actor {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n": types.TransitionFragmentDoc,
    "\n  mutation ApproveArticle($id: ID!, $comment: String) {\n    approveArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": types.ApproveArticleDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": types.ArticleDocument,
    "\n  query ArticleCheckResult($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        hintCount\n        unresolvedBlockCount\n        checkedAt\n        findings {\n          key\n          field\n          text\n          category\n          severity\n          suggestion\n          explanation\n          override {\n            id\n            reason\n            actorName\n            at\n          }\n          ignore {\n            id\n            reason\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": types.ArticleCheckResultDocument,
    "\n  query Articles($filter: ArticleFilter!, $offset: Int, $limit: Int) {\n    articles(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ArticleRow\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  mutation CancelScheduledAction($id: ID!) {\n    cancelScheduledAction(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": types.CancelScheduledActionDocument,
    "\n  query CheckText($siteId: ID!, $title: String, $html: String) {\n    checkText(siteId: $siteId, title: $title, html: $html) {\n      lexiconVersion\n      blockCount\n      warnCount\n      hintCount\n      findings {\n        key\n        field\n        start\n        end\n        htmlStart\n        htmlEnd\n        text\n        category\n        severity\n        ruleId\n        suggestion\n        explanation\n      }\n    }\n  }\n": types.CheckTextDocument,
    "\n  query ArticleCheckOverrides($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        unresolvedBlockCount\n        overrides {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n": types.ArticleCheckOverridesDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n": types.DeleteArticleDocument,
    "\n  mutation IgnoreCheckFindings($articleId: ID!, $findingKeys: [ID!]!, $reason: String!) {\n    ignoreCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n    }\n  }\n": types.IgnoreCheckFindingsDocument,
    "\n  mutation OverrideArticleFindings($articleId: ID!, $findingKeys: [ID!], $reason: String!) {\n    overrideCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n      timeline {\n        ...Transition\n      }\n    }\n  }\n": types.OverrideArticleFindingsDocument,
    "\n  mutation PublishArticle($id: ID!, $at: DateTime) {\n    publishArticle(id: $id, at: $at) {\n      ...ArticleDetail\n    }\n  }\n": types.PublishArticleDocument,
    "\n  query RecycleBinRetention {\n    recycleBinRetentionDays\n  }\n": types.RecycleBinRetentionDocument,
    "\n  mutation RejectArticle($id: ID!, $comment: String!) {\n    rejectArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": types.RejectArticleDocument,
    "\n  mutation RestoreArticle($id: ID!) {\n    restoreArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n": types.RestoreArticleDocument,
    "\n  query ReviewSheet($articleId: ID!) {\n    reviewSheet(articleId: $articleId) {\n      article {\n        id\n        status\n        publishedAt\n        site {\n          id\n          name\n        }\n        channel {\n          id\n          name\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      revision {\n        id\n        number\n        title\n        subtitle\n        author\n        editorOfRecord\n        source\n      }\n      entries {\n        ...Transition\n      }\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        unresolvedBlockCount\n        overrides {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n": types.ReviewSheetDocument,
    "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionContent\n    }\n  }\n": types.RevisionDocument,
    "\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      to {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      fields {\n        field\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.RevisionDiffDocument,
    "\n  mutation SaveArticle($id: ID!, $input: SaveArticleInput!) {\n    saveArticle(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n": types.SaveArticleDocument,
    "\n  mutation SetArticleFlags($id: ID!, $input: ArticleFlagsInput!) {\n    setArticleFlags(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n": types.SetArticleFlagsDocument,
    "\n  mutation SubmitArticle($id: ID!, $comment: String) {\n    submitArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n": types.SubmitArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $reason: String!, $at: DateTime) {\n    unpublishArticle(id: $id, reason: $reason, at: $at) {\n      ...ArticleDetail\n    }\n  }\n": types.UnpublishArticleDocument,
    "\n  mutation WithdrawArticle($id: ID!) {\n    withdrawArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": types.WithdrawArticleDocument,
    "\n  query ArticleWritingAssist($id: ID!) {\n    article(id: $id) {\n      id\n      writingAssist {\n        suggestedSummary\n        suggestedKeywords\n        nearDuplicates {\n          articleId\n          title\n          siteName\n          published\n          readable\n          similarity\n        }\n      }\n    }\n  }\n": types.ArticleWritingAssistDocument,
    "\n  fragment AuditRow on AuditEntry {\n    id\n    type\n    actorKind\n    actorId\n    actorName\n    actorRoles\n    actorIp\n    siteId\n    site {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    aggregateType\n    aggregateId\n    payload\n    occurredAt\n  }\n": types.AuditRowFragmentDoc,
    "\n  query AuditDailyCounts($d0: AuditLogFilter!, $d1: AuditLogFilter!, $d2: AuditLogFilter!, $d3: AuditLogFilter!, $d4: AuditLogFilter!, $d5: AuditLogFilter!, $d6: AuditLogFilter!, $d7: AuditLogFilter!, $d8: AuditLogFilter!, $d9: AuditLogFilter!, $d10: AuditLogFilter!, $d11: AuditLogFilter!, $d12: AuditLogFilter!, $d13: AuditLogFilter!) {\n    d0: auditLog(filter: $d0, limit: 1) {\n      total\n    }\n    d1: auditLog(filter: $d1, limit: 1) {\n      total\n    }\n    d2: auditLog(filter: $d2, limit: 1) {\n      total\n    }\n    d3: auditLog(filter: $d3, limit: 1) {\n      total\n    }\n    d4: auditLog(filter: $d4, limit: 1) {\n      total\n    }\n    d5: auditLog(filter: $d5, limit: 1) {\n      total\n    }\n    d6: auditLog(filter: $d6, limit: 1) {\n      total\n    }\n    d7: auditLog(filter: $d7, limit: 1) {\n      total\n    }\n    d8: auditLog(filter: $d8, limit: 1) {\n      total\n    }\n    d9: auditLog(filter: $d9, limit: 1) {\n      total\n    }\n    d10: auditLog(filter: $d10, limit: 1) {\n      total\n    }\n    d11: auditLog(filter: $d11, limit: 1) {\n      total\n    }\n    d12: auditLog(filter: $d12, limit: 1) {\n      total\n    }\n    d13: auditLog(filter: $d13, limit: 1) {\n      total\n    }\n  }\n": types.AuditDailyCountsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...AuditRow\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ExchangeLoginTicket($ticket: String!, $totpCode: String) {\n    exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n": types.ExchangeLoginTicketDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query LoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n": types.LoginMethodsDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      id\n      displayName\n      user {\n        id\n        username\n      }\n      grants {\n        role\n        roleName\n        stage\n        actions\n        unit {\n          id\n          name\n          sites {\n            id\n            code\n            name\n            isDemo\n          }\n        }\n        site {\n          id\n          code\n          name\n          isDemo\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n": types.CalendarYearDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      source\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation SetCalendarYearCovered($year: Int!, $covered: Boolean!) {\n    setCalendarYearCovered(year: $year, covered: $covered) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n": types.SetCalendarYearCoveredDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n    updateClass\n    sortOrder\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  query ChannelTree($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      name\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n            children {\n              ...ChannelFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ChannelTreeDocument,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.CreateChannelDocument,
    "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id)\n  }\n": types.DeleteChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: UpdateChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.UpdateChannelDocument,
    "\n  fragment ChannelNode on Channel {\n    id\n    name\n    path\n    kind\n    updateClass\n  }\n": types.ChannelNodeFragmentDoc,
    "\n  query SiteChannels($id: ID!) {\n    site(id: $id) {\n      id\n      code\n      name\n      isDemo\n      channels {\n        ...ChannelNode\n        children {\n          ...ChannelNode\n          children {\n            ...ChannelNode\n          }\n        }\n      }\n    }\n  }\n": types.SiteChannelsDocument,
    "\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    target {\n      id\n      name\n      deleted\n    }\n    article {\n      id\n      currentRevision {\n        id\n        title\n      }\n    }\n  }\n": types.DeliveryFieldsFragmentDoc,
    "\n  fragment TargetFields on DistributionTarget {\n    id\n    name\n    format\n    url\n    events\n    enabled\n    draftOnly\n    createdAt\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query ArticleDeliveries($id: ID!) {\n    article(id: $id) {\n      id\n      deliveries {\n        ...DeliveryFields\n      }\n    }\n  }\n": types.ArticleDeliveriesDocument,
    "\n  mutation CreateDistributionTarget($input: CreateDistributionTargetInput!) {\n    createDistributionTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n": types.CreateDistributionTargetDocument,
    "\n  mutation DeleteDistributionTarget($id: ID!) {\n    deleteDistributionTarget(id: $id) {\n      id\n    }\n  }\n": types.DeleteDistributionTargetDocument,
    "\n  query Deliveries($siteId: ID!, $status: DeliveryStatus, $offset: Int, $limit: Int) {\n    deliveries(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryFields\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  query DistributionTargets($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      distributionTargets {\n        ...TargetFields\n      }\n    }\n  }\n": types.DistributionTargetsDocument,
    "\n  mutation ResendDelivery($id: ID!) {\n    resendDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": types.ResendDeliveryDocument,
    "\n  mutation RotateDistributionSecret($id: ID!) {\n    rotateDistributionSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": types.RotateDistributionSecretDocument,
    "\n  query TargetSecret($id: ID!) {\n    distributionTarget(id: $id) {\n      id\n      secret\n    }\n  }\n": types.TargetSecretDocument,
    "\n  mutation UpdateDistributionTarget($id: ID!, $input: UpdateDistributionTargetInput!) {\n    updateDistributionTarget(id: $id, input: $input) {\n      ...TargetFields\n    }\n  }\n": types.UpdateDistributionTargetDocument,
    "\n  fragment KnowledgeEntryFields on KnowledgeEntry {\n    id\n    source\n    title\n    question\n    answer\n    category\n    unitId\n    siteId\n    letterId\n    withdrawn\n    helpfulCount\n    unhelpfulCount\n    answeredAt\n  }\n": types.KnowledgeEntryFieldsFragmentDoc,
    "\n  mutation CreateKnowledgeEntry($input: KnowledgeEntryInput!) {\n    createKnowledgeEntry(input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n": types.CreateKnowledgeEntryDocument,
    "\n  mutation DeleteKnowledgeEntry($id: ID!) {\n    deleteKnowledgeEntry(id: $id)\n  }\n": types.DeleteKnowledgeEntryDocument,
    "\n  query KnowledgeCategories {\n    knowledgeCategories {\n      category\n      count\n    }\n  }\n": types.KnowledgeCategoriesDocument,
    "\n  query KnowledgeEntries($search: String, $category: String, $unitId: ID, $first: Int, $offset: Int) {\n    knowledgeEntries(search: $search, category: $category, unitId: $unitId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...KnowledgeEntryFields\n      }\n    }\n  }\n": types.KnowledgeEntriesDocument,
    "\n  mutation UpdateKnowledgeEntry($id: ID!, $input: KnowledgeEntryInput!) {\n    updateKnowledgeEntry(id: $id, input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n": types.UpdateKnowledgeEntryDocument,
    "\n  fragment LetterAttachmentList on Letter {\n    attachments {\n      id\n      filename\n      mediaType\n      size\n    }\n  }\n": types.LetterAttachmentListFragmentDoc,
    "\n  fragment LetterDetail on Letter {\n    id\n    title\n    content\n    category\n    ...LetterAttachmentList\n    publishable\n    status\n    held\n    checkResult {\n      lexiconVersion\n      blockCount\n      findings {\n        key\n        field\n        start\n        end\n        text\n        category\n        severity\n        suggestion\n        explanation\n      }\n    }\n    ownerUnitId\n    anonymous\n    contactPhone\n    contactPhoneFull\n    writerName\n    phoneVerified\n    notAcceptedReason\n    infoRequest\n    draftReply\n    reply\n    repliedAt\n    rating\n    ratingComment\n    reworkCount\n    acceptedAt\n    closedAt\n    createdAt\n    mailbox {\n      id\n      name\n      unitId\n      maxReworks\n      deadlineWorkdays\n      isOneWindow\n    }\n    units {\n      unitId\n      role\n      startedAt\n      endedAt\n      dueAt\n    }\n    deadline {\n      citizenDueAt\n      unitDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    mergedInto {\n      id\n      title\n      mailbox {\n        id\n        unitId\n      }\n    }\n    mergedLetters {\n      id\n      title\n      status\n      createdAt\n    }\n    timeline {\n      id\n      action\n      actorKind\n      actorName\n      unitId\n      comment\n      rating\n      at\n    }\n  }\n": types.LetterDetailFragmentDoc,
    "\n  fragment LetterRow on Letter {\n    id\n    title\n    status\n    held\n    ownerUnitId\n    contactPhone\n    writerName\n    anonymous\n    createdAt\n    mailbox {\n      id\n      name\n    }\n    deadline {\n      citizenDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    supervision {\n      supervisedCount\n    }\n  }\n": types.LetterRowFragmentDoc,
    "\n  mutation AcceptLetter($id: ID!, $comment: String) {\n    acceptLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.AcceptLetterDocument,
    "\n  mutation AssignLetter($id: ID!, $unitId: ID!, $comment: String) {\n    assignLetter(id: $id, unitId: $unitId, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.AssignLetterDocument,
    "\n  mutation CloseLetter($id: ID!, $comment: String) {\n    closeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.CloseLetterDocument,
    "\n  mutation CoHandleLetter($id: ID!, $unitIds: [ID!]!, $comment: String) {\n    coHandleLetter(id: $id, unitIds: $unitIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.CoHandleLetterDocument,
    "\n  mutation DraftLetterReply($id: ID!, $content: String!) {\n    draftLetterReply(id: $id, content: $content) {\n      ...LetterDetail\n    }\n  }\n": types.DraftLetterReplyDocument,
    "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      ...LetterDetail\n    }\n  }\n": types.LetterDocument,
    "\n  query LetterHotTopics($days: Int, $minSize: Int) {\n    letterHotTopics(days: $days, minSize: $minSize) {\n      label\n      keywords\n      count\n      sampleTitles\n      first\n      last\n      letters {\n        ...LetterRow\n      }\n    }\n  }\n": types.LetterHotTopicsDocument,
    "\n  query LetterMailboxOptions {\n    oneWindowMailbox {\n      id\n      name\n    }\n    sites(limit: 100) {\n      items {\n        id\n        mailboxes {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LetterMailboxOptionsDocument,
    "\n  query LetterRoutingSuggestion($id: ID!) {\n    letter(id: $id) {\n      id\n      routingSuggestion {\n        modelVersion\n        categories {\n          category\n          confidence\n        }\n        category\n        unit {\n          id\n          name\n        }\n        unitConfidence\n        unitSource\n      }\n    }\n  }\n": types.LetterRoutingSuggestionDocument,
    "\n  query LetterSimilarLetters($id: ID!) {\n    letter(id: $id) {\n      id\n      similarLetters {\n        similarity\n        letter {\n          id\n          title\n          status\n          createdAt\n          mailbox {\n            id\n            unitId\n          }\n          mergedInto {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.LetterSimilarLettersDocument,
    "\n  query LetterSupervisionSettings {\n    letterSupervisionSettings {\n      warnWorkdays\n      reminderHours\n    }\n  }\n": types.LetterSupervisionSettingsDocument,
    "\n  query Letters($filter: LetterFilter, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n      }\n    }\n  }\n": types.LettersDocument,
    "\n  mutation MergeLetters($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {\n    mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.MergeLettersDocument,
    "\n  query MyNewLetters($limit: Int) {\n    myNewLetters(limit: $limit) {\n      total\n      letters {\n        id\n        title\n        createdAt\n        mailbox {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyNewLettersDocument,
    "\n  mutation NotAcceptLetter($id: ID!, $reason: String!) {\n    notAcceptLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": types.NotAcceptLetterDocument,
    "\n  mutation ProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      ...LetterDetail\n    }\n  }\n": types.ProvideLetterInfoDocument,
    "\n  mutation PublishLetterReply($id: ID!) {\n    publishLetterReply(id: $id) {\n      ...LetterDetail\n    }\n  }\n": types.PublishLetterReplyDocument,
    "\n  mutation RequestLetterInfo($id: ID!, $question: String!) {\n    requestLetterInfo(id: $id, question: $question) {\n      ...LetterDetail\n    }\n  }\n": types.RequestLetterInfoDocument,
    "\n  mutation ReviewLetterReply($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewLetterReply(id: $id, approve: $approve, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.ReviewLetterReplyDocument,
    "\n  mutation ReworkLetter($id: ID!, $reason: String!) {\n    reworkLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": types.ReworkLetterDocument,
    "\n  query SimilarReplies($letterId: ID!) {\n    similarReplies(letterId: $letterId, first: 5) {\n      score\n      entry {\n        id\n        title\n        answer\n        category\n        answeredAt\n      }\n    }\n  }\n": types.SimilarRepliesDocument,
    "\n  mutation SuperviseLetter($id: ID!, $comment: String!) {\n    superviseLetter(id: $id, comment: $comment) {\n      id\n      supervision {\n        overdue\n        dueSoon\n        supervisedCount\n        lastRemindedAt\n      }\n      timeline {\n        id\n        action\n        actorName\n        unitId\n        comment\n        at\n      }\n    }\n  }\n": types.SuperviseLetterDocument,
    "\n  query SupervisedLetters($filter: LetterFilter!, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n        supervision {\n          overdue\n          dueSoon\n          supervisedCount\n          lastRemindedAt\n        }\n      }\n    }\n  }\n": types.SupervisedLettersDocument,
    "\n  mutation TransferLetter($id: ID!, $unitId: ID!, $reason: String!) {\n    transferLetter(id: $id, unitId: $unitId, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n": types.TransferLetterDocument,
    "\n  mutation UnmergeLetter($id: ID!, $comment: String) {\n    unmergeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n": types.UnmergeLetterDocument,
    "\n  fragment LexiconEntryFields on LexiconEntry {\n    id\n    term\n    kind\n    level\n    suggestion\n    scope\n    unitId\n    note\n    source\n    enabled\n    titles\n    category\n    updatedAt\n  }\n": types.LexiconEntryFieldsFragmentDoc,
    "\n  mutation CreateLexiconEntry($input: CreateLexiconEntryInput!) {\n    createLexiconEntry(input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n": types.CreateLexiconEntryDocument,
    "\n  mutation ExemptLexiconEntry($input: LexiconExemptionInput!) {\n    exemptLexiconEntry(input: $input) {\n      unitId\n      reason\n      entry {\n        id\n      }\n    }\n  }\n": types.ExemptLexiconEntryDocument,
    "\n  query ExportLexicon($format: LexiconFileFormat!, $scope: LexiconScope, $unitId: ID) {\n    exportLexicon(format: $format, scope: $scope, unitId: $unitId) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.ExportLexiconDocument,
    "\n  mutation ImportLexicon($input: ImportLexiconInput!) {\n    importLexicon(input: $input) {\n      dryRun\n      added\n      updated\n      unchanged\n      rejected\n      version\n      rows {\n        line\n        term\n        kind\n        action\n        reasons\n        changes\n      }\n    }\n  }\n": types.ImportLexiconDocument,
    "\n  query LexiconEntries($filter: LexiconEntryFilter, $offset: Int, $limit: Int) {\n    lexiconVersion\n    lexiconEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...LexiconEntryFields\n      }\n    }\n  }\n": types.LexiconEntriesDocument,
    "\n  query LexiconExemptions($unitId: ID!) {\n    lexiconExemptions(unitId: $unitId) {\n      unitId\n      reason\n      createdAt\n      entry {\n        id\n        term\n        kind\n        level\n      }\n    }\n  }\n": types.LexiconExemptionsDocument,
    "\n  mutation RemoveLexiconExemption($unitId: ID!, $entryId: ID!) {\n    removeLexiconExemption(unitId: $unitId, entryId: $entryId)\n  }\n": types.RemoveLexiconExemptionDocument,
    "\n  mutation UpdateLexiconEntry($id: ID!, $input: UpdateLexiconEntryInput!) {\n    updateLexiconEntry(id: $id, input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n": types.UpdateLexiconEntryDocument,
    "\n  fragment MailboxFields on Mailbox {\n    id\n    unitId\n    site {\n      id\n      name\n    }\n    name\n    description\n    kind\n    isPublic\n    sortOrder\n    letterKind\n    deadlineWorkdays\n    maxReworks\n    recipientUserIds\n    recipientRole\n    isOneWindow\n    allowAnonymous\n  }\n": types.MailboxFieldsFragmentDoc,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxFields\n    }\n  }\n": types.CreateMailboxDocument,
    "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n": types.DeleteMailboxDocument,
    "\n  query MailboxRecipientUsers($unitId: ID!, $limit: Int) {\n    users(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        username\n        displayName\n        status\n      }\n    }\n  }\n": types.MailboxRecipientUsersDocument,
    "\n  query MailboxUnitSites($unitId: ID!, $limit: Int) {\n    sites(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.MailboxUnitSitesDocument,
    "\n  query UnitMailboxes($unitId: ID!) {\n    unitMailboxes(unitId: $unitId) {\n      ...MailboxFields\n    }\n  }\n": types.UnitMailboxesDocument,
    "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxFields\n    }\n  }\n": types.UpdateMailboxDocument,
    "\n  fragment MediaAssetFields on MediaAsset {\n    id\n    kind\n    name\n    mimeType\n    size\n    width\n    height\n    url\n    thumbUrl\n    visibility\n    createdAt\n    site {\n      id\n    }\n  }\n": types.MediaAssetFieldsFragmentDoc,
    "\n  query MediaAssets(\n    $siteId: ID!\n    $kind: MediaKind\n    $search: String\n    $includeShared: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    mediaAssets(\n      siteId: $siteId\n      kind: $kind\n      search: $search\n      includeShared: $includeShared\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...MediaAssetFields\n      }\n    }\n  }\n": types.MediaAssetsDocument,
    "\n  query MediaUsage($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      usedBy {\n        id\n        status\n        currentRevision {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MediaUsageDocument,
    "\n  mutation UpdateMediaVisibility($id: ID!, $visibility: MediaVisibility!) {\n    updateMediaVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n": types.UpdateMediaVisibilityDocument,
    "\n  mutation DeleteMediaAsset($id: ID!) {\n    deleteMediaAsset(id: $id) {\n      id\n    }\n  }\n": types.DeleteMediaAssetDocument,
    "\n  fragment RecheckRunFields on RecheckRun {\n    id\n    site {\n      id\n      name\n      code\n    }\n    status\n    total\n    checked\n    progress\n    articlesWithBlock\n    blockCount\n    warnCount\n    lexiconVersion\n    error\n    startedByName\n    startedAt\n    finishedAt\n  }\n": types.RecheckRunFieldsFragmentDoc,
    "\n  query RecheckRun($id: ID!, $offset: Int, $limit: Int) {\n    recheckRun(id: $id) {\n      ...RecheckRunFields\n      items(onlyWithFindings: true, offset: $offset, limit: $limit) {\n        total\n        items {\n          articleId\n          site {\n            id\n            name\n          }\n          title\n          blockCount\n          warnCount\n          findings {\n            text\n            category\n            severity\n            suggestion\n            explanation\n          }\n          checkedAt\n        }\n      }\n    }\n  }\n": types.RecheckRunDocument,
    "\n  query RecheckRuns($limit: Int) {\n    recheckRuns(limit: $limit) {\n      ...RecheckRunFields\n    }\n  }\n": types.RecheckRunsDocument,
    "\n  mutation StartRecheck($siteId: ID) {\n    startRecheck(siteId: $siteId) {\n      ...RecheckRunFields\n    }\n  }\n": types.StartRecheckDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      scopeKinds\n      actions\n      stage\n      exclusiveGroup\n      requiresTotp\n    }\n  }\n": types.RolesDocument,
    "\n  fragment SecurityPolicyFields on SecurityPolicy {\n    totpRequiredForAdmins\n    maxFailedAttempts\n    lockoutMinutes\n    passwordMinLength\n    updatedAt\n  }\n": types.SecurityPolicyFieldsFragmentDoc,
    "\n  query SecurityPolicy {\n    securityPolicy {\n      ...SecurityPolicyFields\n    }\n  }\n": types.SecurityPolicyDocument,
    "\n  query SigningKeys {\n    signingKeys {\n      kid\n      createdAt\n      current\n    }\n  }\n": types.SigningKeysDocument,
    "\n  mutation RotateSigningKey {\n    rotateSigningKey {\n      kid\n      createdAt\n      current\n    }\n  }\n": types.RotateSigningKeyDocument,
    "\n  mutation UpdateSecurityPolicy($input: UpdateSecurityPolicyInput!) {\n    updateSecurityPolicy(input: $input) {\n      ...SecurityPolicyFields\n    }\n  }\n": types.UpdateSecurityPolicyDocument,
    "\n  fragment SiteRow on Site {\n    id\n    code\n    name\n    status\n    domains\n    siteIdCode\n    description\n    isDemo\n    unit {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      code\n      name\n    }\n  }\n": types.SiteRowFragmentDoc,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n": types.CreateSiteDocument,
    "\n  query PlatformSettings {\n    platformSettings {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n": types.PlatformSettingsDocument,
    "\n  mutation SetGreyMode($enabled: Boolean!) {\n    setGreyMode(enabled: $enabled) {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n": types.SetGreyModeDocument,
    "\n  query SiteAppearance($id: ID!) {\n    site(id: $id) {\n      id\n      name\n      code\n      theme {\n        logoUrl\n        bannerUrl\n        primaryColor\n        footerText\n        icpNumber\n        policeNumber\n        showGovMark\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n      channels {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SiteAppearanceDocument,
    "\n  query Sites($filter: SiteFilter, $offset: Int, $limit: Int) {\n    sites(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...SiteRow\n      }\n    }\n  }\n": types.SitesDocument,
    "\n  mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteRow\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  mutation UpdateSiteAppearance($id: ID!, $input: SiteAppearanceInput!) {\n    updateSiteAppearance(id: $id, input: $input) {\n      id\n      theme {\n        primaryColor\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n    }\n  }\n": types.UpdateSiteAppearanceDocument,
    "\n  fragment SolicitationDetail on Solicitation {\n    id\n    unitId\n    title\n    description\n    documentUrl\n    documentName\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    closedAt\n    submissionCount\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n": types.SolicitationDetailFragmentDoc,
    "\n  mutation CloseSolicitation($id: ID!, $reason: String!) {\n    closeSolicitation(id: $id, reason: $reason) {\n      ...SolicitationDetail\n    }\n  }\n": types.CloseSolicitationDocument,
    "\n  mutation CreateSolicitation($input: SolicitationInput!) {\n    createSolicitation(input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": types.CreateSolicitationDocument,
    "\n  mutation ExportSolicitationSubmissions($id: ID!) {\n    exportSolicitationSubmissions(id: $id) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.ExportSolicitationSubmissionsDocument,
    "\n  mutation OpenSolicitation($id: ID!) {\n    openSolicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n": types.OpenSolicitationDocument,
    "\n  mutation PublishSolicitationFeedback($id: ID!, $input: SolicitationFeedbackInput!) {\n    publishSolicitationFeedback(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": types.PublishSolicitationFeedbackDocument,
    "\n  mutation ReviewSolicitationSubmission($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) {\n    reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) {\n      id\n      held\n      adoption\n      adoptionReason\n    }\n  }\n": types.ReviewSolicitationSubmissionDocument,
    "\n  mutation SetSolicitationMinOpenDays($unitId: ID, $days: Int!) {\n    setSolicitationMinOpenDays(unitId: $unitId, days: $days) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n": types.SetSolicitationMinOpenDaysDocument,
    "\n  query Solicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n": types.SolicitationDocument,
    "\n  query SolicitationChoiceStats($id: ID!) {\n    solicitation(id: $id) {\n      id\n      choiceStats {\n        questionId\n        title\n        kind\n        answered\n        options {\n          option\n          count\n        }\n      }\n    }\n  }\n": types.SolicitationChoiceStatsDocument,
    "\n  query SolicitationSettings($unitId: ID) {\n    solicitationSettings(unitId: $unitId) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n": types.SolicitationSettingsDocument,
    "\n  query SolicitationSubmissions($id: ID!, $filter: SolicitationSubmissionFilter, $first: Int, $offset: Int) {\n    solicitation(id: $id) {\n      id\n      submissions(filter: $filter, first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          anonymous\n          contactName\n          contactPhone\n          createdAt\n          held\n          adoption\n          adoptionReason\n          answers {\n            questionId\n            text\n            choices\n          }\n          checkResult {\n            blockCount\n            findings {\n              key\n              questionId\n              text\n              severity\n              suggestion\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SolicitationSubmissionsDocument,
    "\n  query Solicitations($filter: SolicitationFilter, $first: Int, $offset: Int) {\n    solicitations(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        unitId\n        title\n        status\n        startsAt\n        endsAt\n        submissionCount\n      }\n    }\n  }\n": types.SolicitationsDocument,
    "\n  mutation UpdateSolicitation($id: ID!, $input: SolicitationInput!) {\n    updateSolicitation(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n": types.UpdateSolicitationDocument,
    "\n  fragment PushRow on ArticlePush {\n    id\n    status\n    originArticleId\n    originSiteName\n    targetSiteName\n    targetChannel {\n      id\n      name\n    }\n    note\n    pushedByName\n    pushedAt\n    decidedByName\n    decidedAt\n    declineReason\n    copyArticleId\n    isUpdate\n    snapshot {\n      revisionNumber\n      title\n      source\n      author\n      summary\n      body\n    }\n  }\n": types.PushRowFragmentDoc,
    "\n  mutation AcceptPush($id: ID!) {\n    acceptPush(id: $id) {\n      ...PushRow\n    }\n  }\n": types.AcceptPushDocument,
    "\n  query ArticlePushes($id: ID!) {\n    article(id: $id) {\n      id\n      origin {\n        articleId\n        siteName\n        url\n      }\n      pushes {\n        ...PushRow\n      }\n      takedownReport {\n        kind\n        siteName\n        channel {\n          id\n          name\n        }\n        copyArticleId\n        at\n      }\n    }\n  }\n": types.ArticlePushesDocument,
    "\n  mutation DeclinePush($id: ID!, $reason: String!) {\n    declinePush(id: $id, reason: $reason) {\n      ...PushRow\n    }\n  }\n": types.DeclinePushDocument,
    "\n  query IncomingPushes($siteId: ID!, $status: PushStatus, $offset: Int, $limit: Int) {\n    incomingPushes(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PushRow\n      }\n    }\n  }\n": types.IncomingPushesDocument,
    "\n  mutation PushArticle($id: ID!, $targets: [PushTargetInput!]!, $note: String) {\n    pushArticle(id: $id, targets: $targets, note: $note) {\n      ...PushRow\n    }\n  }\n": types.PushArticleDocument,
    "\n  query PushTargets {\n    pushTargets {\n      siteId\n      name\n      parentSiteId\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n          }\n        }\n      }\n    }\n  }\n": types.PushTargetsDocument,
    "\n  fragment ReviewTask on Article {\n    id\n    status\n    reviewStage\n    updatedAt\n    site {\n      id\n      name\n    }\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n    }\n    createdBy {\n      id\n      displayName\n    }\n    timeline {\n      id\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReviewTaskFragmentDoc,
    "\n  query MyReviewTasks {\n    myReviewTasks {\n      ...ReviewTask\n    }\n  }\n": types.MyReviewTasksDocument,
    "\n  fragment TopicFields on Topic {\n    id\n    name\n    slug\n    description\n    bannerImageId\n    bannerImageUrl\n    pinnedArticleIds\n    sortOrder\n    enabled\n    updatedAt\n    sourceChannels {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n": types.TopicFieldsFragmentDoc,
    "\n  mutation CreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n": types.CreateTopicDocument,
    "\n  mutation DeleteTopic($id: ID!) {\n    deleteTopic(id: $id)\n  }\n": types.DeleteTopicDocument,
    "\n  query TopicArticleOptions($siteId: ID!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: 100) {\n      items {\n        id\n        title\n      }\n    }\n  }\n": types.TopicArticleOptionsDocument,
    "\n  query SiteTopics($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      code\n      topics(includeDisabled: true) {\n        ...TopicFields\n      }\n    }\n  }\n": types.SiteTopicsDocument,
    "\n  mutation UpdateTopic($id: ID!, $input: UpdateTopicInput!) {\n    updateTopic(id: $id, input: $input) {\n      ...TopicFields\n    }\n  }\n": types.UpdateTopicDocument,
    "\n  fragment UnitRow on Unit {\n    id\n    name\n    shortName\n    code\n    kind\n    level\n    sortOrder\n    isDemo\n    parent {\n      id\n    }\n  }\n": types.UnitRowFragmentDoc,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRow\n    }\n  }\n": types.CreateUnitDocument,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitRow\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitRow\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    email\n    phone\n    status\n    totpEnabled\n    lockedUntil\n    lastLoginAt\n    isDemo\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      role {\n        code\n        name\n      }\n      unit {\n        id\n        name\n      }\n      site {\n        id\n        name\n      }\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId)\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query Users($filter: UserFilter, $offset: Int, $limit: Int) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateWorkflow($siteId: ID!, $stages: [WorkflowStageInput!]!) {\n    updateWorkflow(siteId: $siteId, stages: $stages) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n": types.UpdateWorkflowDocument,
    "\n  query Workflow($siteId: ID!) {\n    workflow(siteId: $siteId) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n": types.WorkflowDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleDetail on Article {\n    id\n    status\n    reviewStage\n    canReview\n    pinned\n    pinnedUntil\n    headline\n    carousel\n    publishedAt\n    scheduledPublishAt\n    scheduledUnpublishAt\n    withdrawReason\n    deletedAt\n    updatedAt\n    site {\n      id\n    }\n    origin {\n      articleId\n      siteName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    currentRevision {\n      ...RevisionContent\n    }\n    publishedRevision {\n      id\n      number\n    }\n    revisions {\n      id\n      number\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      ...Transition\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleDetail on Article {\n    id\n    status\n    reviewStage\n    canReview\n    pinned\n    pinnedUntil\n    headline\n    carousel\n    publishedAt\n    scheduledPublishAt\n    scheduledUnpublishAt\n    withdrawReason\n    deletedAt\n    updatedAt\n    site {\n      id\n    }\n    origin {\n      articleId\n      siteName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    currentRevision {\n      ...RevisionContent\n    }\n    publishedRevision {\n      id\n      number\n    }\n    revisions {\n      id\n      number\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      ...Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRow on Article {\n    id\n    status\n    reviewStage\n    revisionCount\n    scheduledPublishAt\n    scheduledUnpublishAt\n    deletedAt\n    updatedAt\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n      author\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleRow on Article {\n    id\n    status\n    reviewStage\n    revisionCount\n    scheduledPublishAt\n    scheduledUnpublishAt\n    deletedAt\n    updatedAt\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n      author\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionContent on Revision {\n    id\n    number\n    title\n    subtitle\n    source\n    author\n    editorOfRecord\n    summary\n    body\n    coverImageId\n    attachments {\n      mediaId\n      name\n    }\n    keywords\n    tags\n    channel {\n      id\n      name\n    }\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionContent on Revision {\n    id\n    number\n    title\n    subtitle\n    source\n    author\n    editorOfRecord\n    summary\n    body\n    coverImageId\n    attachments {\n      mediaId\n      name\n    }\n    keywords\n    tags\n    channel {\n      id\n      name\n    }\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Transition on ReviewTransition {\n    id\n    action\n    stage\n    stageName\n    comment\n    at\n    actorName\n    actor {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment Transition on ReviewTransition {\n    id\n    action\n    stage\n    stageName\n    comment\n    at\n    actorName\n    actor {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveArticle($id: ID!, $comment: String) {\n    approveArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveArticle($id: ID!, $comment: String) {\n    approveArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCheckResult($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        hintCount\n        unresolvedBlockCount\n        checkedAt\n        findings {\n          key\n          field\n          text\n          category\n          severity\n          suggestion\n          explanation\n          override {\n            id\n            reason\n            actorName\n            at\n          }\n          ignore {\n            id\n            reason\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleCheckResult($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        hintCount\n        unresolvedBlockCount\n        checkedAt\n        findings {\n          key\n          field\n          text\n          category\n          severity\n          suggestion\n          explanation\n          override {\n            id\n            reason\n            actorName\n            at\n          }\n          ignore {\n            id\n            reason\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($filter: ArticleFilter!, $offset: Int, $limit: Int) {\n    articles(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ArticleRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Articles($filter: ArticleFilter!, $offset: Int, $limit: Int) {\n    articles(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ArticleRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledAction($id: ID!) {\n    cancelScheduledAction(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledAction($id: ID!) {\n    cancelScheduledAction(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckText($siteId: ID!, $title: String, $html: String) {\n    checkText(siteId: $siteId, title: $title, html: $html) {\n      lexiconVersion\n      blockCount\n      warnCount\n      hintCount\n      findings {\n        key\n        field\n        start\n        end\n        htmlStart\n        htmlEnd\n        text\n        category\n        severity\n        ruleId\n        suggestion\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckText($siteId: ID!, $title: String, $html: String) {\n    checkText(siteId: $siteId, title: $title, html: $html) {\n      lexiconVersion\n      blockCount\n      warnCount\n      hintCount\n      findings {\n        key\n        field\n        start\n        end\n        htmlStart\n        htmlEnd\n        text\n        category\n        severity\n        ruleId\n        suggestion\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCheckOverrides($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        unresolvedBlockCount\n        overrides {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleCheckOverrides($id: ID!) {\n    article(id: $id) {\n      id\n      checkResult {\n        lexiconVersion\n        unresolvedBlockCount\n        overrides {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          findingKey\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IgnoreCheckFindings($articleId: ID!, $findingKeys: [ID!]!, $reason: String!) {\n    ignoreCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IgnoreCheckFindings($articleId: ID!, $findingKeys: [ID!]!, $reason: String!) {\n    ignoreCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideArticleFindings($articleId: ID!, $findingKeys: [ID!], $reason: String!) {\n    overrideCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n      timeline {\n        ...Transition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OverrideArticleFindings($articleId: ID!, $findingKeys: [ID!], $reason: String!) {\n    overrideCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {\n      id\n      timeline {\n        ...Transition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($id: ID!, $at: DateTime) {\n    publishArticle(id: $id, at: $at) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($id: ID!, $at: DateTime) {\n    publishArticle(id: $id, at: $at) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycleBinRetention {\n    recycleBinRetentionDays\n  }\n"): (typeof documents)["\n  query RecycleBinRetention {\n    recycleBinRetentionDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectArticle($id: ID!, $comment: String!) {\n    rejectArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectArticle($id: ID!, $comment: String!) {\n    rejectArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreArticle($id: ID!) {\n    restoreArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreArticle($id: ID!) {\n    restoreArticle(id: $id) {\n      ...ArticleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSheet($articleId: ID!) {\n    reviewSheet(articleId: $articleId) {\n      article {\n        id\n        status\n        publishedAt\n        site {\n          id\n          name\n        }\n        channel {\n          id\n          name\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      revision {\n        id\n        number\n        title\n        subtitle\n        author\n        editorOfRecord\n        source\n      }\n      entries {\n        ...Transition\n      }\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        unresolvedBlockCount\n        overrides {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewSheet($articleId: ID!) {\n    reviewSheet(articleId: $articleId) {\n      article {\n        id\n        status\n        publishedAt\n        site {\n          id\n          name\n        }\n        channel {\n          id\n          name\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      revision {\n        id\n        number\n        title\n        subtitle\n        author\n        editorOfRecord\n        source\n      }\n      entries {\n        ...Transition\n      }\n      checkResult {\n        lexiconVersion\n        blockCount\n        warnCount\n        unresolvedBlockCount\n        overrides {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n        ignores {\n          id\n          text\n          reason\n          actorName\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionContent\n    }\n  }\n"): (typeof documents)["\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      to {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      fields {\n        field\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      to {\n        id\n        number\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n      fields {\n        field\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveArticle($id: ID!, $input: SaveArticleInput!) {\n    saveArticle(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveArticle($id: ID!, $input: SaveArticleInput!) {\n    saveArticle(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetArticleFlags($id: ID!, $input: ArticleFlagsInput!) {\n    setArticleFlags(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetArticleFlags($id: ID!, $input: ArticleFlagsInput!) {\n    setArticleFlags(id: $id, input: $input) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitArticle($id: ID!, $comment: String) {\n    submitArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitArticle($id: ID!, $comment: String) {\n    submitArticle(id: $id, comment: $comment) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishArticle($id: ID!, $reason: String!, $at: DateTime) {\n    unpublishArticle(id: $id, reason: $reason, at: $at) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishArticle($id: ID!, $reason: String!, $at: DateTime) {\n    unpublishArticle(id: $id, reason: $reason, at: $at) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawArticle($id: ID!) {\n    withdrawArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawArticle($id: ID!) {\n    withdrawArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleWritingAssist($id: ID!) {\n    article(id: $id) {\n      id\n      writingAssist {\n        suggestedSummary\n        suggestedKeywords\n        nearDuplicates {\n          articleId\n          title\n          siteName\n          published\n          readable\n          similarity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleWritingAssist($id: ID!) {\n    article(id: $id) {\n      id\n      writingAssist {\n        suggestedSummary\n        suggestedKeywords\n        nearDuplicates {\n          articleId\n          title\n          siteName\n          published\n          readable\n          similarity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow on AuditEntry {\n    id\n    type\n    actorKind\n    actorId\n    actorName\n    actorRoles\n    actorIp\n    siteId\n    site {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    aggregateType\n    aggregateId\n    payload\n    occurredAt\n  }\n"): (typeof documents)["\n  fragment AuditRow on AuditEntry {\n    id\n    type\n    actorKind\n    actorId\n    actorName\n    actorRoles\n    actorIp\n    siteId\n    site {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    aggregateType\n    aggregateId\n    payload\n    occurredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditDailyCounts($d0: AuditLogFilter!, $d1: AuditLogFilter!, $d2: AuditLogFilter!, $d3: AuditLogFilter!, $d4: AuditLogFilter!, $d5: AuditLogFilter!, $d6: AuditLogFilter!, $d7: AuditLogFilter!, $d8: AuditLogFilter!, $d9: AuditLogFilter!, $d10: AuditLogFilter!, $d11: AuditLogFilter!, $d12: AuditLogFilter!, $d13: AuditLogFilter!) {\n    d0: auditLog(filter: $d0, limit: 1) {\n      total\n    }\n    d1: auditLog(filter: $d1, limit: 1) {\n      total\n    }\n    d2: auditLog(filter: $d2, limit: 1) {\n      total\n    }\n    d3: auditLog(filter: $d3, limit: 1) {\n      total\n    }\n    d4: auditLog(filter: $d4, limit: 1) {\n      total\n    }\n    d5: auditLog(filter: $d5, limit: 1) {\n      total\n    }\n    d6: auditLog(filter: $d6, limit: 1) {\n      total\n    }\n    d7: auditLog(filter: $d7, limit: 1) {\n      total\n    }\n    d8: auditLog(filter: $d8, limit: 1) {\n      total\n    }\n    d9: auditLog(filter: $d9, limit: 1) {\n      total\n    }\n    d10: auditLog(filter: $d10, limit: 1) {\n      total\n    }\n    d11: auditLog(filter: $d11, limit: 1) {\n      total\n    }\n    d12: auditLog(filter: $d12, limit: 1) {\n      total\n    }\n    d13: auditLog(filter: $d13, limit: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query AuditDailyCounts($d0: AuditLogFilter!, $d1: AuditLogFilter!, $d2: AuditLogFilter!, $d3: AuditLogFilter!, $d4: AuditLogFilter!, $d5: AuditLogFilter!, $d6: AuditLogFilter!, $d7: AuditLogFilter!, $d8: AuditLogFilter!, $d9: AuditLogFilter!, $d10: AuditLogFilter!, $d11: AuditLogFilter!, $d12: AuditLogFilter!, $d13: AuditLogFilter!) {\n    d0: auditLog(filter: $d0, limit: 1) {\n      total\n    }\n    d1: auditLog(filter: $d1, limit: 1) {\n      total\n    }\n    d2: auditLog(filter: $d2, limit: 1) {\n      total\n    }\n    d3: auditLog(filter: $d3, limit: 1) {\n      total\n    }\n    d4: auditLog(filter: $d4, limit: 1) {\n      total\n    }\n    d5: auditLog(filter: $d5, limit: 1) {\n      total\n    }\n    d6: auditLog(filter: $d6, limit: 1) {\n      total\n    }\n    d7: auditLog(filter: $d7, limit: 1) {\n      total\n    }\n    d8: auditLog(filter: $d8, limit: 1) {\n      total\n    }\n    d9: auditLog(filter: $d9, limit: 1) {\n      total\n    }\n    d10: auditLog(filter: $d10, limit: 1) {\n      total\n    }\n    d11: auditLog(filter: $d11, limit: 1) {\n      total\n    }\n    d12: auditLog(filter: $d12, limit: 1) {\n      total\n    }\n    d13: auditLog(filter: $d13, limit: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...AuditRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...AuditRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangeLoginTicket($ticket: String!, $totpCode: String) {\n    exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExchangeLoginTicket($ticket: String!, $totpCode: String) {\n    exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      accessToken\n      refreshToken\n      expiresIn\n      totpSetup {\n        secret\n        otpauthUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n"): (typeof documents)["\n  query LoginMethods {\n    loginMethods {\n      local\n      oidc\n      oidcName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      id\n      displayName\n      user {\n        id\n        username\n      }\n      grants {\n        role\n        roleName\n        stage\n        actions\n        unit {\n          id\n          name\n          sites {\n            id\n            code\n            name\n            isDemo\n          }\n        }\n        site {\n          id\n          code\n          name\n          isDemo\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      id\n      displayName\n      user {\n        id\n        username\n      }\n      grants {\n        role\n        roleName\n        stage\n        actions\n        unit {\n          id\n          name\n          sites {\n            id\n            code\n            name\n            isDemo\n          }\n        }\n        site {\n          id\n          code\n          name\n          isDemo\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarYearCovered($year: Int!, $covered: Boolean!) {\n    setCalendarYearCovered(year: $year, covered: $covered) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarYearCovered($year: Int!, $covered: Boolean!) {\n    setCalendarYearCovered(year: $year, covered: $covered) {\n      year\n      covered\n      days {\n        date\n        kind\n        name\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n    updateClass\n    sortOrder\n  }\n"): (typeof documents)["\n  fragment ChannelFields on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n    updateClass\n    sortOrder\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelTree($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      name\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n            children {\n              ...ChannelFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelTree($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      name\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n            children {\n              ...ChannelFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChannel($id: ID!, $input: UpdateChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChannel($id: ID!, $input: UpdateChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelNode on Channel {\n    id\n    name\n    path\n    kind\n    updateClass\n  }\n"): (typeof documents)["\n  fragment ChannelNode on Channel {\n    id\n    name\n    path\n    kind\n    updateClass\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteChannels($id: ID!) {\n    site(id: $id) {\n      id\n      code\n      name\n      isDemo\n      channels {\n        ...ChannelNode\n        children {\n          ...ChannelNode\n          children {\n            ...ChannelNode\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteChannels($id: ID!) {\n    site(id: $id) {\n      id\n      code\n      name\n      isDemo\n      channels {\n        ...ChannelNode\n        children {\n          ...ChannelNode\n          children {\n            ...ChannelNode\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    target {\n      id\n      name\n      deleted\n    }\n    article {\n      id\n      currentRevision {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    target {\n      id\n      name\n      deleted\n    }\n    article {\n      id\n      currentRevision {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on DistributionTarget {\n    id\n    name\n    format\n    url\n    events\n    enabled\n    draftOnly\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TargetFields on DistributionTarget {\n    id\n    name\n    format\n    url\n    events\n    enabled\n    draftOnly\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleDeliveries($id: ID!) {\n    article(id: $id) {\n      id\n      deliveries {\n        ...DeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleDeliveries($id: ID!) {\n    article(id: $id) {\n      id\n      deliveries {\n        ...DeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistributionTarget($input: CreateDistributionTargetInput!) {\n    createDistributionTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistributionTarget($input: CreateDistributionTargetInput!) {\n    createDistributionTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDistributionTarget($id: ID!) {\n    deleteDistributionTarget(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDistributionTarget($id: ID!) {\n    deleteDistributionTarget(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($siteId: ID!, $status: DeliveryStatus, $offset: Int, $limit: Int) {\n    deliveries(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($siteId: ID!, $status: DeliveryStatus, $offset: Int, $limit: Int) {\n    deliveries(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistributionTargets($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      distributionTargets {\n        ...TargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistributionTargets($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      distributionTargets {\n        ...TargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendDelivery($id: ID!) {\n    resendDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendDelivery($id: ID!) {\n    resendDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateDistributionSecret($id: ID!) {\n    rotateDistributionSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateDistributionSecret($id: ID!) {\n    rotateDistributionSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetSecret($id: ID!) {\n    distributionTarget(id: $id) {\n      id\n      secret\n    }\n  }\n"): (typeof documents)["\n  query TargetSecret($id: ID!) {\n    distributionTarget(id: $id) {\n      id\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDistributionTarget($id: ID!, $input: UpdateDistributionTargetInput!) {\n    updateDistributionTarget(id: $id, input: $input) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDistributionTarget($id: ID!, $input: UpdateDistributionTargetInput!) {\n    updateDistributionTarget(id: $id, input: $input) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeEntryFields on KnowledgeEntry {\n    id\n    source\n    title\n    question\n    answer\n    category\n    unitId\n    siteId\n    letterId\n    withdrawn\n    helpfulCount\n    unhelpfulCount\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment KnowledgeEntryFields on KnowledgeEntry {\n    id\n    source\n    title\n    question\n    answer\n    category\n    unitId\n    siteId\n    letterId\n    withdrawn\n    helpfulCount\n    unhelpfulCount\n    answeredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeEntry($input: KnowledgeEntryInput!) {\n    createKnowledgeEntry(input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKnowledgeEntry($input: KnowledgeEntryInput!) {\n    createKnowledgeEntry(input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKnowledgeEntry($id: ID!) {\n    deleteKnowledgeEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteKnowledgeEntry($id: ID!) {\n    deleteKnowledgeEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeCategories {\n    knowledgeCategories {\n      category\n      count\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeCategories {\n    knowledgeCategories {\n      category\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeEntries($search: String, $category: String, $unitId: ID, $first: Int, $offset: Int) {\n    knowledgeEntries(search: $search, category: $category, unitId: $unitId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...KnowledgeEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeEntries($search: String, $category: String, $unitId: ID, $first: Int, $offset: Int) {\n    knowledgeEntries(search: $search, category: $category, unitId: $unitId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...KnowledgeEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeEntry($id: ID!, $input: KnowledgeEntryInput!) {\n    updateKnowledgeEntry(id: $id, input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKnowledgeEntry($id: ID!, $input: KnowledgeEntryInput!) {\n    updateKnowledgeEntry(id: $id, input: $input) {\n      ...KnowledgeEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterAttachmentList on Letter {\n    attachments {\n      id\n      filename\n      mediaType\n      size\n    }\n  }\n"): (typeof documents)["\n  fragment LetterAttachmentList on Letter {\n    attachments {\n      id\n      filename\n      mediaType\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterDetail on Letter {\n    id\n    title\n    content\n    category\n    ...LetterAttachmentList\n    publishable\n    status\n    held\n    checkResult {\n      lexiconVersion\n      blockCount\n      findings {\n        key\n        field\n        start\n        end\n        text\n        category\n        severity\n        suggestion\n        explanation\n      }\n    }\n    ownerUnitId\n    anonymous\n    contactPhone\n    contactPhoneFull\n    writerName\n    phoneVerified\n    notAcceptedReason\n    infoRequest\n    draftReply\n    reply\n    repliedAt\n    rating\n    ratingComment\n    reworkCount\n    acceptedAt\n    closedAt\n    createdAt\n    mailbox {\n      id\n      name\n      unitId\n      maxReworks\n      deadlineWorkdays\n      isOneWindow\n    }\n    units {\n      unitId\n      role\n      startedAt\n      endedAt\n      dueAt\n    }\n    deadline {\n      citizenDueAt\n      unitDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    mergedInto {\n      id\n      title\n      mailbox {\n        id\n        unitId\n      }\n    }\n    mergedLetters {\n      id\n      title\n      status\n      createdAt\n    }\n    timeline {\n      id\n      action\n      actorKind\n      actorName\n      unitId\n      comment\n      rating\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment LetterDetail on Letter {\n    id\n    title\n    content\n    category\n    ...LetterAttachmentList\n    publishable\n    status\n    held\n    checkResult {\n      lexiconVersion\n      blockCount\n      findings {\n        key\n        field\n        start\n        end\n        text\n        category\n        severity\n        suggestion\n        explanation\n      }\n    }\n    ownerUnitId\n    anonymous\n    contactPhone\n    contactPhoneFull\n    writerName\n    phoneVerified\n    notAcceptedReason\n    infoRequest\n    draftReply\n    reply\n    repliedAt\n    rating\n    ratingComment\n    reworkCount\n    acceptedAt\n    closedAt\n    createdAt\n    mailbox {\n      id\n      name\n      unitId\n      maxReworks\n      deadlineWorkdays\n      isOneWindow\n    }\n    units {\n      unitId\n      role\n      startedAt\n      endedAt\n      dueAt\n    }\n    deadline {\n      citizenDueAt\n      unitDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    mergedInto {\n      id\n      title\n      mailbox {\n        id\n        unitId\n      }\n    }\n    mergedLetters {\n      id\n      title\n      status\n      createdAt\n    }\n    timeline {\n      id\n      action\n      actorKind\n      actorName\n      unitId\n      comment\n      rating\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterRow on Letter {\n    id\n    title\n    status\n    held\n    ownerUnitId\n    contactPhone\n    writerName\n    anonymous\n    createdAt\n    mailbox {\n      id\n      name\n    }\n    deadline {\n      citizenDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    supervision {\n      supervisedCount\n    }\n  }\n"): (typeof documents)["\n  fragment LetterRow on Letter {\n    id\n    title\n    status\n    held\n    ownerUnitId\n    contactPhone\n    writerName\n    anonymous\n    createdAt\n    mailbox {\n      id\n      name\n    }\n    deadline {\n      citizenDueAt\n      remainingWorkdays\n      repliedLateWorkdays\n      uncovered\n      paused\n    }\n    supervision {\n      supervisedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptLetter($id: ID!, $comment: String) {\n    acceptLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptLetter($id: ID!, $comment: String) {\n    acceptLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLetter($id: ID!, $unitId: ID!, $comment: String) {\n    assignLetter(id: $id, unitId: $unitId, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLetter($id: ID!, $unitId: ID!, $comment: String) {\n    assignLetter(id: $id, unitId: $unitId, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLetter($id: ID!, $comment: String) {\n    closeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLetter($id: ID!, $comment: String) {\n    closeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoHandleLetter($id: ID!, $unitIds: [ID!]!, $comment: String) {\n    coHandleLetter(id: $id, unitIds: $unitIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CoHandleLetter($id: ID!, $unitIds: [ID!]!, $comment: String) {\n    coHandleLetter(id: $id, unitIds: $unitIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftLetterReply($id: ID!, $content: String!) {\n    draftLetterReply(id: $id, content: $content) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DraftLetterReply($id: ID!, $content: String!) {\n    draftLetterReply(id: $id, content: $content) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterHotTopics($days: Int, $minSize: Int) {\n    letterHotTopics(days: $days, minSize: $minSize) {\n      label\n      keywords\n      count\n      sampleTitles\n      first\n      last\n      letters {\n        ...LetterRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterHotTopics($days: Int, $minSize: Int) {\n    letterHotTopics(days: $days, minSize: $minSize) {\n      label\n      keywords\n      count\n      sampleTitles\n      first\n      last\n      letters {\n        ...LetterRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterMailboxOptions {\n    oneWindowMailbox {\n      id\n      name\n    }\n    sites(limit: 100) {\n      items {\n        id\n        mailboxes {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterMailboxOptions {\n    oneWindowMailbox {\n      id\n      name\n    }\n    sites(limit: 100) {\n      items {\n        id\n        mailboxes {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterRoutingSuggestion($id: ID!) {\n    letter(id: $id) {\n      id\n      routingSuggestion {\n        modelVersion\n        categories {\n          category\n          confidence\n        }\n        category\n        unit {\n          id\n          name\n        }\n        unitConfidence\n        unitSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterRoutingSuggestion($id: ID!) {\n    letter(id: $id) {\n      id\n      routingSuggestion {\n        modelVersion\n        categories {\n          category\n          confidence\n        }\n        category\n        unit {\n          id\n          name\n        }\n        unitConfidence\n        unitSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSimilarLetters($id: ID!) {\n    letter(id: $id) {\n      id\n      similarLetters {\n        similarity\n        letter {\n          id\n          title\n          status\n          createdAt\n          mailbox {\n            id\n            unitId\n          }\n          mergedInto {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSimilarLetters($id: ID!) {\n    letter(id: $id) {\n      id\n      similarLetters {\n        similarity\n        letter {\n          id\n          title\n          status\n          createdAt\n          mailbox {\n            id\n            unitId\n          }\n          mergedInto {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSupervisionSettings {\n    letterSupervisionSettings {\n      warnWorkdays\n      reminderHours\n    }\n  }\n"): (typeof documents)["\n  query LetterSupervisionSettings {\n    letterSupervisionSettings {\n      warnWorkdays\n      reminderHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letters($filter: LetterFilter, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Letters($filter: LetterFilter, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeLetters($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {\n    mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MergeLetters($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {\n    mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNewLetters($limit: Int) {\n    myNewLetters(limit: $limit) {\n      total\n      letters {\n        id\n        title\n        createdAt\n        mailbox {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNewLetters($limit: Int) {\n    myNewLetters(limit: $limit) {\n      total\n      letters {\n        id\n        title\n        createdAt\n        mailbox {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotAcceptLetter($id: ID!, $reason: String!) {\n    notAcceptLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation NotAcceptLetter($id: ID!, $reason: String!) {\n    notAcceptLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideLetterInfo($id: ID!, $info: String!) {\n    provideLetterInfo(id: $id, info: $info) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLetterReply($id: ID!) {\n    publishLetterReply(id: $id) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLetterReply($id: ID!) {\n    publishLetterReply(id: $id) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLetterInfo($id: ID!, $question: String!) {\n    requestLetterInfo(id: $id, question: $question) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLetterInfo($id: ID!, $question: String!) {\n    requestLetterInfo(id: $id, question: $question) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewLetterReply($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewLetterReply(id: $id, approve: $approve, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewLetterReply($id: ID!, $approve: Boolean!, $comment: String) {\n    reviewLetterReply(id: $id, approve: $approve, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReworkLetter($id: ID!, $reason: String!) {\n    reworkLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReworkLetter($id: ID!, $reason: String!) {\n    reworkLetter(id: $id, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarReplies($letterId: ID!) {\n    similarReplies(letterId: $letterId, first: 5) {\n      score\n      entry {\n        id\n        title\n        answer\n        category\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarReplies($letterId: ID!) {\n    similarReplies(letterId: $letterId, first: 5) {\n      score\n      entry {\n        id\n        title\n        answer\n        category\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseLetter($id: ID!, $comment: String!) {\n    superviseLetter(id: $id, comment: $comment) {\n      id\n      supervision {\n        overdue\n        dueSoon\n        supervisedCount\n        lastRemindedAt\n      }\n      timeline {\n        id\n        action\n        actorName\n        unitId\n        comment\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuperviseLetter($id: ID!, $comment: String!) {\n    superviseLetter(id: $id, comment: $comment) {\n      id\n      supervision {\n        overdue\n        dueSoon\n        supervisedCount\n        lastRemindedAt\n      }\n      timeline {\n        id\n        action\n        actorName\n        unitId\n        comment\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisedLetters($filter: LetterFilter!, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n        supervision {\n          overdue\n          dueSoon\n          supervisedCount\n          lastRemindedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisedLetters($filter: LetterFilter!, $first: Int, $offset: Int) {\n    letters(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...LetterRow\n        supervision {\n          overdue\n          dueSoon\n          supervisedCount\n          lastRemindedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferLetter($id: ID!, $unitId: ID!, $reason: String!) {\n    transferLetter(id: $id, unitId: $unitId, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TransferLetter($id: ID!, $unitId: ID!, $reason: String!) {\n    transferLetter(id: $id, unitId: $unitId, reason: $reason) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeLetter($id: ID!, $comment: String) {\n    unmergeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UnmergeLetter($id: ID!, $comment: String) {\n    unmergeLetter(id: $id, comment: $comment) {\n      ...LetterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LexiconEntryFields on LexiconEntry {\n    id\n    term\n    kind\n    level\n    suggestion\n    scope\n    unitId\n    note\n    source\n    enabled\n    titles\n    category\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LexiconEntryFields on LexiconEntry {\n    id\n    term\n    kind\n    level\n    suggestion\n    scope\n    unitId\n    note\n    source\n    enabled\n    titles\n    category\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLexiconEntry($input: CreateLexiconEntryInput!) {\n    createLexiconEntry(input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLexiconEntry($input: CreateLexiconEntryInput!) {\n    createLexiconEntry(input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExemptLexiconEntry($input: LexiconExemptionInput!) {\n    exemptLexiconEntry(input: $input) {\n      unitId\n      reason\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExemptLexiconEntry($input: LexiconExemptionInput!) {\n    exemptLexiconEntry(input: $input) {\n      unitId\n      reason\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportLexicon($format: LexiconFileFormat!, $scope: LexiconScope, $unitId: ID) {\n    exportLexicon(format: $format, scope: $scope, unitId: $unitId) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  query ExportLexicon($format: LexiconFileFormat!, $scope: LexiconScope, $unitId: ID) {\n    exportLexicon(format: $format, scope: $scope, unitId: $unitId) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLexicon($input: ImportLexiconInput!) {\n    importLexicon(input: $input) {\n      dryRun\n      added\n      updated\n      unchanged\n      rejected\n      version\n      rows {\n        line\n        term\n        kind\n        action\n        reasons\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportLexicon($input: ImportLexiconInput!) {\n    importLexicon(input: $input) {\n      dryRun\n      added\n      updated\n      unchanged\n      rejected\n      version\n      rows {\n        line\n        term\n        kind\n        action\n        reasons\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LexiconEntries($filter: LexiconEntryFilter, $offset: Int, $limit: Int) {\n    lexiconVersion\n    lexiconEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...LexiconEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LexiconEntries($filter: LexiconEntryFilter, $offset: Int, $limit: Int) {\n    lexiconVersion\n    lexiconEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...LexiconEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LexiconExemptions($unitId: ID!) {\n    lexiconExemptions(unitId: $unitId) {\n      unitId\n      reason\n      createdAt\n      entry {\n        id\n        term\n        kind\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query LexiconExemptions($unitId: ID!) {\n    lexiconExemptions(unitId: $unitId) {\n      unitId\n      reason\n      createdAt\n      entry {\n        id\n        term\n        kind\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLexiconExemption($unitId: ID!, $entryId: ID!) {\n    removeLexiconExemption(unitId: $unitId, entryId: $entryId)\n  }\n"): (typeof documents)["\n  mutation RemoveLexiconExemption($unitId: ID!, $entryId: ID!) {\n    removeLexiconExemption(unitId: $unitId, entryId: $entryId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLexiconEntry($id: ID!, $input: UpdateLexiconEntryInput!) {\n    updateLexiconEntry(id: $id, input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLexiconEntry($id: ID!, $input: UpdateLexiconEntryInput!) {\n    updateLexiconEntry(id: $id, input: $input) {\n      ...LexiconEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailboxFields on Mailbox {\n    id\n    unitId\n    site {\n      id\n      name\n    }\n    name\n    description\n    kind\n    isPublic\n    sortOrder\n    letterKind\n    deadlineWorkdays\n    maxReworks\n    recipientUserIds\n    recipientRole\n    isOneWindow\n    allowAnonymous\n  }\n"): (typeof documents)["\n  fragment MailboxFields on Mailbox {\n    id\n    unitId\n    site {\n      id\n      name\n    }\n    name\n    description\n    kind\n    isPublic\n    sortOrder\n    letterKind\n    deadlineWorkdays\n    maxReworks\n    recipientUserIds\n    recipientRole\n    isOneWindow\n    allowAnonymous\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailboxRecipientUsers($unitId: ID!, $limit: Int) {\n    users(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        username\n        displayName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailboxRecipientUsers($unitId: ID!, $limit: Int) {\n    users(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        username\n        displayName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailboxUnitSites($unitId: ID!, $limit: Int) {\n    sites(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        name\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailboxUnitSites($unitId: ID!, $limit: Int) {\n    sites(filter: { unitId: $unitId }, limit: $limit) {\n      items {\n        id\n        name\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMailboxes($unitId: ID!) {\n    unitMailboxes(unitId: $unitId) {\n      ...MailboxFields\n    }\n  }\n"): (typeof documents)["\n  query UnitMailboxes($unitId: ID!) {\n    unitMailboxes(unitId: $unitId) {\n      ...MailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaAssetFields on MediaAsset {\n    id\n    kind\n    name\n    mimeType\n    size\n    width\n    height\n    url\n    thumbUrl\n    visibility\n    createdAt\n    site {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment MediaAssetFields on MediaAsset {\n    id\n    kind\n    name\n    mimeType\n    size\n    width\n    height\n    url\n    thumbUrl\n    visibility\n    createdAt\n    site {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaAssets(\n    $siteId: ID!\n    $kind: MediaKind\n    $search: String\n    $includeShared: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    mediaAssets(\n      siteId: $siteId\n      kind: $kind\n      search: $search\n      includeShared: $includeShared\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...MediaAssetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaAssets(\n    $siteId: ID!\n    $kind: MediaKind\n    $search: String\n    $includeShared: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    mediaAssets(\n      siteId: $siteId\n      kind: $kind\n      search: $search\n      includeShared: $includeShared\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...MediaAssetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaUsage($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      usedBy {\n        id\n        status\n        currentRevision {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaUsage($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      usedBy {\n        id\n        status\n        currentRevision {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMediaVisibility($id: ID!, $visibility: MediaVisibility!) {\n    updateMediaVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMediaVisibility($id: ID!, $visibility: MediaVisibility!) {\n    updateMediaVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMediaAsset($id: ID!) {\n    deleteMediaAsset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMediaAsset($id: ID!) {\n    deleteMediaAsset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecheckRunFields on RecheckRun {\n    id\n    site {\n      id\n      name\n      code\n    }\n    status\n    total\n    checked\n    progress\n    articlesWithBlock\n    blockCount\n    warnCount\n    lexiconVersion\n    error\n    startedByName\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment RecheckRunFields on RecheckRun {\n    id\n    site {\n      id\n      name\n      code\n    }\n    status\n    total\n    checked\n    progress\n    articlesWithBlock\n    blockCount\n    warnCount\n    lexiconVersion\n    error\n    startedByName\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecheckRun($id: ID!, $offset: Int, $limit: Int) {\n    recheckRun(id: $id) {\n      ...RecheckRunFields\n      items(onlyWithFindings: true, offset: $offset, limit: $limit) {\n        total\n        items {\n          articleId\n          site {\n            id\n            name\n          }\n          title\n          blockCount\n          warnCount\n          findings {\n            text\n            category\n            severity\n            suggestion\n            explanation\n          }\n          checkedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecheckRun($id: ID!, $offset: Int, $limit: Int) {\n    recheckRun(id: $id) {\n      ...RecheckRunFields\n      items(onlyWithFindings: true, offset: $offset, limit: $limit) {\n        total\n        items {\n          articleId\n          site {\n            id\n            name\n          }\n          title\n          blockCount\n          warnCount\n          findings {\n            text\n            category\n            severity\n            suggestion\n            explanation\n          }\n          checkedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecheckRuns($limit: Int) {\n    recheckRuns(limit: $limit) {\n      ...RecheckRunFields\n    }\n  }\n"): (typeof documents)["\n  query RecheckRuns($limit: Int) {\n    recheckRuns(limit: $limit) {\n      ...RecheckRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRecheck($siteId: ID) {\n    startRecheck(siteId: $siteId) {\n      ...RecheckRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRecheck($siteId: ID) {\n    startRecheck(siteId: $siteId) {\n      ...RecheckRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      code\n      name\n      scopeKinds\n      actions\n      stage\n      exclusiveGroup\n      requiresTotp\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      code\n      name\n      scopeKinds\n      actions\n      stage\n      exclusiveGroup\n      requiresTotp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityPolicyFields on SecurityPolicy {\n    totpRequiredForAdmins\n    maxFailedAttempts\n    lockoutMinutes\n    passwordMinLength\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SecurityPolicyFields on SecurityPolicy {\n    totpRequiredForAdmins\n    maxFailedAttempts\n    lockoutMinutes\n    passwordMinLength\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityPolicy {\n    securityPolicy {\n      ...SecurityPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query SecurityPolicy {\n    securityPolicy {\n      ...SecurityPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningKeys {\n    signingKeys {\n      kid\n      createdAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query SigningKeys {\n    signingKeys {\n      kid\n      createdAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateSigningKey {\n    rotateSigningKey {\n      kid\n      createdAt\n      current\n    }\n  }\n"): (typeof documents)["\n  mutation RotateSigningKey {\n    rotateSigningKey {\n      kid\n      createdAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecurityPolicy($input: UpdateSecurityPolicyInput!) {\n    updateSecurityPolicy(input: $input) {\n      ...SecurityPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSecurityPolicy($input: UpdateSecurityPolicyInput!) {\n    updateSecurityPolicy(input: $input) {\n      ...SecurityPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteRow on Site {\n    id\n    code\n    name\n    status\n    domains\n    siteIdCode\n    description\n    isDemo\n    unit {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SiteRow on Site {\n    id\n    code\n    name\n    status\n    domains\n    siteIdCode\n    description\n    isDemo\n    unit {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformSettings {\n    platformSettings {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n"): (typeof documents)["\n  query PlatformSettings {\n    platformSettings {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGreyMode($enabled: Boolean!) {\n    setGreyMode(enabled: $enabled) {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetGreyMode($enabled: Boolean!) {\n    setGreyMode(enabled: $enabled) {\n      greyMode\n      greyModeChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteAppearance($id: ID!) {\n    site(id: $id) {\n      id\n      name\n      code\n      theme {\n        logoUrl\n        bannerUrl\n        primaryColor\n        footerText\n        icpNumber\n        policeNumber\n        showGovMark\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n      channels {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteAppearance($id: ID!) {\n    site(id: $id) {\n      id\n      name\n      code\n      theme {\n        logoUrl\n        bannerUrl\n        primaryColor\n        footerText\n        icpNumber\n        policeNumber\n        showGovMark\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n      channels {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites($filter: SiteFilter, $offset: Int, $limit: Int) {\n    sites(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...SiteRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sites($filter: SiteFilter, $offset: Int, $limit: Int) {\n    sites(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...SiteRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSiteAppearance($id: ID!, $input: SiteAppearanceInput!) {\n    updateSiteAppearance(id: $id, input: $input) {\n      id\n      theme {\n        primaryColor\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSiteAppearance($id: ID!, $input: SiteAppearanceInput!) {\n    updateSiteAppearance(id: $id, input: $input) {\n      id\n      theme {\n        primaryColor\n      }\n      homeLayout {\n        kind\n        channelId\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolicitationDetail on Solicitation {\n    id\n    unitId\n    title\n    description\n    documentUrl\n    documentName\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    closedAt\n    submissionCount\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SolicitationDetail on Solicitation {\n    id\n    unitId\n    title\n    description\n    documentUrl\n    documentName\n    questions {\n      id\n      kind\n      title\n      options\n      required\n    }\n    siteIds\n    allowAnonymous\n    startsAt\n    endsAt\n    status\n    acceptingSubmissions\n    closedReason\n    closedAt\n    submissionCount\n    feedback {\n      summary\n      total\n      adopted\n      partlyAdopted\n      notAdopted\n      publishedAt\n      highlights {\n        adoption\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSolicitation($id: ID!, $reason: String!) {\n    closeSolicitation(id: $id, reason: $reason) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSolicitation($id: ID!, $reason: String!) {\n    closeSolicitation(id: $id, reason: $reason) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSolicitation($input: SolicitationInput!) {\n    createSolicitation(input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSolicitation($input: SolicitationInput!) {\n    createSolicitation(input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportSolicitationSubmissions($id: ID!) {\n    exportSolicitationSubmissions(id: $id) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation ExportSolicitationSubmissions($id: ID!) {\n    exportSolicitationSubmissions(id: $id) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSolicitation($id: ID!) {\n    openSolicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSolicitation($id: ID!) {\n    openSolicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSolicitationFeedback($id: ID!, $input: SolicitationFeedbackInput!) {\n    publishSolicitationFeedback(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSolicitationFeedback($id: ID!, $input: SolicitationFeedbackInput!) {\n    publishSolicitationFeedback(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSolicitationSubmission($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) {\n    reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) {\n      id\n      held\n      adoption\n      adoptionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSolicitationSubmission($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) {\n    reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) {\n      id\n      held\n      adoption\n      adoptionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSolicitationMinOpenDays($unitId: ID, $days: Int!) {\n    setSolicitationMinOpenDays(unitId: $unitId, days: $days) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetSolicitationMinOpenDays($unitId: ID, $days: Int!) {\n    setSolicitationMinOpenDays(unitId: $unitId, days: $days) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Solicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  query Solicitation($id: ID!) {\n    solicitation(id: $id) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolicitationChoiceStats($id: ID!) {\n    solicitation(id: $id) {\n      id\n      choiceStats {\n        questionId\n        title\n        kind\n        answered\n        options {\n          option\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolicitationChoiceStats($id: ID!) {\n    solicitation(id: $id) {\n      id\n      choiceStats {\n        questionId\n        title\n        kind\n        answered\n        options {\n          option\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolicitationSettings($unitId: ID) {\n    solicitationSettings(unitId: $unitId) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n"): (typeof documents)["\n  query SolicitationSettings($unitId: ID) {\n    solicitationSettings(unitId: $unitId) {\n      unitId\n      platformMinOpenDays\n      unitMinOpenDays\n      minOpenDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolicitationSubmissions($id: ID!, $filter: SolicitationSubmissionFilter, $first: Int, $offset: Int) {\n    solicitation(id: $id) {\n      id\n      submissions(filter: $filter, first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          anonymous\n          contactName\n          contactPhone\n          createdAt\n          held\n          adoption\n          adoptionReason\n          answers {\n            questionId\n            text\n            choices\n          }\n          checkResult {\n            blockCount\n            findings {\n              key\n              questionId\n              text\n              severity\n              suggestion\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolicitationSubmissions($id: ID!, $filter: SolicitationSubmissionFilter, $first: Int, $offset: Int) {\n    solicitation(id: $id) {\n      id\n      submissions(filter: $filter, first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          anonymous\n          contactName\n          contactPhone\n          createdAt\n          held\n          adoption\n          adoptionReason\n          answers {\n            questionId\n            text\n            choices\n          }\n          checkResult {\n            blockCount\n            findings {\n              key\n              questionId\n              text\n              severity\n              suggestion\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Solicitations($filter: SolicitationFilter, $first: Int, $offset: Int) {\n    solicitations(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        unitId\n        title\n        status\n        startsAt\n        endsAt\n        submissionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Solicitations($filter: SolicitationFilter, $first: Int, $offset: Int) {\n    solicitations(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        unitId\n        title\n        status\n        startsAt\n        endsAt\n        submissionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSolicitation($id: ID!, $input: SolicitationInput!) {\n    updateSolicitation(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSolicitation($id: ID!, $input: SolicitationInput!) {\n    updateSolicitation(id: $id, input: $input) {\n      ...SolicitationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PushRow on ArticlePush {\n    id\n    status\n    originArticleId\n    originSiteName\n    targetSiteName\n    targetChannel {\n      id\n      name\n    }\n    note\n    pushedByName\n    pushedAt\n    decidedByName\n    decidedAt\n    declineReason\n    copyArticleId\n    isUpdate\n    snapshot {\n      revisionNumber\n      title\n      source\n      author\n      summary\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment PushRow on ArticlePush {\n    id\n    status\n    originArticleId\n    originSiteName\n    targetSiteName\n    targetChannel {\n      id\n      name\n    }\n    note\n    pushedByName\n    pushedAt\n    decidedByName\n    decidedAt\n    declineReason\n    copyArticleId\n    isUpdate\n    snapshot {\n      revisionNumber\n      title\n      source\n      author\n      summary\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPush($id: ID!) {\n    acceptPush(id: $id) {\n      ...PushRow\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPush($id: ID!) {\n    acceptPush(id: $id) {\n      ...PushRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePushes($id: ID!) {\n    article(id: $id) {\n      id\n      origin {\n        articleId\n        siteName\n        url\n      }\n      pushes {\n        ...PushRow\n      }\n      takedownReport {\n        kind\n        siteName\n        channel {\n          id\n          name\n        }\n        copyArticleId\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlePushes($id: ID!) {\n    article(id: $id) {\n      id\n      origin {\n        articleId\n        siteName\n        url\n      }\n      pushes {\n        ...PushRow\n      }\n      takedownReport {\n        kind\n        siteName\n        channel {\n          id\n          name\n        }\n        copyArticleId\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePush($id: ID!, $reason: String!) {\n    declinePush(id: $id, reason: $reason) {\n      ...PushRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePush($id: ID!, $reason: String!) {\n    declinePush(id: $id, reason: $reason) {\n      ...PushRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingPushes($siteId: ID!, $status: PushStatus, $offset: Int, $limit: Int) {\n    incomingPushes(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PushRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncomingPushes($siteId: ID!, $status: PushStatus, $offset: Int, $limit: Int) {\n    incomingPushes(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PushRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushArticle($id: ID!, $targets: [PushTargetInput!]!, $note: String) {\n    pushArticle(id: $id, targets: $targets, note: $note) {\n      ...PushRow\n    }\n  }\n"): (typeof documents)["\n  mutation PushArticle($id: ID!, $targets: [PushTargetInput!]!, $note: String) {\n    pushArticle(id: $id, targets: $targets, note: $note) {\n      ...PushRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushTargets {\n    pushTargets {\n      siteId\n      name\n      parentSiteId\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PushTargets {\n    pushTargets {\n      siteId\n      name\n      parentSiteId\n      channels {\n        ...ChannelFields\n        children {\n          ...ChannelFields\n          children {\n            ...ChannelFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewTask on Article {\n    id\n    status\n    reviewStage\n    updatedAt\n    site {\n      id\n      name\n    }\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n    }\n    createdBy {\n      id\n      displayName\n    }\n    timeline {\n      id\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewTask on Article {\n    id\n    status\n    reviewStage\n    updatedAt\n    site {\n      id\n      name\n    }\n    channel {\n      id\n      name\n    }\n    currentRevision {\n      id\n      number\n      title\n    }\n    createdBy {\n      id\n      displayName\n    }\n    timeline {\n      id\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviewTasks {\n    myReviewTasks {\n      ...ReviewTask\n    }\n  }\n"): (typeof documents)["\n  query MyReviewTasks {\n    myReviewTasks {\n      ...ReviewTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicFields on Topic {\n    id\n    name\n    slug\n    description\n    bannerImageId\n    bannerImageUrl\n    pinnedArticleIds\n    sortOrder\n    enabled\n    updatedAt\n    sourceChannels {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TopicFields on Topic {\n    id\n    name\n    slug\n    description\n    bannerImageId\n    bannerImageUrl\n    pinnedArticleIds\n    sortOrder\n    enabled\n    updatedAt\n    sourceChannels {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTopic($id: ID!) {\n    deleteTopic(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTopic($id: ID!) {\n    deleteTopic(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicArticleOptions($siteId: ID!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: 100) {\n      items {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicArticleOptions($siteId: ID!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: 100) {\n      items {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTopics($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      code\n      topics(includeDisabled: true) {\n        ...TopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteTopics($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      code\n      topics(includeDisabled: true) {\n        ...TopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTopic($id: ID!, $input: UpdateTopicInput!) {\n    updateTopic(id: $id, input: $input) {\n      ...TopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTopic($id: ID!, $input: UpdateTopicInput!) {\n    updateTopic(id: $id, input: $input) {\n      ...TopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRow on Unit {\n    id\n    name\n    shortName\n    code\n    kind\n    level\n    sortOrder\n    isDemo\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UnitRow on Unit {\n    id\n    name\n    shortName\n    code\n    kind\n    level\n    sortOrder\n    isDemo\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitRow\n    }\n  }\n"): (typeof documents)["\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    email\n    phone\n    status\n    totpEnabled\n    lockedUntil\n    lastLoginAt\n    isDemo\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      role {\n        code\n        name\n      }\n      unit {\n        id\n        name\n      }\n      site {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    email\n    phone\n    status\n    totpEnabled\n    lockedUntil\n    lastLoginAt\n    isDemo\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      role {\n        code\n        name\n      }\n      unit {\n        id\n        name\n      }\n      site {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId)\n  }\n"): (typeof documents)["\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $offset: Int, $limit: Int) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $offset: Int, $limit: Int) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkflow($siteId: ID!, $stages: [WorkflowStageInput!]!) {\n    updateWorkflow(siteId: $siteId, stages: $stages) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkflow($siteId: ID!, $stages: [WorkflowStageInput!]!) {\n    updateWorkflow(siteId: $siteId, stages: $stages) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workflow($siteId: ID!) {\n    workflow(siteId: $siteId) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workflow($siteId: ID!) {\n    workflow(siteId: $siteId) {\n      site {\n        id\n      }\n      stages {\n        order\n        name\n        roleCode\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;