// The review actions the article's status and the caller's permissions allow. The servers decide for
// real (stage roles, no self-approval, one stage per person); this offers 通过/退回 only where the server
// says the caller may act (Article.canReview), and shows a refusal in the server's own words.
import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { App, Button, DatePicker, Form, Input, Modal, Radio, Space, Tooltip } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import type { Access } from "#app/access";
import { errorMessage } from "#app/errorLink";
import { formatShanghaiMinute, shanghaiWallClock } from "#app/time";
import type { ArticleDetailFragment } from "#gql/graphql";
import { ArticleDeliveriesDocument } from "../../distribution/graphql/articleDeliveries";
import { ArticlePushesDocument } from "../../syndication/graphql/articlePushes";
import { MyReviewTasksDocument } from "../../tasks/graphql/myReviewTasks";
import { ApproveArticleDocument } from "../graphql/approveArticle";
import { CancelScheduledActionDocument } from "../graphql/cancelScheduledAction";
import { PublishArticleDocument } from "../graphql/publishArticle";
import { RejectArticleDocument } from "../graphql/rejectArticle";
import { SubmitArticleDocument } from "../graphql/submitArticle";
import { UnpublishArticleDocument } from "../graphql/unpublishArticle";
import { WithdrawArticleDocument } from "../graphql/withdrawArticle";

type Dialog = "submit" | "approve" | "reject" | "publish" | "unpublish" | null;

interface DialogValues {
  comment?: string;
  when?: "now" | "later";
  at?: Dayjs;
}

const DIALOGS: Record<
  Exclude<Dialog, null>,
  { title: string; label: string; required: boolean; schedule: boolean }
> = {
  submit: { title: "送审", label: "送审说明", required: false, schedule: false },
  approve: { title: "审核通过", label: "审核意见", required: false, schedule: false },
  reject: { title: "退回修改", label: "退回意见", required: true, schedule: false },
  publish: { title: "发布", label: "", required: false, schedule: true },
  unpublish: { title: "撤稿", label: "撤稿原因", required: true, schedule: true },
};

/**
 * A refused workflow action, as shown. A CONFLICT here is a sentence written for the editor (the publish gate's
 * 「稿件有 1 处必须处理的问题……」, 「稿件不在审核中」): shown as is, not behind the generic 数据冲突 prefix.
 */
export function actionErrorMessage(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.code === "CONFLICT" && first.message) return first.message;
  }
  return errorMessage(error);
}

// Errors are shown by this component (actionErrorMessage), not by the global error link.
const SILENT = { context: { silentErrors: true } } as const;

/** The instant a picked Beijing wall-clock time stands for, as an ISO string. */
function atOf(values: DialogValues): string | null {
  if (values.when !== "later" || !values.at) return null;
  return shanghaiWallClock(values.at.format("YYYY-MM-DDTHH:mm:00")).toISOString();
}

