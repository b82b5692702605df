"""Bundled checklists, loaded by name (see sipcheck.checklist)."""
