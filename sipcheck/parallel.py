"""Running one function over many plans in a pool of worker processes.

Reading and assessing a plan is pure Python plus pdfium and lxml, so threads would share
one interpreter lock; processes use every core. `map_ordered` gives results in the order
of the items whatever order they finish in, and calls `on_result` in the parent as each
arrives, so a progress bar can follow the pool.

The calling process is one of the workers: it has everything imported already, so it
starts on the cheapest items (from the back of the list) at once, while the other
processes start and take the costliest ones (from the front). On two cores that is one
extra process, and no core waits while the pool starts.

Workers start with the `forkserver` method where the platform has it (Linux) and `spawn`
elsewhere, never plain `fork`: the parent runs a progress-bar thread, and forking a
process with threads can deadlock the child. Shared arguments (the checklist, the
language, ...) are sent once per worker, not once per item. Workers ignore Ctrl-C: the
parent stops the pool and the interrupt reaches the user once, without a traceback from
every worker.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from sipcheck.text import SipcheckError, Text

# Below this many plans to read, `jobs=None` (automatic) stays in one process: starting
# workers costs a few tenths of a second, more than reading a handful of plans.
AUTO_MIN_ITEMS = 12
# Items handed to each worker process ahead: enough that a worker never waits while this
# process works on an item of its own, few enough that this process still gets some.
WINDOW = 4

_shared: tuple = ()
_function: Callable | None = None


def available_cores() -> int:
    """The cores this process may run on (respects taskset/cgroup affinity)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def pool_size(jobs: int | None, items: int) -> int:
    """How many processes work on `items` pieces of work, this one included; 1: this one
    alone, no pool.

    `jobs=None` is automatic: every core, but no pool for fewer than AUTO_MIN_ITEMS items.
    An explicit `jobs` is obeyed (capped at the number of items)."""
    if jobs is None:
        return min(available_cores(), items) if items >= AUTO_MIN_ITEMS else 1
    return max(1, min(jobs, items))


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    context = multiprocessing.get_context("forkserver")
    # Start the server with Ctrl-C ignored (kept across exec): an interrupt while it
    # starts would otherwise print its traceback. It ignores Ctrl-C from then on anyway.
    handler = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is threading.main_thread() and handler is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            forkserver.ensure_running()
        finally:
            signal.signal(signal.SIGINT, handler)
    return context


def _start_worker(function: Callable, shared: tuple) -> None:
    global _function, _shared
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _function, _shared = function, shared
    gc.freeze()  # the modules and the checklist live as long as the worker: never scan them


def _run_one(item):
    return _function(item, *_shared)


def map_ordered(function: Callable, items: Sequence, shared: tuple = (),
                jobs: int | None = None,
                on_result: Callable[[int, object], None] | None = None,
                cost: Callable[[object], float] | None = None, keep: bool = True) -> list:
    """[function(item, *shared) for item in items], in several processes when `jobs` (see
    `pool_size`) asks for more than one.

    `function` must be importable by name (a module-level function) and `shared` and the
    items picklable. `on_result(index, result)` runs in the parent as each result arrives
    (in sequential mode, after each item, in order). With a pool, this process works too:
    `jobs - 1` worker processes take the items from the front, costliest first by
    `cost(item)` (so no long item is left alone at the end), and this process takes them
    from the back. An exception raised by `function` is raised here, as it would be
    without a pool. Without `keep`, results are only handed to `on_result` and the list
    returned is empty: a caller that stores them its own way (a review's packed entries)
    does not hold every one of them twice."""
    workers = pool_size(jobs, len(items))
    if workers <= 1:
        return _in_this_process(function, items, shared, on_result, keep)
    results: list = [None] * len(items)
    order = range(len(items))
    if cost is not None:
        order = sorted(order, key=lambda i: -cost(items[i]))
    todo = collections.deque(order)  # workers take from the front, this process the back
    running: dict = {}
    executor = None

    def hand_out() -> None:
        while todo and len(running) < WINDOW * (workers - 1):
            index = todo.popleft()
            running[executor.submit(_run_one, items[index])] = index

    with _interrupt_deferred() as interrupted:  # workers half started must not see it
        try:
            executor = ProcessPoolExecutor(workers - 1, mp_context=_context(),
                                           initializer=_start_worker,
                                           initargs=(function, shared))
            hand_out()
        except OSError:  # no processes or no socket for the forkserver here (a sandbox?)
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
            executor = None
    if executor is None:
        return _in_this_process(function, items, shared, on_result, keep)
    try:
        if interrupted:
            raise KeyboardInterrupt
        while running or todo:
            done = [future for future in running if future.done()]
            if not done and todo:
                index = todo.pop()
                _deliver(results, index, function(items[index], *shared), on_result, keep)
                continue
            if not done:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=running.get):
                index = running.pop(future)
                _deliver(results, index, future.result(), on_result, keep)
            hand_out()
    except BrokenProcessPool as exc:
        raise SipcheckError(
            Text("En arbetsprocess avslutades oväntat (slut på minne, eller en fil som får läsaren "
                 "att krascha?). Kör igen med --jobs 1 för att se vilken plan det gäller.",
                 "A worker process ended unexpectedly (out of memory, or a file that crashes the "
                 "reader?). Run again with --jobs 1 to see which plan it is.")) from exc
    finally:
        executor.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C too: no orphans
    return results if keep else []


def _deliver(results: list, index: int, result, on_result, keep: bool) -> None:
    if keep:
        results[index] = result
    if on_result:
        on_result(index, result)


@contextlib.contextmanager
def _interrupt_deferred():
    """Holds back Ctrl-C while the pool starts; the yielded list is non-empty afterwards
    if one came, and the caller then raises it once the pool can be shut down cleanly."""
    caught: list[int] = []
    handler = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or handler is None:
        yield caught
        return
    signal.signal(signal.SIGINT, lambda number, frame: caught.append(number))
    try:
        yield caught
    finally:
        signal.signal(signal.SIGINT, handler)


def _in_this_process(function: Callable, items: Sequence, shared: tuple,
                     on_result: Callable[[int, object], None] | None,
                     keep: bool = True) -> list:
    results: list = [None] * len(items) if keep else []
    for index, item in enumerate(items):
        _deliver(results, index, function(item, *shared), on_result, keep)
    return results
