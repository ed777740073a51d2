// The network page: reads its filters from the URL, draws /api/network's nodes and edges with
// vis-network, and shows the evidence of an edge and the card of a node on click.
// In a file made by `allegiance viz` the data is inlined and there is no server to ask.
"use strict";
(function () {
  const config = JSON.parse(document.getElementById("network-config").textContent);
  const embedded = document.getElementById("network-data");
  const LISTS = ["relation", "type", "document"];
  const FIELDS = ["actor", "depth", "view", "since", "until", "limit"];
  const DEFAULTS = { depth: "1", view: "actors", limit: "150" };
  // the tests and the benchmark read these
  const state = { nodes: new vis.DataSet(), edges: new vis.DataSet(), network: null, meta: null,
                  ready: false, renderMs: null };
  window.allegiance = state;
  const $ = (id) => document.getElementById(id);
  const form = $("filters");

  function esc(text) {
    const div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
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
    return params;
  }

  function fillForm(params) {
    for (const name of FIELDS) $(name).value = params.get(name) || DEFAULTS[name] || "";
    const chosen = (name) => new Set(params.getAll(name).flatMap((v) => v.split(",")));
    for (const box of form.querySelectorAll("input[type=checkbox]")) {
      box.checked = chosen(box.name).has(box.value);
    }
    const docs = chosen("document");
    for (const opt of $("document").options) opt.selected = docs.has(opt.value);
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
    if (!select.options.length) {
      for (const d of meta.documents) {
        const text = `${d.date || "undated"}: ${d.title || d.identifier}`;
        select.insertAdjacentHTML("beforeend", `<option value="${esc(d.identifier)}">${esc(text)}</option>`);
      }
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
      nodes: { font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: {
        font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
        smooth: big ? false : { type: "curvedCW", roundness: 0.15 },
        arrows: { to: { enabled: true, scaleFactor: 0.6 } },
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

  function draw(data) {
    const started = performance.now();
    state.meta = data.meta;
    buildChoices(data.meta);
    fillForm(new URLSearchParams(window.location.search));
    legend(data.meta);
    if (state.network) state.network.destroy();
    state.nodes = new vis.DataSet(data.nodes);
    state.edges = new vis.DataSet(data.edges);
    const big = data.edges.length > 2000;
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
      state.network.once("afterDrawing", done);
      state.network.fit({ animation: false });
    } else {
      status(`Laying out ${data.nodes.length} nodes…`);
      state.network.once("stabilizationIterationsDone", () => {
        state.network.setOptions({ physics: false });
        state.network.once("afterDrawing", done);
        state.network.redraw();
      });
    }
    names();
  }

  function summary() {
    const m = state.meta;
    if (!state.nodes.length) {
      status(m.focus && new URLSearchParams(window.location.search).get("actor") && !m.focus.length
        ? "No actor of that name in this view (try the full view)." : "Nothing to show for these filters.");
      return;
    }
    status(`${state.nodes.length} of ${m.total_nodes} ${m.view === "full" ? "entities" : "actors"}, ` +
      `${state.edges.length} of ${m.total_edges} edges.` +
      (state.nodes.length < m.total_nodes ? " Search or double-click a node to see more." : ""));
  }

  // --- reading: an edge's evidence, a node's card ----------------------------------------------

  function label(id) {
    const node = state.nodes.get(id);
    return node ? node.label : id;
  }

  function showEdge(id) {
    const e = state.edges.get(id);
    if (!e) return;
    // grouped by document: its title, date and file name once, then what it says
    const byDocument = new Map();
    e.evidence.forEach((ev) => {
      if (!byDocument.has(ev.document)) byDocument.set(ev.document, []);
      byDocument.get(ev.document).push(ev);
    });
    const groups = [...byDocument.values()].map((quotes) => {
      const doc = quotes[0];
      const heading = `<div class="source"><strong>${esc(doc.title || doc.document)}</strong> ` +
        `${esc(doc.date || "undated")} <code>${esc(doc.document)}</code></div>`;
      const items = quotes.map((ev) => {
        const tags = [ev.relation, ev.hedged ? "hedged" : "", ev.attributed_to ? `according to ${ev.attributed_to}` : ""]
          .filter(Boolean).map((t) => `<span class="tag">${esc(t)}</span>`).join("");
        return `<li><blockquote>${esc(ev.sentence)}</blockquote><div class="tags">${tags}</div></li>`;
      }).join("");
      return `<li class="document">${heading}<ul class="evidence">${items}</ul></li>`;
    }).join("");
    const more = e.claims > e.evidence.length ? `<p class="hint">and ${e.claims - e.evidence.length} more claims</p>` : "";
    const docs = e.documents || byDocument.size;
    details(`<h2>${esc(label(e.from))} → ${esc(e.label)} → ${esc(label(e.to))}</h2>` +
      `<p>${e.claims} claim${e.claims === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}, ` +
      `${esc(e.stance)}${e.hedged_only ? ", all hedged or attributed" : ""}</p>` +
      `<ul class="documents">${groups}</ul>${more}`);
  }

  async function showNode(id) {
    const n = state.nodes.get(id);
    if (!n) return;
    const alts = n.alt_labels.length ? `<p>Also: ${n.alt_labels.map(esc).join(", ")}</p>` : "";
    const wd = n.wikidata ? `<p><a href="${esc(n.wikidata)}" target="_blank" rel="noopener noreferrer">Wikidata ${esc(n.wikidata.split("/").pop())}</a></p>` : "";
    const focus = config.inline ? "" : `<button type="button" id="focus-node">Focus on ${esc(n.label)}</button>`;
    details(`<h2>${esc(n.label)}</h2><p><span class="tag">${esc(n.type)}</span> ${n.claims} claims</p>` +
      `${alts}${wd}<div id="affiliations"></div>${focus}<p class="hint"><code>${esc(n.id)}</code></p>`);
    if (config.inline) return;
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

  function names(extra) {
    const list = $("names");
    const all = new Set(state.nodes.map((n) => n.label).concat(extra || []));
    list.innerHTML = [...all].sort().map((n) => `<option value="${esc(n)}">`).join("");
  }

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
