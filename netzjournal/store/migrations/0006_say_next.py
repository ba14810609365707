"""Hooks: what to pick up next time *as you would say it to them*, apart from private remarks.

Until now one field ("hooks") held both — "dein Halbmarathon im Mai" as much as
"Liebt Jazz – Konzerttipp schicken" — and the coach quoted it to the person.
From here on ``interaction.hooks`` holds private remarks (never quoted) and the
new ``interaction.say_next`` what may be said to the person.

Existing hooks move conservatively:

- only a phrase that clearly addresses the person ("dein …", "your …") and is
  no to-do moves to ``say_next``; everything else stays a private remark;
- a hook that reads like an instruction to oneself ("… schicken",
  "nachfassen", "send …", "→ …", "… – Konzerttipp schicken") gets its to-do
  part as an open follow-up I owe — for the newest such hook per person,
  written in the last year, on a note with one participant, and only when
  no open follow-up with that text exists yet. Older to-dos stay remarks:
  a flood of stale tasks would help nobody.

``coach_state.last_opener`` remembers which opener variant was last sent to a
person, so the next one differs.
"""

import datetime

from netzjournal import phrases


def up(migrator, db):
    db.execute_sql("ALTER TABLE interaction ADD COLUMN say_next TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE coach_state ADD COLUMN last_opener TEXT")
    rows = db.execute_sql(
        "SELECT i.id, i.hooks, i.occurred_at,"
        " (SELECT group_concat(p.contact_id) FROM participant p WHERE p.interaction_id = i.id)"
        " FROM interaction i WHERE trim(i.hooks) != '' ORDER BY i.occurred_at DESC, i.id DESC"
    ).fetchall()
    year_ago = (datetime.date.today() - datetime.timedelta(days=365)).isoformat()
    seen: set[int] = set()
    for iid, hooks, occurred_at, people in rows:
        todo = phrases.todo_part(hooks)
        if todo is None:
            if phrases.addresses_person(hooks):
                db.execute_sql(
                    "UPDATE interaction SET say_next = ?, hooks = '' WHERE id = ?",
                    (phrases.clean_slot(hooks), iid),
                )
            continue
        ids = [int(x) for x in str(people).split(",")] if people else []
        if len(ids) != 1 or ids[0] in seen or str(occurred_at)[:10] < year_ago:
            continue
        seen.add(ids[0])
        exists = db.execute_sql(
            "SELECT 1 FROM follow_up WHERE contact_id = ? AND done = 0 AND text = ?",
            (ids[0], todo),
        ).fetchone()
        if exists is None:
            db.execute_sql(
                "INSERT INTO follow_up (contact_id, interaction_id, text, due_on, done,"
                " owed_by, created_at) VALUES (?, ?, ?, NULL, 0, 'me', ?)",
                (ids[0], iid, todo, occurred_at),
            )
