"""Prometheus metrics at `/metrics`: what the bot received, handled, sent and decided.

Each Runtime has its own registry (several bots in one process, as in the tests, do
not mix their figures). Counters are bumped in place with one-line calls; levels that
live in the database (inbox, outbox, dead letters, open complaints) are read at
scrape time by one short, bounded query (storage.gauges), never on the hot path.

Who may read it: with `[web] metrics_token` set, requests bearing
`Authorization: Bearer <token>`; without, only requests made directly from this
host (a loopback address and no proxy's forwarding header), so a server exposed
through a reverse proxy does not publish its figures by accident.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram, PlatformCollector, ProcessCollector
from prometheus_client.aiohttp import make_aiohttp_handler
from prometheus_client.core import GaugeMetricFamily, Metric

from bot.inbound import HANDLED_KINDS
from storage import gauges

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.work import Work

log = logging.getLogger(__name__)

PATH = "/metrics"
SCRAPE_TIMEOUT = 2.0  # seconds the database levels may take; past it the scrape shows no levels
# Handling an update takes a few ms; a slow one waits for the database or the network.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

_active: ContextVar[Metrics | None] = ContextVar("sotong_metrics", default=None)


def update_kind(update: object) -> str:
    """Which kind of update it is ("message", "callback_query", ...), for labels."""
    for kind in HANDLED_KINDS:
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class Metrics:
    """The bot's figures, in a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates_received = Counter(
            "sotong_updates_received", "Updates stored in the inbox (new ones; redeliveries are not counted)", ["kind"], registry=r
        )
        self.updates_handled = Counter(
            "sotong_updates_handled", "Updates handled: ok, or failed (retried later or set aside)", ["kind", "outcome"], registry=r
        )
        self.handling_seconds = Histogram(
            "sotong_update_handling_seconds", "Time to handle one update, commit included", ["kind"], buckets=LATENCY_BUCKETS, registry=r
        )
        self.update_retries = Counter("sotong_update_retries", "Transient failures put off for a later try", registry=r)
        self.dead_lettered = Counter("sotong_dead_letters_set_aside", "Updates set aside as dead letters since start", registry=r)
        self.api_calls = Counter(
            "sotong_bot_api_calls", "Bot API calls made, by outcome (ok, error, network)", ["method", "outcome"], registry=r
        )
        self.api_throttled = Counter("sotong_bot_api_throttled", "Bot API calls answered 429 Too Many Requests", ["method"], registry=r)
        labels = ["kind", "category"]
        self.complaints_filed = Counter("sotong_complaints_filed", "Complaints and proposals filed", labels, registry=r)
        self.complaints_supported = Counter(
            "sotong_complaints_supported", "Reports that added a supporter (공감 +1) to an open complaint", labels, registry=r
        )
        self.complaints_asked = Counter(
            "sotong_complaints_asked", "Unsure reports the bot asked about (민원으로 접수할까요?)", labels, registry=r
        )
        self.deadlines_missed = Counter(
            "sotong_deadlines_missed", "Promises that passed unmet (a reminder went to the department)", ["stage"], registry=r
        )
        self.deadlines_escalated = Counter(
            "sotong_deadlines_escalated", "Missed promises escalated to the supervisors", ["stage"], registry=r
        )
        self.cooldowns_started = Counter("sotong_cooldowns_started", "Cool-downs started, of a room or a forum topic", ["kind"], registry=r)
        self.cooldowns_lifted = Counter("sotong_cooldowns_lifted", "Cool-downs lifted, of a room or a forum topic", ["kind"], registry=r)
        self.levels = _Levels()
        r.register(self.levels)
        ProcessCollector(registry=r)
        PlatformCollector(registry=r)

    # -- one-line calls at the points where things happen ----------------------------------

    def received(self, update: object) -> None:
        self.updates_received.labels(update_kind(update)).inc()

    def handled(self, update: object, seconds: float, ok: bool) -> None:
        kind = update_kind(update)
        self.updates_handled.labels(kind, "ok" if ok else "failed").inc()
        self.handling_seconds.labels(kind).observe(seconds)

    def api_call(self, method: str, status: int | None) -> None:
        """One Bot API request and its HTTP status (None: no answer, a network failure)."""
        outcome = "network" if status is None else "ok" if status < 400 else "error"
        self.api_calls.labels(method, outcome).inc()
        if status == 429:
            self.api_throttled.labels(method).inc()

    def complaint(self, event: str, kind: str, category: str, work: Work | None = None) -> None:
        """`event`: filed, supported or asked; counted once `work` commits."""
        counter = {"filed": self.complaints_filed, "supported": self.complaints_supported, "asked": self.complaints_asked}[event]
        self._after(work, lambda: counter.labels(kind, category).inc())

    def deadline(self, event: str, stage: str, work: Work | None = None) -> None:
        """`event`: missed (reminded) or escalated."""
        counter = self.deadlines_missed if event == "missed" else self.deadlines_escalated
        self._after(work, lambda: counter.labels(stage).inc())

    def cooldown(self, event: str, kind: str, work: Work | None = None) -> None:
        """`event`: started or lifted; `kind`: room or topic."""
        counter = self.cooldowns_started if event == "started" else self.cooldowns_lifted
        self._after(work, lambda: counter.labels(kind).inc())

    @staticmethod
    def _after(work: Work | None, bump: Callable[[], None]) -> None:
        if work is None:
            bump()
        else:
            work.after_commit(bump)  # a unit that rolls back (and is retried) counts nothing

    # -- scrape time -------------------------------------------------------------------------

    async def refresh(self, runtime: Runtime) -> None:
        """Read the database levels for this scrape (bounded); on failure the scrape says so."""
        self.levels.in_flight = len(runtime.receiver.in_flight)
        try:
            self.levels.read = await asyncio.wait_for(gauges.read(runtime.db, int(SCRAPE_TIMEOUT * 1000)), SCRAPE_TIMEOUT)
            self.levels.database_up = True
        except Exception as exc:  # noqa: BLE001 - a scrape reports, it does not fail
            log.warning("metrics: the database levels could not be read: %s", exc)
            self.levels.read, self.levels.database_up = None, False


