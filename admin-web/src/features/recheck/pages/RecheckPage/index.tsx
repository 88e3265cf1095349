// 全量复查: re-checks published articles with the lexicon in force, for the current site (its publishers) or
// the whole city (inspectors). The chosen run is polled every second while it runs, so the progress bar
// moves and the results fill in (articles with block-level findings first); recent runs are listed below.
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Descriptions, Progress, Radio, Space, Table, Tag, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { errorMessage } from "#app/errorLink";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { MeQuery, RecheckRunFieldsFragment, RecheckRunQuery } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useSiteOptions } from "../../../sites/hooks/useSiteOptions";
import { categoryLabel, SEVERITY_LABELS, STATUS_LABELS } from "../../components/labels";
import { RecheckRunDocument } from "../../graphql/recheckRun";
import { RecheckRunsDocument } from "../../graphql/recheckRuns";
import { StartRecheckDocument } from "../../graphql/startRecheck";

export const RESULTS_PAGE_SIZE = 20;
export const RECENT_RUNS = 10;
export const POLL_MS = 1_000;

type Item = NonNullable<RecheckRunQuery["recheckRun"]>["items"]["items"][number];

type Grant = NonNullable<MeQuery["me"]>["grants"][number];

/** The sites the grants reach (a unit grant covers its sites), optionally only grants with one action. */
function sitesOf(grants: readonly Grant[], action?: string): { id: string; name: string }[] {
  const sites = new Map<string, string>();
  for (const grant of grants) {
    if (action && !grant.actions.includes(action)) continue;
    if (grant.site) sites.set(grant.site.id, grant.site.name);
    else for (const site of grant.unit?.sites ?? []) sites.set(site.id, site.name);
  }
  return [...sites].map(([id, name]) => ({ id, name }));
}

const percentOf = (run: Pick<RecheckRunFieldsFragment, "progress" | "status">) =>
  run.status === "DONE" ? 100 : Math.min(100, Math.floor(run.progress * 100));

const scopeName = (run: RecheckRunFieldsFragment) => (run.site ? run.site.name : "全市");

function StatusTag({ run }: { run: RecheckRunFieldsFragment }) {
  const status = STATUS_LABELS[run.status];
  return <Tag color={status.color}>{status.label}</Tag>;
}

