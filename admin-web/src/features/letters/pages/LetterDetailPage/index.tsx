// One letter: its content and attachments, the reply, the deadline card, the handling units, the timeline
// and the actions the caller may take in its current state.
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { LetterStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { canInUnit } from "../../components/availableActions";
import { DeadlineCard } from "../../components/DeadlineCard";
import { LetterActions } from "../../components/LetterActions";
import { LetterAttachmentList } from "../../components/LetterAttachmentList";
import { HighlightedText, LetterCheckFindings } from "../../components/LetterCheckFindings";
import { LetterTimeline } from "../../components/LetterTimeline";
import { HELD_LABEL, RATING_LABELS, STATUS_LABELS, UNIT_ROLE_LABELS } from "../../components/labels";
import { MergedIntoAlert } from "../../components/MergedIntoAlert";
import { MergedLettersCard } from "../../components/MergedLettersCard";
import { RoutingSuggestionCard } from "../../components/RoutingSuggestionCard";
import { SimilarLettersCard } from "../../components/SimilarLettersCard";
import { SimilarRepliesCard } from "../../components/SimilarRepliesCard";
import { SuperviseLetterButton } from "../../components/SuperviseLetterButton";
import { LetterDocument } from "../../graphql/letter";
import { LetterRoutingSuggestionDocument } from "../../graphql/letterRoutingSuggestion";
import { useUnitNames } from "../../hooks/useUnitNames";

/** 督办 is for letters whose citizen deadline is running (accepted, not yet answered, not paused). */
const SUPERVISABLE = new Set<LetterStatus>(["ACCEPTED", "HANDLING", "REPLY_REVIEW", "REPLY_APPROVED"]);
/**
 * A draft is the unpublished reply only while the reply is under way: once published it is the reply (the
 * published text is masked of personal data, so the two may differ without there being anything unpublished).
 */
const DRAFTING = new Set<LetterStatus>(["HANDLING", "REPLY_REVIEW", "REPLY_APPROVED"]);

export function LetterDetailPage() {
  const { id = "" } = useParams();
  const { access } = useMe();
  const { options, nameOf } = useUnitNames();
  const { data, loading, error } = useQuery(LetterDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const letter = data?.letter;
  usePageTitle(letter?.title ?? "信件");
  // Only a dispatcher of the mailbox's unit, before assignment, is helped by (and given) a suggestion.
  const routing = useQuery(LetterRoutingSuggestionDocument, {
    variables: { id },
    skip:
      !letter ||
      !(letter.status === "RECEIVED" || letter.status === "ACCEPTED") ||
      !canInUnit(access, "letter.dispatch", letter.mailbox.unitId),
    context: { silentErrors: true },
  });
  const suggestion = routing.data?.letter?.routingSuggestion ?? null;

  if (!letter) {
    if (loading && !error) return <Spin aria-label="加载中" />;
    return (
      <Empty description="信件不存在或无权查看">
        <Link to="/letters">返回信件列表</Link>
      </Empty>
    );
  }
  const status = STATUS_LABELS[letter.status];
  return (
    <section>
      <PageHeader
        title={letter.title}
        extra={
          <Space>
            {SUPERVISABLE.has(letter.status) &&
              (access.can("letter.supervise") ||
                canInUnit(access, "letter.dispatch", letter.mailbox.unitId)) && (
                <SuperviseLetterButton letterId={letter.id} title={letter.title} />
              )}
            <Link to="/letters">
              <Button>返回列表</Button>
            </Link>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <LetterActions
          letter={letter}
          access={access}
          unitOptions={options}
          nameOf={nameOf}
          suggestedUnitId={suggestion?.unit?.id ?? null}
        />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Space orientation="vertical" size={16} style={{ width: "100%" }}>
              <MergedIntoAlert letter={letter} access={access} />
              <Card title="来信内容" size="small">
                <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
                  <Descriptions.Item label="状态">
                    <Tag color={status.color}>{status.label}</Tag>
                    {letter.held && <Tag color="red">{HELD_LABEL}</Tag>}
                  </Descriptions.Item>
                  <Descriptions.Item label="信箱">{letter.mailbox.name}</Descriptions.Item>
                  <Descriptions.Item label="类别">{letter.category ?? "—"}</Descriptions.Item>
                  <Descriptions.Item label="来信时间">
                    {formatShanghaiMinute(letter.createdAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label="写信人">
                    {letter.anonymous ? "匿名（手机联系）" : (letter.writerName ?? "实名用户")}
                  </Descriptions.Item>
                  {/* The full number reaches only the handling units and city-wide staff; others see it masked. */}
                  <Descriptions.Item label="联系电话">
                    {letter.contactPhoneFull ?? letter.contactPhone ?? "—"}
                    {letter.contactPhone && !letter.phoneVerified && (
                      <Tag style={{ marginLeft: 8 }}>未验证</Tag>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label="同意公开">{letter.publishable ? "是" : "否"}</Descriptions.Item>
                  <Descriptions.Item label="返工次数">
                    {letter.reworkCount} / {letter.mailbox.maxReworks}
                  </Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} aria-label="信件正文">
                  <HighlightedText
                    text={letter.content}
                    findings={
                      letter.checkResult?.findings.filter((finding) => finding.field === "BODY") ?? []
                    }
                  />
                </Typography.Paragraph>
                <LetterAttachmentList attachments={letter.attachments} />
              </Card>
              {letter.checkResult && (
                <LetterCheckFindings checkResult={letter.checkResult} held={letter.held} />
              )}
              {letter.notAcceptedReason && (
                <Alert type="warning" showIcon title="不予受理" description={letter.notAcceptedReason} />
              )}
              {letter.status === "AWAITING_INFO" && letter.infoRequest && (
                <Alert type="info" showIcon title="已请写信人补充材料" description={letter.infoRequest} />
              )}
              {(letter.draftReply || letter.reply) && (
                <Card title="答复" size="small">
                  {letter.reply && (
                    <>
                      <Typography.Text type="secondary">
                        已发布答复
                        {letter.repliedAt ? `（${formatShanghaiMinute(letter.repliedAt)}）` : ""}
                      </Typography.Text>
                      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} aria-label="已发布答复">
                        {letter.reply}
                      </Typography.Paragraph>
                    </>
                  )}
                  {letter.draftReply && DRAFTING.has(letter.status) && letter.draftReply !== letter.reply && (
                    <>
                      <Typography.Text type="secondary">答复稿（未发布）</Typography.Text>
                      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} aria-label="答复稿">
                        {letter.draftReply}
                      </Typography.Paragraph>
                    </>
                  )}
                  {letter.rating && (
                    <Typography.Paragraph>
                      写信人评价：
                      <Tag color={letter.rating === "UNSATISFIED" ? "red" : "green"}>
                        {RATING_LABELS[letter.rating]}
                      </Tag>
                      {letter.ratingComment}
                    </Typography.Paragraph>
                  )}
                </Card>
              )}
              <Card title="办理记录" size="small">
                <LetterTimeline timeline={letter.timeline} nameOf={nameOf} />
              </Card>
            </Space>
          </Col>
          <Col xs={24} lg={8}>
            <Space orientation="vertical" size={16} style={{ width: "100%" }}>
              <DeadlineCard letter={letter} />
              <Card title="办理单位" size="small">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="当前主办">{nameOf(letter.ownerUnitId)}</Descriptions.Item>
                </Descriptions>
                {letter.units.map((unit) => (
                  <div key={`${unit.unitId}-${unit.startedAt}`} style={{ opacity: unit.endedAt ? 0.55 : 1 }}>
                    <Tag>{UNIT_ROLE_LABELS[unit.role] ?? unit.role}</Tag>
                    {nameOf(unit.unitId)}
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {formatShanghaiMinute(unit.startedAt)} 起
                      {unit.endedAt ? `，${formatShanghaiMinute(unit.endedAt)} 止` : ""}
                      {!unit.endedAt && unit.dueAt ? `，期限 ${unit.dueAt}` : ""}
                    </Typography.Text>
                  </div>
                ))}
              </Card>
              <MergedLettersCard letters={letter.mergedLetters} />
              {suggestion && <RoutingSuggestionCard suggestion={suggestion} />}
              {/* Suspected duplicates, to merge into this letter (a merged letter is handled through its primary). */}
              {letter.status !== "MERGED" && <SimilarLettersCard letter={letter} access={access} />}
              {/* While a handler drafts the reply: past replies to similar letters from the knowledge base. */}
              {(letter.status === "HANDLING" || letter.status === "REPLY_REVIEW") &&
                canInUnit(access, "letter.handle", letter.ownerUnitId) && (
                  <SimilarRepliesCard letterId={letter.id} />
                )}
            </Space>
          </Col>
        </Row>
      </Space>
    </section>
  );
}
