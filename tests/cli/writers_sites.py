"""Help centers for the writers' tools tests, in git repositories with commits at fixed dates.

Test modules import the fixtures they use from here (a module of its own rather
than a conftest.py, so it never shadows another test folder's conftest).

``faulty_site`` plants one fault of every kind ``kbgen check`` reports, in
Greek and in English, and a git history where a Greek original changed after
its English translation. ``clean_site`` is its no-finding twin.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

MKDOCS_YML = """\
site_name: Test Help Center
site_url: https://help.example.com/
theme:
  name: material
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - kbgen:
      languages:
        - {code: el, name: Ελληνικά}
        - {code: en, name: English}
      default_language: el
"""

CATEGORIES = """\
orders:
  icon: material/package-variant-closed
  title: {el: Παραγγελίες, en: Orders}
  description: {el: Πού είναι η παραγγελία μου, en: Where your order is}
returns:
  icon: material/keyboard-return
  title: {el: Επιστροφές, en: Returns}
  description: {el: Επιστροφές προϊόντων, en: Returning products}
"""

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def page(title: str, body: str, **meta: object) -> str:
    """An article: front matter (title, description, then ``meta``) and ``body``."""
    lines = ["---", f"title: {title}"]
    if "description" not in meta:
        lines.append(f"description: {title} - answer.")
    for key, value in meta.items():
        if value is not None:
            lines.append(f"{key}: {value}")
    return "\n".join(lines + ["---", "", body.strip("\n"), ""])


def git(root: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Maria", "GIT_AUTHOR_EMAIL": "maria@example.com",
           "GIT_COMMITTER_NAME": "Maria", "GIT_COMMITTER_EMAIL": "maria@example.com"}
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    return subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True,
                          text=True).stdout


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def commit(root: Path, files: dict[str, str | bytes], message: str, date: str) -> str:
    write(root, files)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, date=date)
    return git(root, "rev-parse", "HEAD").strip()


def new_repo(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    return root


TRACK = {
    "el": page("Πού είναι η παραγγελία μου;", """
Τη βλέπετε στη σελίδα «Οι παραγγελίες μου».

## Πότε θα φτάσει η παραγγελία μου;

Σε 1-2 εργάσιμες στην Αθήνα.

## Μπορώ να αλλάξω τη διεύθυνση;

Ναι, πριν φύγει από την αποθήκη.
""", type="faq", tags="[παραγγελίες]"),
    "en": page("Where is my order?", """
You can see it under "My orders".

## When will my order arrive?

In 1-2 working days in Athens.

## Can I change the address?

Yes, before it leaves the warehouse.
""", type="faq", tags="[orders]"),
}

ANCHOR = {"el": "πότε-θα-φτάσει-η-παραγγελία-μου", "en": "when-will-my-order-arrive"}


def clean_files() -> dict[str, str | bytes]:
    """A small help center with nothing to report (every page translated)."""
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MKDOCS_YML,
        "docs/categories.yml": CATEGORIES,
        "docs/assets/images/orders/real.png": PNG,
        "docs/assets/videos/setup.mp4": b"\x00\x00\x00\x18ftypmp42",
        "docs/assets/videos/setup.el.vtt": "WEBVTT\n",
        "docs/assets/videos/setup.en.vtt": "WEBVTT\n",
    }
    for lang in ("el", "en"):
        files[f"docs/{lang}/index.md"] = page("Help", "Welcome.", type="home")
        files[f"docs/{lang}/orders/track.md"] = TRACK[lang]
        files[f"docs/{lang}/returns/how.md"] = page(
            {"el": "Πώς επιστρέφω ένα προϊόν;", "en": "How do I return a product?"}[lang], f"""
