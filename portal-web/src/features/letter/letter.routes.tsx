// 写信 and 信件查询 on every site (visitor routes: never cached, POST forms with the anti-forgery token).
//   <site>/hdjl/<mailboxId>/xiexin/  the letter form of one of the site's mailboxes ("tyck": the city's 统一窗口)
//   <site>/hdjl/huizhi/              the receipt: the query code, once (handed over in a short-lived cookie)
//   <site>/hdjl/chaxun/              look a letter up with its query code (posted, never in the address)

import { urlOf } from "@jiyue/server-kit";
import type { PortalLetterMailboxFragment } from "../../gql/graphql";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import {
  CSRF_FIELD,
  fieldErrorsOf,
  formMessageOf,
  formStatusOf,
  type GraphQLErrorValue,
  type UploadedFile,
  type VisitorContext,
  type VisitorRoute,
} from "../../server/visitor";
import {
  letterQueryHref,
  letterReceiptHref,
  MAILBOX_CHANNEL_PATH,
  mailboxesHref,
  ONE_WINDOW_SEGMENT,
} from "../../templates/components/letter-links";
import {
  EMPTY_LETTER,
  LETTER_CATEGORIES,
  LetterFormPage,
  type LetterFormValues,
  type LetterWriter,
} from "../../templates/pages/LetterFormPage";
import { LetterQueryPage, type QueriedLetter } from "../../templates/pages/LetterQueryPage";
import { LetterReceiptPage } from "../../templates/pages/LetterReceiptPage";
import {
  letterByQueryCodeQuery,
  letterMailboxQuery,
  letterWriterQuery,
  oneWindowMailboxQuery,
  requestPhoneCodeMutation,
  submitLetterMutation,
} from "./letter.queries";

const WRITE_PATH = new RegExp(
  `^/${MAILBOX_CHANNEL_PATH}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|${ONE_WINDOW_SEGMENT})/xiexin/$`,
);
const RECEIPT_PATH = `/${MAILBOX_CHANNEL_PATH}/huizhi/`;
const QUERY_PATH = `/${MAILBOX_CHANNEL_PATH}/chaxun/`;
/** The query code travels from the POST answer to the receipt page in this cookie, for ten minutes at most. */
const RECEIPT_COOKIE = "jy_letter_qc";
const RECEIPT_SECONDS = 600;
const QUERY_CODE = /^[A-Za-z0-9_-]{20,64}$/;
const FORM_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** The mailbox when this site shows it: the city's one window, or a public mailbox of the site's unit. */
async function mailboxFor(
  context: VisitorContext,
  segment: string,
): Promise<PortalLetterMailboxFragment | null> {
  if (segment === ONE_WINDOW_SEGMENT) {
    const { data } = await context.call(oneWindowMailboxQuery, {});
    return data?.oneWindowMailbox ?? null;
  }
  const { data } = await context.call(letterMailboxQuery, { id: segment });
  const mailbox = data?.mailbox;
  if (!mailbox?.isPublic) return null;
  if (mailbox.isOneWindow) return mailbox;
  if (mailbox.unitId !== context.site.unit.id) return null;
  if (mailbox.site && mailbox.site.id !== context.site.id) return null;
  return mailbox;
}

async function writerOf(
  context: VisitorContext,
  mailbox: PortalLetterMailboxFragment,
): Promise<LetterWriter> {
  if (context.citizen) {
    const { data } = await context.call(letterWriterQuery, {});
    if (data?.me?.kind === "CITIZEN") return { kind: "citizen", name: data.me.displayName };
  }
  return { kind: "anonymous", allowed: mailbox.allowAnonymous };
}

function valuesOf(form: URLSearchParams): LetterFormValues {
  const text = (name: string) => form.get(name) ?? "";
  const category = text("category");
  return {
    title: text("title"),
    category: (LETTER_CATEGORIES as readonly string[]).includes(category) ? category : "",
    content: text("content"),
    publishable: form.get("publishable") === "1",
    contactPhone: text("contactPhone").trim(),
    phoneCode: text("phoneCode").trim(),
  };
}

const ATTACHMENT_FIELD = "attachments";
const ATTACHMENT_LIMIT = 5;
const ATTACHMENT_BYTES = 10 * 1024 * 1024;
const ATTACHMENT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "docx"];

