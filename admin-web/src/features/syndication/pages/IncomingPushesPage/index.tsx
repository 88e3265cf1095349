// 报送采用: what other sites pushed to the current site; its reviewers preview the pushed snapshot and accept
// (采用: published here with the origin as source) or decline with a reason (退回).
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "#app/errorLink";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { PushRowFragment, PushStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { BodyPreview } from "../../../articles/components/BodyPreview";
import { PUSH_STATUS_LABELS } from "../../components/labels";
import { PushStatusTag } from "../../components/PushStatusTag";
import { AcceptPushDocument } from "../../graphql/acceptPush";
import { DeclinePushDocument } from "../../graphql/declinePush";
import { IncomingPushesDocument } from "../../graphql/incomingPushes";

const PAGE_SIZE = 20;
type Filter = PushStatus | "ALL";

export function IncomingPushesPage() {
  usePageTitle("报送采用");
  const { currentSiteId } = useMe();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>("PENDING");
  const [page, setPage] = useState(1);
  const [previewing, setPreviewing] = useState<PushRowFragment | null>(null);
  const [declining, setDeclining] = useState<PushRowFragment | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const variables = {
    siteId: currentSiteId ?? "",
    status: filter === "ALL" ? null : filter,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
  const { data, loading, refetch } = useQuery(IncomingPushesDocument, {
    variables,
    skip: !currentSiteId,
    fetchPolicy: "cache-and-network",
  });
  const [acceptPush, accepting] = useMutation(AcceptPushDocument);
  const [declinePush, declineState] = useMutation(DeclinePushDocument);

  if (!currentSiteId) return <Empty description="请在页头选择站点" />;

  const accept = async (push: PushRowFragment) => {
    try {
      await acceptPush({ variables: { id: push.id } });
      message.success(push.isUpdate ? "已采用，本站采用稿已更新" : "已采用并在本站发布");
      setPreviewing(null);
      await refetch();
    } catch (failure) {
      message.error(errorMessage(failure as Error));
    }
  };

  const decline = async ({ reason }: { reason: string }) => {
    if (!declining) return;
    try {
      await declinePush({ variables: { id: declining.id, reason: reason.trim() } });
      message.success("已退回");
      setDeclining(null);
      setPreviewing(null);
      form.resetFields();
      await refetch();
    } catch (failure) {
      message.error(errorMessage(failure as Error));
    }
  };

  const actions = (push: PushRowFragment) => (
    <Space>
      <Button size="small" onClick={() => setPreviewing(push)}>
        预览
      </Button>
      {push.status === "PENDING" && (
        <>
          <Popconfirm
            title={push.isUpdate ? "采用更新后的内容？本站采用稿将随之更新" : "采用并在本站发布？"}
            okText="采用"
            onConfirm={() => accept(push)}
          >
            <Button size="small" type="primary" loading={accepting.loading}>
              采用
            </Button>
          </Popconfirm>
          <Button size="small" danger onClick={() => setDeclining(push)}>
            退回
          </Button>
        </>
      )}
      {push.copyArticleId && push.status === "ACCEPTED" && (
        <Link to={`/articles/${push.copyArticleId}`}>采用稿</Link>
      )}
    </Space>
  );

  return (
    <section>
      <PageHeader
        title="报送采用"
        extra={
          <Select<Filter>
            aria-label="状态"
            value={filter}
            style={{ width: 140 }}
            onChange={(value) => {
              setFilter(value);
              setPage(1);
            }}
            options={[
              { value: "ALL", label: "全部" },
              ...(Object.keys(PUSH_STATUS_LABELS) as PushStatus[]).map((status) => ({
                value: status,
                label: PUSH_STATUS_LABELS[status].text,
              })),
            ]}
          />
        }
      />
      <Table<PushRowFragment>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.incomingPushes.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.incomingPushes.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        locale={{ emptyText: filter === "PENDING" ? "没有待采用的报送" : "没有报送" }}
        columns={[
          {
            title: "标题",
            render: (_, push) => (
              <Space>
                <span>{push.snapshot.title}</span>
                {push.isUpdate && <Tag color="blue">原稿更新</Tag>}
              </Space>
            ),
          },
          { title: "报送单位", render: (_, push) => push.originSiteName },
          { title: "本站栏目", render: (_, push) => push.targetChannel.name },
          { title: "报送人", render: (_, push) => push.pushedByName },
          { title: "报送时间", render: (_, push) => formatShanghaiMinute(push.pushedAt) },
          { title: "说明", render: (_, push) => push.note ?? "" },
          {
            title: "状态",
            render: (_, push) => (
              <Space orientation="vertical" size={0}>
                <PushStatusTag status={push.status} />
                {push.declineReason && <span>{push.declineReason}</span>}
              </Space>
            ),
          },
          { title: "操作", render: (_, push) => actions(push) },
        ]}
      />
      <Modal
        title={
          previewing
            ? `预览：${previewing.originSiteName} 报送（原稿第 ${previewing.snapshot.revisionNumber} 版）`
            : "预览"
        }
        open={previewing !== null}
        width={900}
        footer={previewing?.status === "PENDING" ? actions(previewing) : null}
        onCancel={() => setPreviewing(null)}
        destroyOnHidden
      >
        {previewing && (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <div>
              来源：{previewing.snapshot.source ?? previewing.originSiteName}
              {previewing.snapshot.author ? `　作者：${previewing.snapshot.author}` : ""}
            </div>
            {previewing.snapshot.summary && <div>摘要：{previewing.snapshot.summary}</div>}
            <BodyPreview title={previewing.snapshot.title} body={previewing.snapshot.body} />
          </Space>
        )}
      </Modal>
      <Modal
        title="退回报送"
        open={declining !== null}
        okText="退回"
        okButtonProps={{ danger: true }}
        confirmLoading={declineState.loading}
        onOk={() => form.submit()}
        onCancel={() => setDeclining(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="decline" onFinish={(values) => void decline(values)}>
          <Form.Item
            name="reason"
            label="退回原因"
            rules={[{ required: true, whitespace: true, message: "请填写退回原因" }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
