import { theme } from "antd";

export interface DayCount {
  /** `YYYY-MM-DD` (Asia/Shanghai). */
  day: string;
  count: number;
}

const WIDTH = 700;
const HEIGHT = 160;
const TOP = 18;
const BOTTOM = 22;

/** A plain SVG bar chart of events per day: no chart library for fourteen bars. */
export function EventsPerDayChart({ days }: { days: DayCount[] }) {
  const { token } = theme.useToken();
  const max = Math.max(1, ...days.map((day) => day.count));
  const slot = WIDTH / Math.max(days.length, 1);
  const plot = HEIGHT - TOP - BOTTOM;
  const total = days.reduce((sum, day) => sum + day.count, 0);
  return (
    <svg
      role="img"
      aria-label={`近 ${days.length} 天每日事件数，共 ${total} 条`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ display: "block", maxHeight: HEIGHT }}
    >
      <line
        x1={0}
        x2={WIDTH}
        y1={HEIGHT - BOTTOM}
        y2={HEIGHT - BOTTOM}
        stroke={token.colorBorder}
        strokeWidth={1}
      />
      {days.map((day, index) => {
        const height = (day.count / max) * plot;
        const x = index * slot + slot * 0.2;
        const y = HEIGHT - BOTTOM - height;
        return (
          <g key={day.day}>
            <title>{`${day.day}：${day.count} 条`}</title>
            <rect x={x} y={y} width={slot * 0.6} height={height} rx={2} fill={token.colorPrimary} />
            <text
              x={x + slot * 0.3}
              y={y - 4}
              textAnchor="middle"
              fontSize={11}
              fill={token.colorTextSecondary}
            >
              {day.count}
            </text>
            <text
              x={x + slot * 0.3}
              y={HEIGHT - 6}
              textAnchor="middle"
              fontSize={11}
              fill={token.colorTextSecondary}
            >
              {day.day.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