/** Why the chosen files cannot go with a letter (the subgraph checks the bytes again), or null. */
function attachmentProblem(files: UploadedFile[]): string | null {
  if (files.length > ATTACHMENT_LIMIT) return `附件最多 ${ATTACHMENT_LIMIT} 个`;
  for (const file of files) {
    const extension = file.filename.slice(file.filename.lastIndexOf(".") + 1).toLowerCase();
    if (!ATTACHMENT_EXTENSIONS.includes(extension))
      return `附件仅限 PDF、JPG、PNG、DOCX 格式：${file.filename}`;
    if (file.tooLarge || file.data.length > ATTACHMENT_BYTES) return `附件不能超过 10 MB：${file.filename}`;
  }
  return null;
}

/**
 * Uploads the files to interaction's attachment store as the visitor (files stay outside GraphQL); the ids,
 * or the first refusal's message.
 */
async function uploadAttachments(
  context: VisitorContext,
  files: UploadedFile[],
): Promise<{ ids: string[] } | { error: string }> {
  const ids: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.set("file", new Blob([new Uint8Array(file.data)], { type: file.mimeType }), file.filename);
    const response = await fetch(`${urlOf("interaction")}/letter-attachments`, {
      method: "POST",
      body,
      headers: {
        "x-forwarded-for": context.request.clientIp,
        ...(context.citizen ? { authorization: `Bearer ${context.citizen.token}` } : {}),
      },
    });
    const answer = (await response.json().catch(() => ({}))) as { id?: string; error?: { message?: string } };
    if (!response.ok || !answer.id) return { error: answer.error?.message ?? "附件上传失败，请稍后重试" };
    ids.push(answer.id);
  }
  return { ids };
}

async function writeLetter(context: VisitorContext, segment: string): Promise<RenderedPage> {
  const mailbox = await mailboxFor(context, segment);
  if (!mailbox) return context.notFound();
  const { basePath, request } = context;
  const writer = await writerOf(context, mailbox);
  const path = `/${MAILBOX_CHANNEL_PATH}/${segment}/xiexin/`;
  const postedKey = request.form.get("formKey") ?? "";
  const render = (
    status: number,
    state: {
      values: LetterFormValues;
      fieldErrors?: Record<string, string>;
      error?: string;
      notice?: string;
    },
  ): RenderedPage => ({
    status,
    tags: [],
    html: renderDocument(
      <LetterFormPage
        site={context.site}
        basePath={basePath}
        theme={context.theme}
        stylesheet={context.stylesheet}
        path={path}
        mailbox={mailbox}
        action={`${basePath}${path}`}
        queryHref={letterQueryHref(basePath)}
        csrfField={CSRF_FIELD}
        csrfToken={context.csrfToken}
        // The same form re-shown after an error keeps its key: submitting it again is still one letter.
        formKey={FORM_KEY.test(postedKey) ? postedKey : context.newFormKey()}
        writer={writer}
        values={state.values}
        fieldErrors={state.fieldErrors ?? {}}
        error={state.error}
        notice={state.notice}
        suggestUrl={`${basePath}/zhiku/suggest.json`}
      />,
    ),
  });
  if (request.method === "GET") return render(200, { values: EMPTY_LETTER });

  const values = valuesOf(request.form);
  const anonymous = writer.kind === "anonymous";
  if (request.form.get("intent") === "code" && anonymous) {
    const { data, errors } = await context.call(requestPhoneCodeMutation, { phone: values.contactPhone });
    const [error] = errors;
    if (!data || error) {
      const message = error?.message ?? "验证码发送失败，请稍后重试";
      const isPhone = error?.code === "BAD_USER_INPUT";
      return render(formStatusOf(error), {
        values,
        fieldErrors: isPhone ? { contactPhone: message } : {},
        error: isPhone ? "请按提示修改后再获取验证码。" : message,
      });
    }
    return render(200, {
      values: { ...values, phoneCode: "" },
      notice: `验证码已发送至 ${data.requestPhoneCode.maskedPhone}，10 分钟内有效。`,
    });
  }

  const files = request.files.filter((file) => file.field === ATTACHMENT_FIELD);
  const retryFiles = files.length ? "提交未成功，请重新选择附件" : undefined;
  const problem = attachmentProblem(files);
  if (problem)
    return render(422, { values, fieldErrors: { attachments: problem }, error: "请按提示修改后再提交。" });
  const uploaded = files.length ? await uploadAttachments(context, files) : { ids: [] };
  if ("error" in uploaded)
    return render(422, {
      values,
      fieldErrors: { attachments: uploaded.error },
      error: "请按提示修改后再提交。",
    });
  const { data, errors } = await context.call(submitLetterMutation, {
    input: {
      attachmentIds: uploaded.ids,
      mailboxId: mailbox.id,
      siteId: context.site.id,
      title: values.title,
      content: values.content,
      category: values.category || null,
      publishable: values.publishable,
      idempotencyKey: FORM_KEY.test(postedKey) ? postedKey : null,
      ...(anonymous
        ? { contactPhone: values.contactPhone || null, phoneCode: values.phoneCode || null }
        : {}),
    },
  });
  const [error] = errors;
  if (!data || error) {
    const fieldErrors = fieldErrorsOf(error);
    if (error?.code === "UNAUTHENTICATED" && anonymous && !values.contactPhone)
      fieldErrors.contactPhone = "请填写手机号码";
    if (retryFiles) fieldErrors.attachments ??= retryFiles;
    return render(formStatusOf(error) === 200 ? 503 : formStatusOf(error), {
      values,
      fieldErrors,
      error: error ? formMessageOf(error, fieldErrors) : "暂时无法提交，请稍后重试。",
    });
  }
  // Post/Redirect/Get: the query code goes to the receipt in a cookie only that page receives.
  context.setCookie(RECEIPT_COOKIE, data.submitLetter.queryCode, {
    path: letterReceiptHref(basePath),
    maxAge: RECEIPT_SECONDS,
  });
  return { status: 303, html: "", tags: [], location: letterReceiptHref(basePath) };
}

