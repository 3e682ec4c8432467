"""Web UI and JSON API over the corpus store (FastAPI; ``marsad serve``, ``marsad demo``)."""
