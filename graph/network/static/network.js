// The network page: reads its filters from the URL, draws /api/network's nodes and edges with
// vis-network, and shows the evidence of an edge and the card of a node on click.
// In a file made by `allegiance viz` the data is inlined and there is no server to ask.
"use strict";
(function () {
  const config = JSON.parse(document.getElementById("network-config").textContent);
  const embedded = document.getElementById("network-data");
  const LISTS = ["relation", "type", "document"];
  const FIELDS = ["actor", "depth", "view", "since", "until", "limit", "min_confidence"];
  const DEFAULTS = { depth: "1", view: "actors", limit: "150", min_confidence: "0" };
  // the tests and the benchmark read these
  const state = { nodes: new vis.DataSet(), edges: new vis.DataSet(), network: null, meta: null,
                  ready: false, renderMs: null };
  window.allegiance = state;
  const $ = (id) => document.getElementById(id);
  const form = $("filters");

  // text as HTML, quotes too (it goes into attributes); no DOM node per call, as it is called
  // for every document and name of a big view
  const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function esc(text) {
    return text == null ? "" : String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
  }

  function status(text, error) {
    $("status").textContent = text;
    $("status").classList.toggle("error", !!error);
  }

  // --- the URL is the state: filters in, filters out ------------------------------------------

  function readForm() {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = $(name).value.trim();
      if (value && value !== DEFAULTS[name]) params.set(name, value);
    }
    for (const box of form.querySelectorAll("input[type=checkbox]:checked")) {
      params.append(box.name, box.value);
    }
    for (const opt of $("document").selectedOptions) params.append("document", opt.value);
    // "who supports X": a stance, and the direction of its edges relative to the actor
    const [stance, direction] = $("question").value.split(":");
    if (stance) params.set("stance", stance);
    if (direction && direction !== "both") params.set("direction", direction);
    return params;
  }

  function questionLabels() {
    const name = $("actor").value.trim() || "X";
    for (const opt of $("question").options) {
      if (!opt.dataset.text) opt.dataset.text = opt.textContent;
      opt.textContent = opt.dataset.text.replace(/\bX\b/, name);
    }
  }

  function confidenceLabel() {
    const v = Number($("min_confidence").value);
    $("confidence-value").textContent = v > 0 ? v.toFixed(2) : "any";
  }

  function fillForm(params) {
    for (const name of FIELDS) $(name).value = params.get(name) || DEFAULTS[name] || "";
    const chosen = (name) => new Set(params.getAll(name).flatMap((v) => v.split(",")));
    for (const box of form.querySelectorAll("input[type=checkbox]")) {
      box.checked = chosen(box.name).has(box.value);
    }
    const docs = chosen("document");
    for (const opt of $("document").options) opt.selected = docs.has(opt.value);
    const stance = params.get("stance");
    $("question").value = stance ? `${stance}:${params.get("direction") || "both"}` : "";
    questionLabels();
    confidenceLabel();
  }

  function buildChoices(meta) {
    const boxes = (id, name, values) => {
      const set = $(id);
      if (set.querySelector("input")) return;
      for (const value of values) {
        set.insertAdjacentHTML("beforeend",
          `<label><input type="checkbox" name="${name}" value="${esc(value)}"> ${esc(value)}</label>`);
      }
    };
    boxes("relation-boxes", "relation", Object.keys(meta.relations));
    boxes("type-boxes", "type", meta.types);
    const select = $("document");
    if (!select.options.length) {  // one parse for all: a thousand documents took 30-50 ms apart
      select.innerHTML = meta.documents.map((d) => `<option value="${esc(d.identifier)}">` +
        `${esc(`${d.date || "undated"}: ${d.title || d.identifier}`)}</option>`).join("");
    }
  }

  function legend(meta) {
    const types = $("legend-types");
    types.innerHTML = "";
    for (const [name, style] of Object.entries(meta.styles.types)) {
      types.insertAdjacentHTML("beforeend",
        `<li><span class="swatch ${style.shape}" style="background:${style.color}"></span>${esc(name)}</li>`);
    }
    $("legend-edges").innerHTML =
      meta.legend.map((s) => `<li><span class="line" style="border-color:${s.color}"></span>` +
        `${esc(s.stance)} (${s.relations.map(esc).join(", ")})</li>`).join("") +
      `<li><span class="line dashed" style="border-color:#888"></span>only hedged or attributed claims</li>` +
      (meta.styles.disputed ? `<li><span class="line dashdot" style="border-color:${meta.styles.disputed}"></span>disputed: asserted and denied</li>` : "") +
      `<li>width: number of claims</li>`;
  }

  // --- loading and drawing -------------------------------------------------------------------

  async function fetchJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
    return body;
  }

  async function load() {
    state.ready = false;
    status("Loading…");
    try {
      const data = embedded ? JSON.parse(embedded.textContent)
        : await fetchJson(config.api + window.location.search);
      draw(data);
    } catch (err) {
      status(`Could not load the network: ${err.message}`, true);
    }
  }

  function options(meta, big) {
    return {
      autoResize: true,
      layout: { improvedLayout: false, randomSeed: 7 },
      // a big graph draws a node's name only once zoomed in far enough to read it
      nodes: { font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
               scaling: { label: { drawThreshold: big ? 9 : 5 } } },
      edges: {
        font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
        smooth: big ? false : { type: "curvedCW", roundness: 0.15 },
        arrows: { to: { enabled: !big, scaleFactor: ARROW_SCALE } },
        selectionWidth: 2,
      },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
      physics: meta.laid_out ? false : {
        solver: "barnesHut",
        barnesHut: { gravitationalConstant: -8000, springLength: 120, avoidOverlap: 0.1 },
        stabilization: { enabled: true, iterations: big ? 150 : 400, updateInterval: 25, fit: true },
      },
    };
  }

  // an arrowhead is 15 * ARROW_SCALE + 3 * (the edge's width) long on the canvas (vis-network's
  // Edge.getArrowData). A big view draws them only once zoomed in to where the shortest is
  // ARROW_PX pixels long: fitted to 5,000 nodes they are a pixel or less (hidden under the dots
  // they point at), and drawing 20,000 of them took a fifth of the first render
  const ARROW_SCALE = 0.6, ARROW_PX = 4;

  function arrowsWhenVisible(net) {
    let shown = false;
    const update = () => {
      const visible = net.getScale() * (15 * ARROW_SCALE + 3) >= ARROW_PX;
      if (visible !== shown) {
        shown = visible;
        net.setOptions({ edges: { arrows: { to: { enabled: visible, scaleFactor: ARROW_SCALE } } } });
      }
    };
    net.on("afterDrawing", update);  // every way the scale changes: wheel, fit, focus, moveTo
    return update;
  }

  // a big view comes as rows of meta.edge_columns, without evidence: vis-network's records are
  // rebuilt here, as graph/network/draw.py's _edge makes them (the evidence is asked on a click)
  function fromRows(data) {
    const cols = data.meta.edge_columns, at = Object.fromEntries(cols.map((c, i) => [c, i]));
    const styles = data.meta.styles;
    return data.edge_rows.map((r) => {
      const from = data.nodes[r[at.from]].id, to = data.nodes[r[at.to]].id, stance = r[at.stance];
      const claims = r[at.claims], docs = r[at.documents], disputed = r[at.disputed];
      const colour = disputed ? styles.disputed : styles.stances[stance];
      return {
        id: `${from} ${stance} ${to}`, from, to, stance, relations: r[at.relations],
        label: r[at.relations].join(", "), claims, documents: docs, hedged_only: r[at.hedged_only],
        disputed, denied_by: r[at.denied_by], first_date: r[at.first_date], last_date: r[at.last_date],
        color: { color: colour, highlight: colour },
        width: claims > 1 ? Math.round(10 * (1 + 2 * Math.log2(claims))) / 10 : 1,
        dashes: disputed ? [10, 4, 2, 4] : r[at.hedged_only],
        title: `${data.nodes[r[at.from]].label} ${r[at.relations].join(", ")} ${data.nodes[r[at.to]].label}: ` +
          `${claims} claim${claims === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}`,
      };
    });
  }

  function draw(data) {
    const started = performance.now();
    if (data.edge_rows) data.edges = fromRows(data);
    state.meta = data.meta;
    buildChoices(data.meta);
    fillForm(new URLSearchParams(window.location.search));
    legend(data.meta);
    if (state.network) state.network.destroy();
    const big = data.edges.length > 2000;
    if (big) {  // thousands of edge captions cost every frame; the relations are in the card
      const k = dashScale(data.nodes);
      for (const e of data.edges) {
        delete e.label;
        delete e.arrows;  // drawn once zoomed in to see them (arrowsWhenVisible)
        if (e.dashes) e.dashes = (Array.isArray(e.dashes) ? e.dashes : [5, 5]).map((d) => d * k);
      }
    }
    state.nodes = new vis.DataSet(data.nodes);
    state.edges = new vis.DataSet(data.edges);
    state.network = new vis.Network($("network"), { nodes: state.nodes, edges: state.edges },
      options(data.meta, big));
    state.network.on("click", (p) => {
      if (p.nodes.length) showNode(p.nodes[0]);
      else if (p.edges.length) showEdge(p.edges[0]);
    });
    state.network.on("doubleClick", (p) => { if (p.nodes.length) expand(p.nodes[0]); });
    const done = () => {
      state.renderMs = performance.now() - started;
      state.ready = true;
      document.body.dataset.ready = "true";
      summary();
    };
    if (data.meta.laid_out) {
      // labels are measured when first drawn: fit to them then. A big view draws no label at the
      // scale that fits it (drawThreshold), so vis-network's own fit holds it: no second drawing
      state.network.once("afterDrawing", () => { if (!big) fitWithLabels(); done(); });
      state.network.fit({ animation: false });
      if (big) arrowsWhenVisible(state.network)();
    } else {
      status(`Laying out ${data.nodes.length} nodes…`);
      state.network.once("stabilizationIterationsDone", () => {
        state.network.setOptions({ physics: false });
        if (big) arrowsWhenVisible(state.network)();
        state.network.once("afterDrawing", done);
        state.network.redraw();
      });
    }
    namesDrawn = false;  // the search box's suggestions: filled when it is first used
  }

  // a big view is drawn far zoomed out, where vis-network's 5px dashes are a fraction of a pixel:
  // thousands of dashes to an edge take seconds to draw and look solid. Scaled by how far the
  // view that fits the layout is zoomed out, they look as in a small view (longer zoomed in)
  function dashScale(nodes) {
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y), frame = $("network");
    const fit = Math.min(frame.clientWidth / (1.1 * (Math.max(...xs) - Math.min(...xs) || 1)),
                         frame.clientHeight / (1.1 * (Math.max(...ys) - Math.min(...ys) || 1)));
    return fit > 0 && fit < 1 ? 1 / fit : 1;
  }

  function summary() {
    const m = state.meta;
    header();
    if (!state.nodes.length) {
      status(m.focus && new URLSearchParams(window.location.search).get("actor") && !m.focus.length
        ? "No actor of that name in this view (try the full view)." : "Nothing to show for these filters.");
      return;
    }
    status(`${state.nodes.length} of ${m.total_nodes} ${m.view === "full" ? "entities" : "actors"}, ` +
      `${state.edges.length} of ${m.total_edges} edges.` +
      (state.nodes.length < m.total_nodes ? " Search or double-click a node to see more." : ""));
  }

  // the line under the filters: what is in view, how many documents it rests on, which dates
  function header() {
    const m = state.meta;
    const kind = m.view === "full" ? "entities" : "actors";
    const docs = m.documents_in_view;
    const dates = m.first_date ? `${m.first_date} to ${m.last_date}` : "no dated document";
    let text = `${state.nodes.length} ${kind}, ${state.edges.length} edges in view ` +
      `(of ${m.total_nodes} and ${m.total_edges}) · ${docs} document${docs === 1 ? "" : "s"} · ${dates}`;
    const params = new URLSearchParams(window.location.search);
    if (params.get("actor") && params.get("stance")) {
      text = `${$("question").selectedOptions[0].textContent}: ` + text;
    }
    if (params.get("min_confidence")) text += ` · confidence ≥ ${params.get("min_confidence")}`;
    $("summary").innerHTML = esc(text);
    const apart = m.apart || [];
    if (apart.length) {
      const names = apart.slice(0, 5).map((a) => a.label).join(", ") + (apart.length > 5 ? ", …" : "");
      $("summary").insertAdjacentHTML("beforeend",
        ` · <span class="apart">${apart.length} roll${apart.length === 1 ? "s" : ""} up to no actor, left out ` +
        `(${esc(names)})${config.inline ? "" : ' <a href="#" id="show-apart">show</a>'}</span>`);
      if (!config.inline) {
        $("show-apart").addEventListener("click", (ev) => { ev.preventDefault(); navigate({ unaffiliated: "true" }); });
      }
    }
  }

  // --- downloading the view: the picture as drawn, the edges as a table -------------------------

  function save(name, href) {
    const a = document.createElement("a");
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }

  function downloadPng() {
    const drawn = $("network").querySelector("canvas");
    if (!drawn) return;
    const out = document.createElement("canvas");  // on white: the canvas itself is transparent
    out.width = drawn.width; out.height = drawn.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(drawn, 0, 0);
    save("allegiance-network.png", out.toDataURL("image/png"));
  }

  const CSV_COLUMNS = ["source", "target", "stance", "relations", "claims", "documents", "disputed",
                       "denied_by", "first_date", "last_date", "source_id", "target_id"];

  function csvCell(value) {
    const text = value == null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function edgesCsv() {
    const rows = state.edges.get().sort((a, b) => b.claims - a.claims ||
      label(a.from).localeCompare(label(b.from)) || label(a.to).localeCompare(label(b.to)))
      .map((e) => [label(e.from), label(e.to), e.stance, e.relations.join("; "), e.claims, e.documents,
        String(!!e.disputed), (e.denied_by || []).join("; "), e.first_date || "", e.last_date || "", e.from, e.to]);
    return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  function downloadCsv() {
    const blob = new Blob([edgesCsv()], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    save("allegiance-network.csv", url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // vis-network fits the nodes' shapes; their labels (under them) may still hang over the edge
  function fitWithLabels() {
    const net = state.network;
    net.fit({ animation: false });
    const frame = $("network").getBoundingClientRect();
    const ids = state.nodes.getIds();
    if (!ids.length) return;
    const boxes = ids.map((id) => net.getBoundingBox(id));
    const left = Math.min(...boxes.map((b) => b.left)), right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top)), bottom = Math.max(...boxes.map((b) => b.bottom));
    const margin = 16;  // pixels between the outermost label and the canvas's edge
    const scale = Math.min(net.getScale(), (frame.width - 2 * margin) / Math.max(1, right - left),
      (frame.height - 2 * margin) / Math.max(1, bottom - top));
    net.moveTo({ position: { x: (left + right) / 2, y: (top + bottom) / 2 }, scale: scale,
      animation: false });
  }

  // --- reading: an edge's evidence, a node's card ----------------------------------------------

  function label(id) {
    const node = state.nodes.get(id);
    return node ? node.label : id;
  }

  // grouped by document: its title, date and file name once, then what it says
  function byDocument(list) {
    const groups = new Map();
    list.forEach((ev) => {
      if (!groups.has(ev.document)) groups.set(ev.document, []);
      groups.get(ev.document).push(ev);
    });
    return groups;
  }

  function evidenceList(list, extra) {
    const groups = [...byDocument(list).values()].map((quotes) => {
      const doc = quotes[0];
      const heading = `<div class="source"><strong>${esc(doc.title || doc.document)}</strong> ` +
        `${esc(doc.date || "undated")} <code>${esc(doc.document)}</code></div>`;
      const items = quotes.map((ev) => {
        const tags = [ev.relation, ev.hedged ? "hedged" : "", ev.attributed_to ? `according to ${ev.attributed_to}` : ""]
          .filter(Boolean).map((t) => `<span class="tag">${esc(t)}</span>`).join("");
        return `<li><blockquote>${esc(ev.sentence)}</blockquote><div class="tags">${tags}</div></li>`;
      }).join("");
      return `<li class="document">${heading}<ul class="evidence ${extra || ""}">${items}</ul></li>`;
    }).join("");
    return `<ul class="documents">${groups}</ul>`;
  }

  async function showEdge(id) {
    let e = state.edges.get(id);
    if (!e) return;
    if (!e.evidence && !config.inline) {  // a compact view: this edge's evidence, asked now
      const params = new URLSearchParams(window.location.search);
      params.delete("compact"); params.delete("format");  // the network's filters only
      params.set("source", e.from); params.set("target", e.to); params.set("edge_stance", e.stance);
      try {
        const full = await fetchJson(config.api + "/edge?" + params.toString());
        state.edges.update({ id, evidence: full.evidence, denials: full.denials });
        e = state.edges.get(id);
      } catch (err) {
        return status(`Could not load the evidence: ${err.message}`, true);
      }
    }
    const more = e.claims > e.evidence.length ? `<p class="hint">and ${e.claims - e.evidence.length} more claims</p>` : "";
    const docs = e.documents || byDocument(e.evidence).size;
    const disputed = e.disputed
      ? `<h3 class="disputed">Disputed: denied by ${esc((e.denied_by || []).join(", ") || "the text")}</h3>` +
        evidenceList(e.denials || [], "denials") + "<h3>Asserted</h3>"
      : "";
    details(`<h2>${esc(label(e.from))} → ${esc(e.relations.join(", "))} → ${esc(label(e.to))}</h2>` +
      `<p>${e.claims} claim${e.claims === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}, ` +
      `${esc(e.stance)}${e.hedged_only ? ", all hedged or attributed" : ""}</p>` +
      `${disputed}${evidenceList(e.evidence)}${more}<div id="timeline"></div>`);
    if (!config.inline) timeline({ a: label(e.from), b: label(e.to) });
  }

  // --- the balance of support over time, drawn as SVG bars (no library) -------------------------

  async function timeline(params) {
    const query = new URLSearchParams({ ...params, interval: "month" });
    const box = $("timeline");  // a later click replaces it: this answer is then dropped
    let data;
    try { data = await fetchJson("/api/timeline?" + query); } catch (err) { return; }
    if (!box || !box.isConnected || !data.periods.length) return;
    const w = 340, h = 120, mid = h / 2, n = data.periods.length;
    const most = Math.max(1, ...data.periods.map((p) => Math.max(p.supports, p.opposes)));
    const bw = Math.max(2, Math.floor((w - 20) / n) - 2);
    const scale = (mid - 12) / most;
    const bars = data.periods.map((p, i) => {
      const x = 10 + i * (bw + 2);
      const up = p.supports * scale, down = p.opposes * scale;
      const tip = `${p.period}: ${p.supports} supporting, ${p.opposes} opposing, balance ${p.balance}, ${p.documents} documents`;
      return `<g class="period" data-period="${esc(p.period)}" data-balance="${p.balance}"><title>${esc(tip)}</title>` +
        `<rect x="${x}" y="${mid - up}" width="${bw}" height="${up}" fill="${state.meta.styles.stances.supports || "#2ca02c"}"></rect>` +
        `<rect x="${x}" y="${mid}" width="${bw}" height="${down}" fill="${state.meta.styles.stances.opposes || "#d62728"}"></rect></g>`;
    }).join("");
    const first = esc(data.periods[0].period), last = esc(data.periods[n - 1].period);
    box.innerHTML = `<h3>Over time (${esc(params.b ? params.a + " → " + params.b : params.a + " → all")})</h3>` +
      `<svg class="timeline" width="${w}" height="${h + 14}" role="img" aria-label="claims per month">` +
      `<line x1="0" x2="${w}" y1="${mid}" y2="${mid}" stroke="#999"></line>${bars}` +
      `<text x="10" y="${h + 12}" font-size="10">${first}</text>` +
      `<text x="${w - 10}" y="${h + 12}" font-size="10" text-anchor="end">${last}</text></svg>` +
      `<p class="hint">up: supporting claims, down: opposing, per month</p>`;
  }

  async function showNode(id) {
    const n = state.nodes.get(id);
    if (!n) return;
    const alts = n.alt_labels.length ? `<p>Also: ${n.alt_labels.map(esc).join(", ")}</p>` : "";
    const wd = n.wikidata ? `<p><a href="${esc(n.wikidata)}" target="_blank" rel="noopener noreferrer">Wikidata ${esc(n.wikidata.split("/").pop())}</a></p>` : "";
    const focus = config.inline ? "" : `<button type="button" id="focus-node">Focus on ${esc(n.label)}</button>`;
    details(`<h2>${esc(n.label)}</h2><p><span class="tag">${esc(n.type)}</span> ${n.claims} claims</p>` +
      `${alts}${wd}<div id="affiliations"></div><div id="timeline"></div>${focus}<p class="hint"><code>${esc(n.id)}</code></p>`);
    if (config.inline) return;
    timeline({ a: n.label });
    $("focus-node").addEventListener("click", () => navigate({ actor: n.id }));
    if (!n.id.startsWith(config.base)) return;
    try {
      const entity = await fetchJson("/api/entities/" + n.id.slice(config.base.length));
      const rows = entity.affiliations.map((a) => `<li>${esc(a.relation)} ${esc(a.target.label || a.target.id)}</li>`);
      if (rows.length && $("affiliations")) $("affiliations").innerHTML = `<h3>Affiliations</h3><ul>${rows.join("")}</ul>`;
    } catch (err) { /* the card without affiliations is still useful */ }
  }

  function details(html) {
    $("details").hidden = false;
    $("details").innerHTML = html;
  }

  // --- exploring: search, expansion, navigation ------------------------------------------------

  function navigate(changes) {
    const params = readForm();
    for (const [k, v] of Object.entries(changes)) {
      if (v == null || v === "") params.delete(k); else params.set(k, v);
    }
    history.pushState(null, "", "?" + params.toString());
    load();
  }

  async function expand(id) {
    if (config.inline) return;
    const params = new URLSearchParams(window.location.search);
    params.set("actor", id); params.set("depth", "1"); params.set("limit", "0");
    try {
      const data = await fetchJson(config.api + "?" + params.toString());
      if (data.edge_rows) data.edges = fromRows(data);
      const centre = state.network.getPositions([id])[id] || { x: 0, y: 0 };
      const fresh = data.nodes.filter((n) => !state.nodes.get(n.id));
      fresh.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / fresh.length;
        n.x = centre.x + 220 * Math.cos(angle); n.y = centre.y + 220 * Math.sin(angle);
      });
      state.nodes.add(fresh);
      state.edges.add(data.edges.filter((e) => !state.edges.get(e.id)));
      summary();
    } catch (err) {
      status(`Could not expand: ${err.message}`, true);
    }
  }

  // the names in view (and ``extra``) as the search box's suggestions. 5,000 options cost the
  // first render of a big view 45 ms, so they are written when the box is first focused
  let namesDrawn = false;
  function names(extra) {
    const list = $("names");
    const all = new Set(state.nodes.map((n) => n.label).concat(extra || []));
    list.innerHTML = [...all].sort().map((n) => `<option value="${esc(n)}">`).join("");
    namesDrawn = true;
  }
  $("actor").addEventListener("focus", () => { if (!namesDrawn) names(); });

  let pending = null;
  $("actor").addEventListener("input", () => {
    const q = $("actor").value.trim();
    if (config.inline || q.length < 2) return;
    clearTimeout(pending);
    pending = setTimeout(async () => {
      try {
        const found = await fetchJson("/api/entities?limit=20&q=" + encodeURIComponent(q));
        names(found.entities.map((e) => e.label));
      } catch (err) { /* suggestions are optional */ }
    }, 250);
  });

  $("actor").addEventListener("input", questionLabels);
  $("min_confidence").addEventListener("input", confidenceLabel);
  $("download-png").addEventListener("click", downloadPng);
  $("download-csv").addEventListener("click", downloadCsv);
  state.edgesCsv = edgesCsv;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (config.inline) return searchHere($("actor").value.trim());
    history.pushState(null, "", "?" + readForm().toString());
    load();
  });
  $("reset").addEventListener("click", () => {
    if (config.inline) return;
    history.pushState(null, "", window.location.pathname);
    load();
  });
  window.addEventListener("popstate", load);

  function searchHere(name) {
    const wanted = name.toLowerCase();
    const hit = state.nodes.get({ filter: (n) => n.label.toLowerCase() === wanted ||
      n.alt_labels.some((a) => a.toLowerCase() === wanted) }) [0] ||
      state.nodes.get({ filter: (n) => n.label.toLowerCase().includes(wanted) })[0];
    if (!hit) return status(`No node named ${name} in this file.`, true);
    state.network.selectNodes([hit.id]);
    state.network.focus(hit.id, { scale: 1.2, animation: false });
    showNode(hit.id);
  }

  if (config.inline) {
    for (const el of form.querySelectorAll("label, details, #reset")) {
      if (!el.contains($("actor"))) el.hidden = true;
    }
  }
  load();
})();
