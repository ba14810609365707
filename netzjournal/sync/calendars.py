"""Finding or making the "netzjournal" calendar (tasks, events, journal entries).

The ``caldav`` library does this part: principal discovery (RFC 6764 and
``current-user-principal``), the calendar list and ``MKCALENDAR`` with the
supported components. The items themselves then go through the same
sync-collection / multiget / conditional PUT as the address book
(``dav.DavClient``): caldav's per-object saves do not take the ETag
precondition the three-way merge relies on.
"""

from __future__ import annotations

import urllib.parse

from netzjournal.sync.dav import SyncError, certificate_error

COMPONENTS = ["VTODO", "VEVENT", "VJOURNAL"]


def ensure_calendar(
    url: str,
    user: str,
    password: str,
    *,
    verify: bool | str = True,
    name: str = "netzjournal",
    create: bool = True,
) -> str | None:
    """The path of the calendar shown as ``name``; made if there is none."""
    import caldav
    import caldav.lib.error as errors
    import niquests

    try:
        with caldav.DAVClient(  # type: ignore[operator]
            url=url,
            username=user,
            password=password,
            ssl_verify_cert=verify,
            require_tls=False,  # a server on the user's own network may speak plain HTTP
        ) as client:
            principal = client.principal()
            for calendar in principal.calendars():
                path = urllib.parse.unquote(urllib.parse.urlsplit(str(calendar.url)).path)
                # A calendar without a display name goes by the last part of its path
                # (as the names listed in Settings → Sync do).
                if (calendar.get_display_name() or path.rstrip("/").rsplit("/", 1)[-1]) == name:
                    return path
            if not create:
                return None
            calendar = principal.make_calendar(
                name=name, supported_calendar_component_set=COMPONENTS
            )
            return urllib.parse.unquote(urllib.parse.urlsplit(str(calendar.url)).path)
    except errors.AuthorizationError as exc:
        raise SyncError("auth", str(exc)) from exc
    except niquests.exceptions.SSLError as exc:
        raise certificate_error(url, verify, exc) from exc
    except niquests.exceptions.RequestException as exc:
        raise SyncError("unreachable", str(exc)) from exc
    except errors.DAVError as exc:
        raise SyncError("server", str(exc)) from exc
