"""unionnews: Chinese trade-union news pages to clean JSON Lines records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("unionnews")  # the version pyproject.toml gives
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0.0.0"
