"""Claims and entities -> RDF with provenance, and its SHACL validation."""
