// 意见征集 on every site the campaign targets:
//   <site>/yjzj/                  the site's campaigns (cacheable; invalidated by solicitation.* events)
//   <site>/yjzj/<id>/             one campaign with its form (visitor route: never cached, POST back)
//   <site>/yjzj/<id>/xiexie/      thank-you after a submission (Post/Redirect/Get)
//   <site>/yjzj/<id>/fankui/      the published 采纳情况 (cacheable)

import type { PortalSolicitationFragment } from "../../gql/graphql";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { pageWithinReach, type SiteRoute } from "../../server/routing";
import {
  CSRF_FIELD,
  fieldErrorsOf,
  formMessageOf,
  formStatusOf,
  type GraphQLErrorValue,
  type VisitorContext,
  type VisitorRoute,
} from "../../server/visitor";
import {
  SOLICITATION_PATH,
  solicitationHref,
  solicitationsHref,
  solicitationThanksHref,
} from "../../templates/components/solicitation-links";
import { SolicitationFeedbackPage } from "../../templates/pages/SolicitationFeedbackPage";
import { SolicitationListPage } from "../../templates/pages/SolicitationListPage";
import {
  EMPTY_SOLICITATION,
  type SolicitationFormValues,
  SolicitationPage,
  type SolicitationVisitor,
} from "../../templates/pages/SolicitationPage";
import { SolicitationThanksPage } from "../../templates/pages/SolicitationThanksPage";
import { loginHref } from "../citizen/citizen.paths";
import {
  siteSolicitationsQuery,
  solicitationQuery,
  solicitationVisitorQuery,
  submitSolicitationMutation,
} from "./solicitation.queries";
import { siteSolicitationsTag, solicitationTag } from "./solicitation.tags";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const LIST_PATH = `/${SOLICITATION_PATH}/`;
const CAMPAIGN_PATH = new RegExp(`^/${SOLICITATION_PATH}/(${UUID})/$`);
const THANKS_PATH = new RegExp(`^/${SOLICITATION_PATH}/(${UUID})/xiexie/$`);
const FEEDBACK_PATH = new RegExp(`^/${SOLICITATION_PATH}/(${UUID})/fankui/$`);
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;
const FORM_KEY = /^[A-Za-z0-9_-]{16,100}$/;
export const SOLICITATION_PAGE_SIZE = 20;

/** What was posted: `q_<questionId>` fields (repeated for checkboxes) and the contact details. */
function valuesOf(form: URLSearchParams, campaign: PortalSolicitationFragment): SolicitationFormValues {
  const values: SolicitationFormValues = {
    texts: {},
    choices: {},
    contactName: (form.get("contactName") ?? "").trim(),
    contactPhone: (form.get("contactPhone") ?? "").trim(),
  };
  for (const question of campaign.questions) {
    const name = `q_${question.id}`;
    if (question.kind === "TEXT") values.texts[question.id] = form.get(name) ?? "";
    else values.choices[question.id] = form.getAll(name);
  }
  return values;
}

/** The campaign when it is shown on this site (drafts are not found by the public at all). */
async function campaignOn(context: VisitorContext, id: string): Promise<PortalSolicitationFragment | null> {
  const { data } = await context.call(solicitationQuery, { id });
  const campaign = data?.solicitation ?? null;
  return campaign?.siteIds.includes(context.site.id) ? campaign : null;
}

async function visitorOf(context: VisitorContext): Promise<SolicitationVisitor> {
  if (!context.citizen) return { kind: "anonymous" };
  const { data } = await context.call(solicitationVisitorQuery, {});
  return data?.me?.kind === "CITIZEN"
    ? { kind: "citizen", name: data.me.displayName }
    : { kind: "anonymous" };
}

async function campaignPage(context: VisitorContext, id: string): Promise<RenderedPage> {
  const campaign = await campaignOn(context, id);
  if (!campaign) return context.notFound();
  const { basePath, request } = context;
  const path = `/${SOLICITATION_PATH}/${id}/`;
  const visitor = await visitorOf(context);
  const postedKey = request.form.get("formKey") ?? "";
  const render = (
    status: number,
    state: { values: SolicitationFormValues; fieldErrors?: Record<string, string>; error?: string },
  ): RenderedPage => ({
    status,
    tags: [],
    html: renderDocument(
      <SolicitationPage
        site={context.site}
        basePath={basePath}
        theme={context.theme}
        stylesheet={context.stylesheet}
        path={path}
        campaign={campaign}
        action={solicitationHref(basePath, id)}
        loginHref={loginHref(basePath, solicitationHref(basePath, id))}
        csrfField={CSRF_FIELD}
        csrfToken={context.csrfToken}
        // The same form re-shown after an error keeps its key: submitting it again is still one opinion.
        formKey={FORM_KEY.test(postedKey) ? postedKey : context.newFormKey()}
        visitor={visitor}
        values={state.values}
        fieldErrors={state.fieldErrors ?? {}}
        error={state.error}
      />,
    ),
  });
  if (request.method === "GET") return render(200, { values: EMPTY_SOLICITATION });

  const values = valuesOf(request.form, campaign);
  const { data, errors } = await context.call(submitSolicitationMutation, {
    input: {
      solicitationId: id,
      siteId: context.site.id,
      answers: campaign.questions.map((question) =>
        question.kind === "TEXT"
          ? { questionId: question.id, text: values.texts[question.id] ?? "" }
          : { questionId: question.id, choices: values.choices[question.id] ?? [] },
      ),
      contactName: values.contactName || null,
      contactPhone: values.contactPhone || null,
      idempotencyKey: FORM_KEY.test(postedKey) ? postedKey : null,
    },
  });
  const [error] = errors;
  if (!data || error) {
    if (!error)
      return render(503, { values, error: "暂时无法提交，请稍后重试。您填写的内容仍保留在表单中。" });
    const fieldErrors = fieldErrorsOf(error);
    return render(formStatusOf(error), { values, fieldErrors, error: formMessageOf(error, fieldErrors) });
  }
  return { status: 303, html: "", tags: [], location: solicitationThanksHref(basePath, id) };
}

