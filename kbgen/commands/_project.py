"""The help center a writer's command works on: mkdocs.yml, docs folder, languages.

The facts come from ``kbgen.settings``, the one reader of ``mkdocs.yml`` that the
plugin uses too, so ``kbgen check``, ``mine``, ``serve`` or ``translations`` never
disagree with ``mkdocs build`` about a site's languages. A problem with the file
becomes a ``ClickException`` with the settings reader's message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import yaml

from kbgen import settings
from kbgen.core.articles import ContentTree, load_tree


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
    site: settings.SiteSettings | None = field(default=None, repr=False)

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


def read_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as plain data with tags kept as text, for writing a derived config
    (``kbgen serve --lang``); the site's settings come from ``load_project``."""
    try:
        config = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_TolerantLoader) or {}
    except yaml.YAMLError as exc:
        raise click.ClickException(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(config, dict):
        raise click.ClickException(f"{path.name}: expected a mapping of settings")
    return config


def load_project(config_file: str | Path = "mkdocs.yml") -> Project:
    """The help center whose settings are in ``config_file``.

    Raises:
        click.ClickException: the settings cannot be used, with how to fix them.
    """
    try:
        site = settings.read(config_file)
    except settings.SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    return Project(site.config_file, site.docs_dir, site.languages, site.default_language,
                   site.categories_file, site)


def config_option() -> Any:
    """The ``--config`` option every writer's command takes."""
    return click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True,
                        type=click.Path(dir_okay=False),
                        help="The help center's mkdocs.yml.")
