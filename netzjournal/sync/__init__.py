"""Sync with the user's own CardDAV/CalDAV server (no Qt, no SQL).

- ``dav.py``       the HTTP side: discovery, collections, RFC 6578 sync-collection,
                   ETag listing, multiget, conditional PUT/DELETE (niquests)
- ``fields.py``    a contact as a flat dict of fields, to and from a vCard
- ``merge.py``     the three-way, field-level merge against the last-synced base
- ``contacts.py``  contacts ↔ address book: the sync run itself
- ``settings.py``  server, user, collections (journal settings) and the keyring
"""
