"""The corpus store: one connection wrapper over SQLite (default) or PostgreSQL.

SQL is written once with ``?`` placeholders and adapted to psycopg's ``%s``; the
few dialect differences (full-text search, upserts) live in the callers behind
``store.dialect``.  Connections are per thread, so the web server's worker
threads can share one :class:`Store`.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marsad.store.schema import LATEST, MIGRATIONS, statements

DEFAULT_DB = "marsad.db"


class StoreError(Exception):
    """A database that cannot be opened or used; the message is one line for the user."""


def parse_db_url(url: str | None) -> tuple[str, str]:
    """``(dialect, target)`` from ``sqlite:///path``, a bare path, or ``postgresql://…``."""
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        return "postgres", url
    if url.startswith("sqlite:///"):
        return "sqlite", url[len("sqlite:///"):] or DEFAULT_DB
    if url.startswith("sqlite://"):
        return "sqlite", ":memory:" if url == "sqlite://" else url[len("sqlite://"):]
    if re.match(r"^[a-z][a-z0-9+]*://", url):
        raise StoreError(f"unsupported database URL {url!r} (use sqlite:///PATH or postgresql://…)")
    return "sqlite", url


class Store:
    def __init__(self, url: str | None = None, *, create: bool = True):
        self.dialect, self.target = parse_db_url(url)
        self.url = url or DEFAULT_DB
        self._local = threading.local()
        if self.dialect == "sqlite" and self.target != ":memory:":
            path = Path(self.target)
            if not path.exists() and not create:
                raise StoreError(f"no database at {path} (run 'marsad ingest' first)")
            if path.parent and not path.parent.exists():
                raise StoreError(f"directory {path.parent} does not exist")
        self.migrate()

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> Any:
        if self.dialect == "sqlite":
            try:
                conn = sqlite3.connect(self.target, timeout=30, isolation_level=None, check_same_thread=False)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=OFF")
                # Searches touch many small rows: read through a memory map and a 64 MB page cache.
                conn.execute("PRAGMA mmap_size=268435456")
                conn.execute("PRAGMA cache_size=-65536")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.target}: not a usable SQLite database ({exc})") from None
            return conn
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise StoreError("PostgreSQL needs 'pip install marsad[postgres]' (psycopg 3)") from None
        try:
            return psycopg.connect(self.target, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to PostgreSQL: {first}") from None

    @property
    def conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgres" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "sqlite":
            self.conn.executemany(sql, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        if row is None:
            return None
        return row[0] if self.dialect == "sqlite" else next(iter(row.values()))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: an article's rows are replaced together or not at all."""
        if self.dialect == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        else:
            with self.conn.transaction():
                yield

    # -- schema ------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                     "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        return int(self.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)

    def migrate(self) -> int:
        """Apply the migration steps this database has not seen; returns the resulting version."""
        current = self.schema_version()
        if current > LATEST:
            raise StoreError(f"database schema version {current} is newer than this marsad ({LATEST}); upgrade marsad")
        for version, description, by_dialect in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for stmt in statements(self.dialect, by_dialect[self.dialect]):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                             (version, description, now()))
        return LATEST

    def size_bytes(self) -> int | None:
        if self.dialect == "sqlite" and self.target != ":memory:":
            p = Path(self.target)
            return sum(f.stat().st_size for f in (p, Path(f"{p}-wal")) if f.exists())
        if self.dialect == "postgres":
            return int(self.scalar("SELECT pg_database_size(current_database())"))
        return None


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
