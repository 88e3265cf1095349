// 工作日历: the platform admin keeps the official holidays and make-up working days (调休) that letter
// deadlines count on. A year not yet entered is flagged here and on every deadline that reaches into it.
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { usePageTitle } from "#app/pageTitle";
import type { CalendarDayKind } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import {
  type GridDay,
  KIND_COLORS,
  KIND_LABELS,
  monthWeeks,
  type StoredDay,
} from "../../components/calendarGrid";
import { CalendarYearDocument } from "../../graphql/calendarYear";
import { SetCalendarDayDocument } from "../../graphql/setCalendarDay";
import { SetCalendarYearCoveredDocument } from "../../graphql/setCalendarYearCovered";

const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];
const KIND_CHOICES: CalendarDayKind[] = ["WORKDAY", "HOLIDAY", "MAKEUP_WORKDAY"];

interface DayValues {
  kind: CalendarDayKind;
  name?: string;
}

export function CalendarPage({ initialYear = new Date().getFullYear() }: { initialYear?: number }) {
  usePageTitle("工作日历");
  const { message } = App.useApp();
  const [year, setYear] = useState(initialYear);
  const [editing, setEditing] = useState<GridDay | null>(null);
  const [form] = Form.useForm<DayValues>();
  const { data, loading } = useQuery(CalendarYearDocument, {
    variables: { year },
    fetchPolicy: "cache-and-network",
  });
  const refetchYear = [{ query: CalendarYearDocument, variables: { year } }];
  const [setDay, settingDay] = useMutation(SetCalendarDayDocument, {
    refetchQueries: refetchYear,
    awaitRefetchQueries: true,
  });
  const [setCovered, settingCovered] = useMutation(SetCalendarYearCoveredDocument, {
    refetchQueries: refetchYear,
    awaitRefetchQueries: true,
  });

  const calendar = data?.calendarYear.year === year ? data.calendarYear : undefined;
  const stored = useMemo(
    () => new Map<string, StoredDay>((calendar?.days ?? []).map((day) => [day.date, day])),
    [calendar],
  );
  const years = Array.from({ length: 7 }, (_, index) => initialYear - 3 + index);
  if (!years.includes(year)) years.push(year);

  const open = (day: GridDay) => {
    form.setFieldsValue({ kind: day.kind === "WEEKEND" ? "HOLIDAY" : day.kind, name: day.name });
    setEditing(day);
  };
  const save = async (values: DayValues) => {
    if (!editing) return;
    try {
      await setDay({
        variables: { input: { date: editing.date, kind: values.kind, name: values.name?.trim() ?? "" } },
      });
    } catch {
      return;
    }
    message.success(`已将 ${editing.date} 设为${KIND_LABELS[values.kind]}`);
    setEditing(null);
  };
  const markCovered = async (covered: boolean) => {
    try {
      await setCovered({ variables: { year, covered } });
    } catch {
      return;
    }
    message.success(covered ? `${year} 年已标记为已录入` : `${year} 年已标记为未录入`);
  };

  return (
    <section>
      <PageHeader
        title="工作日历"
        extra={
          <Space>
            <Button aria-label="上一年" onClick={() => setYear(year - 1)}>
              ‹
            </Button>
            <Select
              aria-label="年份"
              value={year}
              style={{ width: 110 }}
              options={years.sort((a, b) => a - b).map((value) => ({ value, label: `${value} 年` }))}
              onChange={setYear}
            />
            <Button aria-label="下一年" onClick={() => setYear(year + 1)}>
              ›
            </Button>
          </Space>
        }
      />
      {calendar && !calendar.covered && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${year} 年的节假日和调休安排尚未录入`}
          description="未录入的年份按普通周历（周一至周五上班）计算期限，涉及该年的信件期限会提示人工核对。请按国务院办公厅公布的安排逐日设置后标记为已录入。"
          action={
            <Button type="primary" loading={settingCovered.loading} onClick={() => void markCovered(true)}>
              标记该年已录入
            </Button>
          }
        />
      )}
      {calendar?.covered && (
        <Space style={{ marginBottom: 16 }}>
          <Tag color="green">{year} 年已录入</Tag>
          <Button size="small" loading={settingCovered.loading} onClick={() => void markCovered(false)}>
            标记为未录入
          </Button>
        </Space>
      )}
      <Space style={{ marginBottom: 16 }} wrap aria-label="图例">
        {(Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => (
          <Tag key={kind} style={{ ...KIND_COLORS[kind], borderColor: "#d9d9d9" }}>
            {KIND_LABELS[kind]}
          </Tag>
        ))}
        <Typography.Text type="secondary">点击日期可修改</Typography.Text>
      </Space>
      {!calendar ? (
        loading ? (
          <Spin aria-label="加载中" />
        ) : null
      ) : (
        <Row gutter={[16, 16]}>
          {Array.from({ length: 12 }, (_, month) => (
            <Col key={month} xs={24} md={12} xl={8}>
              <Card size="small" title={`${month + 1} 月`}>
                <table
                  aria-label={`${year} 年 ${month + 1} 月`}
                  style={{ width: "100%", borderCollapse: "collapse", tableLayout: "fixed" }}
                >
                  <thead>
                    <tr>
                      {WEEKDAYS.map((weekday) => (
                        <th
                          key={weekday}
                          scope="col"
                          style={{ fontWeight: 400, color: "rgba(0,0,0,0.45)", padding: 2 }}
                        >
                          {weekday}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {monthWeeks(year, month, stored).map((week) => (
                      <tr key={week.find(Boolean)?.date}>
                        {week.map((day, index) => (
                          <td key={day?.date ?? index} style={{ padding: 1 }}>
                            {day && (
                              <button
                                type="button"
                                data-kind={day.kind}
                                aria-label={`${day.date} ${KIND_LABELS[day.kind]}${day.name ? ` ${day.name}` : ""}`}
                                title={day.name || KIND_LABELS[day.kind]}
                                onClick={() => open(day)}
                                style={{
                                  ...KIND_COLORS[day.kind],
                                  width: "100%",
                                  height: 36,
                                  border: "1px solid #f0f0f0",
                                  borderRadius: 4,
                                  cursor: "pointer",
                                  lineHeight: 1.1,
                                  fontSize: 12,
                                }}
                              >
                                <div style={{ fontSize: 14 }}>{day.day}</div>
                                <div
                                  style={{
                                    overflow: "hidden",
                                    whiteSpace: "nowrap",
                                    textOverflow: "ellipsis",
                                  }}
                                >
                                  {day.kind === "MAKEUP_WORKDAY"
                                    ? "班"
                                    : day.name || (day.kind === "HOLIDAY" ? "休" : " ")}
                                </div>
                              </button>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Modal
        title={editing ? `设置 ${editing.date}` : ""}
        open={editing !== null}
        forceRender
        okText="保存"
        cancelText="取消"
        confirmLoading={settingDay.loading}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
      >
        <Form<DayValues>
          form={form}
          name="calendar-day"
          layout="vertical"
          onFinish={(values) => void save(values)}
        >
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
            <Radio.Group options={KIND_CHOICES.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ max: 30, message: "名称不能超过 30 个字" }]}>
            <Input aria-label="名称" placeholder="如：国庆节" />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
