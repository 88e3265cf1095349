import type { DiffPartKind } from "#gql/graphql";

const STYLES: Record<DiffPartKind, React.CSSProperties | undefined> = {
  EQUAL: undefined,
  INSERT: { color: "#237804", background: "#f6ffed", textDecoration: "underline" },
  DELETE: { color: "#a8071a", background: "#fff1f0", textDecoration: "line-through" },
};

/** A field's diff as text nodes only: whatever a part contains (markup included) is shown, never run. */
export function DiffText({ parts }: { parts: readonly { kind: DiffPartKind; text: string }[] }) {
  return (
    <div style={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>
      {parts.map((part, index) => {
        const key = `${index}-${part.kind}`;
        if (part.kind === "INSERT")
          return (
            <ins key={key} data-diff="insert" style={STYLES.INSERT}>
              {part.text}
            </ins>
          );
        if (part.kind === "DELETE")
          return (
            <del key={key} data-diff="delete" style={STYLES.DELETE}>
              {part.text}
            </del>
          );
        return <span key={key}>{part.text}</span>;
      })}
    </div>
  );
}
