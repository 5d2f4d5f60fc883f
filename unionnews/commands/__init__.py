"""Scrapy commands of unionnews (settings.COMMANDS_MODULE)."""