async function thanksPage(context: VisitorContext, id: string): Promise<RenderedPage> {
  const campaign = await campaignOn(context, id);
  if (!campaign) return context.notFound();
  const { basePath } = context;
  return {
    status: 200,
    tags: [],
    html: renderDocument(
      <SolicitationThanksPage
        site={context.site}
        basePath={basePath}
        theme={context.theme}
        stylesheet={context.stylesheet}
        title={campaign.title}
        campaignHref={solicitationHref(basePath, id)}
        listHref={solicitationsHref(basePath)}
      />,
    ),
  };
}

export const solicitationFormRoute: VisitorRoute = {
  name: "solicitation-form",
  match: (sitePath) => {
    const id = CAMPAIGN_PATH.exec(sitePath)?.[1];
    if (id) return (context) => campaignPage(context, id);
    const thanks = THANKS_PATH.exec(sitePath)?.[1];
    return thanks ? (context) => thanksPage(context, thanks) : null;
  },
};

export const solicitationListRoute: SiteRoute = {
  name: "solicitation-list",
  cacheable: true,
  queryParams: ["page"],
  match(sitePath) {
    if (sitePath !== LIST_PATH) return null;
    return async (context) => {
      const { site, basePath, query, gateway } = context;
      const href = solicitationsHref(basePath);
      const tags = [siteSolicitationsTag(site.id)];
      const rawPage = query.get("page");
      if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return { ...context.notFound(), tags };
      const page = rawPage === null ? 1 : Number(rawPage);
      if (!pageWithinReach(page, SOLICITATION_PAGE_SIZE)) return { ...context.notFound(), tags };
      if (rawPage !== null && page === 1)
        return { status: 301, html: "", location: href, tags, persist: false };
      const data = await gateway.request(siteSolicitationsQuery, {
        siteId: site.id,
        first: SOLICITATION_PAGE_SIZE,
        offset: (page - 1) * SOLICITATION_PAGE_SIZE,
      });
      const list = data.siteSolicitations;
      const pageCount = Math.max(1, Math.ceil(list.totalCount / SOLICITATION_PAGE_SIZE));
      if (page > pageCount) return { ...context.notFound(), tags };
      return {
        status: 200,
        tags: [...tags, ...list.nodes.map((node) => solicitationTag(node.id))],
        html: renderDocument(
          <SolicitationListPage
            site={site}
            basePath={basePath}
            theme={context.theme}
            stylesheet={context.stylesheet}
            path={page > 1 ? `${LIST_PATH}?page=${page}` : LIST_PATH}
            href={href}
            list={list}
            page={page}
            pageCount={pageCount}
          />,
        ),
      };
    };
  },
};

export const solicitationFeedbackRoute: SiteRoute = {
  name: "solicitation-feedback",
  cacheable: true,
  match(sitePath) {
    const id = FEEDBACK_PATH.exec(sitePath)?.[1];
    if (!id) return null;
    return async (context) => {
      const { site, basePath, gateway } = context;
      const tags = [solicitationTag(id)];
      // A draft or an unknown id is null for the public: a 404 page, kept until the campaign changes.
      const campaign = (await gateway.request(solicitationQuery, { id })).solicitation;
      const feedback = campaign?.feedback;
      if (!campaign?.siteIds.includes(site.id) || !feedback) return { ...context.notFound(), tags };
      return {
        status: 200,
        tags,
        html: renderDocument(
          <SolicitationFeedbackPage
            site={site}
            basePath={basePath}
            theme={context.theme}
            stylesheet={context.stylesheet}
            path={`/${SOLICITATION_PATH}/${id}/fankui/`}
            campaign={campaign}
            feedback={feedback}
            campaignHref={solicitationHref(basePath, id)}
          />,
        ),
      };
    };
  },
};
