"""unionnews: Chinese trade-union news pages to clean JSON Lines records."""

__version__ = "0.1.0"
