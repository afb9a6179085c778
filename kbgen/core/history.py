"""Git facts about content files, from one ``git log`` pass.

One process for the whole docs folder instead of one per file: on 15,000 pages
a per-file ``git log`` costs minutes, one pass costs well under a second.
Without git (or outside a repository) the file's mtime stands in.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Commit:
    sha: str
    date: dt.datetime


@dataclass
class History:
    """Per file (POSIX path relative to the docs folder): commits, newest first."""

    docs_dir: Path
    commits: dict[str, list[Commit]] = field(default_factory=dict)
    in_git: bool = False

    def last(self, rel: str) -> Commit | None:
        """The newest commit of ``rel``; outside git, its modification time (read once)."""
        found = self.commits.get(rel)
        if found:
            return found[0]
        untracked = self.__dict__.setdefault("_untracked", {})
        if rel not in untracked:
            try:
                mtime = (self.docs_dir / rel).stat().st_mtime
            except OSError:
                untracked[rel] = None
            else:
                untracked[rel] = Commit("", dt.datetime.fromtimestamp(mtime, tz=dt.UTC))
        return untracked[rel]

    def revision(self, rel: str) -> str:
        last = self.last(rel)
        return last.sha if last else ""

    def updated(self, rel: str) -> dt.datetime | None:
        last = self.last(rel)
        return last.date if last else None

    def commits_since(self, rel: str, sha: str) -> list[Commit]:
        """Commits to ``rel`` newer than ``sha`` (all of them if ``sha`` is unknown)."""
        out = []
        for c in self.commits.get(rel, []):
            if c.sha.startswith(sha) and sha:
                break
            out.append(c)
        return out

    def commits_after(self, rel: str, when: dt.datetime) -> list[Commit]:
        return [c for c in self.commits.get(rel, []) if c.date > when]


def load_history(docs_dir: Path) -> History:
    """Read the git history of every file under ``docs_dir`` in one pass."""
    docs_dir = Path(docs_dir).resolve()
    history = History(docs_dir)
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=docs_dir,
                             capture_output=True, text=True, check=True).stdout.strip()
        out = subprocess.run(
            ["git", "-c", "core.quotepath=off", "log", "--format=\x1e%H %cI", "--name-only",
             "--no-renames", "--", "."],
            cwd=docs_dir, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return history
    history.in_git = True
    prefix = docs_dir.relative_to(Path(top).resolve()).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    for block in out.split("\x1e"):
        lines = block.strip().split("\n")
        if not lines or not lines[0]:
            continue
        sha, _, when = lines[0].partition(" ")
        commit = Commit(sha, dt.datetime.fromisoformat(when))
        for name in lines[1:]:
            name = name.strip()
            if name.startswith(prefix):
                history.commits.setdefault(name[len(prefix):], []).append(commit)
    return history
