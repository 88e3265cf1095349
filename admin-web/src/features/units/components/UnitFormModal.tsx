import { useMutation } from "@apollo/client/react";
import { Form, Input, InputNumber, Modal, Select } from "antd";
import type { UnitKind, UnitLevel, UnitRowFragment } from "#gql/graphql";
import { CreateUnitDocument } from "../graphql/createUnit";
import { UpdateUnitDocument } from "../graphql/updateUnit";
import { toOptions, UNIT_KIND_LABELS, UNIT_LEVEL_LABELS } from "./labels";

interface Values {
  name: string;
  shortName?: string;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  parentId?: string;
  sortOrder?: number;
}

export function UnitFormModal(props: {
  open: boolean;
  unit: UnitRowFragment | null;
  units: UnitRowFragment[];
  onClose(saved: boolean): void;
}) {
  const { unit } = props;
  const [form] = Form.useForm<Values>();
  const [createUnit, creating] = useMutation(CreateUnitDocument);
  const [updateUnit, updating] = useMutation(UpdateUnitDocument);

  const save = async (values: Values) => {
    const shortName = values.shortName?.trim() || null;
    if (unit) {
      await updateUnit({
        variables: {
          id: unit.id,
          input: { name: values.name, shortName, kind: values.kind, sortOrder: values.sortOrder ?? 0 },
        },
      });
    } else {
      await createUnit({
        variables: {
          input: {
            name: values.name,
            shortName,
            code: values.code,
            kind: values.kind,
            level: values.level,
            parentId: values.parentId ?? null,
            sortOrder: values.sortOrder ?? 0,
          },
        },
      });
    }
    props.onClose(true);
  };

  return (
    <Modal
      title={unit ? `编辑单位：${unit.name}` : "新建单位"}
      open={props.open}
      destroyOnHidden
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
    >
      <Form<Values>
        form={form}
        name="unit"
        layout="vertical"
        preserve={false}
        initialValues={
          unit
            ? { ...unit, shortName: unit.shortName ?? "", parentId: unit.parent?.id }
            : { kind: "PARTY_COMMITTEE", level: "CITY", sortOrder: 0 }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        <Form.Item
          label="单位名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: "请输入单位名称" }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item label="简称" name="shortName">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="单位编码" name="code" rules={[{ required: true, message: "请输入单位编码" }]}>
          <Input disabled={unit !== null} />
        </Form.Item>
        <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
          <Select options={toOptions(UNIT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label="层级" name="level" rules={[{ required: true }]}>
          <Select options={toOptions(UNIT_LEVEL_LABELS)} disabled={unit !== null} />
        </Form.Item>
        <Form.Item label="上级单位" name="parentId">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={unit !== null}
            options={props.units.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder">
          <InputNumber min={0} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
