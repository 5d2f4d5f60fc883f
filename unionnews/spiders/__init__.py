"""Spiders: what to request, in what order. Parsing lives in unionnews.parse."""
