"""The JSON Schema of a record (article.json)."""
