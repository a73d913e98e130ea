import { getJSON } from "./api.js";
import { filterParams, navigate, showFilterError } from "./app.js";
import { fmt, h, QUAD_NAMES, s } from "./dom.js";

const QUAD_COLOURS = { 1: "#7fb77e", 2: "#2e7d4f", 3: "#f0a04b", 4: "#c94c4c", unknown: "#aaa" };

export async function renderTimeline(main, params) {
  const filters = filterParams(params);
  const interval = params.get("interval") || "month";
  const title = filters.dyad ? `Timeline ${filters.dyad.replace(",", " ↔ ")}` : "Timeline (all events)";
  const picker = h("div", { class: "segmented" }, ["day", "week", "month"].map((name) => h("button", {
    class: name === interval ? "on" : "", type: "button",
    onclick: () => navigate("timeline", { ...filters, interval: name }),
  }, name)));
  main.append(h("div", { class: "viewhead" }, h("h1", {}, title), picker));
  if (!filters.dyad) {
    main.append(h("p", { class: "hint" }, "Tip: set a dyad (e.g. PAK,IRN) in the filters to follow one relationship."));
  }
  let data;
  try {
    data = await getJSON("/api/timeline", { ...filters, interval });
  } catch (error) {
    showFilterError(error.message);
    main.append(h("p", { class: "error" }, error.message));
    return;
  }
  if (!data.periods.length) {
    main.append(h("p", { class: "empty" }, "No dated events match these filters."));
    return;
  }
  main.append(h("div", { class: "card" }, chart(data.periods, filters, interval)));
  main.append(typeTable(data.periods));
}

function chart(periods, filters, interval) {
  const width = 900, height = 340, left = 48, right = 56, top = 16, bottom = 56;
  const plotW = width - left - right, plotH = height - top - bottom;
  const maxCount = Math.max(...periods.map((p) => p.events), 1);
  const gsums = periods.map((p) => p.goldstein_sum);
  const gAbs = Math.max(...gsums.map(Math.abs), 1);
  const step = plotW / periods.length;
  const barW = Math.max(2, Math.min(40, step * 0.7));
  const y = (v) => top + plotH - (v / maxCount) * plotH;
  const gy = (v) => top + plotH / 2 - (v / gAbs) * (plotH / 2);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", id: "timeline-chart", role: "img" });
  for (let i = 0; i <= 4; i++) {
    const v = (maxCount * i) / 4;
    svg.append(s("line", { x1: left, x2: left + plotW, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, fmt(v, v < 4 && v % 1 ? 1 : 0)));
  }
  svg.append(s("text", { x: 12, y: top + plotH / 2, class: "axis", transform: `rotate(-90 12 ${top + plotH / 2})`, "text-anchor": "middle" }, "events"));
  svg.append(s("text", { x: width - 8, y: top + plotH / 2, class: "axis g", transform: `rotate(90 ${width - 8} ${top + plotH / 2})`, "text-anchor": "middle" }, "Goldstein sum"));
  svg.append(s("line", { x1: left, x2: left + plotW, y1: gy(0), y2: gy(0), class: "zero" }));
  for (const v of [-gAbs, 0, gAbs]) {
    svg.append(s("text", { x: left + plotW + 6, y: gy(v) + 4, class: "axis g" }, fmt(v, 1)));
  }
  const labelEvery = Math.ceil(periods.length / 12);
  periods.forEach((period, i) => {
    const x = left + i * step + (step - barW) / 2;
    let acc = 0;
    for (const quad of ["1", "2", "3", "4", "unknown"]) {
      const n = period.by_quad_class[quad] || 0;
      if (!n) continue;
      const rect = s("rect", {
        x, width: barW, y: y(acc + n), height: y(acc) - y(acc + n), fill: QUAD_COLOURS[quad],
        class: "bar", onclick: () => drill(period, filters, interval),
      }, s("title", {}, `${period.period}: ${n} ${QUAD_NAMES[quad] || "unknown"}`));
      svg.append(rect);
      acc += n;
    }
    if (i % labelEvery === 0) {
      svg.append(s("text", { x: x + barW / 2, y: top + plotH + 16, class: "axis", "text-anchor": "middle" }, period.period));
    }
  });
  const points = periods.map((p, i) => `${left + i * step + step / 2},${gy(p.goldstein_sum)}`).join(" ");
  svg.append(s("polyline", { points, class: "gline" }));
  periods.forEach((p, i) => svg.append(s("circle", { cx: left + i * step + step / 2, cy: gy(p.goldstein_sum), r: 3, class: "gdot" },
    s("title", {}, `${p.period}: Goldstein sum ${fmt(p.goldstein_sum, 1)}`))));
  const legend = s("g", { transform: `translate(${left}, ${height - 14})` });
  let lx = 0;
  for (const quad of ["1", "2", "3", "4"]) {
    legend.append(s("rect", { x: lx, y: -9, width: 10, height: 10, fill: QUAD_COLOURS[quad] }),
      s("text", { x: lx + 14, y: 0, class: "axis" }, QUAD_NAMES[quad]));
    lx += 150;
  }
  legend.append(s("line", { x1: lx, x2: lx + 18, y1: -4, y2: -4, class: "gline" }), s("text", { x: lx + 22, y: 0, class: "axis" }, "Goldstein sum"));
  svg.append(legend);
  return svg;
}

// Clicking a bar lists that period's events: a month or day is its own range, a week runs
// Monday to Sunday.
function drill(period, filters, interval) {
  let to = period.period;
  if (interval === "week") {
    const end = new Date(`${period.period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    to = end.toISOString().slice(0, 10);
  }
  navigate("events", { ...filters, from: period.period, to });
}

function typeTable(periods) {
  const types = [...new Set(periods.flatMap((p) => Object.keys(p.by_type)))].sort();
  return h("div", { class: "tablewrap card" }, h("table", { class: "compact", id: "timeline-table" },
    h("thead", {}, h("tr", {}, h("th", {}, "Period"), types.map((t) => h("th", {}, t)), h("th", {}, "Events"), h("th", {}, "Goldstein Σ"))),
    h("tbody", {}, periods.map((p) => h("tr", {},
      h("td", {}, p.period), types.map((t) => h("td", { class: "num" }, p.by_type[t] || "")),
      h("td", { class: "num" }, p.events), h("td", { class: "num" }, fmt(p.goldstein_sum, 1)))))));
}
