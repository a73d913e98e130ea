import { readResponse } from "./api.js";
import { renderSummary } from "./app.js";
import { clear, h } from "./dom.js";

export async function renderIngest(main) {
  const summary = await fetch("/api/summary").then((r) => r.json()).catch(() => ({}));
  main.append(h("div", { class: "viewhead" }, h("h1", {}, "Ingest")));
  if (!summary.ingest_enabled) {
    main.append(h("p", { class: "hint" }, "Ingest over the web is off. Start the server with ",
      h("code", {}, "eventwire serve --token TOKEN"), " to enable it, or run ",
      h("code", {}, "eventwire ingest PATH"), " on the command line."));
  }
  const token = h("input", { type: "password", name: "token", placeholder: "token given to eventwire serve --token", id: "ingest-token" });
  const kind = h("select", { name: "kind", id: "ingest-kind" },
    h("option", { value: "text/plain" }, "plain text"),
    h("option", { value: "text/html" }, "HTML page"),
    h("option", { value: "application/json" }, "JSON record(s)"));
  const fields = ["title", "url", "published", "source"].map((name) => h("input", { name, placeholder: name }));
  const body = h("textarea", { name: "body", rows: 14, id: "ingest-body", placeholder: "Paste an article, an HTML page, or JSON records {\"id\", \"text\"|\"html\", \"title\", \"published\", ...}" });
  const output = h("div", { id: "ingest-result" });
  const button = h("button", { type: "submit" }, "Code and store");
  const form = h("form", { class: "ingest card", onsubmit: submit },
    h("label", {}, "Token ", token), h("label", {}, "Input ", kind),
    h("div", { class: "meta-fields" }, fields), body, button);
  main.append(form, output);

  async function submit(event) {
    event.preventDefault();
    button.disabled = true;
    clear(output).append(h("p", { class: "muted" }, "Coding… (the first article loads the language model)"));
    const query = new URLSearchParams();
    for (const field of fields) if (field.value.trim()) query.set(field.name, field.value.trim());
    try {
      const response = await fetch(`/api/ingest?${query}`, {
        method: "POST",
        headers: { "Content-Type": kind.value, "X-Eventwire-Token": token.value },
        body: body.value,
      });
      const result = await readResponse(response);
      clear(output).append(h("div", { class: "card" },
        h("p", {}, `${result.totals.articles} articles, ${result.totals.events} events stored, ${result.skipped.length} skipped`),
        h("ul", {}, result.articles.map((a) => h("li", {},
          h("a", { href: `#/events?article=${encodeURIComponent(a.id)}` }, a.id), ` ${a.status}, ${a.events} events`)),
        result.skipped.map((sk) => h("li", { class: "error" }, `${sk.origin}: ${sk.reason}${sk.detail ? " (" + sk.detail + ")" : ""}`)))));
      renderSummary();
    } catch (error) {
      clear(output).append(h("p", { class: "error" }, error.message));
    } finally {
      button.disabled = false;
    }
  }
}
