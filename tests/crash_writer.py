"""Helper process for the crash test: commits notes one by one, reporting each.

Prints "committed N" only after the transaction that stored note N returned.
"""

import datetime as dt
import sys

from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord

path = sys.argv[1]
j = Journal.open(path)
contact = create_contact(j, ContactRecord(given_name="Crash", family_name="Test"))
print("ready", flush=True)
n = 0
while True:
    n += 1
    rec = InteractionRecord(
        occurred_at=dt.datetime(2026, 1, 1) + dt.timedelta(minutes=n),
        participants=[contact.value.id],
        title=f"Note {n}",
        body="Über Kaffee gesprochen. " * 20,
    )
    create_interaction(j, rec)
    print(f"committed {n}", flush=True)
