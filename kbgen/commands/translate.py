"""``kbgen translate``: start a translation from an original, keeping its structure.

The stub is written at the same relative path under the target language. It
keeps the original's front matter and body (headings, lists, links, images,
videos and callouts stay where they are), puts ``<!-- translate -->`` above
every block of text to translate, and records the revision it was made from in
``translated_from`` so outdated translations can be explained later.
``kbgen check`` reports a stub with marks left as KB303.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import click
import yaml

from kbgen.commands._project import Project, config_option, load_project
from kbgen.core.frontmatter import parse
from kbgen.core.history import load_history

MARK = "<!-- translate -->"
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([\w-]*)")
_MEDIA_ONLY = re.compile(r"^\s*!\[(type:video)?[^\]]*\]\([^)]*\)\s*$")
_COMMENT_ONLY = re.compile(r"^\s*<!--.*-->\s*$")
_TRANSLATABLE_KEYS = ("title", "description", "tags", "prerequisites")


def _blocks(body: str) -> list[tuple[str, list[str]]]:
    """Split a body into ("text" | "fence" | "blank", lines) blocks; headings stand alone."""
    blocks: list[tuple[str, list[str]]] = []
    fence: str = ""
    for line in body.split("\n"):
        m = _FENCE.match(line)
        if fence:
            blocks[-1][1].append(line)
            if m and m.group(1).startswith(fence[0]) and len(m.group(1)) >= len(fence):
                fence = ""
            continue
        if m:
            fence = m.group(1)
            blocks.append(("fence:" + (m.group(2) or ""), [line]))
        elif not line.strip():
            blocks.append(("blank", [line]))
        elif line.lstrip().startswith("#") or not blocks or blocks[-1][0] != "text" \
                or blocks[-1][1][-1].lstrip().startswith("#"):
            blocks.append(("text", [line]))
        else:
            blocks[-1][1].append(line)
    return blocks


def _needs_translation(kind: str, lines: list[str]) -> bool:
    if kind == "fence:callouts":
        return True  # alt text and marker texts are words
    if kind != "text":
        return False
    return not all(_COMMENT_ONLY.match(ln) or (_MEDIA_ONLY.match(ln) and (
        "type:video" in ln or re.match(r"^\s*!\[\]", ln))) for ln in lines)


def stub_body(body: str) -> str:
    """The original body with a translate mark (and a blank line) above every text block."""
    out: list[str] = []
    for kind, lines in _blocks(body):
        if _needs_translation(kind, lines):
            out += [MARK, ""]
        out += lines
    return "\n".join(out)


def stub_front_matter(meta: dict[str, Any], source_lang: str, revision: str) -> str:
    data = {k: v for k, v in meta.items() if k != "translated_from"}
    origin: dict[str, str] = {"lang": source_lang}
    if revision:
        origin["revision"] = revision
    data["translated_from"] = origin
    keys = [k for k in _TRANSLATABLE_KEYS if k in data]
    head = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"# translate: {', '.join(keys)} (then delete this line)\n{head}"


def _source_path(project: Project, given: str) -> Path:
    """Accept a path from the current directory, from the docs folder, or docs-relative."""
    for candidate in (Path(given), project.docs_dir / given):
        if candidate.is_file():
            path = candidate.resolve()
            try:
                path.relative_to(project.docs_dir)
            except ValueError:
                break
            return path
    raise click.ClickException(
        f"{given}: no such article under {project.docs_dir}. Give the original's path, "
        f"e.g. {project.docs_prefix()}{project.default_language}/returns/how-to-return.md")


def _uncommitted(path: Path) -> bool:
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--", path.name], cwd=path.parent,
                             capture_output=True, text=True, check=False).stdout
    except OSError:
        return False
    return bool(out.strip())


@click.command(name="translate")
@click.argument("path")
@click.option("--to", "target", required=True, help="Target language code, e.g. en.")
@config_option()
def command(path: str, target: str, config_file: str) -> None:
    """Create the TARGET-language stub of the article at PATH.

    \b
    Example:
      kbgen translate docs/el/returns/how-to-return.md --to en
    """
    project = load_project(config_file)
    source = _source_path(project, path)
    src = source.relative_to(project.docs_dir).as_posix()
    lang, _, rel = src.partition("/")
    if target not in project.languages:
        raise click.ClickException(f"'{target}' is not one of the help center's languages "
                                   f"({', '.join(project.languages)}); add it in mkdocs.yml")
    if target == lang:
        raise click.ClickException(f"{src} is already in '{target}'; pick another language")
    dest = project.docs_dir / target / rel
    if dest.exists():
        raise click.ClickException(f"{project.docs_prefix()}{target}/{rel} already exists; "
                                   "kbgen translate never overwrites. "
                                   "Edit it, or delete it first to start over")
    fm, diags = parse(source.read_text(encoding="utf-8-sig"), src)
    if diags:
        raise click.ClickException(diags[0].format() + " Fix the original first")
    revision = load_history(project.docs_dir).revision(src)
    if _uncommitted(source):
        click.echo(f"warning: {src} has uncommitted changes; the stub records the last "
                   f"committed revision ({revision[:10] or 'none'}). Commit the original first "
                   "to record the text you translate.", err=True)
    text = f"---\n{stub_front_matter(fm.data, lang, revision)}---\n{stub_body(fm.body)}"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    marks = text.count(MARK)
    click.echo(f"Created {project.docs_prefix()}{target}/{rel} from {src}"
               f"{' @ ' + revision[:10] if revision else ''}: {marks} parts to translate "
               f"(marked '{MARK}').")
