import { getJSON } from "./api.js";
import { navigate } from "./app.js";
import { clear, h } from "./dom.js";

export async function renderSearch(main, params) {
  const query = params.get("q") || "";
  const input = h("input", { name: "q", value: query, placeholder: "words in article titles and texts (word* for prefixes)", id: "search-input" });
  const form = h("form", { class: "searchbar", onsubmit: (e) => {
    e.preventDefault();
    navigate("search", { q: input.value.trim() });
  } }, input, h("button", { type: "submit" }, "Search"));
  main.append(h("div", { class: "viewhead" }, h("h1", {}, "Search articles")), form);
  const results = h("div", { id: "search-results" });
  main.append(results);
  if (!query) return;
  try {
    const data = await getJSON("/api/search", { text: query, limit: 50 });
    if (!data.articles.length) {
      results.append(h("p", { class: "empty" }, "No article contains all these words."));
      return;
    }
    for (const article of data.articles) {
      results.append(h("div", { class: "hit card", onclick: () => navigate("search", { q: query, article: article.id }) },
        h("h3", {}, article.title || article.id),
        h("div", { class: "meta" }, [article.source, article.published, `${article.events} events`].filter(Boolean).join(" · ")),
        h("p", {}, article.snippet)));
    }
  } catch (error) {
    clear(results).append(h("p", { class: "error" }, error.message));
  }
}
