/** An event's payload as indented JSON. Rendered as a text node, so markup in it is shown, never run. */
export function PayloadView({ payload }: { payload: unknown }) {
  return (
    <figure aria-label="事件内容" style={{ margin: 0 }}>
      <pre
        style={{
          margin: 0,
          whiteSpace: "pre-wrap",
          wordBreak: "break-all",
          fontSize: 12,
          maxHeight: 360,
          overflow: "auto",
        }}
      >
        {JSON.stringify(payload, null, 2) ?? "null"}
      </pre>
    </figure>
  );
}
