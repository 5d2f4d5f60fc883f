"""The end-of-run checks as Spidermon monitors, and Spidermon's actions for alerts.

RunVerdict (unionnews/run/verdict.py) reads the run once the engine stops and files what
it found under one key per check; each monitor here asserts that its check found
nothing, so Spidermon's report and its notification actions see the same verdict that
sets ``scrapy crawl``'s exit status. The checks:

- the run finished (not closed early, locked, or stopped for a lost state);
- its output and its state were written;
- errors and failed fetches stay within UNIONNEWS_MAX_ERRORS;
- every site's list pages were fetched (not forbidden by robots.txt, not refused);
- every site's lists gave article links (a site whose layout changed gives none);
- field coverage per site: every record has title and body, and at least
  UNIONNEWS_MIN_DATE_COVERAGE of a site's records have a date.

Alerts are Spidermon's own actions, switched on by UNIONNEWS_ALERTS (``email``,
``slack``, ``telegram``) with Spidermon's settings for each (SPIDERMON_SMTP_*,
SPIDERMON_SLACK_*, SPIDERMON_TELEGRAM_*); they need the ``alerts`` extra.
"""

from __future__ import annotations

import json
import warnings
from typing import ClassVar

from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.utils.misc import load_object
from spidermon import Monitor, MonitorSuite, monitors

# Spidermon reports through Spider.log(), which newer Scrapy deprecates: not ours to fix.
warnings.filterwarnings(
    "ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning
)
# Spidermon's mail action sends through scrapy.mail, which newer Scrapy deprecates too.
warnings.filterwarnings(
    "ignore", message=r"The scrapy\.mail module is deprecated", category=ScrapyDeprecationWarning
)

# unittest leaves out the frames of modules that set this: a failed check is then
# reported as its one line (AssertionError: …), not as a traceback into this file.
__unittest = True

# Spidermon's notification actions, by the name UNIONNEWS_ALERTS gives them.
ALERT_ACTIONS = {
    "email": "spidermon.contrib.actions.email.smtp.SendSmtpEmail",
    "slack": "spidermon.contrib.actions.slack.notifiers.SendSlackMessageSpiderFinished",
    "telegram": "spidermon.contrib.actions.telegram.notifiers.SendTelegramMessageSpiderFinished",
}


# The settings each action cannot do without (Spidermon's names).
ALERT_NEEDS = {
    "email": ("SPIDERMON_SMTP_HOST", "SPIDERMON_SMTP_USER", "SPIDERMON_SMTP_PASSWORD",
              "SPIDERMON_EMAIL_SENDER", "SPIDERMON_EMAIL_TO"),
    "slack": ("SPIDERMON_SLACK_SENDER_TOKEN", "SPIDERMON_SLACK_SENDER_NAME",
              "SPIDERMON_SLACK_RECIPIENTS"),
    "telegram": ("SPIDERMON_TELEGRAM_SENDER_TOKEN", "SPIDERMON_TELEGRAM_RECIPIENTS"),
}  # fmt: skip


def alert_names(settings) -> list[str]:
    """UNIONNEWS_ALERTS as names: a list, ``email,slack``, or the JSON list ``["email"]``
    that a shell passes through ``-s`` as a string."""
    value = settings.get("UNIONNEWS_ALERTS") or []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                return [text]
        else:
            value = text.split(",")
    return [str(name).strip() for name in value if str(name).strip()]


def alerts_error(settings) -> str | None:
    """What is wrong with UNIONNEWS_ALERTS, as one line; None when all is well."""
    names = alert_names(settings)
    unknown = [name for name in names if name not in ALERT_ACTIONS]
    if unknown:
        return f"UNIONNEWS_ALERTS: unknown {', '.join(unknown)} (known: {', '.join(ALERT_ACTIONS)})"
    for name in names:
        try:
            load_object(ALERT_ACTIONS[name])
        except ImportError as exc:
            extra = "pip install -e '.[alerts]'"
            return f"UNIONNEWS_ALERTS={name} needs the alerts extra: {extra} ({exc})"
        missing = [key for key in ALERT_NEEDS[name] if not settings.get(key)]
        if missing:
            return f"UNIONNEWS_ALERTS={name} needs {', '.join(missing)}"
    return None


def _findings(monitor: Monitor, check: str) -> list[str]:
    from unionnews.run.verdict import RunVerdict

    verdict = monitor.data.crawler.get_extension(RunVerdict)
    return list(verdict.findings.get(check, [])) if verdict is not None else []


def _none_found(monitor: Monitor, check: str) -> None:
    found = _findings(monitor, check)
    assert not found, "; ".join(found)


@monitors.name("unionnews run")
class RunMonitor(Monitor):
    @monitors.name("the run finished")
    def test_finished(self):
        _none_found(self, "finish")

    @monitors.name("output and state written")
    def test_written(self):
        _none_found(self, "writes")

    @monitors.name("errors within UNIONNEWS_MAX_ERRORS")
    def test_errors(self):
        _none_found(self, "errors")


@monitors.name("unionnews sites")
class SitesMonitor(Monitor):
    @monitors.name("every site's list pages fetched")
    def test_lists(self):
        _none_found(self, "lists")

    @monitors.name("every site's lists gave article links")
    def test_articles(self):
        _none_found(self, "articles")

    @monitors.name("field coverage per site")
    def test_coverage(self):
        _none_found(self, "coverage")


class RunMonitorSuite(MonitorSuite):
    """Run as the engine stops (SPIDERMON_ENGINE_STOP_MONITORS)."""

    monitors: ClassVar[list] = [RunMonitor, SitesMonitor]

    def __init__(self, *args, crawler=None, **kwargs):
        alerts = alert_names(crawler.settings) if crawler is not None else []
        problem = alerts_error(crawler.settings) if crawler is not None else None
        if problem:  # scrapy crawl says so before the crawl; other runners get it here
            raise ValueError(problem)
        # Spidermon takes action classes, not their dotted paths.
        actions = [load_object(ALERT_ACTIONS[name]) for name in alerts]
        super().__init__(*args, crawler=crawler, monitors_failed_actions=actions, **kwargs)
