"""Export and import over one journal: `store.exchange`, the records read out for an export
(store/export.py) and a checked import written in one transaction (store/importing.py)."""

from __future__ import annotations

from resilience_journal.store.export import ExportRepository
from resilience_journal.store.importing import ImportRepository


class ExchangeRepository(ExportRepository, ImportRepository):
    """`store.exchange`: both halves over the same Core (each sets `core` and `db` alike)."""
