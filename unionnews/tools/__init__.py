"""What a user runs beside ``scrapy crawl``: the check, the evaluation, the CLI."""
