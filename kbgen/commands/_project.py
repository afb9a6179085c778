"""The help center a writer's command works on: mkdocs.yml, docs folder, languages.

Writers' commands (check, new, translate, translations) only need a few facts
from ``mkdocs.yml``; reading it with a tolerant YAML loader (mkdocs configs use
``!!python/name:`` and ``!ENV`` tags) keeps them fast and independent of a
full MkDocs config validation.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import yaml

from kbgen.core.articles import ContentTree, load_tree

_LANG_FOLDER = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads any tag as its plain value (and ``!ENV`` from the environment)."""


def _any_tag(loader: _TolerantLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "ENV" or suffix == "!ENV":
            return os.environ.get(str(value), None)
        return value
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        if suffix in ("ENV", "!ENV") and items:
            found = next((os.environ[v] for v in items[:-1] if v in os.environ), None)
            return found if found is not None else items[-1]
        return items
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("!", _any_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


@dataclass
class Project:
    """Where the content is and which languages it has."""

    config_file: Path
    docs_dir: Path
    languages: list[str]
    default_language: str
    categories_file: str = "categories.yml"
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.config_file.parent

    def docs_prefix(self) -> str:
        """The docs folder as a writer would type it from the current directory."""
        try:
            rel = os.path.relpath(self.docs_dir, Path.cwd())
        except ValueError:
            rel = str(self.docs_dir)
        return "" if rel == "." else Path(rel).as_posix() + "/"

    def load(self) -> ContentTree:
        return load_tree(self.docs_dir, self.languages, self.default_language,
                         self.categories_file)


def _plugin_options(config: dict[str, Any]) -> dict[str, Any]:
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "kbgen" in entry:
            return entry["kbgen"] or {}
    return {}


def _language_codes(value: Any) -> list[str]:
    codes = []
    for item in value or []:
        if isinstance(item, dict):
            code = item.get("code") or item.get("locale")
            if code:
                codes.append(str(code))
        elif isinstance(item, str):
            codes.append(item)
    return codes


def read_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as plain data (tags read as their plain values)."""
    try:
        config = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_TolerantLoader) or {}
    except yaml.YAMLError as exc:
        raise click.ClickException(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(config, dict):
        raise click.ClickException(f"{path.name}: expected a mapping of settings")
    return config


def load_project(config_file: str | Path = "mkdocs.yml") -> Project:
    """Read the facts writers' commands need from ``config_file``.

    Raises:
        click.ClickException: the file is missing or not YAML, with how to fix it.
    """
    path = Path(config_file).resolve()
    if not path.is_file():
        raise click.ClickException(
            f"{config_file}: no such file. Run the command from the help center's folder "
            "(the one with mkdocs.yml) or pass --config path/to/mkdocs.yml")
    config = read_config(path)
    options = _plugin_options(config)
    docs_dir = (path.parent / str(config.get("docs_dir") or "docs")).resolve()
    languages = _language_codes(options.get("languages"))
    if not languages and docs_dir.is_dir():
        languages = sorted(p.name for p in docs_dir.iterdir()
                           if p.is_dir() and _LANG_FOLDER.match(p.name))
    default = str(options.get("default_language") or (languages[0] if languages else "en"))
    if default not in languages:
        languages.insert(0, default)
    categories = str(options.get("categories_file") or options.get("categories")
                     or "categories.yml")
    return Project(path, docs_dir, languages, default, categories, options)


def config_option() -> Any:
    """The ``--config`` option every writer's command takes."""
    return click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True,
                        type=click.Path(dir_okay=False),
                        help="The help center's mkdocs.yml.")
