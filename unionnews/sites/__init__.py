"""Page layouts: the generic extractor for any Chinese news page, and site modules."""
