"""Messenger addresses (Signal, WhatsApp, XMPP, Skype, Matrix …): one channel kind.

A contact's messenger is a channel of kind ``"messenger"``: its label the service
("skype", "xmpp" — a code of :data:`SERVICES`, or a name the person typed), its
value the handle as the service knows it ("anna.m", "anna@jabber.example"). In a
vCard it is an ``IMPP`` URI (RFC 4770, vCard 4.0: ``IMPP:xmpp:anna@jabber.example``);
Apple writes the service beside it (``IMPP;X-SERVICE-TYPE=Skype:skype:anna.m``, or
``x-apple:`` for a service without a scheme of its own), older programs an
``X-SKYPE``, ``X-JABBER``, ``X-ICQ`` … property of its own. No Qt.
"""

from __future__ import annotations

import re

#: Service code → (its name, the URI scheme an IMPP of it is written with; "" where
#: there is no registered one: written as Apple does, ``x-apple:`` with the service
#: named — the apps' own link schemes, "sgnl:", "whatsapp:", "tg:", open a chat, they
#: name nobody).
SERVICES: dict[str, tuple[str, str]] = {
    "signal": ("Signal", ""),
    "whatsapp": ("WhatsApp", ""),
    "telegram": ("Telegram", ""),
    "threema": ("Threema", ""),
    "matrix": ("Matrix", "matrix"),
    "xmpp": ("XMPP", "xmpp"),
    "skype": ("Skype", "skype"),
    "teams": ("Teams", ""),
    "sip": ("SIP", "sip"),
    "icq": ("ICQ", "icq"),
    "aim": ("AIM", "aim"),
    "msn": ("MSN", "msnim"),
    "yahoo": ("Yahoo", "ymsgr"),
    "qq": ("QQ", "qq"),
    "irc": ("IRC", "irc"),
    "facebook": ("Facebook Messenger", ""),
    "wechat": ("WeChat", ""),
    "line": ("LINE", ""),
    "gadu-gadu": ("Gadu-Gadu", "gg"),
}
_BY_SCHEME = {scheme: code for code, (_name, scheme) in SERVICES.items() if scheme}
_BY_SCHEME |= {"sips": "sip", "tg": "telegram", "telegram": "telegram", "sgnl": "signal",
               "signal": "signal", "whatsapp": "whatsapp", "threema": "threema",
               "msteams": "teams", "gtalk": "xmpp", "jabber": "xmpp", "ircs": "irc"}  # fmt: skip
# How services are named in X-SERVICE-TYPE and the like ("Jabber", "GoogleTalk").
_BY_NAME = {name.casefold().replace(" ", ""): code for code, (name, _s) in SERVICES.items()}
_BY_NAME |= {"jabber": "xmpp", "googletalk": "xmpp", "gtalk": "xmpp", "facebook": "facebook",
             "msn": "msn", "windowslive": "msn", "yahoo": "yahoo", "gadugadu": "gadu-gadu",
             "microsoftteams": "teams"}  # fmt: skip

#: The older vCard properties, one per service, that hold a bare handle.
X_PROPERTIES = {
    "X-SKYPE": "skype", "X-SKYPE-USERNAME": "skype", "X-JABBER": "xmpp", "X-ICQ": "icq",
    "X-AIM": "aim", "X-MSN": "msn", "X-YAHOO": "yahoo", "X-GOOGLE-TALK": "xmpp",
    "X-GTALK": "xmpp", "X-QQ": "qq", "X-GADUGADU": "gadu-gadu",
}  # fmt: skip

# A Matrix URI names a user as "u/anna:server", a room as "r/…"; people write "@anna:server".
_MATRIX_SIGILS = {"u/": "@", "r/": "#", "roomid/": "!"}
_MATRIX_KINDS = {"@": "u/", "#": "r/"}

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(.*)$", re.IGNORECASE | re.DOTALL)


def from_vcard(value: str, service_type: str = "") -> tuple[str, str] | None:
    """(service, handle) of an IMPP value ("skype:anna.m") and its X-SERVICE-TYPE;
    None when there is no handle. A URI of a scheme nobody knows keeps its scheme
    ("foo:anna", service ""): written back as it came."""
    text = value.strip()
    named = _BY_NAME.get(service_type.strip().casefold().replace(" ", ""), "")
    if not named and service_type.strip():
        named = service_type.strip()  # a service of its own ("Wire"): kept as named
    m = _SCHEME.match(text)
    if m is None:
        return (named or "", text) if text else None
    scheme, rest = m.group(1).lower(), m.group(2).strip()
    if scheme == "x-apple" or scheme in _BY_SCHEME:
        rest = rest.split("?", 1)[0]  # ("skype:anna.m?chat": what to do, not who)
        if rest.startswith("//"):
            rest = rest[2:]
        if not rest:
            return None
        service = named or _BY_SCHEME.get(scheme, "")
        if scheme == "matrix" and rest[:2] in _MATRIX_SIGILS:  # ("u/anna:server": "@anna:server")
            rest = _MATRIX_SIGILS[rest[:2]] + rest[2:]
        return service, rest
    return named, text  # (a scheme of its own: the whole URI is the handle)


def to_vcard(service: str, handle: str) -> tuple[str, str]:
    """(the X-SERVICE-TYPE to write, "" for none; the IMPP URI) of a messenger."""
    handle = handle.strip()
    if service in SERVICES:
        name, scheme = SERVICES[service]
        if scheme == "matrix" and handle[:1] in _MATRIX_KINDS:  # (RFC-less "@anna:server")
            handle = _MATRIX_KINDS[handle[:1]] + handle[1:]
        return name, f"{scheme or 'x-apple'}:{handle}"
    if _SCHEME.match(handle) and not service:
        return "", handle  # (a URI of a scheme of its own, as it came)
    return service, f"x-apple:{handle}"
