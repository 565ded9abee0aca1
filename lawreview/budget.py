"""Run one document's extraction within a time and memory budget.

`run_within` calls a function in a child process (forked where that is safe,
else spawned) whose address space may grow by at most `max_memory_mb`
(`resource.setrlimit(RLIMIT_AS)`), and kills it after `timeout` seconds. A
hang or a blow-up then ends only the child; the caller gets a
`BudgetExceededError` naming the file and the flag to raise. Errors the
function raises itself (an `InputError` for a corrupt file) come back as they
were raised.

Where no child process may be started (a daemonic process, such as a Dask
worker), the function runs in-process and the cluster's own limits apply.

Imports only `lawreview.model`.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from lawreview.model import BudgetExceededError, InputError, LawreviewError

T = TypeVar("T")


def run_within(
    function: Callable[..., T],
    *args: Any,
    subject: str,
    timeout: float | None = None,
    max_memory_mb: int | None = None,
) -> T:
    """`function(*args)`, in a child process when a budget is set.

    `subject` (the file's path) names the document in the errors. Raises
    `BudgetExceededError` when the child runs longer than `timeout` seconds or
    needs more than `max_memory_mb` megabytes beyond its parent's size.
    """
    if (timeout is None and max_memory_mb is None) or multiprocessing.current_process().daemon:
        return function(*args)
    method = "fork" if _fork_is_safe() else "spawn"
    context = multiprocessing.get_context(method)
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, function, args, max_memory_mb), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise BudgetExceededError(
                f"took longer than the time budget of {timeout:g} s and was stopped; "
                "pass a larger --timeout SECONDS to read it",
                subject,
            )
        try:
            message = receiver.recv()
        except EOFError:
            message = ("died", None)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    return _outcome(message, process.exitcode, subject, max_memory_mb)


def _fork_is_safe() -> bool:
    """Forking copies only the calling thread: safe when it is the only one."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _outcome(
    message: tuple[Any, ...], exitcode: int | None, subject: str, max_memory_mb: int | None
) -> Any:
    kind, detail = message[0], message[1] if len(message) > 1 else None
    if kind == "ok":
        return detail
    if kind == "error":
        error_type, text, path = message[1:]
        raise (error_type if issubclass(error_type, InputError) else LawreviewError)(text, path)
    if kind == "memory" or (detail is None and max_memory_mb is not None):
        raise BudgetExceededError(
            f"needed more than the memory budget of {max_memory_mb} MB and was stopped; "
            "pass a larger --max-memory MB to read it",
            subject,
        )
    cause = f"exit code {exitcode}" + (f", {detail}" if detail else "")
    raise InputError(
        f"reading it crashed the reader ({cause}); the file may be corrupt: obtain a fresh copy",
        subject,
    )


def _limit_memory(max_memory_mb: int) -> None:
    """Cap this process's address space at its current size plus the budget."""
    import resource

    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        current = 0
    limit = current + max_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(
    sender: Connection,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    max_memory_mb: int | None,
) -> None:
    """The child's side: apply the memory cap, run, send back what happened."""
    try:
        if max_memory_mb is not None:
            _limit_memory(max_memory_mb)
        sender.send(("ok", function(*args)))
    except LawreviewError as error:
        sender.send(("error", type(error), error.args[0] if error.args else "", error.path))
    except MemoryError:
        sender.send(("memory",))
    except BaseException as error:  # the parent reports it; the child ends either way
        sender.send(("died", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()
