// Someone saved the article after this form was loaded. Both versions are shown side by side, field by
// field; the user picks which to keep, and the result is saved on top of the newest revision.
import { Alert, Button, Col, Modal, Radio, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { formatShanghaiMinute } from "#app/time";
import { BodyPreview } from "./BodyPreview";
import { type Choice, type ContentValues, differingFields, mergeContent } from "./content";
import { fieldLabel } from "./labels";

export interface TheirVersion {
  revisionId: string;
  number: number;
  savedBy: string;
  savedAt: string;
  content: ContentValues;
}

function FieldValue(props: {
  field: keyof ContentValues;
  content: ContentValues;
  channelName(id: string): string;
}) {
  const { field, content } = props;
  if (field === "body") return <BodyPreview title="" body={content.body} height={220} />;
  const value = content[field];
  const text = Array.isArray(value)
    ? value.join("、")
    : field === "channelId"
      ? props.channelName(value)
      : value;
  return (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
      {text || "（空）"}
    </Typography.Paragraph>
  );
}

export function MergeDialog(props: {
  open: boolean;
  mine: ContentValues;
  theirs: TheirVersion | null;
  saving: boolean;
  channelName(id: string): string;
  onMerge(merged: ContentValues, baseRevisionId: string): void;
  onKeepTheirs(theirs: TheirVersion): void;
  onCancel(): void;
}) {
  const { theirs, mine } = props;
  const [choices, setChoices] = useState<Partial<Record<keyof ContentValues, Choice>>>({});
  useEffect(() => {
    if (theirs) setChoices({});
  }, [theirs]);
  if (!theirs) return null;
  const fields = differingFields(mine, theirs.content);

  return (
    <Modal
      title="保存冲突：请合并修改"
      open={props.open}
      width={1100}
      onCancel={props.onCancel}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onCancel}>稍后处理</Button>
          <Button onClick={() => props.onKeepTheirs(theirs)}>放弃我的修改，采用最新版本</Button>
          <Button
            type="primary"
            loading={props.saving}
            onClick={() => props.onMerge(mergeContent(mine, theirs.content, choices), theirs.revisionId)}
          >
            按所选合并并保存
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`在你编辑期间，${theirs.savedBy} 于 ${formatShanghaiMinute(theirs.savedAt)} 保存了第 ${theirs.number} 版。`}
        description="逐项选择要保留的内容；未选择的项默认保留你的修改。合并结果将基于最新版本保存为新修订。"
      />
      {fields.length === 0 && <Typography.Paragraph>两个版本内容相同，可直接保存。</Typography.Paragraph>}
      {fields.map((field) => (
        <section key={field} aria-label={`字段：${fieldLabel(field)}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{fieldLabel(field)}</Typography.Title>
          <Radio.Group
            style={{ width: "100%" }}
            value={choices[field] ?? "mine"}
            onChange={(event) => setChoices({ ...choices, [field]: event.target.value as Choice })}
          >
            <Row gutter={16}>
              <Col span={12}>
                <Radio value="mine">你的修改</Radio>
                <FieldValue field={field} content={mine} channelName={props.channelName} />
              </Col>
              <Col span={12}>
                <Radio value="theirs">他人保存的最新版本</Radio>
                <FieldValue field={field} content={theirs.content} channelName={props.channelName} />
              </Col>
            </Row>
          </Radio.Group>
        </section>
      ))}
    </Modal>
  );
}
