// The landing page: run an example question here and show its answer as a short list.
// Without JavaScript every question is still a link to the JSON answer.
"use strict";

(function () {
  const answer = document.getElementById("answer");
  const SIDES = { supports: ["supporter", "supported"], opposes: ["opposer", "opposed"] };

  function element(tag, text, attrs) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => el.setAttribute(k, v));
    return el;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  function showPairs(question, kind, url, data) {
    const [source, target] = SIDES[kind];
    answer.replaceChildren(element("h3", question));
    if (!data.pairs.length) {
      answer.append(element("p", "Nothing in the graph says so."));
    } else {
      const list = element("ol", null, { class: "pairs" });
      data.pairs.forEach((pair) => {
        const item = element("li");
        item.append(element("strong", pair[source].label), ` ${kind} `,
          element("strong", pair[target].label),
          element("span", ` ${pair.relations.join(", ")} · ${plural(pair.claims, "claim")} in ` +
            `${plural(pair.documents, "document")}`, { class: "meta" }));
        const first = pair.evidence[0];
        if (first) item.append(element("blockquote", first.sentence));
        list.append(item);
      });
      answer.append(list);
    }
    answer.append(element("p", null, { class: "raw" }));
    const csv = url + (url.includes("?") ? "&" : "?") + "format=csv";
    answer.lastChild.append(element("a", "the JSON answer", { href: url }), " · ",
      element("a", "as CSV", { href: csv }));
  }

  function showTable(question, url, data) {
    answer.replaceChildren(element("h3", question));
    const rows = data.results.bindings;
    if (!rows.length) {
      answer.append(element("p", "No claim in the graph answers this."));
      return;
    }
    const table = element("table");
    const head = element("tr");
    data.head.vars.forEach((v) => head.append(element("th", v)));
    table.append(head);
    rows.forEach((row) => {
      const tr = element("tr");
      data.head.vars.forEach((v) => tr.append(element("td", row[v] ? row[v].value : "")));
      table.append(tr);
    });
    answer.append(table, element("p", null, { class: "raw" }));
    answer.lastChild.append(element("a", "open the SPARQL editor", { href: "/sparql" }));
  }

  async function ask(question, kind, url) {
    answer.replaceChildren(element("p", `Asking: ${question}`));
    const accept = kind === "sparql" ? "application/sparql-results+json" : "application/json";
    try {
      const response = await fetch(url, { headers: { Accept: accept } });
      const data = await response.json();
      if (!response.ok) throw new Error(data.detail || response.statusText);
      if (kind === "sparql") showTable(question, url, data);
      else showPairs(question, kind, url, data);
    } catch (error) {
      answer.replaceChildren(element("p", `Could not answer: ${error.message}`, { class: "error" }));
    }
  }

  document.querySelectorAll("a.question").forEach((link) => {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      ask(link.textContent, link.dataset.kind, link.getAttribute("href"));
    });
  });

  document.getElementById("who").addEventListener("submit", (event) => {
    event.preventDefault();
    const stance = document.getElementById("who-stance").value;
    const actor = document.getElementById("who-actor").value.trim();
    if (!actor) return;
    const role = SIDES[stance][1];
    const params = new URLSearchParams({ actor: actor, role: role });
    ask(`Who ${stance} ${actor}?`, stance, `/api/${stance}?${params}`);
  });
})();
