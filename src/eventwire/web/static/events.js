import { getJSON } from "./api.js";
import { currentRoute, filterParams, navigate, showFilterError } from "./app.js";
import { clear, fmt, h, QUAD_NAMES } from "./dom.js";

const PAGE = 50;

function actorCell(ref) {
  if (!ref) return h("td", { class: "muted" }, "—");
  return h("td", {},
    h("span", { class: "code" }, ref.code || "?"),
    h("span", { class: "name" }, ref.name || ref.text || ""));
}

export function quadBadge(event) {
  const quad = event.quad_class;
  return h("span", { class: `badge q${quad}`, title: QUAD_NAMES[quad] || "" },
    event.plover.type || "—");
}

export async function renderEvents(main, params) {
  const offset = Number(params.get("offset") || 0);
  const filters = filterParams(params);
  const head = h("div", { class: "viewhead" }, h("h1", {}, "Events"));
  main.append(head);
  let data;
  try {
    data = await getJSON("/api/events", { ...filters, limit: PAGE, offset, order: "desc" });
  } catch (error) {
    showFilterError(error.message);
    main.append(h("p", { class: "error" }, error.message));
    return;
  }
  const selected = params.get("event");
  head.append(h("span", { class: "count", id: "event-count" },
    `${fmt(data.total)} events`, filters.unique ? " (de-duplicated)" : ""));
  if (!data.events.length) {
    main.append(h("p", { class: "empty" }, "No events match these filters."));
    return;
  }
  const rows = data.events.map((event) => h("tr", {
    class: `event-row${event.event_id === selected ? " selected" : ""}`,
    dataset: { eventId: event.event_id },
    tabindex: "0",
    onclick: () => open(event),
    onkeydown: (e) => { if (e.key === "Enter") open(event); },
  },
    h("td", { class: "date" }, event.date || "", event.date_precision && event.date_precision !== "day"
      ? h("small", {}, ` ${event.date_precision}`) : null),
    actorCell(event.source),
    h("td", {}, quadBadge(event),
      h("div", { class: "cameo" }, `${event.cameo} ${event.cameo_name || ""}`,
        event.negated ? h("b", { class: "neg" }, " NOT") : null)),
    actorCell(event.target),
    h("td", { class: "place" }, event.location ? event.location.name : ""),
    h("td", { class: "evidence" }, h("div", { class: "clamp" }, event.sentence)),
    h("td", { class: "num", title: "Goldstein" }, fmt(event.goldstein, 1)),
    h("td", { class: "dup" }, event.duplicate_of ? h("span", { title: `duplicate of ${event.duplicate_of}` }, "dup") : ""),
  ));
  main.append(h("div", { class: "tablewrap" }, h("table", { class: "events", id: "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Source", "Event", "Target", "Place", "Evidence", "G", ""]
      .map((t) => h("th", { class: t ? `col-${t.toLowerCase()}` : "" }, t)))),
    h("tbody", {}, rows))));
  const pager = h("div", { class: "pager" });
  const go = (next) => navigate("events", { ...filters, offset: next || "" });
  if (offset > 0) pager.append(h("button", { class: "quiet", onclick: () => go(Math.max(0, offset - PAGE)) }, "← newer"));
  pager.append(h("span", {}, `${fmt(offset + 1)}–${fmt(offset + data.events.length)} of ${fmt(data.total)}`));
  if (offset + PAGE < data.total) pager.append(h("button", { class: "quiet", onclick: () => go(offset + PAGE) }, "older →"));
  main.append(pager);

  function open(event) {
    const { params: now } = currentRoute();
    navigate("events", { ...Object.fromEntries(now), article: event.article_id, event: event.event_id });
  }
}
