"""Many workers sharing one frontier through scrapy-redis (REDIS_URL)."""
