"""The graph as a network: model (what is drawn), build (claims -> networkx), draw (layout,
vis-network records), page (the HTML page)."""
