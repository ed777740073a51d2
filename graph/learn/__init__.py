"""Training and measuring the learned pair scorer (``graph/extract/learned.py``) on gold."""
