"""The Prometheus collector behind /metrics: every figure is read when scraped, none is kept in the API.

Documents by status and webhook outcomes come from the database (true for every process and machine);
queue depth and the oldest job's age from Redis; stage durations and failures by error code from the
counters the workers keep in Redis (ingest.metrics explains why not prometheus_client's multiprocess mode).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector, CollectorRegistry
from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.utils import now
from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError

from ingest import metrics as worker_metrics
from ingest.runtime import Runtime
from models.tables_documents import DOCUMENT_STATUSES, Document
from models.tables_integration import DeliveryAttempt, WebhookDelivery

log = logging.getLogger("credproof.metrics")
DELIVERY_STATUSES = ("pending", "retrying", "succeeded", "failed")


class ServiceCollector(Collector):
    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    def collect(self) -> Iterator[Metric]:
        try:
            yield from self._database()
        except SQLAlchemyError:
            log.warning("metrics: database unreachable", exc_info=True)
        try:
            yield from self._queue(self.rt.queue)
            yield from self._worker_figures(worker_metrics.read(self.rt.redis, self.rt.settings.queue_name))
            up = 1.0
        except RedisError:
            log.warning("metrics: Redis unreachable", exc_info=True)
            up = 0.0
        yield GaugeMetricFamily("credproof_redis_up", "1 if Redis answered this scrape", value=up)

    def _database(self) -> Iterator[Metric]:
        with self.rt.sessions() as session:
            by_status = dict(
                session.execute(select(Document.status, func.count()).group_by(Document.status)).all()
            )
            deliveries = dict(
                session.execute(
                    select(WebhookDelivery.status, func.count()).group_by(WebhookDelivery.status)
                ).all()
            )
            code = DeliveryAttempt.status_code
            outcome = case(
                (code.is_(None), "error"),
                (code < 300, "2xx"),
                (code < 400, "3xx"),
                (code < 500, "4xx"),
                else_="5xx",
            )
            attempts: dict[str, int] = dict(
                session.execute(select(outcome, func.count()).group_by(outcome)).all()
            )
        docs = GaugeMetricFamily("credproof_documents", "Documents by status", labels=["status"])
        for status in sorted(set(DOCUMENT_STATUSES) | set(by_status)):
            docs.add_metric([status], by_status.get(status, 0))
        yield docs
        gauge = GaugeMetricFamily(
            "credproof_webhook_deliveries", "Webhook deliveries by status", labels=["status"]
        )
        for status in sorted(set(DELIVERY_STATUSES) | set(deliveries)):
            gauge.add_metric([status], deliveries.get(status, 0))
        yield gauge
        counter = CounterMetricFamily(
            "credproof_webhook_attempts", "Webhook delivery attempts by outcome", labels=["outcome"]
        )
        for name in ("2xx", "3xx", "4xx", "5xx", "error"):
            counter.add_metric([name], attempts.get(name, 0))
        yield counter

    def _queue(self, queue: Queue) -> Iterator[Metric]:
        labels = [queue.name]
        depth = GaugeMetricFamily("credproof_queue_depth", "Jobs waiting in the queue", labels=["queue"])
        depth.add_metric(labels, queue.count)
        yield depth
        age = GaugeMetricFamily(
            "credproof_queue_oldest_job_age_seconds",
            "Age of the oldest waiting job (0 when empty)",
            labels=["queue"],
        )
        age.add_metric(labels, _oldest_age(queue))
        yield age
        registries = GaugeMetricFamily(
            "credproof_queue_jobs", "Jobs by rq registry", labels=["queue", "registry"]
        )
        for name, registry in (("started", queue.started_job_registry), ("scheduled", queue.scheduled_job_registry),
                               ("failed", queue.failed_job_registry)):  # fmt: skip
            registries.add_metric([queue.name, name], registry.count)
        yield registries

    def _worker_figures(self, figures: dict[str, float]) -> Iterator[Metric]:
        failures = CounterMetricFamily(
            "credproof_document_failures", "Documents that ended failed, by error code", labels=["code"]
        )
        stages: dict[str, dict[str, float]] = {}
        for field, value in figures.items():
            kind, _, rest = field.partition(":")
            if kind == "failure":
                failures.add_metric([rest], value)
            elif kind == "stage":
                stage, _, part = rest.partition(":")
                stages.setdefault(stage, {})[part] = value
        yield failures
        histogram = HistogramMetricFamily(
            "credproof_stage_duration_seconds",
            "Pipeline stage durations of processed documents",
            labels=["stage"],
        )
        for stage, parts in sorted(stages.items()):
            count = parts.get("count", 0.0)
            buckets = [(str(b), parts.get(f"le:{b}", 0.0)) for b in worker_metrics.STAGE_BUCKETS]
            histogram.add_metric([stage], buckets + [("+Inf", count)], sum_value=parts.get("sum", 0.0))
        yield histogram


def _oldest_age(queue: Queue) -> float:
    ids = queue.get_job_ids(0, 1)
    try:
        job = Job.fetch(ids[0], connection=queue.connection) if ids else None
    except NoSuchJobError:  # taken by a worker meanwhile
        return 0.0
    if job is None or job.enqueued_at is None:
        return 0.0
    enqueued = job.enqueued_at if job.enqueued_at.tzinfo else job.enqueued_at.replace(tzinfo=now().tzinfo)
    return max(0.0, (now() - enqueued).total_seconds())


def registry_for(rt: Runtime) -> CollectorRegistry:
    """A registry of its own per app, so that several apps in one process (tests) never collide."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ServiceCollector(rt))
    return registry
