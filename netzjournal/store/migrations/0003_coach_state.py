"""Coach state per contact: until when a suggestion is snoozed."""

import datetime

from peewee import DateField, DateTimeField, ForeignKeyField, Model


def up(migrator, db):
    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class CoachState(Model):
        contact = ForeignKeyField(Contact, primary_key=True, on_delete="CASCADE")
        snoozed_until = DateField(null=True)
        updated_at = DateTimeField(default=datetime.datetime.now)

        class Meta:
            database = db
            table_name = "coach_state"

    db.create_tables([CoachState])
