import { getJSON } from "./api.js";
import { setRouteParam } from "./app.js";
import { clear, fmt, h, QUAD_NAMES } from "./dom.js";

const SENTENCE = 1, TRIGGER = 2, SOURCE = 4, TARGET = 8;

function panel() {
  return document.getElementById("reader");
}

export function closeReader(updateUrl = true) {
  const box = panel();
  box.hidden = true;
  clear(box);
  document.body.classList.remove("reading");
  if (updateUrl) {
    setRouteParam("article", null);
    setRouteParam("event", null);
    for (const row of document.querySelectorAll(".event-row.selected")) row.classList.remove("selected");
  }
}

// Offsets of `needle` in `text`, tolerating different runs of whitespace.
function locate(text, needle, from = 0) {
  if (!needle) return null;
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return [exact, exact + needle.length];
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(words.join("\\s+")).exec(text.slice(from));
  return match ? [from + match.index, from + match.index + match[0].length] : null;
}

function locateWord(text, word, start, end) {
  if (!word) return null;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`\\b${escaped}\\b`, "i");
  const match = re.exec(text.slice(start, end));
  return match ? [start + match.index, start + match.index + match[0].length] : null;
}

function sameActor(actor, ref) {
  return ref && actor.name === ref.name && (actor.code || null) === (ref.code || null);
}

function highlightedText(article, event) {
  const text = article.text;
  const marks = new Uint8Array(text.length);
  const paint = (range, flag) => {
    if (!range) return;
    for (let i = range[0]; i < range[1]; i++) marks[i] |= flag;
  };
  let sentence = null;
  if (event) {
    sentence = locate(text, event.sentence);
    paint(sentence, SENTENCE);
    if (sentence) {
      paint(locateWord(text, event.trigger, sentence[0], sentence[1]), TRIGGER);
      for (const [ref, flag] of [[event.source, SOURCE], [event.target, TARGET]]) {
        if (!ref) continue;
        let found = false;
        for (const actor of article.actors.filter((a) => sameActor(a, ref))) {
          for (const m of actor.mentions) {
            if (m.start >= 0 && m.end <= text.length) { paint([m.start, m.end], flag); found = true; }
          }
        }
        if (!found) paint(locate(text, ref.text, sentence[0]), flag);
      }
    }
  }
  const body = h("div", { class: "article-text", id: "article-text" });
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      const piece = text.slice(start, i);
      const flags = marks[start];
      if (!flags) body.append(document.createTextNode(piece));
      else {
        const classes = [];
        if (flags & SENTENCE) classes.push("hl-sentence");
        if (flags & TRIGGER) classes.push("hl-trigger");
        if (flags & SOURCE) classes.push("hl-source");
        if (flags & TARGET) classes.push("hl-target");
        body.append(h("span", { class: classes.join(" ") }, piece));
      }
      start = i;
    }
  }
  return body;
}

function eventCard(event) {
  const ref = (r) => r ? `${r.name || r.text} (${r.code || "uncoded"})` : "—";
  const row = (label, value) => value === null || value === undefined || value === ""
    ? null : h("tr", {}, h("th", {}, label), h("td", {}, value));
  return h("div", { class: `event-card q${event.quad_class}`, id: "event-card" },
    h("div", { class: "dyad" },
      h("span", { class: "hl-source" }, ref(event.source)),
      h("span", { class: "arrow" }, ` ${event.negated ? "did not " : ""}${event.plover.type || ""} → `),
      h("span", { class: "hl-target" }, ref(event.target))),
    h("table", {},
      row("CAMEO", `${event.cameo} ${event.cameo_name || ""}`),
      row("PLOVER", [event.plover.type, event.plover.mode, (event.plover.context || []).join(", ")]
        .filter(Boolean).join(" · ")),
      row("Quad class", `${event.quad_class} ${QUAD_NAMES[event.quad_class] || ""}`),
      row("Goldstein", fmt(event.goldstein, 1)),
      row("Date", event.date ? `${event.date} (${event.date_precision || "?"}${event.date_text ? `, “${event.date_text}”` : ""})` : "unknown"),
      row("Place", event.location ? `${event.location.name}${event.location.country ? ", " + event.location.country : ""}` : ""),
      row("Trigger", event.trigger),
      row("Modality", event.modality !== "asserted" ? event.modality : ""),
      row("Rule", event.rule),
      row("Confidence", fmt(event.confidence, 2)),
      row("Duplicate of", event.duplicate_of),
      row("Event id", event.event_id)));
}

export async function openArticle(articleId, eventId) {
  const box = panel();
  clear(box).append(h("p", { class: "muted" }, "Loading article…"));
  box.hidden = false;
  document.body.classList.add("reading");
  let article;
  try {
    article = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
  } catch (error) {
    clear(box).append(h("p", { class: "error" }, error.message));
    return;
  }
  const event = article.events.find((e) => e.event_id === eventId) || null;
  const meta = [article.source, article.published, article.dateline, article.author].filter(Boolean).join(" · ");
  const others = article.events.map((e) => h("li", {
    class: e.event_id === eventId ? "current" : "",
  }, h("a", {
    href: "#", onclick: (ev) => { ev.preventDefault(); select(e.event_id); },
  }, `${e.source ? e.source.code || "?" : "?"} ${e.plover.type || e.cameo} ${e.target ? e.target.code || "?" : "—"}`),
  h("span", { class: "muted" }, ` ${e.trigger}`)));
  clear(box).append(
    h("div", { class: "reader-head" },
      h("button", { class: "close quiet", title: "close", onclick: () => closeReader() }, "×"),
      h("h2", { id: "article-title" }, article.title || article.id),
      h("div", { class: "meta" }, meta),
      article.url ? h("a", { class: "url", href: article.url, rel: "noopener noreferrer", target: "_blank" }, article.url) : null),
    event ? eventCard(event) : null,
    h("div", { class: "keys" },
      h("span", { class: "hl-sentence" }, "evidence"), h("span", { class: "hl-trigger" }, "trigger"),
      h("span", { class: "hl-source" }, "source"), h("span", { class: "hl-target" }, "target")),
    highlightedText(article, event),
    article.events.length ? h("div", { class: "article-events" },
      h("h3", {}, `${article.events.length} events in this article`), h("ol", {}, others)) : null,
  );
  const mark = box.querySelector(".hl-sentence");
  if (mark) mark.scrollIntoView({ block: "center" });

  function select(id) {
    setRouteParam("event", id);
    for (const row of document.querySelectorAll(".event-row")) {
      row.classList.toggle("selected", row.dataset.eventId === id);
    }
    openArticle(articleId, id);
  }
}

export function openArticleFromAnywhere(articleId, eventId) {
  setRouteParam("article", articleId);
  setRouteParam("event", eventId || null);
  openArticle(articleId, eventId);
}
