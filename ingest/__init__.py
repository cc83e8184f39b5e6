"""Turns plan documents into cited chunks in a Chroma collection and a BM25 index."""
