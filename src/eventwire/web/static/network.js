import { getJSON } from "./api.js";
import { filterParams, navigate, showFilterError } from "./app.js";
import { fmt, h, s } from "./dom.js";

// Edge colour runs from cooperation (green) to conflict (red) by the share of conflict events.
function toneColour(edge) {
  const share = edge.conflict / Math.max(1, edge.cooperation + edge.conflict);
  const r = Math.round(46 + share * (201 - 46));
  const g = Math.round(125 + share * (76 - 125));
  const b = Math.round(79 + share * (76 - 79));
  return `rgb(${r},${g},${b})`;
}

// A small force layout (repulsion, springs, centring), run a fixed number of steps with a
// seeded start so the picture is the same on every load.
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    node.x = width / 2 + (width / 3) * Math.cos(angle);
    node.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const k = Math.min(90, Math.sqrt((width * height) / Math.max(1, n)) * 0.35);
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(x * x + y * y, 1);
        const f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const edge of edges) {
      const a = index.get(edge.source), b = index.get(edge.target);
      if (a === undefined || b === undefined || a === b) continue;
      const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(Math.sqrt(x * x + y * y), 1);
      const f = (d * d) / k / d * 0.5;
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps separate components on screen instead of pinned to the borders.
      dx[i] += (width / 2 - nodes[i].x) * 0.12;
      dy[i] += (height / 2 - nodes[i].y) * 0.2;
      const len = Math.max(Math.sqrt(dx[i] ** 2 + dy[i] ** 2), 1e-9);
      const move = Math.min(len, 30 * heat + 1);
      nodes[i].x = Math.min(width - 40, Math.max(40, nodes[i].x + (dx[i] / len) * move));
      nodes[i].y = Math.min(height - 30, Math.max(30, nodes[i].y + (dy[i] / len) * move));
    }
  }
}

export async function renderNetwork(main, params) {
  const filters = filterParams(params);
  main.append(h("div", { class: "viewhead" }, h("h1", {}, "Actor network"),
    h("span", { class: "count" }, "edge width = events · colour = cooperation → conflict")));
  let data;
  try {
    data = await getJSON("/api/network", { ...filters, limit: 150 });
  } catch (error) {
    showFilterError(error.message);
    main.append(h("p", { class: "error" }, error.message));
    return;
  }
  if (!data.edges.length) {
    main.append(h("p", { class: "empty" }, "No coded dyads match these filters."));
    return;
  }
  const width = 900, height = 560;
  const nodes = data.nodes.slice(0, 60).map((node) => ({ ...node }));
  const keep = new Set(nodes.map((node) => node.code));
  const edges = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  layout(nodes, edges, width, height);
  const pos = new Map(nodes.map((node) => [node.code, node]));
  const maxEdge = Math.max(...edges.map((e) => e.events), 1);
  const maxNode = Math.max(...nodes.map((n) => n.events), 1);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart network", id: "network-chart" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#777" }))));
  for (const edge of edges) {
    const a = pos.get(edge.source), b = pos.get(edge.target);
    const radius = 6 + 14 * Math.sqrt(b.events / maxNode);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    // Curve each direction to its own side so A->B and B->A stay apart.
    const mx = (a.x + b.x) / 2 - (dy / d) * 18, my = (a.y + b.y) / 2 + (dx / d) * 18;
    const ex = b.x - (dx / d) * (radius + 3), ey = b.y - (dy / d) * (radius + 3);
    svg.append(s("path", {
      d: `M ${a.x} ${a.y} Q ${mx} ${my} ${ex} ${ey}`, class: "edge", stroke: toneColour(edge),
      "stroke-width": 1 + 7 * (edge.events / maxEdge), "marker-end": "url(#arrow)",
      onclick: () => navigate("events", { ...filters, source: edge.source, target: edge.target }),
    }, s("title", {}, `${edge.source} → ${edge.target}: ${edge.events} events (${edge.cooperation} cooperation, ${edge.conflict} conflict, mean Goldstein ${fmt(edge.goldstein_mean, 1)})`)));
  }
  for (const node of nodes) {
    const radius = 6 + 14 * Math.sqrt(node.events / maxNode);
    svg.append(s("g", { class: "node", transform: `translate(${node.x},${node.y})`,
      onclick: () => navigate("network", { ...filters, actor: node.code }) },
      s("circle", { r: radius }),
      s("text", { y: -radius - 4, "text-anchor": "middle" }, node.code),
      s("title", {}, `${node.code} ${node.name || ""}: ${node.events} events`)));
  }
  main.append(h("div", { class: "card" }, svg));
  main.append(h("p", { class: "hint" }, "Click an edge to list its events, a node to focus on that actor."));
}
