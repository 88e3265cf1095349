import { closeSolicitation } from "./Mutation/closeSolicitation";
import { createSolicitation } from "./Mutation/createSolicitation";
import { exportSolicitationSubmissions } from "./Mutation/exportSolicitationSubmissions";
import { openSolicitation } from "./Mutation/openSolicitation";
import { publishSolicitationFeedback } from "./Mutation/publishSolicitationFeedback";
import { reviewSolicitationSubmission } from "./Mutation/reviewSolicitationSubmission";
import { setSolicitationMinOpenDays } from "./Mutation/setSolicitationMinOpenDays";
import { submitSolicitation } from "./Mutation/submitSolicitation";
import { updateSolicitation } from "./Mutation/updateSolicitation";
import { mySolicitationSubmissions } from "./Query/mySolicitationSubmissions";
import { siteSolicitations } from "./Query/siteSolicitations";
import { solicitation } from "./Query/solicitation";
import { solicitationSettings } from "./Query/solicitationSettings";
import { solicitationSubmission } from "./Query/solicitationSubmission";
import { solicitations } from "./Query/solicitations";
import { Solicitation } from "./Solicitation";
import { SolicitationSubmission } from "./SolicitationSubmission";

export const solicitationResolvers = {
  Query: {
    solicitation,
    solicitations,
    siteSolicitations,
    solicitationSubmission,
    mySolicitationSubmissions,
    solicitationSettings,
  },
  Mutation: {
    createSolicitation,
    updateSolicitation,
    openSolicitation,
    closeSolicitation,
    submitSolicitation,
    reviewSolicitationSubmission,
    publishSolicitationFeedback,
    exportSolicitationSubmissions,
    setSolicitationMinOpenDays,
  },
  Solicitation,
  SolicitationSubmission,
  SolicitationFeedback: {
    publishedAt: (feedback: { publishedAt: string }) => new Date(feedback.publishedAt),
  },
  SolicitationCheckResult: {
    checkedAt: (result: { checkedAt: string }) => new Date(result.checkedAt),
  },
  SolicitationCheckFinding: {
    questionId: (finding: { attachment?: { id: string } | null }) => finding.attachment?.id ?? null,
  },
  SolicitationStatus: {
    DRAFT: "draft",
    SCHEDULED: "scheduled",
    OPEN: "open",
    CLOSED: "closed",
    FEEDBACK_PUBLISHED: "feedback_published",
  },
  SolicitationQuestionKind: { TEXT: "text", SINGLE: "single", MULTIPLE: "multiple" },
  SolicitationAdoption: {
    ADOPTED: "adopted",
    PARTLY_ADOPTED: "partly_adopted",
    NOT_ADOPTED: "not_adopted",
  },
};
