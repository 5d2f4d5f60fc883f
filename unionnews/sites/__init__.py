"""The sites crawled: one table of Site rows (table.py), looked up through registry.py."""
