"""A deadline for every GraphQL operation, checked while it runs.

- Between resolvers: a field middleware stops the operation with TIMEOUT once the
  deadline has passed (gunicorn's gthread workers never stop a long request).
- In PostgreSQL: `statement_timeout` bounds every statement. In autocommit (production)
  a connection keeps the API's budget between operations, so answering costs no extra
  round trip; requests outside the API take it off again (`ApiStatementTimeoutMiddleware`).
  Inside a transaction (tests, a caller's atomic block) the time left is set per
  operation and reset after it, as a rollback would undo a kept setting unseen.
- Against a database that does not answer at all (hung server, cut network): a watchdog
  thread shuts the request's database socket down shortly after the deadline, so the
  waiting query fails and the client gets SERVICE_UNAVAILABLE instead of waiting forever.
- Rendition generation asks `check()` before each new file.
"""

from __future__ import annotations

import contextlib
import time

from django.conf import settings
from django.db import DatabaseError, connection, connections

from cms.dbwatch import watchdog

from .errors import DatabaseUnavailable, DeadlineExceeded, is_database_unavailable
from .request import Deadline, state_of

# After the deadline the database gets this much longer to answer a statement that
# PostgreSQL itself would cancel (statement_timeout) before its socket is cut.
SOCKET_GRACE_SECONDS = 1.0
# The statement timeout a database connection keeps between operations (an attribute
# of psycopg's connection, so a new connection starts without it).
KEPT_TIMEOUT = "_lebenslagen_api_statement_timeout"


def start(request) -> Deadline:
    """A fresh deadline for one operation (each operation of a batch gets its own)."""
    deadline = Deadline(at=time.monotonic() + settings.GRAPHQL_TIMEOUT_SECONDS)
    state_of(request).deadline = deadline
    deadline.watch_id = watchdog.watch(
        deadline.at + SOCKET_GRACE_SECONDS, connections["default"]
    )
    return deadline


def finish(request) -> None:
    """Undo what the operation set on its database connection; never raises."""
    state = state_of(request)
    deadline = state.deadline
    if deadline is None:
        return
    state.deadline = None
    watchdog.forget(deadline.watch_id)
    if deadline.statement_timeout_set and not deadline.database_failed:
        try:
            _set_timeout("0")
        except DatabaseError:
            # A broken connection must not replace the coded answer with a 500.
            deadline.database_failed = True
    if deadline.database_failed:
        with contextlib.suppress(DatabaseError):
            connection.close()


def current(request) -> Deadline | None:
    return state_of(request).deadline


def check(request) -> None:
    """Stop the operation with TIMEOUT when its deadline has passed."""
    deadline = current(request)
    if deadline is not None and time.monotonic() > deadline.at:
        raise DeadlineExceeded()


class DeadlineMiddleware:
    """Field middleware: deadline between resolvers, statement timeout, dead database.

    The statement timeout is set on the first resolver, so refused queries run no SQL.
    """

    def resolve(self, next_, root, info, **kwargs):
        deadline = current(info.context)
        if deadline is None:
            return next_(root, info, **kwargs)
        if time.monotonic() > deadline.at:
            raise DeadlineExceeded()
        if deadline.database_failed:
            raise DatabaseUnavailable()
        try:
            if not deadline.statement_timeout_checked:
                deadline.statement_timeout_checked = True
                deadline.statement_timeout_set = _set_statement_timeout(deadline)
            return next_(root, info, **kwargs)
        except DatabaseError as error:
            if is_database_unavailable(error):
                # Every further resolver would wait for the database again.
                deadline.database_failed = True
                raise DatabaseUnavailable() from error
            raise


def _set_statement_timeout(deadline: Deadline) -> bool:
    """Bound the operation's statements; whether `finish` must reset the setting."""
    if connection.vendor != "postgresql":
        return False
    if connection.in_atomic_block:
        _set_timeout(str(max(int(deadline.remaining() * 1000), 1)))
        return True
    # The deadline and the watchdog bound the operation as a whole; the budget bounds
    # each statement, and stays on the connection for the next operation.
    budget = str(max(int(settings.GRAPHQL_TIMEOUT_SECONDS * 1000), 1))
    connection.ensure_connection()  # a new connection starts without it
    raw = connection.connection
    if getattr(raw, KEPT_TIMEOUT, None) != budget:
        _set_timeout(budget)
        setattr(raw, KEPT_TIMEOUT, budget)
    return False


def release_statement_timeout() -> None:
    """Take the API's statement timeout off this thread's connection, if it has one
    (the code that uses it next is not the API's)."""
    raw = connection.connection
    if raw is None or getattr(raw, KEPT_TIMEOUT, None) is None:
        return
    setattr(raw, KEPT_TIMEOUT, None)
    _set_timeout("0")


def _set_timeout(milliseconds: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, false)", [milliseconds]
        )
