import { getJSON } from "./api.js";
import { clear, fmt, h } from "./dom.js";
import { renderEvents } from "./events.js";
import { renderIngest } from "./ingest.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { openArticle, closeReader } from "./reader.js";
import { renderSearch } from "./search.js";
import { renderTimeline } from "./timeline.js";

const FILTER_NAMES = ["dyad", "actor", "source", "target", "type", "cameo", "from", "to", "text", "unique"];
const VIEWS = {
  events: renderEvents,
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
  search: renderSearch,
  ingest: renderIngest,
};

// The URL hash is the query: #/events?dyad=PAK,IRN&type=CONSULT&event=...
export function currentRoute() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [view, query = ""] = raw.split("?");
  return { view: VIEWS[view] ? view : "events", params: new URLSearchParams(query) };
}

export function filterParams(params = currentRoute().params) {
  const out = {};
  for (const name of FILTER_NAMES) {
    if (params.get(name)) out[name] = params.get(name);
  }
  return out;
}

export function navigate(view, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const next = `#/${view}${query.toString() ? "?" + query : ""}`;
  if (location.hash === next) render();
  else location.hash = next;
}

export function setRouteParam(name, value) {
  const { view, params } = currentRoute();
  const merged = Object.fromEntries(params);
  if (value === null) delete merged[name];
  else merged[name] = value;
  history.replaceState(null, "", `#/${view}?${new URLSearchParams(merged)}`);
}

export function showFilterError(message) {
  document.getElementById("filter-error").textContent = message || "";
}

function fillForm(params) {
  const form = document.getElementById("filters");
  for (const name of FILTER_NAMES) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.type === "checkbox") field.checked = params.get(name) === "true";
    else field.value = params.get(name) || "";
  }
}

function readForm() {
  const form = document.getElementById("filters");
  const out = {};
  for (const name of FILTER_NAMES) {
    const field = form.elements[name];
    if (field.type === "checkbox") {
      if (field.checked) out[name] = "true";
    } else if (field.value.trim()) out[name] = field.value.trim();
  }
  return out;
}

async function renderSummary() {
  const box = document.getElementById("summary");
  try {
    const summary = await getJSON("/api/summary");
    const c = summary.counts;
    const span = summary.first_day ? `${summary.first_day} → ${summary.last_day}` : "no dates";
    clear(box).append(
      h("span", {}, h("b", {}, fmt(c.articles)), " articles"),
      h("span", {}, h("b", {}, fmt(c.events)), " events"),
      h("span", { title: "after cross-article de-duplication" }, h("b", {}, fmt(c.unique_events)), " unique"),
      h("span", { class: "span" }, span),
    );
  } catch (error) {
    clear(box).append(h("span", { class: "error" }, `store unavailable: ${error.message}`));
  }
}

export async function render() {
  const { view, params } = currentRoute();
  for (const link of document.querySelectorAll("#tabs a")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  fillForm(params);
  showFilterError("");
  const main = clear(document.getElementById("view"));
  main.dataset.view = view;
  await VIEWS[view](main, params);
  if (params.get("article")) openArticle(params.get("article"), params.get("event"));
  else closeReader(false);
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { view } = currentRoute();
    navigate(view === "search" || view === "ingest" ? "events" : view, readForm());
  });
  document.getElementById("reset").addEventListener("click", () => {
    navigate(currentRoute().view, {});
  });
  window.addEventListener("hashchange", render);
  renderSummary();
  render();
});

export { renderSummary };
