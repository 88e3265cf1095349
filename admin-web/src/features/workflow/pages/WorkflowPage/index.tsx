import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Empty, Flex, Input, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { PageHeader } from "#ui/PageHeader";
import { RolesDocument } from "../../../roles/graphql/roles";
import { UpdateWorkflowDocument } from "../../graphql/updateWorkflow";
import { WorkflowDocument } from "../../graphql/workflow";

interface StageDraft {
  key: number;
  name: string;
  roleCode: string;
}

let nextKey = 1;

/** 审核流程: the working site's ordered review stages, each with the reviewer role that acts there. */
export function WorkflowPage() {
  usePageTitle("审核流程");
  const { currentSiteId } = useMe();
  const { message } = App.useApp();
  const { data, loading } = useQuery(WorkflowDocument, {
    variables: { siteId: currentSiteId ?? "" },
    skip: !currentSiteId,
  });
  const roles = useQuery(RolesDocument);
  const [updateWorkflow, { loading: saving }] = useMutation(UpdateWorkflowDocument);
  const [stages, setStages] = useState<StageDraft[]>([]);

  useEffect(() => {
    const loaded = data?.workflow.stages ?? [];
    setStages(
      [...loaded]
        .sort((a, b) => a.order - b.order)
        .map((stage) => ({ key: nextKey++, name: stage.name, roleCode: stage.roleCode })),
    );
  }, [data]);

  const reviewerRoles = (roles.data?.roles ?? [])
    .filter((role) => role.stage !== null && role.stage !== undefined)
    .map((role) => ({ value: role.code, label: `${role.name}（${role.code}）` }));

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="审核流程" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }

  const change = (index: number, patch: Partial<StageDraft>) =>
    setStages(stages.map((stage, i) => (i === index ? { ...stage, ...patch } : stage)));
  const move = (index: number, by: number) => {
    const next = [...stages];
    const [stage] = next.splice(index, 1);
    if (stage) next.splice(index + by, 0, stage);
    setStages(next);
  };
  const valid = stages.length > 0 && stages.every((stage) => stage.name.trim() && stage.roleCode);

  const save = () =>
    updateWorkflow({
      variables: {
        siteId: currentSiteId,
        stages: stages.map((stage) => ({ name: stage.name.trim(), roleCode: stage.roleCode })),
      },
    }).then(
      () => message.success("审核流程已保存"),
      () => undefined,
    );

  return (
    <section>
      <PageHeader
        title="审核流程"
        extra={
          <Button type="primary" disabled={!valid} loading={saving} onClick={save}>
            保存
          </Button>
        }
      />
      <Card loading={loading}>
        <Typography.Paragraph type="secondary">
          稿件按顺序经过以下环节；每个环节由所选审核角色的人员办理，同一人只能在一个环节签署。
        </Typography.Paragraph>
        <Space orientation="vertical" style={{ width: "100%" }}>
          {stages.map((stage, index) => (
            <Flex key={stage.key} gap={8} align="center" role="group" aria-label={`第 ${index + 1} 环节`}>
              <Typography.Text strong style={{ width: 72 }}>
                第 {index + 1} 环节
              </Typography.Text>
              <Input
                aria-label="环节名称"
                style={{ width: 200 }}
                value={stage.name}
                maxLength={20}
                onChange={(event) => change(index, { name: event.target.value })}
              />
              <Select
                aria-label="审核角色"
                style={{ width: 220 }}
                placeholder="选择审核角色"
                loading={roles.loading}
                value={stage.roleCode || undefined}
                options={reviewerRoles}
                onChange={(roleCode: string) => change(index, { roleCode })}
              />
              <Button
                aria-label="上移"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              />
              <Button
                aria-label="下移"
                icon={<ArrowDownOutlined />}
                disabled={index === stages.length - 1}
                onClick={() => move(index, 1)}
              />
              <Button
                aria-label="删除环节"
                danger
                icon={<DeleteOutlined />}
                disabled={stages.length === 1}
                onClick={() => setStages(stages.filter((_, i) => i !== index))}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => setStages([...stages, { key: nextKey++, name: "", roleCode: "" }])}
          >
            添加环节
          </Button>
        </Space>
      </Card>
    </section>
  );
}
