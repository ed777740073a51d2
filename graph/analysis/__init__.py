"""Reading the graph back: the roll-up to actors, statistics, look-ups for the API."""