export function WorkflowActions(props: { article: ArticleDetailFragment; access: Access; dirty: boolean }) {
  const { article, access } = props;
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<DialogValues>();
  const when = Form.useWatch("when", form);
  const [submit, submitting] = useMutation(SubmitArticleDocument, SILENT);
  // Acting on a task takes it off 我的待办: refresh the list and the menu's badge now, not at the next poll.
  const [approve, approving] = useMutation(ApproveArticleDocument, {
    ...SILENT,
    refetchQueries: [MyReviewTasksDocument],
  });
  const [reject, rejecting] = useMutation(RejectArticleDocument, {
    ...SILENT,
    refetchQueries: [MyReviewTasksDocument],
  });
  const [withdraw, withdrawing] = useMutation(WithdrawArticleDocument, SILENT);
  const [publish, publishing] = useMutation(PublishArticleDocument, SILENT);
  // A takedown also withdraws the pushed copies and queues retractions: refresh the panels that list them.
  const [unpublish, unpublishing] = useMutation(UnpublishArticleDocument, {
    ...SILENT,
    refetchQueries: [ArticlePushesDocument, ArticleDeliveriesDocument],
  });
  const [cancelScheduled, cancelling] = useMutation(CancelScheduledActionDocument, SILENT);
  const failed = (error: ErrorLike) => {
    message.error(actionErrorMessage(error));
  };
  const busy =
    submitting.loading ||
    approving.loading ||
    rejecting.loading ||
    publishing.loading ||
    unpublishing.loading;

  const id = article.id;
  const canWrite = access.can("article.write");
  const canPublish = access.can("article.publish");
  const status = article.status;
  const scheduled = article.scheduledPublishAt ?? article.scheduledUnpublishAt;

  const run = async (values: DialogValues) => {
    const comment = values.comment?.trim() || null;
    switch (dialog) {
      case "submit":
        await submit({ variables: { id, comment } });
        message.success("已送审");
        break;
      case "approve":
        await approve({ variables: { id, comment } });
        message.success("已通过");
        break;
      case "reject":
        await reject({ variables: { id, comment: comment ?? "" } });
        message.success("已退回");
        break;
      case "publish":
        await publish({ variables: { id, at: atOf(values) } });
        message.success(atOf(values) ? "已设置定时发布" : "已发布");
        break;
      case "unpublish":
        await unpublish({ variables: { id, reason: comment ?? "", at: atOf(values) } });
        message.success(atOf(values) ? "已设置定时撤稿" : "已撤稿");
        break;
    }
    setDialog(null);
  };

  const open = (next: Exclude<Dialog, null>) => {
    form.resetFields();
    setDialog(next);
  };
  const config = dialog ? DIALOGS[dialog] : null;

  return (
    <>
      <Space wrap>
        {canWrite && (status === "DRAFT" || status === "WITHDRAWN") && (
          <Tooltip title={props.dirty ? "请先保存修改再送审" : undefined}>
            <Button type="primary" disabled={props.dirty} onClick={() => open("submit")}>
              送审
            </Button>
          </Tooltip>
        )}
        {canWrite && status === "IN_REVIEW" && (
          <Button
            loading={withdrawing.loading}
            onClick={() => withdraw({ variables: { id } }).then(() => message.success("已撤回"), failed)}
          >
            撤回
          </Button>
        )}
        {article.canReview && status === "IN_REVIEW" && (
          <>
            <Button type="primary" onClick={() => open("approve")}>
              通过
            </Button>
            <Button danger onClick={() => open("reject")}>
              退回
            </Button>
          </>
        )}
        {canPublish && (status === "APPROVED" || status === "WITHDRAWN") && !article.scheduledPublishAt && (
          <Button type="primary" onClick={() => open("publish")}>
            发布
          </Button>
        )}
        {canPublish && status === "PUBLISHED" && !article.scheduledUnpublishAt && (
          <Button danger onClick={() => open("unpublish")}>
            撤稿
          </Button>
        )}
        {canPublish && scheduled && (
          <Button
            loading={cancelling.loading}
            onClick={() =>
              cancelScheduled({ variables: { id } }).then(() => message.success("已取消定时"), failed)
            }
          >
            取消定时
          </Button>
        )}
      </Space>
      {article.scheduledPublishAt && (
        <div style={{ marginTop: 8 }}>
          定时发布：{formatShanghaiMinute(article.scheduledPublishAt)}（北京时间）
        </div>
      )}
      {article.scheduledUnpublishAt && (
        <div style={{ marginTop: 8 }}>
          定时撤稿：{formatShanghaiMinute(article.scheduledUnpublishAt)}（北京时间）
        </div>
      )}
      <Modal
        title={config?.title}
        open={dialog !== null}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        forceRender
      >
        <Form<DialogValues>
          form={form}
          name="workflow-action"
          layout="vertical"
          initialValues={{ when: "now" }}
          onFinish={(values) => run(values).catch(failed)}
        >
          {config?.schedule && (
            <Form.Item name="when" label="时间">
              <Radio.Group
                options={[
                  { value: "now", label: dialog === "publish" ? "立即发布" : "立即撤稿" },
                  { value: "later", label: "定时" },
                ]}
              />
            </Form.Item>
          )}
          {config?.schedule && when === "later" && (
            <Form.Item
              name="at"
              label="执行时间（北京时间）"
              rules={[
                { required: true, message: "请选择时间" },
                {
                  validator: (_, value: Dayjs | undefined) =>
                    !value || shanghaiWallClock(value.format("YYYY-MM-DDTHH:mm:00")).getTime() > Date.now()
                      ? Promise.resolve()
                      : Promise.reject(new Error("请选择将来的时间")),
                },
              ]}
            >
              <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" minDate={dayjs()} />
            </Form.Item>
          )}
          {config?.label && (
            <Form.Item
              name="comment"
              label={config.label}
              rules={
                config.required
                  ? [{ required: true, whitespace: true, message: `请填写${config.label}` }]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
