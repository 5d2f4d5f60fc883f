"""Pure functions that turn page text into field values. Nothing here imports Scrapy."""
