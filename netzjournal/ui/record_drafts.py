"""Offering back what the contact editor or the note editor had not saved.

Their drafts (``drafts/contact-<id>``, ``drafts/note-<id>``; see
netzjournal/drafts.py and ui/draft_autosave.py) outlive a SIGTERM, a logout or
a crash. At the next start each is offered by the record's id, named as the
pickers name people (namesakes apart): Restore (the default) opens the editor
with the draft over the record as it is now, Discard removes the draft, Later
(Esc) keeps it for the next start or until that editor is opened again.

A draft that holds only what the record holds now (its edits were saved, but
the draft could not be removed: a drafts folder gone read-only, a kill right
after the save) is recognised as saved: not offered, removed where it can be.
A merged-away contact's draft goes to the contact that stayed (:func:`carry_over`).
"""

from __future__ import annotations

import contextlib
import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from netzjournal.drafts import DraftStore, record_drafts
from netzjournal.store.errors import NotFound
from netzjournal.store.interactions import get_interaction
from netzjournal.store.people import person_label
from netzjournal.ui import confirm, texts

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from netzjournal.store.journal import Journal
    from netzjournal.store.records import ContactRecord
    from netzjournal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _draft_box(
    parent: QWidget | None, icon: QMessageBox.Icon, question: str, why: str, first: str
) -> QMessageBox:
    """The drafts' question: ``first`` (Yes, the default) / Discard / Later (Cancel, Esc:
    the draft stays)."""
    box = QMessageBox(
        icon,
        QCoreApplication.translate("RecordDrafts", "Unsaved changes"),
        question,
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(why)
    confirm.name_buttons(
        box,
        {
            QMessageBox.StandardButton.Yes: first,
            QMessageBox.StandardButton.Discard: QCoreApplication.translate(
                "RecordDrafts", "&Discard"
            ),
            QMessageBox.StandardButton.Cancel: QCoreApplication.translate("RecordDrafts", "&Later"),
        },
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def _answer(box: QMessageBox) -> QMessageBox.StandardButton:
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked else QMessageBox.StandardButton.Cancel


def ask(parent: QWidget | None, question: str) -> QMessageBox.StandardButton:
    """Restore (Yes, the default) / Discard / Later (Cancel, Esc: the draft stays)."""
    box = _draft_box(
        parent,
        QMessageBox.Icon.Question,
        question,
        QCoreApplication.translate(
            "RecordDrafts", "They were kept when netzjournal was closed without saving."
        ),
        QCoreApplication.translate("RecordDrafts", "&Restore"),
    )
    box.setObjectName("recordDraftQuestion")
    return _answer(box)


def contact_question(name: str) -> str:
    return QCoreApplication.translate(
        "RecordDrafts", "Restore the unsaved changes to “%1”?"
    ).replace("%1", name)


def note_question(title: str, day: str) -> str:
    if title:
        return QCoreApplication.translate(
            "RecordDrafts", "Restore the unsaved changes to the note “%1”?"
        ).replace("%1", title)
    return QCoreApplication.translate(
        "RecordDrafts", "Restore the unsaved changes to the note from %1?"
    ).replace("%1", day)


def waiting_fields(draft: DraftStore) -> dict[str, object] | None:
    """The fields of a draft left behind, if there is one."""
    if not draft.exists():  # (one stat: opening an editor is the usual case)
        return None
    data = draft.load()
    fields = data.get("fields") if data is not None else None
    return fields if isinstance(fields, dict) else data


def _as_written(fields: dict[str, object]) -> dict[str, object]:
    """An editor's draft fields as a draft file gives them back (tuples are lists)."""
    return dict(json.loads(json.dumps(fields, ensure_ascii=False)))


def _form_of(journal: Journal, record: ContactRecord) -> dict[str, object]:
    """The contact editor's draft fields for ``record`` as it is, as a draft holds them."""
    from netzjournal.ui.contacts.editor import ContactEditor

    editor = ContactEditor(journal, record)
    try:
        return _as_written(editor.draft_fields())
    finally:
        editor.deleteLater()


def _carried(kept: object, base: object, edited: object) -> object:
    """One field of the merged-away contact's draft put over the contact that stayed:
    what was typed replaces what it was typed over (found in the merged value: notes and
    topics are joined), channels typed are added; other values are taken as typed."""
    if isinstance(kept, str) and isinstance(base, str) and isinstance(edited, str):
        return kept.replace(base, edited, 1) if base and base in kept else edited
    if isinstance(kept, dict) and isinstance(base, dict) and isinstance(edited, dict):
        added = {kind: [r for r in rows if r not in base.get(kind, [])]
                 for kind, rows in edited.items() if isinstance(rows, list)}  # fmt: skip
        return {
            kind: [*rows, *(r for r in added.get(kind, []) if r not in rows)]
            for kind, rows in kept.items()
            if isinstance(rows, list)
        }
    return edited


def carry_over(
    journal: Journal,
    drafts: Path,
    other: ContactRecord,
    keep_id: int,
    told_from: ContactRecord | None = None,
) -> Callable[[], None] | None:
    """After ``other`` was merged into ``keep_id``: the edits in ``other``'s draft (the
    fields that differ from ``other`` as it was) become a draft of the contact that
    stayed, over its own draft if it has one; offered there (at the next start, or when
    its editor opens), never dropped. ``other``: the record before the merge.

    Returns what puts both drafts back as they were (for the merge's undo: the draft
    goes back to the contact that is there again), or None when there was no draft.
    Raises ``OSError`` (a full disk, a read-only folder): the draft then stays where it
    is, and the next start offers it as text (:func:`offer_at_start`).
    ``told_from``: the record the edits are told from where ``other`` as it was is not
    known (a merge before migration 0055: the contact chosen for the draft)."""
    from netzjournal.store.contacts import get_contact

    assert other.id is not None
    draft = DraftStore.of_record(drafts, "contact", other.id)
    mine = draft.load() if draft.exists() else None
    fields = waiting_fields(draft)
    if fields is None or mine is None:
        return None
    base = _form_of(journal, told_from or other)
    edits = {k: v for k, v in fields.items() if base.get(k) != v}
    if told_from is not None:
        # Told from another contact, a difference may be the gone one's old value, not
        # an edit: only text (what draft_as_text shows) and channels are carried, and
        # an empty field never blanks the chosen one's.
        edits = {k: v for k, v in edits.items()
                 if (isinstance(v, str) and v.strip()) or isinstance(v, dict)}  # fmt: skip
    target = DraftStore.of_record(drafts, "contact", keep_id)
    theirs = target.load() if target.exists() else None
    # The carried draft records what it carried from: a kill after it was written and
    # before ``draft`` went leaves both, and the next start must not carry again (a note
    # typed over its old text still contains that text: the addition would come twice).
    before = theirs.get("carried_from") if theirs is not None else None
    carried_from = dict(before) if isinstance(before, dict) else {}
    done = carried_from.get(str(other.id)) == fields
    carried: dict[str, object] | None = None
    if edits and not done:
        kept = waiting_fields(target) or _form_of(journal, get_contact(journal, keep_id))
        for name, value in edits.items():
            kept[name] = _carried(kept.get(name), base.get(name), value)
        carried_from[str(other.id)] = fields
        carried = _as_written({"id": keep_id, "fields": kept, "carried_from": carried_from})
        target.save(carried)
    draft.clear()

    def put_back() -> None:
        """Only while the kept contact's draft is still the one carried there: once it
        was restored and saved or discarded, or typed on, that was the person's say."""
        try:
            if carried is not None and target.load() != carried:
                log.info("the carried draft was used since the merge: left as it is")
                return
            draft.save(mine)
            if carried is not None:
                if theirs is not None:
                    target.save(theirs)
                else:
                    target.clear()
        except OSError:  # the carried draft stays on the kept contact: offered there
            log.exception("a merged contact's draft could not be put back after the undo")

    return put_back


def carry_over_or_keep(
    journal: Journal, drafts: Path, other: ContactRecord, keep_id: int
) -> Callable[[], None] | None:
    """:func:`carry_over`; when it fails (a full disk, a read-only folder) the draft
    stays where it is and the merge's record keeps ``other`` as it was, so that the
    next start carries it over (:func:`offer_at_start`) instead of showing text.
    Carried, the copy kept with the merge (``MergeContacts(keep_was=True)``) goes."""
    assert other.id is not None
    try:
        put_back = carry_over(journal, drafts, other, keep_id)
    except OSError:
        log.exception("a merged contact's draft could not be carried over")
    else:
        _forget_kept(journal, other.id)
        return put_back
    from netzjournal.store.errors import StoreError
    from netzjournal.store.merges import keep_as_was

    try:
        keep_as_was(journal, other)
    except StoreError:  # (the journal refused too: the start shows the draft as text)
        log.exception("a merged contact's record could not be kept for its draft")
    return None


# The contact editor's labels (its own translations), for a draft shown as text.
_LABELS = {
    "title_prefix": "Title", "given_name": "Given name", "additional_names": "Middle names",
    "family_name": "Family name", "honorific_suffix": "Suffix", "display_name": "Shown as",
    "nickname": "Nickname", "organisation": "Organisation", "department": "Department",
    "role": "Role", "city": "City", "birthday": "Birthday", "source_detail": "Details",
    "met_on": "Met on", "tags": "Tags", "topics": "Topics", "notes": "Notes",
}  # fmt: skip
_CHANNELS = {"email": "E-mail addresses", "phone": "Phone numbers", "url": "Profiles and web",
             "messenger": "Messengers"}  # fmt: skip


# The note editor's labels (its own translations).
_NOTE_LABELS = {
    "place": "Place", "title": "Title", "body": "What you talked about",
    "say_next": "Pick up next time", "hooks": "Private remarks", "outcome": "Outcome",
    "gave": "I gave", "received": "I received",
}  # fmt: skip


def draft_as_text(fields: dict[str, object], kind: str = "contact") -> str:
    """A contact's or note's draft, its typed text one "Label: value" a line, to copy
    by hand (choices, closeness, cadence, the people of a note are left out: they are
    picked again in a moment)."""
    lines = []
    context, names = (
        ("ContactEditor", _LABELS) if kind == "contact" else ("NoteEditor", _NOTE_LABELS)
    )
    for name, label in names.items():
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            lines.append(f"{QCoreApplication.translate(context, label)}: {value.strip()}")
    rows = fields.get("follow_ups")
    steps = [
        str(row.get("text", "")).strip()
        for row in (rows if isinstance(rows, list) else [])
        if isinstance(row, dict) and not row.get("removed")
    ]
    if steps := [step for step in steps if step]:
        lines.append(f"{QCoreApplication.translate('NoteEditor', 'Follow-ups')}: "
                     + "; ".join(steps))  # fmt: skip
    channels = fields.get("channels")
    for channel, label in _CHANNELS.items():
        rows = channels.get(channel) if isinstance(channels, dict) else None
        values = [
            f"{r[1]} ({r[0]})" if r[0] else str(r[1])
            for r in rows or []
            if isinstance(r, list) and len(r) == 2 and str(r[1]).strip()
        ]
        if values:
            lines.append(f"{QCoreApplication.translate('ContactEditor', label)}: "
                         + ", ".join(values))  # fmt: skip
    return "\n".join(lines)


def ask_about_gone_record(
    parent: QWidget | None, text: str, kind: str = "contact"
) -> QMessageBox.StandardButton:
    """A draft whose contact is no longer in the journal (merged into another while its
    draft could not be moved, or deleted), or whose note was deleted: its text to copy.
    Copy (the default: to the clipboard, the draft stays) / Discard / Later (Esc).
    Never dropped unasked."""
    if kind == "contact":
        question = QCoreApplication.translate(
            "RecordDrafts",
            "Unsaved changes to a contact that is no longer in the journal (it was merged "
            "into another one or deleted), so they cannot be restored there.",
        )
    else:
        question = QCoreApplication.translate(
            "RecordDrafts",
            "Unsaved changes to a note that is no longer in the journal (it was deleted), "
            "so they cannot be restored there.",
        )
    box = _draft_box(
        parent,
        QMessageBox.Icon.Warning,
        question,
        QCoreApplication.translate(
            "RecordDrafts",
            "What was typed is below. Copy it and paste what you need where it belongs; "
            "it is kept until you discard it.",
        ),
        QCoreApplication.translate("RecordDrafts", "&Copy"),
    )
    box.setObjectName("goneRecordDraft")
    box.setDetailedText(text)
    # The text shown at once (Qt hides detailed text behind "Show Details…").
    for shown in box.buttons():
        if box.buttonRole(shown) == QMessageBox.ButtonRole.ActionRole:
            shown.click()
    answer = _answer(box)
    if answer == QMessageBox.StandardButton.Yes:
        QApplication.clipboard().setText(text)
    return answer


def _namesake_chosen(window: MainWindow, gone: int, fields: object, text: str) -> int | None:
    """A gone contact's draft with no merge record (merged before migration 0055, or
    deleted): the contacts of the same name (``store.matching.name_key``) are offered,
    each a button, told apart as the pickers tell namesakes apart; never taken by the
    name alone. Returns the contact chosen (its draft carried there), 0 for "not the
    same person" or where there is none (the text to copy), None for Later."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.matching import named_alike
    from netzjournal.store.merges import merged_into
    from netzjournal.store.people import person_choices
    from netzjournal.store.records import ContactRecord

    journal = window.journal
    if not isinstance(fields, dict) or merged_into(journal, gone) is not None:
        return 0
    typed = [str(fields.get(k) or "") for k in ("display_name", "given_name", "family_name")]
    name = typed[0].strip() or " ".join(p.strip() for p in typed[1:] if p.strip())
    ids = named_alike(journal, name)[:3] if name else []
    if not ids:
        return 0
    labels = person_choices(journal, ids)
    if len(ids) == 1:
        question = QCoreApplication.translate(
            "RecordDrafts",
            "Unsaved changes to a contact that is no longer in the journal (it was merged "
            "into another one or deleted). A contact of the same name is in the journal.",
        )
    else:
        question = QCoreApplication.translate(
            "RecordDrafts",
            "Unsaved changes to a contact that is no longer in the journal (it was merged "
            "into another one or deleted). Contacts of the same name are in the journal.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecordDrafts", "Unsaved changes"),
        question,
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("goneContactNamesake")
    box.setInformativeText(QCoreApplication.translate(
        "RecordDrafts",
        "If it is the same person, the changes open in that contact's editor, where you "
        "check them before saving. The typed text is below.",
    ))  # fmt: skip
    box.setDetailedText(text)
    buttons = {}
    for cid in ids:
        label = labels[cid].label if cid in labels else name
        said = QCoreApplication.translate("RecordDrafts", "Restore on “%1”").replace("%1", label)
        button = box.addButton(said, QMessageBox.ButtonRole.YesRole)
        button.setObjectName(f"namesake_{cid}")
        buttons[button] = cid
    other = box.addButton(
        QCoreApplication.translate("RecordDrafts", "&Not the same person…"),
        QMessageBox.ButtonRole.NoRole,
    )
    other.setObjectName("notTheSamePerson")
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("RecordDrafts", "&Later")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # (a choice, never by Enter)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return 0
    if clicked not in buttons:
        return None
    chosen = buttons[clicked]
    try:
        carry_over(journal, window.paths.drafts, ContactRecord(id=gone), chosen,
                   told_from=get_contact(journal, chosen))  # fmt: skip
    except (OSError, NotFound):
        log.exception("a gone contact's draft could not be carried to the one chosen")
        return 0
    return chosen


def saved_already(journal: Journal, kind: str, record_id: int, fields: dict[str, object]) -> bool:
    """Restoring these draft fields would change nothing: the record holds them (the
    editor's own fields, filled from the record, compared as the draft writes them)."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.notes.editor import NoteEditor

    try:
        if kind == "contact":
            return _form_of(journal, get_contact(journal, record_id)) == fields
        editor = NoteEditor(journal)
        try:
            editor.show_note(record_id)
            return _as_written(editor.draft_fields()) == fields
        finally:
            editor.deleteLater()
    except NotFound:
        return False


def forget_saved(draft: DraftStore) -> None:
    """A draft recognised as saved goes (a read-only folder keeps it: recognised again)."""
    log.info("%s was saved already: not offered", draft.path.stem)
    with contextlib.suppress(OSError):
        draft.clear()


def _drop(draft: DraftStore) -> None:
    """A draft removed at start; one a read-only folder keeps (a remount after an I/O
    error) is met again next time, and the other drafts are still offered."""
    with contextlib.suppress(OSError):
        draft.clear()


def _carry_at_start(journal: Journal, drafts: Path, gone: int) -> tuple[int, DraftStore] | None:
    """A gone contact's draft, when the merge's record says where it went and kept the
    contact as it was: carried over now (as at the merge). Returns the contact it went
    into and that one's draft; None where it cannot be (then shown as text)."""
    from netzjournal.store.errors import StoreError
    from netzjournal.store.merges import as_was, forget_as_was, merged_into

    into = merged_into(journal, gone)
    was = as_was(journal, gone) if into is not None else None
    if into is None or was is None:
        return None
    try:
        carry_over(journal, drafts, was, into)
    except OSError:  # still not writable: the text to copy, and the record kept
        log.exception("a merged contact's draft could not be carried over at the start")
        return None
    try:
        forget_as_was(journal, gone)
    except StoreError:  # (kept a while longer: nothing waits on it now)
        log.exception("a merged contact's kept record could not be cleared")
    return into, DraftStore.of_record(drafts, "contact", into)


def _forget_kept(journal: Journal, gone: int) -> None:
    """A merged-away contact's copy, kept for its draft, goes with the draft."""
    from netzjournal.store.errors import StoreError
    from netzjournal.store.merges import as_was, forget_as_was

    try:
        if as_was(journal, gone) is not None:
            forget_as_was(journal, gone)
    except StoreError:  # (kept a while longer; erased with the person in any case)
        log.exception("a merged contact's kept record could not be cleared")


def _forget_copies_unused(journal: Journal, drafts: Path) -> None:
    """A merged-away contact's copy whose draft is gone (carried, then the app was
    killed before the copy was cleared; or dropped): nothing waits on it."""
    from netzjournal.store.merges import kept_copies

    for gone in kept_copies(journal):
        if not DraftStore.of_record(drafts, "contact", gone).exists():
            _forget_kept(journal, gone)


def offer_at_start(window: MainWindow) -> None:
    """Each contact or note draft left behind, offered by its record's id."""
    from netzjournal.ui.main_window import NOTES

    journal = window.journal
    if journal.read_only:
        return
    _forget_copies_unused(journal, window.paths.drafts)
    offered: set[tuple[str, int]] = set()
    for kind, record_id, draft in list(record_drafts(window.paths.drafts)):
        if (kind, record_id) in offered:  # (a merged-away contact's, carried there)
            continue
        offered.add((kind, record_id))
        data = draft.load()
        if data is None:
            continue
        if kind == "contact":
            name = person_label(journal, record_id)
            if not name and (carried := _carry_at_start(journal, window.paths.drafts, record_id)):
                # Merged away while its draft could not be moved: it is moved now,
                # and offered on the contact it went into.
                record_id, draft = carried
                data = draft.load()
                if data is None or (kind, record_id) in offered:
                    continue
                offered.add((kind, record_id))
                name = person_label(journal, record_id)
            fields = data.get("fields")
            if not name:  # merged away (its draft not moved) or deleted: offered as text
                text = draft_as_text(fields) if isinstance(fields, dict) else ""
                if not text:  # nothing typed to keep
                    log.info("draft of contact %s dropped: the contact is gone", record_id)
                    _drop(draft)
                    continue
                chosen = _namesake_chosen(window, record_id, fields, text)
                if chosen is None:  # Later
                    continue
                if chosen:
                    offered.add((kind, chosen))
                    window.open_contact(chosen)
                    restore = waiting_fields(DraftStore.of_record(window.paths.drafts,
                                                                  kind, chosen))  # fmt: skip
                    window.contacts.edit(chosen, restore=restore or {})
                    continue
                answer = ask_about_gone_record(window, text)
                if answer == QMessageBox.StandardButton.Discard:
                    _drop(draft)
                    _forget_kept(journal, record_id)  # (nothing waits on its copy now)
                continue
            if isinstance(fields, dict) and saved_already(journal, kind, record_id, fields):
                forget_saved(draft)
                continue
            answer = ask(window, contact_question(name))
            if answer == QMessageBox.StandardButton.Yes:
                window.open_contact(record_id)
                window.contacts.edit(record_id, restore=fields if isinstance(fields, dict) else {})
        else:
            try:
                note = get_interaction(journal, record_id)
            except NotFound:  # deleted since: offered as text while it holds any
                text = draft_as_text(data, "note")
                if not text:
                    log.info("draft of note %s dropped: the note is gone", record_id)
                    _drop(draft)
                elif (
                    ask_about_gone_record(window, text, "note")
                    == QMessageBox.StandardButton.Discard
                ):
                    _drop(draft)
                continue
            if saved_already(journal, kind, record_id, data):
                forget_saved(draft)
                continue
            day = texts.format_date(note.occurred_at.date())
            answer = ask(window, note_question(note.title, day))
            if answer == QMessageBox.StandardButton.Yes:
                window.show_view(NOTES)
                if window.notes.select(record_id):
                    window.notes.editor.load_draft(data)
                continue
        if answer == QMessageBox.StandardButton.Discard:
            _drop(draft)
