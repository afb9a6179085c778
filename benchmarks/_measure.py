"""Run a command and measure wall time, peak memory of its whole process tree, output size.

Peak memory is sampled from /proc every 20 ms as the sum of the resident set of
the process and all its descendants, so a build that uses worker processes is
charged for all of them (``ru_maxrss`` would only report the largest one).
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    label: str
    seconds: float
    peak_mb: float
    out_mb: float
    files: int
    returncode: int
    pages: int = 0

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.seconds / self.pages if self.pages else float("nan")


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return kids


def _tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
        stack.extend(_children(p))
    return total


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far: steadier than
    wall time when other work shares the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def dir_size(path: Path) -> tuple[int, int]:
    size = files = 0
    for root, _, names in os.walk(path):
        for name in names:
            try:
                size += os.lstat(os.path.join(root, name)).st_size
                files += 1
            except OSError:
                pass
    return size, files


def measure(label: str, cmd: list[str], cwd: Path, out_dir: Path, *, pages: int = 0,
            env: dict[str, str] | None = None, log: Path | None = None) -> Run:
    """Run ``cmd`` in ``cwd``; return its wall time, peak tree memory and ``out_dir`` size."""
    peak = 0
    done = threading.Event()
    logfh = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=logfh, stderr=subprocess.STDOUT,
                            env={**os.environ, **(env or {})})

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    returncode = proc.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if log:
        logfh.close()  # type: ignore[union-attr]
    size, files = dir_size(out_dir) if out_dir.exists() else (0, 0)
    return Run(label, seconds, peak / 1024, size / 2**20, files, returncode, pages)


def table(runs: list[Run]) -> str:
    head = f"{'build':<44} {'pages':>7} {'wall s':>8} {'ms/page':>8} {'peak MB':>8} " \
           f"{'site MB':>9} {'files':>7}"
    lines = [head, "-" * len(head)]
    for r in runs:
        status = "" if r.returncode == 0 else f"  FAILED (exit {r.returncode})"
        lines.append(f"{r.label:<44} {r.pages:>7} {r.seconds:>8.1f} {r.ms_per_page:>8.2f} "
                     f"{r.peak_mb:>8.0f} {r.out_mb:>9.1f} {r.files:>7}{status}")
    return "\n".join(lines)
