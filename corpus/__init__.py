"""The corpus: SQLite store, queries, exports, web view."""
