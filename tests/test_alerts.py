"""Alerts as the README documents them: its cron line with UNIONNEWS_ALERTS, run against
an SMTP server of the test's own on 127.0.0.1, with a site made to fail."""

from __future__ import annotations

import re
import shlex
import socket
import subprocess
import sys
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from helpers import LOCALSITE_PATTERN, ROOT
from localsite import LocalSite

from unionnews.run.monitors import alerts_error


class Inbox:
    def __init__(self) -> None:
        self.mails: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.mails.append(envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=lambda *args: AuthResult(success=True),
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def readme_alert_settings() -> list[str]:
    """The ``-s`` settings of the README's cron line that mails the team."""
    readme = (ROOT / "README.md").read_text("utf-8")
    line = next(x for x in readme.splitlines() if "UNIONNEWS_ALERTS=" in x and "crontab" not in x)
    words = shlex.split(line.split(" crawl unionnews ", 1)[1].split(" --logfile", 1)[0])
    return [words[i + 1].replace("\\%", "%") for i, w in enumerate(words) if w == "-s"]


def test_a_failed_run_mails_the_team_once_and_the_crawl_still_runs(tmp_path, smtp):
    inbox, port = smtp
    settings = readme_alert_settings()
    assert any(s.startswith("UNIONNEWS_ALERTS=") for s in settings)
    # The README's mail server is the user's: here it is ours, on 127.0.0.1.
    settings = [
        "SPIDERMON_SMTP_HOST=127.0.0.1" if s.startswith("SPIDERMON_SMTP_HOST=") else s
        for s in settings
    ] + [f"SPIDERMON_SMTP_PORT={port}"]
    with LocalSite(articles=3).running() as site:

        def fail(handler) -> None:
            handler.send_response(500)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        site.raw["/news/"] = fail
        command = [
            sys.executable, "-m", "scrapy", "crawl", "generic",
            "-a", f"start={site.url}/news/", "-a", LOCALSITE_PATTERN,
            "-O", str(tmp_path / "out.jsonl"), "-s", f"UNIONNEWS_STATE={tmp_path / 's.sqlite'}",
            "-s", "UNIONNEWS_ALLOW_PRIVATE=True", "-s", "RETRY_TIMES=0",
        ]  # fmt: skip
        for setting in settings:
            command += ["-s", setting]
        result = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
        assert site.hits["/news/"] == 1  # the crawl ran
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert len(inbox.mails) == 1
    mail = message_from_bytes(inbox.mails[0])
    assert mail["Subject"] == "unionnews: a run of generic failed"
    text = next(
        part.get_payload(decode=True).decode()
        for part in mail.walk()
        if part.get_content_type() == "text/plain" and part.get_payload(decode=True)
    )
    assert re.search(r"127\.0\.0\.1: no list page could be fetched", text)


def test_a_good_run_sends_nothing(tmp_path, smtp):
    inbox, port = smtp
    with LocalSite(articles=2).running() as site:
        command = [
            sys.executable, "-m", "scrapy", "crawl", "generic",
            "-a", f"start={site.url}/news/", "-a", LOCALSITE_PATTERN,
            "-O", str(tmp_path / "out.jsonl"), "-s", "UNIONNEWS_STATE=off",
            "-s", "UNIONNEWS_ALLOW_PRIVATE=True", "-s", "UNIONNEWS_ALERTS=email",
            "-s", "SPIDERMON_SMTP_HOST=127.0.0.1", "-s", f"SPIDERMON_SMTP_PORT={port}",
            "-s", "SPIDERMON_SMTP_USER=u", "-s", "SPIDERMON_SMTP_PASSWORD=p",
            "-s", "SPIDERMON_EMAIL_SENDER=a@example.org", "-s", "SPIDERMON_EMAIL_TO=b@example.org",
        ]  # fmt: skip
        result = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
    assert result.returncode == 0, result.stderr
    assert inbox.mails == []


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"UNIONNEWS_ALERTS": '["email"]'}, "needs SPIDERMON_SMTP_HOST"),  # the README's form
        ({"UNIONNEWS_ALERTS": "pager"}, "unknown pager"),
        ({"UNIONNEWS_ALERTS": "slack"}, "needs SPIDERMON_SLACK_SENDER_TOKEN"),
        ({"UNIONNEWS_ALERTS": []}, None),
        (
            {
                "UNIONNEWS_ALERTS": "email",
                "SPIDERMON_SMTP_HOST": "h",
                "SPIDERMON_SMTP_USER": "u",
                "SPIDERMON_SMTP_PASSWORD": "p",
                "SPIDERMON_EMAIL_SENDER": "a@b",
                "SPIDERMON_EMAIL_TO": "c@d",
            },
            None,
        ),
    ],
)
def test_alert_settings_are_checked_before_the_crawl(settings, expected):
    from scrapy.settings import Settings

    problem = alerts_error(Settings(settings))
    if expected is None:
        assert problem is None
    else:
        assert expected in problem
