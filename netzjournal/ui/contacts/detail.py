"""The detail pane: everything about one person, as a readable page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from netzjournal.store.errors import NotFound
from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts

if TYPE_CHECKING:
    from netzjournal.store.records import ContactRecord

# The page's modules (the contact's records) load with the first contact shown:
# the start shows the hint only.


def _e(text: object) -> str:
    from html import escape

    return escape(str(text))


_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)


def markdown_fragment(text: str) -> str:
    """Markdown rendered by Qt, as an HTML fragment to embed in a page."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown(text)
    match = _BODY.search(doc.toHtml())
    return match.group(1) if match else _e(text)


class ContactDetail(QTextBrowser):
    """Read-only page for one contact; links open notes (``note:ID``)."""

    def __init__(
        self, journal: Journal, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.setAccessibleName(self.tr("Contact details"))
        self.setOpenLinks(False)
        self._journal = journal
        self._today = today
        self.contact_id: int | None = None
        self.selected_count = 0  # several selected: how many (the page shows their actions)
        self.selected_archived = 0  # ... and how many of them are archived
        self.show_nothing()

    def show_nothing(self) -> None:
        self.contact_id, self.selected_count = None, 0
        hint = self.tr("Select a contact to see everything about them.")
        # Qt's own escaping: `html` (its 2,231 entities) would load for the start's hint.
        # (Normal: the default "pre" mode makes every space non-breaking, and the hint
        # then wrapped inside a word, "zu s" / "ehen".)
        paragraph = QtGui.Qt.convertFromPlainText(hint, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)
        self.setHtml(f"<div style='color:{self._quiet()}'>{paragraph}</div>")

    def show_selection(self, count: int, archived: int = 0) -> None:
        """Several selected: how many, and what can be done to them all (links the
        pane answers: ``selection:closeness`` …), merge only for two. ``archived``:
        how many of them are archived — all: the archive link restores them, and says
        so; some: both links, each for its part (as the menus' two entries)."""
        from PySide6.QtCore import QCoreApplication, QLocale

        from netzjournal.ui import mnemonics

        self.contact_id, self.selected_count = None, count
        self.selected_archived = archived
        archive, restore = self.tr("Archive…"), self.tr("Restore from the archive")
        if 0 < archived < count:
            # Each link for its part, in the menus' words ("Archive 2 contacts", "Restore
            # contact from the archive"): "Archive…" beside three selected read as all
            # three, and "Restore …" restored one of them unasked.
            def menu(text: str, n: int) -> str:
                said = QCoreApplication.translate("Actions", text, "", n)
                return mnemonics.plain(said)

            archive = menu("&Archive the %Ln contact(s) not archived", count - archived)
            restore = menu("Restore the %Ln archived contact(s) from the &archive", archived)
        links = [
            ("closeness", self.tr("Set closeness…")),
            ("add_tag", self.tr("Add tag…")),
            ("remove_tag", self.tr("Remove tag…")),
            *([("archive", archive)] if archived < count else []),
            *([("restore", restore)] if archived else []),
            *([("merge", self.tr("Merge…"))] if count == 2 else []),
            ("delete", self.tr("Delete…")),
        ]
        heading = self.tr("%1 contacts selected").replace("%1", QLocale().toString(count))
        items = "".join(
            f"<li><a href='selection:{what}'>{_e(text)}</a></li>" for what, text in links
        )
        hint = self.tr("The same in the list's context menu: right click, or Shift+F10.")
        self.setHtml(
            f"<h2>{_e(heading)}</h2><ul>{items}</ul><p style='color:{self._quiet()}'>{_e(hint)}</p>"
        )
        style.size_headings(self.document(), {2: style.Type.TITLE}, self.font())

    def show_contact(self, contact_id: int) -> None:
        from netzjournal.store.contacts import get_contact

        try:
            c = get_contact(self._journal, contact_id)
        except NotFound:
            self.show_nothing()
            return
        self.contact_id, self.selected_count = contact_id, 0
        self.setHtml(self.contact_html(c))
        # The name at the window's title size, the parts at the section size.
        headings = {2: style.Type.TITLE, 3: style.Type.SECTION}
        style.size_headings(self.document(), headings, self.font())

    def _quiet(self) -> str:
        """Secondary text (labels, dates) in the palette's colours, light or dark."""
        return style.css(style.secondary_text(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the scheme changed: draw again
            if self.selected_count:
                self.show_selection(self.selected_count, self.selected_archived)
            elif self.contact_id is None:
                self.show_nothing()
            else:
                self.show_contact(self.contact_id)

    def _due(self, due_on: dt.date | None) -> str:
        """ " – due 07/12/2026", " – overdue since 22/10/2026": a bare date beside a
        follow-up did not say what it was, nor that its day had passed."""
        if due_on is None:
            return ""
        when = texts.format_date(due_on)
        said = self.tr("overdue since %1") if due_on < self._today() else self.tr("due %1")
        return f" – {_e(said.replace('%1', when))}"

    def contact_html(self, c: ContactRecord) -> str:
        # Loaded on the first contact shown: events bring dateutil's rrule.
        from netzjournal.store.events import contact_events, event_label
        from netzjournal.store.interactions import follow_ups
        from netzjournal.store.listings import contact_history, give_and_take
        from netzjournal.store.people import person_choices

        j = self._journal
        quiet = self._quiet()
        # The heading: the whole name (middle names, suffix) unless a display name
        # of its own is set (then the whole name is the first fact), and the
        # nickname beside it in quotes, quieter.
        full = " ".join(p for p in (c.title_prefix, c.full_name) if p)
        heading = _e(" ".join(p for p in (c.title_prefix, c.display_name or c.full_name) if p))
        if c.nickname:
            nickname = self.tr("“%1”").replace("%1", c.nickname)
            heading += f" <span style='color:{quiet};font-weight:normal'>{_e(nickname)}</span>"
        parts = [f"<h2>{heading}</h2>"]
        line = " · ".join(_e(p) for p in (c.role, c.organisation, c.department, c.city) if p)
        if line:
            parts.append(f"<p>{line}</p>")
        facts: list[tuple[str, str]] = []
        if c.display_name and c.full_name:
            facts.append((self.tr("Full name"), _e(full)))
        for ch in c.channels:
            label = {"email": self.tr("E-mail"), "phone": self.tr("Phone"), "url": self.tr("Web"),
                     "messenger": self.tr("Messenger")}[ch.kind]  # fmt: skip
            value = _e(ch.value)
            if ch.kind == "email":  # wraps after the @, the domain whole
                value = _e(style.address_breaks(ch.value))
            elif ch.kind == "url":  # wraps after / . rather than mid-word
                value = _e(style.soft_breaks(ch.value))
            if ch.kind == "email":
                value = f"<a href='mailto:{_e(ch.value)}'>{value}</a>"
            elif ch.kind == "url":
                value = f"<a href='{_e(ch.value)}'>{value}</a>"
            kind = texts.channel_label(ch.label)
            facts.append((label + (f" ({_e(kind)})" if kind else ""), value))
        if c.birthday:
            b = c.birthday
            text = texts.format_day_month(b.day, b.month, b.year)  # with its year, if known
            facts.append((self.tr("Birthday"), _e(text)))
        met = texts.source_label(c.source)
        where = event_label(j, c.met_at_event_id) if c.met_at_event_id else None
        # The evening itself, linked, says what "dmexco 2025 (11.09.2025)" said: one
        # line then ("Trade fair – dmexco, 11/09/2025"), not the same meeting twice.
        named = where is not None and fold(c.source_detail).startswith(fold(where[0]))
        if where is not None and (named or not c.source_detail):
            link = f"{_e(where[0])}, {_e(texts.format_date(where[1]))}"
            kind = "" if c.source in ("", "event") else f"{_e(met)} – "
            facts.append(
                (self.tr("How we met"), f"{kind}<a href='event:{c.met_at_event_id}'>{link}</a>")
            )
            where = None
        else:
            if c.source_detail:
                met += f" – {c.source_detail}"
            if c.met_on:
                met += f" ({texts.format_date(c.met_on)})"
            facts.append((self.tr("How we met"), _e(met)))
        if where is not None:
            link = f"{_e(where[0])}, {_e(texts.format_date(where[1]))}"
            facts.append((self.tr("Where we met"),
                          f"<a href='event:{c.met_at_event_id}'>{link}</a>"))  # fmt: skip
        if c.introduced_by:  # with what tells a namesake apart
            introducer = person_choices(j, [c.introduced_by]).get(c.introduced_by)
            if introducer is not None:
                facts.append((self.tr("Introduced by"), _e(introducer.label)))
        # Worded as the contact editor's choices: one value, one wording.
        form = self.tr("Sie (formal)") if c.address_form == "sie" else self.tr("du (informal)")
        language = {"de": self.tr("German"), "en": self.tr("English"),
                    "": self.tr("Not known yet")}.get(
            c.language, c.language.upper()
        )  # the language one writes to them in, as a word (not "DE")  # fmt: skip
        if c.salutation:  # Frau/Herr, as the editor words it (neutral, not known: nothing)
            facts.append((self.tr("Salutation"), _e(texts.salutation_label(c.salutation))))
        if c.language == "de":  # du or Sie is a German choice (the editor greys it else)
            facts.append((self.tr("Address form"), _e(form)))
        facts.append((self.tr("Language"), _e(language)))
        facts.append((self.tr("Closeness"), _e(texts.closeness_dots(c.closeness))))
        if c.cadence_never:
            cadence = self.tr("never remind me")
        elif c.cadence_days == 1:
            cadence = self.tr("every day")
        elif c.cadence_days:
            cadence = self.tr("every %1 days").replace("%1", str(c.cadence_days))
        else:
            cadence = self.tr("as closeness suggests")  # the editor's words
        facts.append((self.tr("Keep in touch"), _e(cadence)))
        if c.tags:
            facts.append((self.tr("Tags"), _e(", ".join(c.tags))))
        if c.topics:
            facts.append((self.tr("Topics"), _e(c.topics)))
        rows = "".join(
            f"<tr><td style='color:{quiet};padding-right:12px'>{_e(k)}</td><td>{v}</td></tr>"
            for k, v in facts
        )
        # Qt drops the margin below the paragraph before a table: the role line (or the
        # name) sat directly on the facts. The table keeps the gap itself.
        gap = f"margin-top:{style.SPACE.M}px"
        parts.append(f"<table cellspacing=2 style='{gap}'>{rows}</table>")
        history = contact_history(j, c.id or 0)
        # Only what was written to be said: a private remark under this heading read
        # as something to tell them.
        say_next = next((h.say_next for h in history if h.say_next), "")
        if say_next:
            heading = self.tr("Pick up next time")
            parts.append(f"<h3>{_e(heading)}</h3><p>{_e(say_next)}</p>")
        open_items = follow_ups(j, contact_id=c.id)
        if open_items:
            items = "".join(f"<li>{_e(f.text)}{self._due(f.due_on)}</li>" for f in open_items)
            heading = self.tr("Open follow-ups")
            parts.append(f"<h3>{_e(heading)}</h3><ul>{items}</ul>")
        give_take = give_and_take(j, c.id or 0)
        give_take_heading = self.tr("Give & take")
        if give_take:
            gave = sum(1 for g in give_take if g.direction == "gave")
            summary = (
                self.tr("Given: %1 · Received: %2")
                .replace("%1", str(gave))
                .replace("%2", str(len(give_take) - gave))
            )
            items = "".join(
                f"<li>{'→' if g.direction == 'gave' else '←'} {_e(g.text)}"
                f" <span style='color:{quiet}'>({_e(texts.format_date(g.when.date()))})</span></li>"
                for g in give_take[:10]
            )
            # The arrow is each line's marker (a bullet before it read as two: "• ←").
            parts.append(
                f"<h3>{_e(give_take_heading)}</h3><p>{_e(summary)}</p>"
                f"<ul style='list-style-type:none'>{items}</ul>"
            )
        met_at = contact_events(j, c.id or 0)
        if met_at:
            labels = {"attended": self.tr("was there"), "going": self.tr("said yes"),
                      "note": self.tr("was there")}  # fmt: skip
            items = "".join(
                f"<tr><td style='color:{quiet};padding-right:10px;white-space:nowrap'>"
                f"{_e(texts.format_date(e.starts_on))}</td>"
                f"<td><a href='event:{e.event_id}'>{_e(e.name)}</a>"
                f" <span style='color:{quiet}'>· {_e(labels.get(e.status, ''))}"
                + (f" – {_e(e.note)}" if e.note else "")
                + "</span></td></tr>"
                for e in met_at[:20]
            )
            heading = self.tr("Events (%1)").replace("%1", str(len(met_at)))
            parts.append(f"<h3>{_e(heading)}</h3><table>{items}</table>")
        if c.notes:
            heading = self.tr("Notes")
            parts.append(f"<h3>{_e(heading)}</h3>")
            parts.append(markdown_fragment(c.notes))
        untitled = self.tr("(untitled)")
        title = self.tr("History (%1)").replace("%1", str(len(history)))
        parts.append(f"<h3>{_e(title)}</h3>")
        if not history:
            nothing = self.tr("No meetings noted yet.")
            parts.append(f"<p style='color:{quiet}'>{_e(nothing)}</p>")
        # The date never breaks ("21/11/20" + "26" in a narrow pane); the kind goes
        # with the title, which wraps at its spaces.
        items = "".join(
            f"<tr><td style='color:{quiet};padding-right:10px;white-space:nowrap'>"
            f"{_e(texts.format_date(h.when.date()))}</td>"
            f"<td><span style='color:{quiet}'>{_e(texts.kind_label(h.kind))}</span> · "
            f"<a href='note:{h.id}'>{_e(h.title or untitled)}</a></td></tr>"
            for h in history[:50]
        )
        parts.append(f"<table>{items}</table>")
        return "".join(parts)
