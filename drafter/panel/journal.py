"""The answer journal: every live answer appended to `OUT_DIR/answers.jsonl` the moment it arrives.

Each line is flushed and fsynced, so a crash loses no answer already paid for, and the journal is
also the cache: a re-run into the same folder finds each (model, prompt) already answered and asks
no model again. Only successful answers are served from it; failures are recorded (for the record)
but asked again next time. The journal holds answers and prompts, never an API key.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafter.inputs.transcript import Answer
from drafter.panel.config import ModelSpec

log = logging.getLogger("drafter")

# One lock per journal file for the whole process: several Journal objects (one per graph node)
# may append to the same file, and a long line is more than one write() underneath.
_file_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(path: Path) -> threading.Lock:
    with _locks_guard:
        return _file_locks.setdefault(path.resolve(), threading.Lock())

JOURNAL_NAME = "answers.jsonl"
_SHARED: dict[Path, Journal] = {}
_SHARED_LOCK = threading.Lock()


def cache_key(spec: ModelSpec, prompt: str) -> str:
    """sha256 of what determines an answer: provider, model, base_url, temperature, max_tokens and
    the exact prompt messages (as text). Not the key, the label, timeouts or retries."""
    payload = json.dumps({**spec.params(), "prompt": prompt}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Journal:
    """Append-only JSONL of answers; `fresh=True` ignores what is there (but still records)."""

    def __init__(self, path: str | Path, *, fresh: bool = False) -> None:
        path = Path(path)
        self.path = path / JOURNAL_NAME if path.is_dir() or not path.suffix else path
        self.fresh = fresh
        self._lock = _lock_for(self.path)
        self._ok: dict[str, Answer] = {}
        self._entries = 0
        with self._lock:  # the per-file lock record() holds: the index and the stat see the same lines
            self._load()
            self._seen = self._stat()

    def _load(self) -> None:
        if not self.path.is_file():
            return
        with self.path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    answer = Answer.model_validate(entry["answer"])
                except (ValueError, KeyError, TypeError):
                    # a line cut short by a crash mid-write: skip it, the answer is asked again
                    log.warning("%s:%d: unreadable journal line skipped", self.path, n)
                    continue
                self._entries += 1
                if answer.ok:
                    self._ok[entry["key"]] = answer

    @classmethod
    def shared(cls, path: str | Path, *, fresh: bool = False) -> Journal:
        """One journal per file in this process, re-read only when the file changed behind its back:
        every ask node opens the journal, and re-reading it each time grows with the square of the panel."""
        key = Path(path).resolve()
        with _SHARED_LOCK:
            journal = _SHARED.get(key)
            if journal is None or not journal._current():
                journal = cls(path)
                _SHARED[key] = journal
        if not fresh:
            return journal
        view = copy.copy(journal)  # shares the index and the lock; only `fresh` differs
        view.fresh = True
        return view

    def _current(self) -> bool:
        """Whether the index holds every line of the file (checked under the lock record() holds)."""
        with self._lock:
            return self._stat() == self._seen

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def __len__(self) -> int:
        return self._entries

    def lookup(self, key: str) -> Answer | None:
        """A stored successful answer for this cache key (None when fresh, or none is stored)."""
        if self.fresh:
            return None
        answer = self._ok.get(key)
        return answer.model_copy(deep=True) if answer is not None else None

    def record(self, key: str, answer: Answer) -> None:
        """Append one answer and make it durable before returning."""
        entry: dict[str, Any] = {"key": key, "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
                                 "answer": answer.model_dump(mode="json", exclude_none=True)}
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            before = self._stat()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
            self._entries += 1
            if answer.ok:
                self._ok[key] = answer.model_copy(deep=True)
            if before == self._seen:  # no one else wrote since this index was read: it is still whole
                self._seen = self._stat()

    def answers(self) -> list[Answer]:
        """The latest successful answer per cache key, in the order first recorded."""
        return [a.model_copy(deep=True) for a in self._ok.values()]
