"""The application's peewee models: the schema as of the newest migration.

Tables are created and changed only by the numbered migrations; these models
describe the result. They are bound to the open journal's database by
:func:`netzjournal.store.journal.Journal.open` (one journal per process).
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class _JournalDatabase(DatabaseProxy):
    """The models' database: the open journal's, bound on the models' first use.

    A journal opens without peewee (see :mod:`netzjournal.store.journal`);
    the first query through a model binds it here.
    """

    def __getattr__(self, attr: str) -> object:
        if self.obj is None:
            from netzjournal.store import journal

            journal.bind_current()
        return super().__getattr__(attr)


database = _JournalDatabase()


def new_uid() -> str:
    """A random UUID for a new row (raw inserts get one from a trigger, see 0007)."""
    return str(uuid.uuid4())


if TYPE_CHECKING:
    # peewee's stubs know no implicit ``id`` and no ``<foreign key>_id`` on a model;
    # to mypy the models are as dynamic as peewee makes them.
    _Model: Any = object
else:
    _Model = Model


class BaseModel(_Model):
    class Meta:
        database = database
        legacy_table_names = False


class Meta(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class Contact(BaseModel):
    given_name = CharField(default="")
    family_name = CharField(default="")
    display_name = CharField(default="")
    salutation = CharField(default="")
    title_prefix = CharField(default="")
    organisation = CharField(default="")
    department = CharField(default="")
    role = CharField(default="")
    hierarchy = CharField(default="")
    city = CharField(default="")
    birthday_year = IntegerField(null=True)
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    source = CharField(default="")
    source_detail = CharField(default="")
    met_on = DateField(null=True)
    introduced_by = ForeignKeyField("self", null=True, on_delete="SET NULL")
    address_form = CharField(default="sie")
    language = CharField(default="de")
    closeness = IntegerField(default=3)
    cadence_days = IntegerField(null=True)
    cadence_never = BooleanField(default=False)
    topics = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_at = DateTimeField(default=datetime.datetime.now)
    updated_at = DateTimeField(default=datetime.datetime.now)
    # Set when an edit replaces a known role or organisation (migration 0004).
    role_changed_on = DateField(null=True)
    # Where the user met them: an event or one occurrence of a series (0008).
    met_at_event = DeferredForeignKey("Event", null=True, on_delete="SET NULL", lazy_load=False)
    uid = CharField(null=True, default=new_uid)


class ContactChannel(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="channels")
    kind = CharField()
    label = CharField(default="")
    value = CharField()
    position = IntegerField(default=0)


class Tag(BaseModel):
    name = CharField()
    category = CharField(default="")


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Event(BaseModel):
    """A single event, a series (``rrule`` set) or one occurrence of a series.

    See migration 0008: an occurrence row (``series_id`` + ``occurrence_on``)
    inherits a blank name or place and NULL times from its series.
    """

    name = CharField()
    starts_on = DateField()
    ends_on = DateField(null=True)
    place = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=datetime.datetime.now)
    url = CharField(default="")
    start_time = CharField(null=True)  # local "HH:MM"; NULL: all day (or inherited)
    end_time = CharField(null=True)
    rrule = CharField(default="")
    series = ForeignKeyField("self", null=True, on_delete="CASCADE", backref="occurrences")
    occurrence_on = DateField(null=True)
    cancelled = BooleanField(default=False)
    my_status = CharField(default="")
    updated_at = DateTimeField(null=True)
    uid = CharField(null=True, default=new_uid)


class EventTag(BaseModel):
    event = ForeignKeyField(Event, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("event", "tag")


class Attendance(BaseModel):
    """Who was at an event row (or said they would come), by contact id."""

    event = ForeignKeyField(Event, on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    status = CharField(default="attended")
    note = TextField(default="")
    created_at = DateTimeField(default=datetime.datetime.now)

    class Meta:
        primary_key = CompositeKey("event", "contact")


class Interaction(BaseModel):
    occurred_at = DateTimeField()
    kind = CharField(default="coffee")
    direction = CharField(default="together")
    place = CharField(default="")
    duration_minutes = IntegerField(null=True)
    title = CharField(default="")
    body = TextField(default="")
    hooks = TextField(default="")  # private remarks: never quoted to the person
    say_next = TextField(default="")  # to pick up next time, as you would say it to them
    outcome = TextField(default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=datetime.datetime.now)
    updated_at = DateTimeField(default=datetime.datetime.now)
    uid = CharField(null=True, default=new_uid)


class Participant(BaseModel):
    interaction = ForeignKeyField(Interaction, on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("interaction", "contact")


class GiveTake(BaseModel):
    interaction = ForeignKeyField(Interaction, on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    direction = CharField()
    text = TextField()
    position = IntegerField(default=0)


class FollowUp(BaseModel):
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    text = TextField()
    due_on = DateField(null=True)
    done = BooleanField(default=False)
    done_at = DateTimeField(null=True)
    owed_by = CharField(default="me")
    created_at = DateTimeField(default=datetime.datetime.now)
    uid = CharField(null=True, default=new_uid)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class OpenerTemplate(BaseModel):
    category = CharField()
    language = CharField()
    address_form = CharField()
    subject = CharField(default="")
    body = TextField()
    created_at = DateTimeField(default=datetime.datetime.now)


MODELS: tuple[type[BaseModel], ...] = (
    Meta,
    Contact,
    ContactChannel,
    Tag,
    ContactTag,
    Event,
    EventTag,
    Attendance,
    Interaction,
    Participant,
    GiveTake,
    FollowUp,
    Setting,
    OpenerTemplate,
)
