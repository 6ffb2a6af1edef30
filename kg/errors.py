"""One error base class; the CLI turns any of them into one line and an exit code."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error the tool reports to a user (never a traceback)."""

    exit_code = 1


class InputError(KgError):
    """A file that cannot be read as an article. ``str(e)`` is ``"path: problem"``."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UsageError(KgError):
    """A command given something it cannot use (a missing graph, an unknown query name)."""


class QueryError(KgError):
    """A SPARQL query that does not parse or fails to run."""