See [the answer](../orders/track.md#{ANCHOR[lang]}) and [this page](#steps).

## Steps

![The return form with the order number field](../../assets/images/orders/real.png)

![type:video](../../assets/videos/setup.mp4)

```callouts
image: ../../assets/images/orders/real.png
alt: The return form
markers:
  - at: [10, 20]
    text: Order number
```

Code is not checked: `[x](nowhere.md)` and

```
![](missing.png) [y](missing.md)
```

<!-- [commented](nowhere.md) -->
""", type="tutorial", time=5, related="[orders/track.md]", tags="[επιστροφές]"
            if lang == "el" else "[returns]", review_by="2030-01-01")
    return files


def faulty_files() -> dict[str, str | bytes]:
    """Every kind of fault, once in Greek and once in English (see FAULTS)."""
    files = clean_files()
    for lang in ("el", "en"):
        files[f"docs/{lang}/orders/links.md"] = page("Links " + lang, f"""
A [missing page](../returns/nothing.md) here.
A [missing anchor](track.md#no-such-question) here.
A [draft](secret.md) here.
A [good anchor](track.md#{ANCHOR[lang]}) and [a site](https://example.com/x.md).
""", related="[returns/nope.md]")
        files[f"docs/{lang}/orders/secret.md"] = page("Secret " + lang, "Not yet.", draft="true")
        files[f"docs/{lang}/orders/media.md"] = page("Media " + lang, """
![](../../assets/images/orders/real.png)

![Missing screenshot](../../assets/images/orders/nope.png)

![type:video](../../assets/videos/gone.mp4)

![type:video](../../assets/videos/nocaptions.mp4)

```callouts
image: ../../assets/images/orders/real.png
markers:
  - at: [10, 20]
    text: Here
```
""")
        files[f"docs/{lang}/orders/where-is-my-order.md"] = page(
            {"el": "Πού είναι η παραγγελία μου;", "en": "Where is my order?"}[lang], "Again.")
        files[f"docs/{lang}/orders/stale.md"] = page(
            "Stale " + lang, "Old.", review_by="2020-01-01", owner="maria",
            tags={"el": "[παραγγελίες]", "en": "[orders]"}[lang])
        files[f"docs/{lang}/orders/todo.md"] = page("Todo " + lang, """
Intro.

## TODO: The first question?

TODO: The answer.
""", type="faq")
        files[f"docs/{lang}/orders/tagged.md"] = page(
            "Tagged " + lang, "Tags.", tags={"el": "[παραγγελιες]", "en": "[Orders]"}[lang])
        files[f"docs/{lang}/returns/bad-front.md"] = page("Bad " + lang, "Body.",
                                                          category="retuns")
    files["docs/assets/videos/nocaptions.mp4"] = b"\x00\x00\x00\x18ftypmp42"
    files["docs/assets/videos/nocaptions.fr.vtt"] = "WEBVTT\n"
    files["docs/el/returns/only-greek.md"] = page("Μόνο ελληνικά", "Κείμενο.")
    files["docs/el/orders/stub.md"] = page("Προσχέδιο", "## Ένα\n\nΚείμενο.")
    files["docs/en/orders/stub.md"] = (
        "---\n# translate: title, description (then delete this line)\ntitle: Προσχέδιο\n"
        "description: Κείμενο.\ntranslated_from:\n  lang: el\n  revision: abc\n---\n\n"
        "<!-- translate -->\n\n## Ένα\n\n<!-- translate -->\n\nΚείμενο.\n")
    return files


# (docs path, code, text on the reported line or None for whole-file findings)
FAULTS = [
    ("el/orders/links.md", "KB201", "[missing page]"),
    ("el/orders/links.md", "KB202", "[missing anchor]"),
    ("el/orders/links.md", "KB603", "[draft]"),
    ("el/orders/links.md", "KB203", "related:"),
    ("el/orders/media.md", "KB205", "![](../../assets"),
    ("el/orders/media.md", "KB204", "![Missing screenshot]"),
    ("el/orders/media.md", "KB206", "gone.mp4"),
    ("el/orders/media.md", "KB207", "nocaptions.mp4"),
    ("el/orders/media.md", "KB205", "image: ../../assets"),
    ("el/orders/where-is-my-order.md", "KB602", "title:"),
    ("el/orders/stale.md", "KB601", "review_by:"),
    ("el/orders/todo.md", "KB604", "## TODO"),
    ("el/orders/tagged.md", "KB605", "tags:"),
    ("el/returns/bad-front.md", "KB104", "category:"),
    ("el/returns/only-greek.md", "KB301", None),
    ("en/orders/stub.md", "KB303", "# translate:"),
    ("en/orders/track.md", "KB302", None),
]
FAULTS += [("en" + path[2:], code, text) for path, code, text in FAULTS
           if path.startswith("el/") and code not in ("KB301",)]


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def clean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = new_repo(tmp_path_factory.mktemp("clean"))
    commit(root, clean_files(), "Help center", "2026-01-01T10:00:00+00:00")
    return root


@pytest.fixture(scope="module")
def faulty_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """History: everything on Jan 1; the Greek FAQ changes on Feb 1 and Feb 11 (2 commits,
    41 days after its English translation); the Greek media page changes on Feb 1 and its
    English translation follows on Feb 5 (up to date again). The English stub is added after."""
    root = new_repo(tmp_path_factory.mktemp("faulty"))
    files = faulty_files()
    stub = files.pop("docs/en/orders/stub.md")
    commit(root, files, "Help center", "2026-01-01T10:00:00+00:00")
    track = str(files["docs/el/orders/track.md"])
    media_el, media_en = str(files["docs/el/orders/media.md"]), str(files["docs/en/orders/media.md"])
    commit(root, {"docs/el/orders/track.md": track + "\nΝέα παράγραφος.\n",
                  "docs/el/orders/media.md": media_el + "\nΝέο.\n"},
           "Greek FAQ: delivery times", "2026-02-01T10:00:00+00:00")
    commit(root, {"docs/en/orders/media.md": media_en + "\nNew.\n"},
           "English media page follows", "2026-02-05T10:00:00+00:00")
    commit(root, {"docs/el/orders/track.md": track + "\nΝέα παράγραφος.\nΚαι άλλη.\n"},
           "Greek FAQ: address changes", "2026-02-11T10:00:00+00:00")
    commit(root, {"docs/en/orders/stub.md": stub}, "English stub", "2026-02-12T10:00:00+00:00")
    return root


@pytest.fixture()
def line_of() -> Callable[[Path, str, str | None], int | None]:
    """The 1-based line of the first line of ``docs/<path>`` containing ``text``."""
    def find(root: Path, path: str, text: str | None) -> int | None:
        if text is None:
            return None
        lines = (root / "docs" / path).read_text(encoding="utf-8").split("\n")
        return next(i for i, line in enumerate(lines, start=1) if text in line)
    return find