function Findings({ item }: { item: Item }) {
  return (
    <ul aria-label={`${item.title}的问题`} style={{ margin: 0, paddingInlineStart: 16 }}>
      {item.findings.map((finding, index) => {
        const severity = SEVERITY_LABELS[finding.severity];
        return (
          // Findings have no id; their order within one result is fixed.
          <li key={index} style={{ marginBottom: 4 }}>
            <Tag color={severity.color}>{severity.label}</Tag>
            <Tag>{categoryLabel(finding.category)}</Tag>
            <Typography.Text strong>{finding.text}</Typography.Text>
            {finding.suggestion && <Typography.Text> → {finding.suggestion}</Typography.Text>}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {finding.explanation}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}

/** The chosen run: progress, counts and its results, polled while it runs. */
function RunDetail({ runId, onFinished }: { runId: string; onFinished(): void }) {
  const [page, setPage] = useState(1);
  const { data, error, startPolling, stopPolling } = useQuery(RecheckRunDocument, {
    variables: { id: runId, offset: (page - 1) * RESULTS_PAGE_SIZE, limit: RESULTS_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const run = data?.recheckRun ?? null;
  const running = run?.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS);
    return () => {
      stopPolling();
      onFinished();
    };
  }, [running, startPolling, stopPolling, onFinished]);

  if (error) return <Alert type="error" showIcon title="读取复查结果失败" description={error.message} />;
  if (!data) return <Card loading title="复查进度" />;
  if (!run) return <Alert type="warning" showIcon title="未找到这次复查，或您无权查看" />;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={
          <Space>
            <span>复查进度：{scopeName(run)}</span>
            <StatusTag run={run} />
          </Space>
        }
      >
        <Progress
          aria-label="复查进度"
          percent={percentOf(run)}
          status={run.status === "FAILED" ? "exception" : running ? "active" : "success"}
        />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label="已检查">
            {run.checked} / {run.total} 篇
          </Descriptions.Item>
          <Descriptions.Item label="含阻断级问题的稿件">{run.articlesWithBlock} 篇</Descriptions.Item>
          <Descriptions.Item label="问题">
            必须修改 {run.blockCount} 处，建议修改 {run.warnCount} 处
          </Descriptions.Item>
          <Descriptions.Item label="词库版本">{run.lexiconVersion ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="发起人">{run.startedByName}</Descriptions.Item>
          <Descriptions.Item label="时间">
            {formatShanghaiMinute(run.startedAt)}
            {run.finishedAt ? ` 至 ${formatShanghaiMinute(run.finishedAt)}` : ""}
          </Descriptions.Item>
        </Descriptions>
        {run.status === "FAILED" && (
          <Alert type="error" showIcon title="复查中断" description={run.error ?? "未知原因"} />
        )}
      </Card>
      <Card title="有问题的稿件">
        <Table<Item>
          aria-label="复查结果"
          rowKey="articleId"
          size="small"
          dataSource={run.items.items}
          locale={{ emptyText: running ? "正在检查，发现问题的稿件会在这里出现" : "未发现问题" }}
          expandable={{ expandedRowRender: (item) => <Findings item={item} /> }}
          pagination={{
            current: page,
            pageSize: RESULTS_PAGE_SIZE,
            total: run.items.total,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            {
              title: "标题",
              dataIndex: "title",
              render: (_, item) => (
                <Link to={`/articles/${encodeURIComponent(item.articleId)}`}>{item.title}</Link>
              ),
            },
            { title: "站点", key: "site", render: (_, item) => item.site.name },
            {
              title: "必须修改",
              dataIndex: "blockCount",
              width: 100,
              render: (count: number) => (count > 0 ? <Tag color="red">{count}</Tag> : 0),
            },
            {
              title: "建议修改",
              dataIndex: "warnCount",
              width: 100,
              render: (count: number) => (count > 0 ? <Tag color="orange">{count}</Tag> : 0),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

export function RecheckPage() {
  usePageTitle("全量复查");
  const { me, access, currentSiteId } = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const inspector = access.canCityWide("inspection.run");
  const cityReader = access.canCityWide("site.read");
  const allSites = useSiteOptions(!cityReader);

  // The current site may be re-checked by an inspector or by whoever may publish on it.
  const publishSites = useMemo(() => sitesOf(me?.grants ?? [], "article.publish"), [me]);
  const currentSite = useMemo(() => {
    if (!currentSiteId) return null;
    const own = sitesOf(me?.grants ?? []).find((site) => site.id === currentSiteId);
    const listed = allSites.options.find((option) => option.value === currentSiteId);
    return { id: currentSiteId, name: own?.name ?? listed?.label ?? "当前站点" };
  }, [currentSiteId, me, allSites.options]);
  const mayRunSite =
    currentSite !== null &&
    (inspector ||
      access.canCityWide("article.publish") ||
      publishSites.some((site) => site.id === currentSite.id));

  const [scope, setScope] = useState<"SITE" | "CITY">(mayRunSite ? "SITE" : "CITY");
  const chosenScope = scope === "SITE" && mayRunSite ? "SITE" : inspector ? "CITY" : "SITE";
  const canStart = chosenScope === "CITY" ? inspector : mayRunSite;

  const runs = useQuery(RecheckRunsDocument, {
    variables: { limit: RECENT_RUNS },
    fetchPolicy: "cache-and-network",
  });
  const [startRecheck, starting] = useMutation(StartRecheckDocument, { context: { silentErrors: true } });

  const runId = params.get("run") ?? runs.data?.recheckRuns[0]?.id ?? null;
  const show = (id: string) => setParams({ run: id });
  const refetchRuns = runs.refetch;
  const onFinished = useMemo(() => () => void refetchRuns(), [refetchRuns]);

  const start = async () => {
    try {
      const result = await startRecheck({
        variables: { siteId: chosenScope === "SITE" ? (currentSite?.id ?? null) : null },
      });
      const run = result.data?.startRecheck;
      if (!run) return;
      message.success(`已开始复查${scopeName(run)}的 ${run.total} 篇已发布稿件`);
      show(run.id);
      void runs.refetch();
    } catch (error) {
      message.error(errorMessage(error as Error));
    }
  };

  return (
    <section>
      <PageHeader title="全量复查" />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title="开始复查">
          <Typography.Paragraph type="secondary">
            用当前生效的词库重新检查范围内所有已发布的稿件，检查过程中即可查看进度和结果。
          </Typography.Paragraph>
          <Space wrap>
            <Radio.Group
              aria-label="复查范围"
              value={chosenScope}
              onChange={(event) => setScope(event.target.value)}
              options={[
                {
                  value: "SITE",
                  label: currentSite ? `当前站点：${currentSite.name}` : "当前站点（请先在页头选择）",
                  disabled: !mayRunSite,
                },
                ...(inspector ? [{ value: "CITY", label: "全市所有站点" }] : []),
              ]}
            />
            <Button
              type="primary"
              disabled={!canStart}
              loading={starting.loading}
              onClick={() => void start()}
            >
              开始复查
            </Button>
          </Space>
          {!canStart && (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              showIcon
              title="请先在页头选择一个您有发布权限的站点"
            />
          )}
        </Card>
        {runId && <RunDetail key={runId} runId={runId} onFinished={onFinished} />}
        <Card title="最近的复查">
          <Table<RecheckRunFieldsFragment>
            aria-label="最近的复查"
            rowKey="id"
            size="small"
            loading={runs.loading && !runs.data}
            dataSource={runs.data?.recheckRuns ?? []}
            pagination={false}
            locale={{ emptyText: "还没有复查记录" }}
            rowClassName={(run) => (run.id === runId ? "ant-table-row-selected" : "")}
            columns={[
              { title: "范围", key: "scope", render: (_, run) => scopeName(run) },
              { title: "状态", key: "status", render: (_, run) => <StatusTag run={run} /> },
              {
                title: "进度",
                key: "progress",
                render: (_, run) => `${run.checked} / ${run.total}`,
              },
              { title: "含阻断级问题", dataIndex: "articlesWithBlock", render: (n: number) => `${n} 篇` },
              { title: "发起人", dataIndex: "startedByName" },
              {
                title: "开始时间",
                dataIndex: "startedAt",
                render: (at: string) => formatShanghaiMinute(at),
              },
              {
                title: "操作",
                key: "actions",
                render: (_, run) => (
                  <Button size="small" type="link" disabled={run.id === runId} onClick={() => show(run.id)}>
                    查看
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </section>
  );
}
