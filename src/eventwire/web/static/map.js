import { getJSON } from "./api.js";
import { filterParams, showFilterError } from "./app.js";
import { fmt, h, s } from "./dom.js";

let basemap = null;

async function loadBasemap() {
  if (!basemap) basemap = await getJSON("/static/basemap.json");
  return basemap;
}

// Equirectangular projection cropped to 80°N..60°S, where nearly all events happen.
const NORTH = 80, SOUTH = -60;

export async function renderMap(main, params) {
  const filters = filterParams(params);
  main.append(h("div", { class: "viewhead" }, h("h1", {}, "Event locations"),
    h("span", { class: "count" }, "circle area = events · colour = cooperation → conflict")));
  let data, land;
  try {
    [data, land] = await Promise.all([getJSON("/api/locations", filters), loadBasemap()]);
  } catch (error) {
    showFilterError(error.message);
    main.append(h("p", { class: "error" }, error.message));
    return;
  }
  const width = 960, height = Math.round((width * (NORTH - SOUTH)) / 360);
  const px = (lon) => ((lon + 180) / 360) * width;
  const py = (lat) => ((NORTH - lat) / (NORTH - SOUTH)) * height;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart map", id: "map-chart" });
  svg.append(s("rect", { x: 0, y: 0, width, height, class: "sea" }));
  const cell = land.cell_degrees;
  const cw = (cell / 360) * width, ch = (cell / (NORTH - SOUTH)) * height;
  const path = [];
  for (const [lon, lat] of land.cells) {
    if (lat * cell > NORTH || lat * cell < SOUTH) continue;
    path.push(`M${px(lon * cell).toFixed(1)} ${py((lat + 1) * cell).toFixed(1)}h${cw.toFixed(2)}v${ch.toFixed(2)}h-${cw.toFixed(2)}z`);
  }
  svg.append(s("path", { d: path.join(""), class: "land" }));
  for (let lon = -150; lon <= 150; lon += 30) {
    svg.append(s("line", { x1: px(lon), x2: px(lon), y1: 0, y2: height, class: "graticule" }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    svg.append(s("line", { x1: 0, x2: width, y1: py(lat), y2: py(lat), class: lat === 0 ? "graticule equator" : "graticule" }),
      s("text", { x: 4, y: py(lat) - 3, class: "axis" }, `${lat}°`));
  }
  const maxEvents = Math.max(...data.locations.map((p) => p.events), 1);
  const sorted = [...data.locations].sort((a, b) => b.events - a.events);
  for (const place of sorted) {
    const share = place.conflict / Math.max(1, place.conflict + place.cooperation);
    const colour = share > 0.5 ? "#c94c4c" : share > 0 ? "#e0913a" : "#2e7d4f";
    svg.append(s("circle", {
      cx: px(place.lon), cy: py(place.lat), r: 4 + 16 * Math.sqrt(place.events / maxEvents),
      fill: colour, class: "place",
    }, s("title", {}, `${place.name}${place.country ? ", " + place.country : ""}: ${place.events} events (${place.cooperation} cooperation, ${place.conflict} conflict)`)));
  }
  for (const place of sorted.slice(0, 12)) {
    svg.append(s("text", { x: px(place.lon) + 8, y: py(place.lat) - 8, class: "place-label" }, place.name));
  }
  main.append(h("div", { class: "card" }, svg, h("div", { class: "attribution" }, land.attribution)));
  const list = h("tbody", {}, sorted.map((p) => h("tr", {},
    h("td", {}, p.name), h("td", {}, p.country || ""), h("td", { class: "num" }, fmt(p.lat, 2)),
    h("td", { class: "num" }, fmt(p.lon, 2)), h("td", { class: "num" }, p.events),
    h("td", { class: "num" }, p.cooperation), h("td", { class: "num" }, p.conflict))));
  main.append(h("div", { class: "tablewrap card" }, h("table", { class: "compact" },
    h("thead", {}, h("tr", {}, ["Place", "Country", "Lat", "Lon", "Events", "Coop.", "Conflict"].map((t) => h("th", {}, t)))),
    list)));
  if (!sorted.length) main.append(h("p", { class: "empty" }, "No located events match these filters."));
}
