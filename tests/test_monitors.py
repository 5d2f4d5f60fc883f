"""The Spidermon suite: alerts are Spidermon's own actions, chosen by UNIONNEWS_ALERTS."""

import pytest
from scrapy.utils.test import get_crawler

from unionnews.run.monitors import ALERT_ACTIONS, RunMonitorSuite


def test_no_alerts_by_default():
    suite = RunMonitorSuite(crawler=get_crawler(settings_dict={"UNIONNEWS_ALERTS": []}))
    assert suite.monitors_failed_actions == []


def test_alerts_name_spidermon_actions():
    assert ALERT_ACTIONS["email"] == "spidermon.contrib.actions.email.smtp.SendSmtpEmail"
    assert ALERT_ACTIONS["slack"].startswith("spidermon.contrib.actions.slack.")
    assert ALERT_ACTIONS["telegram"].startswith("spidermon.contrib.actions.telegram.")


def test_an_unknown_alert_is_refused_by_name():
    crawler = get_crawler(settings_dict={"UNIONNEWS_ALERTS": ["pager"]})
    with pytest.raises(ValueError, match="unknown pager"):
        RunMonitorSuite(crawler=crawler)