async function receipt(context: VisitorContext): Promise<RenderedPage> {
  const { basePath } = context;
  const cookie = context.request.cookies[RECEIPT_COOKIE];
  const queryCode = cookie && QUERY_CODE.test(cookie) ? cookie : null;
  if (cookie !== undefined)
    context.setCookie(RECEIPT_COOKIE, "", { path: letterReceiptHref(basePath), maxAge: 0 });
  return {
    status: 200,
    tags: [],
    html: renderDocument(
      <LetterReceiptPage
        site={context.site}
        basePath={basePath}
        theme={context.theme}
        stylesheet={context.stylesheet}
        queryCode={queryCode}
        queryHref={letterQueryHref(basePath)}
        mailboxesHref={mailboxesHref(basePath)}
      />,
    ),
  };
}

async function lookUp(context: VisitorContext): Promise<RenderedPage> {
  const { basePath, request } = context;
  const render = (
    status: number,
    code: string,
    letter: QueriedLetter | null,
    error?: string,
  ): RenderedPage => ({
    status,
    tags: [],
    html: renderDocument(
      <LetterQueryPage
        site={context.site}
        basePath={basePath}
        theme={context.theme}
        stylesheet={context.stylesheet}
        path={QUERY_PATH}
        action={letterQueryHref(basePath)}
        csrfField={CSRF_FIELD}
        csrfToken={context.csrfToken}
        code={code}
        letter={letter}
        error={error}
      />,
    ),
  });
  if (request.method === "GET") return render(200, "", null);
  const code = (request.form.get("code") ?? "").trim();
  if (!code) return render(422, code, null, "请填写查询码。");
  const { data, errors } = await context.call(letterByQueryCodeQuery, { code });
  const [error] = errors;
  if (error)
    return render(
      formStatusOf(error),
      code,
      null,
      error.code === "TOO_MANY_REQUESTS" ? error.message : "暂时无法查询，请稍后重试。",
    );
  const letter = data?.letterByQueryCode ?? null;
  if (!letter) return render(404, code, null, "查询码不正确，请核对后重试（区分大小写）。");
  return render(200, code, letter);
}

export const letterWriteRoute: VisitorRoute = {
  name: "letter-write",
  match: (sitePath) => {
    const segment = WRITE_PATH.exec(sitePath)?.[1];
    return segment ? (context) => writeLetter(context, segment) : null;
  },
};

export const letterReceiptRoute: VisitorRoute = {
  name: "letter-receipt",
  match: (sitePath) => (sitePath === RECEIPT_PATH ? receipt : null),
};

export const letterQueryRoute: VisitorRoute = {
  name: "letter-query",
  match: (sitePath) => (sitePath === QUERY_PATH ? lookUp : null),
};