class _Levels:
    """A collector of the levels read at scrape time (Metrics.refresh)."""

    def __init__(self) -> None:
        self.read: gauges.Levels | None = None
        self.database_up = True
        self.in_flight = 0

    def describe(self) -> Iterable[Metric]:
        return []  # nothing to reserve: collect() reads what the last refresh found

    def collect(self) -> Iterable[Metric]:
        yield GaugeMetricFamily("sotong_database_up", "1 if the last scrape could read the database", value=1 if self.database_up else 0)
        yield GaugeMetricFamily("sotong_updates_in_flight", "Updates received by this worker and not yet handled", value=self.in_flight)
        levels = self.read
        if levels is None:
            return
        yield GaugeMetricFamily("sotong_inbox_depth", "Stored updates not yet handled (every worker)", value=levels.inbox)
        yield GaugeMetricFamily("sotong_outbox_depth", "Decided Bot API calls not yet made (every worker)", value=levels.outbox)
        yield GaugeMetricFamily(
            "sotong_dead_letters", "Dead letters waiting for an operator (sotong deadletters list)", value=levels.dead_letters
        )
        family = GaugeMetricFamily("sotong_complaints_open", "Open complaints and proposals, by state", labels=["state"])
        for state, count in sorted(levels.open_complaints.items()):
            family.add_metric([state], count)
        yield family


# -- who else counts: code without the runtime at hand (the intake's filing) -------------------


def activate(metrics: Metrics) -> object:
    """Count in `metrics` in this context (a unit of work, or a bot's start-up); a token for deactivate."""
    return _active.set(metrics)


def deactivate(token: object) -> None:
    _active.reset(token)  # type: ignore[arg-type]


def complaint(event: str, kind: str, category: str) -> None:
    """Count a filing, a supporter or a question in the bot handling it, once its unit commits."""
    metrics = _active.get()
    if metrics is None:
        return
    from bot.work import _current

    metrics.complaint(event, kind, category, _current.get())


# -- the route -------------------------------------------------------------------------------


def _direct_from_this_host(request: web.Request) -> bool:
    if "X-Forwarded-For" in request.headers or "Forwarded" in request.headers:
        return False  # through a proxy: someone outside asked
    try:
        return ipaddress.ip_address((request.remote or "").split("%")[0]).is_loopback
    except ValueError:
        return False


def add_routes(app: web.Application, runtime: Runtime) -> None:
    metrics, token = runtime.metrics, runtime.settings.web.metrics_token
    expose = make_aiohttp_handler(metrics.registry)

    async def scrape(request: web.Request) -> web.StreamResponse:
        if token:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return web.Response(
                    status=401, text="metrics: send Authorization: Bearer <[web] metrics_token>\n", headers={"WWW-Authenticate": "Bearer"}
                )
        elif not _direct_from_this_host(request):
            return web.Response(status=403, text="metrics: set [web] metrics_token to read them from elsewhere\n")
        started = time.monotonic()
        await metrics.refresh(runtime)
        response = await expose(request)
        log.debug("metrics scraped in %.3f s", time.monotonic() - started)
        return response

    app.router.add_get(PATH, scrape)

