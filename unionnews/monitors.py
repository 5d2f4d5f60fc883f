"""The end-of-run checks as Spidermon monitors, and Spidermon's actions for alerts.

RunVerdict (unionnews/extensions.py) reads the run once the engine stops and files what
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

import warnings
from typing import ClassVar

from scrapy.exceptions import ScrapyDeprecationWarning
from spidermon import Monitor, MonitorSuite, monitors

# Spidermon reports through Spider.log(), which newer Scrapy deprecates: not ours to fix.
warnings.filterwarnings(
    "ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning
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


def _findings(monitor: Monitor, check: str) -> list[str]:
    from unionnews.extensions import RunVerdict

    verdict = monitor.data.crawler.get_extension(RunVerdict)
    return list(verdict.findings.get(check, [])) if verdict is not None else []


@monitors.name("unionnews run")
class RunMonitor(Monitor):
    @monitors.name("the run finished")
    def test_finished(self):
        found = _findings(self, "finish")
        assert not found, "; ".join(found)

    @monitors.name("output and state written")
    def test_written(self):
        found = _findings(self, "writes")
        assert not found, "; ".join(found)

    @monitors.name("errors within UNIONNEWS_MAX_ERRORS")
    def test_errors(self):
        found = _findings(self, "errors")
        assert not found, "; ".join(found)


@monitors.name("unionnews sites")
class SitesMonitor(Monitor):
    @monitors.name("every site's list pages fetched")
    def test_lists(self):
        found = _findings(self, "lists")
        assert not found, "; ".join(found)

    @monitors.name("every site's lists gave article links")
    def test_articles(self):
        found = _findings(self, "articles")
        assert not found, "; ".join(found)

    @monitors.name("field coverage per site")
    def test_coverage(self):
        found = _findings(self, "coverage")
        assert not found, "; ".join(found)


class RunMonitorSuite(MonitorSuite):
    """Run as the engine stops (SPIDERMON_ENGINE_STOP_MONITORS)."""

    monitors: ClassVar[list] = [RunMonitor, SitesMonitor]

    def __init__(self, *args, crawler=None, **kwargs):
        alerts = crawler.settings.getlist("UNIONNEWS_ALERTS") if crawler is not None else []
        unknown = [name for name in alerts if name not in ALERT_ACTIONS]
        if unknown:
            known = ", ".join(ALERT_ACTIONS)
            raise ValueError(f"UNIONNEWS_ALERTS: unknown {', '.join(unknown)} (known: {known})")
        actions = [ALERT_ACTIONS[name] for name in alerts]
        super().__init__(*args, crawler=crawler, monitors_failed_actions=actions, **kwargs)
