import { useQuery } from "@apollo/client/react";
import { Table } from "antd";
import { Link } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { ReviewTaskFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { StageName } from "../../components/StageName";
import { submitterOf, waitingSince, waitingText } from "../../components/waiting";
import { MyReviewTasksDocument } from "../../graphql/myReviewTasks";

/** 我的待办: articles waiting at a stage the caller can act on, across their sites, oldest first. */
export function TasksPage() {
  usePageTitle("我的待办");
  const { data, loading } = useQuery(MyReviewTasksDocument, { fetchPolicy: "cache-and-network" });
  const tasks = [...(data?.myReviewTasks ?? [])].sort((a, b) =>
    waitingSince(a).localeCompare(waitingSince(b)),
  );

  return (
    <section>
      <PageHeader title="我的待办" />
      <Table<ReviewTaskFragment>
        rowKey="id"
        loading={loading && !data}
        dataSource={tasks}
        pagination={false}
        locale={{ emptyText: "没有等待你审核的稿件" }}
        columns={[
          {
            title: "标题",
            render: (_, task) => <Link to={`/articles/${task.id}`}>{task.currentRevision.title}</Link>,
          },
          {
            title: "环节",
            render: (_, task) => <StageName siteId={task.site.id} stage={task.reviewStage} />,
          },
          { title: "站点", render: (_, task) => task.site.name },
          { title: "栏目", render: (_, task) => task.channel.name },
          { title: "送审人", render: (_, task) => submitterOf(task) },
          {
            title: "等待时间",
            render: (_, task) => (
              <span title={formatShanghaiMinute(waitingSince(task))}>{waitingText(waitingSince(task))}</span>
            ),
          },
        ]}
      />
    </section>
  );
}
