"""Keyring backends for tests: never the user's keyring.

``MemoryKeyring`` lives in the test process; ``FileKeyring`` keeps its
entries in the JSON file named by ``NETZJOURNAL_TEST_KEYRING`` so that a
child process (the CLI, the app) sees them too — it is chosen there with
keyring's own switch, ``PYTHON_KEYRING_BACKEND=keyrings.FileKeyring`` (this
folder on ``PYTHONPATH``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)

    def names(self, service: str) -> list[str]:
        """The entries kept for ``service`` (as the Secret Service lists them)."""
        return sorted(name for s, name in self.secrets if s == service)


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file (``NETZJOURNAL_TEST_KEYRING``), shared with child processes."""

    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["NETZJOURNAL_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return dict(data)

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._path.with_name(self._path.name + ".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._save(data)

    def names(self, service: str) -> list[str]:
        """The entries kept for ``service`` (as the Secret Service lists them)."""
        return sorted(k.split("\n", 1)[1] for k in self._load() if k.startswith(f"{service}\n"))
