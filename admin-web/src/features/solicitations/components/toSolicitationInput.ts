import type { Dayjs } from "dayjs";
import type { SolicitationInput, SolicitationQuestionKind } from "#gql/graphql";

export interface QuestionValues {
  kind: SolicitationQuestionKind;
  title: string;
  options?: string[];
  required?: boolean;
}

export interface SolicitationFormValues {
  unitId: string;
  title: string;
  description: string;
  documentUrl?: string;
  documentName?: string;
  siteIds: string[];
  allowAnonymous?: boolean;
  period: [Dayjs, Dayjs];
  questions: QuestionValues[];
}

/** The mutation input for the editor's values (options only for choice questions). */
export function toSolicitationInput(values: SolicitationFormValues): SolicitationInput {
  const [startsAt, endsAt] = values.period;
  return {
    unitId: values.unitId,
    title: values.title.trim(),
    description: values.description.trim(),
    documentUrl: values.documentUrl?.trim() || null,
    documentName: values.documentName?.trim() || null,
    siteIds: values.siteIds,
    allowAnonymous: values.allowAnonymous ?? false,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    questions: values.questions.map((question) => ({
      kind: question.kind,
      title: question.title.trim(),
      options: question.kind === "TEXT" ? [] : (question.options ?? []).map((option) => option.trim()),
      required: question.required ?? false,
    })),
  };
}

/** Whole days between start and end (what the minimum open period is compared with). */
export function periodDays(period: [Dayjs, Dayjs] | undefined): number | null {
  if (!period) return null;
  return Math.floor((period[1].valueOf() - period[0].valueOf()) / 86_400_000);
}
