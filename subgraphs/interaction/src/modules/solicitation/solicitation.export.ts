// The xlsx of a campaign's submissions (exceljs, like supervision's lexicon export): one row per submission
// with time, kind of submitter, each question's answer, adoption tag and reason. Names and phone numbers
// only when the caller may see them.
import ExcelJS from "exceljs";
import type { Adoption, SolicitationRow, SubmissionRow } from "./solicitation.sql";

export const ADOPTION_LABELS: Record<Adoption, string> = {
  adopted: "采纳",
  partly_adopted: "部分采纳",
  not_adopted: "未采纳",
};

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Answers to a multiple choice question are joined with this separator in a cell. */
export const CHOICE_SEPARATOR = "；";

export function exportHeader(campaign: SolicitationRow, personalData: boolean): string[] {
  return [
    "提交时间",
    "提交人类型",
    ...(personalData ? ["姓名", "联系电话"] : []),
    ...campaign.questions.map((question, index) => `${index + 1}. ${question.title}`),
    "内容校验",
    "采纳情况",
    "理由",
  ];
}

function shanghaiTime(date: Date): string {
  return date.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai", hour12: false });
}

export function exportCells(campaign: SolicitationRow, row: SubmissionRow, personalData: boolean): string[] {
  const answers = new Map(row.answers.map((answer) => [answer.questionId, answer]));
  return [
    shanghaiTime(row.createdAt),
    row.citizenId ? "登录市民" : "匿名",
    ...(personalData ? [row.contactName ?? "", row.contactPhone ?? ""] : []),
    ...campaign.questions.map((question) => {
      const answer = answers.get(question.id);
      if (!answer) return "";
      return question.kind === "text" ? (answer.text ?? "") : answer.choices.join(CHOICE_SEPARATOR);
    }),
    row.held ? "待人工确认" : "通过",
    row.adoption ? ADOPTION_LABELS[row.adoption] : "未标注",
    row.adoptionReason ?? "",
  ];
}

export async function writeSubmissionsXlsx(
  campaign: SolicitationRow,
  rows: SubmissionRow[],
  personalData: boolean,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "集约平台";
  const sheet = workbook.addWorksheet("征集意见");
  sheet.addRow(exportHeader(campaign, personalData));
  for (const row of rows) sheet.addRow(exportCells(campaign, row, personalData));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
