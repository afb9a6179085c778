"""A help center's settings, read from ``mkdocs.yml`` in one place.

The plugin (during a build) and every ``kbgen`` command get the same
``SiteSettings``: the file is read with MkDocs' own YAML loader (``!ENV``,
``INHERIT``, ``!!python/name``), and the plugin's options go through the
plugin's own validation (``KbgenConfig``), so a command never disagrees with
``mkdocs build`` about which languages a site has or where its content is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbgen.config import KbgenConfig


class SettingsError(Exception):
    """``mkdocs.yml`` cannot be used; the message says where and how to fix it."""


@dataclass(frozen=True)
class SiteSettings:
    """What kbgen needs to know about a help center."""

    config_file: Path
    docs_dir: Path
    languages: list[str]
    language_names: dict[str, str]
    default_language: str
    categories_file: str
    feedback_api_url: str | None
    support: dict[str, Any]
    plugin: KbgenConfig = field(repr=False)

    @property
    def root(self) -> Path:
        return self.config_file.parent


def from_plugin(plugin: KbgenConfig, config_file: str | Path, docs_dir: str | Path,
                ) -> SiteSettings:
    """Settings from the plugin's validated options (``KbgenConfig.validate`` has run)."""
    return SiteSettings(
        config_file=Path(config_file).resolve(), docs_dir=Path(docs_dir).resolve(),
        languages=plugin.language_codes(), language_names=plugin.language_names(),
        default_language=plugin.default_language, categories_file=plugin.categories_file,
        feedback_api_url=plugin.feedback_api_url(), support=dict(plugin.support or {}),
        plugin=plugin)


def plugin_options(config: dict[str, Any]) -> dict[str, Any] | None:
    """The ``kbgen`` entry of ``plugins`` (a list or a mapping), or None without one."""
    plugins = config.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else (
        next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, {})
        for p in plugins)
    for name, options in entries:
        if name == "kbgen":
            return options or {}
    return None


def raw_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as MkDocs reads it (tags resolved, ``INHERIT`` merged)."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    # The loader MkDocsConfig.load_file uses (with it, '!relative' tags are read too).
    loader = get_yaml_loader(config=MkDocsConfig(config_file_path=str(path)))
    try:
        with path.open("rb") as fh:
            config = yaml_load(fh, loader)
    except (ConfigurationError, ImportError, AttributeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path.name}: cannot be read: {exc}") from exc
    if not isinstance(config, dict):
        raise SettingsError(f"{path.name}: expected a mapping of settings")
    return config


def read(config_file: str | Path = "mkdocs.yml") -> SiteSettings:
    """The settings of the help center whose ``mkdocs.yml`` is ``config_file``.

    Raises:
        SettingsError: the file is missing, not YAML, has no kbgen plugin, or a kbgen
            option is not valid; the message names the file, the option and the fix.
    """
    path = Path(config_file).resolve()
    if not path.is_file():
        raise SettingsError(
            f"{config_file}: no such file. Run the command from the help center's folder "
            "(the one with mkdocs.yml), pass --config path/to/mkdocs.yml, or start one "
            "with 'kbgen init'.")
    config = raw_config(path)
    options = plugin_options(config)
    if options is None:
        raise SettingsError(f"{path.name}: the kbgen plugin is not enabled. Add it under "
                            "'plugins:' (plugins: [kbgen]), as 'kbgen init' writes it.")
    if not isinstance(options, dict):
        raise SettingsError(f"{path.name}: plugins.kbgen: expected a mapping of options")
    plugin = KbgenConfig(config_file_path=str(path))
    plugin.load_dict(options)
    failed, _warnings = plugin.validate()
    if failed:
        raise SettingsError("; ".join(f"{path.name}: plugins.kbgen.{key}: {error}"
                                      for key, error in failed))
    docs_dir = path.parent / str(config.get("docs_dir") or "docs")
    if not docs_dir.is_dir():
        raise SettingsError(f"{path.name}: docs_dir '{config.get('docs_dir') or 'docs'}' "
                            f"does not exist ({docs_dir}).")
    return from_plugin(plugin, path, docs_dir)
