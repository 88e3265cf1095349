// The one 放行 dialog, used by the editor's findings list and the 送审检查 panel: a reason of at least two
// characters, then 确认放行. It resets antd's disabled state for its content: the findings list sits inside the
// editor form, which is disabled for people who cannot edit — and those (a 终审 reviewer with 错敏词放行) are
// exactly the ones who override; a disabled reason box would make 确认放行 unreachable.
import { ConfigProvider, Flex, Input, Modal, Typography } from "antd";
import { useState } from "react";

export const MIN_OVERRIDE_REASON = 2;

export function OverrideDialog(props: {
  open: boolean;
  title: string;
  loading?: boolean;
  /** Resolves when recorded; a rejection keeps the dialog open with the reason (the error is shown elsewhere). */
  onConfirm(reason: string): Promise<void>;
  onCancel(): void;
}) {
  const [reason, setReason] = useState("");
  const ready = reason.trim().length >= MIN_OVERRIDE_REASON;
  const close = () => {
    setReason("");
    props.onCancel();
  };
  const confirm = async () => {
    if (!ready) return;
    await props.onConfirm(reason.trim());
    setReason("");
  };
  return (
    <ConfigProvider componentDisabled={false}>
      <Modal
        open={props.open}
        title={props.title}
        okText="确认放行"
        cancelText="取消"
        confirmLoading={props.loading}
        okButtonProps={{ disabled: !ready }}
        onOk={() => void confirm().catch(() => undefined)}
        onCancel={close}
      >
        <Flex vertical gap={8}>
          <Typography.Text>放行后可终审通过和发布。放行人、时间和理由记入审核记录与审签单。</Typography.Text>
          <Input.TextArea
            aria-label="放行理由"
            rows={3}
            maxLength={500}
            value={reason}
            placeholder="放行理由（必填）"
            onChange={(event) => setReason(event.target.value)}
          />
        </Flex>
      </Modal>
    </ConfigProvider>
  );
}
