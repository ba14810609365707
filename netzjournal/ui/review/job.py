"""One question to the review ("the review of 2026, as the journal is now"), answered
on a worker thread (ui/background): on 50,000 contacts it reads and counts for ~3 s,
which froze the window on the GUI thread.

A newer question (another year, a change to the journal) stops the older one: its
reads end at the next few thousand steps (Journal.stop_reads_when), its counting
at the next phase, and whatever it returns is not the pane's question any more.
The worker reads on a connection of its own (plain or encrypted, as the journal's),
with a small page cache, closed when it ends. It never refers to the pane.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from netzjournal.review.figures import YearFigures, compute, reconnect_list
from netzjournal.store.journal import Journal
from netzjournal.store.review_data import review_rows
from netzjournal.ui.collector import held_back

log = logging.getLogger(__name__)


@dataclass(eq=False)
class ReviewJob:
    """The review of ``year`` asked for; compared by identity (two asks of one year
    are two questions: the journal may have changed between them)."""

    year: int
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    def stop(self) -> None:
        """No longer wanted (safe from any thread, at any time)."""
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()


@dataclass(frozen=True)
class Answer:
    job: ReviewJob
    figures: YearFigures | None  # None: stopped, or it failed (logged)


def answer(journal: Journal, job: ReviewJob) -> Answer:
    """On the worker: the review of ``job.year`` with the coach's list after it."""
    try:
        # One read of much of the file: the journal's 16 MB page cache would stay
        # in the process's memory after the thread ends.
        journal.small_page_cache()
        journal.stop_reads_when(lambda: job.stopped)
        with held_back():  # the rows live until the figures are counted (ui/collector)
            rows = review_rows(journal, job.year)
            if job.stopped:
                return Answer(job, None)
            figures = compute(rows)
            del rows
        if job.stopped:
            return Answer(job, None)
        figures.reconnect = reconnect_list(journal, job.year)
        return Answer(job, None if job.stopped else figures)
    except Exception:
        if not job.stopped:  # (stopped, its reads end "interrupted")
            log.exception("the review of %s could not be made", job.year)
        return Answer(job, None)
    finally:
        journal.close_thread_connection()
