"""The corpus store: ingest analysed articles into SQLite or PostgreSQL, search them.

    from marsad.store import Store, ingest, search
    store = Store("sqlite:///marsad.db")
"""

from marsad.store.db import DEFAULT_DB, Store, StoreError
from marsad.store.ingest import IngestReport, ingest
from marsad.store.records import load_article, save_article
from marsad.store.search import Filters, search

__all__ = ["DEFAULT_DB", "Filters", "IngestReport", "Store", "StoreError", "ingest", "load_article",
           "save_article", "search"]
