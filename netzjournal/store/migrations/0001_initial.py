"""The first schema: contacts, interactions, follow-ups, events, tags, settings."""

import datetime

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Meta(Base):
        key = CharField(primary_key=True)
        value = TextField()

    class Contact(Base):
        given_name = CharField(default="")
        family_name = CharField(default="", index=True)
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
        archived = BooleanField(default=False, index=True)
        created_at = DateTimeField(default=datetime.datetime.now)
        updated_at = DateTimeField(default=datetime.datetime.now)

    class ContactChannel(Base):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        kind = CharField()
        label = CharField(default="")
        value = CharField(index=True)
        position = IntegerField(default=0)

    class Tag(Base):
        name = CharField()  # unique, case-insensitively: see the index below
        category = CharField(default="")

    class ContactTag(Base):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("contact", "tag")

    class Event(Base):
        name = CharField()
        starts_on = DateField(index=True)
        ends_on = DateField(null=True)
        place = CharField(default="")
        notes = TextField(default="")
        created_at = DateTimeField(default=datetime.datetime.now)

    class EventTag(Base):
        event = ForeignKeyField(Event, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("event", "tag")

    class Interaction(Base):
        occurred_at = DateTimeField(index=True)
        kind = CharField(default="coffee")
        direction = CharField(default="together")
        place = CharField(default="")
        duration_minutes = IntegerField(null=True)
        title = CharField(default="")
        body = TextField(default="")
        hooks = TextField(default="")
        outcome = TextField(default="")
        event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=datetime.datetime.now)
        updated_at = DateTimeField(default=datetime.datetime.now)

    class Participant(Base):
        interaction = ForeignKeyField(Interaction, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("interaction", "contact")

    class GiveTake(Base):
        interaction = ForeignKeyField(Interaction, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        direction = CharField()
        text = TextField()
        position = IntegerField(default=0)

    class FollowUp(Base):
        contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
        interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
        text = TextField()
        due_on = DateField(null=True, index=True)
        done = BooleanField(default=False)
        done_at = DateTimeField(null=True)
        owed_by = CharField(default="me")
        created_at = DateTimeField(default=datetime.datetime.now)

    class Setting(Base):
        key = CharField(primary_key=True)
        value = TextField()

    class OpenerTemplate(Base):
        category = CharField()
        language = CharField()
        address_form = CharField()
        subject = CharField(default="")
        body = TextField()
        created_at = DateTimeField(default=datetime.datetime.now)

    db.create_tables(
        [
            Meta,
            Contact,
            ContactChannel,
            Tag,
            ContactTag,
            Event,
            EventTag,
            Interaction,
            Participant,
            GiveTake,
            FollowUp,
            Setting,
            OpenerTemplate,
        ]
    )
    # Reverse look-ups the app does all the time: "whose meetings", "whose tags".
    db.execute_sql("CREATE INDEX participant_contact ON participant (contact_id)")
    db.execute_sql("CREATE INDEX contact_tag_tag ON contact_tag (tag_id)")
    db.execute_sql("CREATE INDEX follow_up_contact ON follow_up (contact_id, done)")
    db.execute_sql("CREATE UNIQUE INDEX tag_name_nocase ON tag (name COLLATE NOCASE)")
