"""Reading a Chinese news page: a decoded page in, its parts and raw field values out.

Pure and Scrapy-free. ``page`` reads the page's anatomy once (headline, the lines above
the body, the body container, the lines after it, tag markup, the site's own name);
``fields`` reads every field's raw value from those lines; the other modules are the
named rules and normalisers each field goes through (``credits``, ``dates``, ``sources``,
``infoline``, ``trailing``, ``body``, ``tags``, ``regions``, ``fingerprint``). Each is
tested on its own with table tests in ``tests/``.
"""
