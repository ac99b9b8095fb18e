"""Self-checks for the notebook exercises, one module per notebook topic, all speaking German via articlekit.feedback.

reading (00, 01), tagging (02), quoting (03), timeline (04), own (05), corpus (06). Each check compares the
student's answer with what the kit computes for the article at hand, so the exercises work for any article.
"""
from ..feedback import ____  # noqa: F401  (the blank notebooks import from here)
