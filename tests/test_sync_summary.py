"""What a sync did, counted from the child's JSON for the status bar (sync/summary.py)."""

from __future__ import annotations

from dataclasses import asdict

from netzjournal.sync.engine import Report
from netzjournal.sync.run import Outcome
from netzjournal.sync.summary import Refusal, Tally, paired_uids, refused, tally


def test_every_kind_is_counted_by_what_happened_to_it():
    contacts = Report(
        created_here=["Greta Neu"], updated_here=["Jörg Übel"], deleted_here=["Paul Fink"],
        kept_here=["Ute Groß"], created_there=["Anna Meier"], updated_there=["Chloe Baker"],
        paired=["Jörg Übel"], paired_by_phone=["Greta Alt"], paired_uids=["u-1", "u-2"],
        conflicts=[("Jörg Übel", "title")],
        rejected=[("Anna Meier", "HTTP 413"), ("Jörg Übel", "HTTP 400 Invalid line 3")],
    )  # fmt: skip
    tasks = Report(created_here=["Call Jörg"], deleted_there=["Write to Anna"])
    outcome = Outcome(contacts=contacts, tasks=tasks, events=Report(), notes=None)
    result = asdict(outcome)
    assert tally(result) == Tally(
        new_here=2, changed_here=1, deleted_here=2, sent=3, paired=2, conflicts=1
    )
    assert paired_uids(result) == ["u-1", "u-2"]
    # The status and the server's own words apart: the window says the status in its words.
    assert refused(result) == [
        Refusal("Anna Meier", 413),
        Refusal("Jörg Übel", 400, "Invalid line 3"),
    ]
    assert tally({"contacts": asdict(Report())}) == Tally()
    assert tally({"error": "auth"}) == Tally() and paired_uids({}) == [] == refused({})
