"""Render stage: a Report as JSON (the contract), a rich table, or Markdown."""
