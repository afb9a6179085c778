"""kbgen's theme comes with the plugin: no custom_dir needed, the site's own still wins,
and a site that cannot use it stops with one message instead of shipping without it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

import kbgen.plugin

ROOT = Path(__file__).resolve().parents[2]


def mini_copy(tmp_path: Path, theme: dict) -> Path:
    site = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", site)
    config = yaml.safe_load((site / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"] = theme
    (site / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                     encoding="utf-8")
    return site


def mkdocs_build(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                           str(site / "mkdocs.yml"), "-d", str(site / "out")],
                          capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def test_without_custom_dir_the_site_gets_kbgen_pages(tmp_path):
    site = mini_copy(tmp_path, {"name": "material"})
    done = mkdocs_build(site)
    assert done.returncode == 0, done.stderr
    home = (site / "out" / "el" / "index.html").read_text(encoding="utf-8")
    assert "data-kb-search-input" in home
    assert (site / "out" / "assets" / "javascripts" / "kb-search.js").is_file()


def test_the_sites_own_custom_dir_wins_over_kbgen(tmp_path):
    site = mini_copy(tmp_path, {"name": "material", "custom_dir": "theme"})
    (site / "theme" / "partials").mkdir(parents=True)
    (site / "theme" / "partials" / "kb-support.html").write_text(
        '<aside id="our-own-support">Call us</aside>\n', encoding="utf-8")
    done = mkdocs_build(site)
    assert done.returncode == 0, done.stderr
    home = (site / "out" / "el" / "index.html").read_text(encoding="utf-8")
    assert '<aside id="our-own-support">' in home
    assert "data-kb-search-input" in home  # the rest still comes from kbgen


@pytest.mark.parametrize("theme", [{"name": "mkdocs"}, {"name": "readthedocs"}])
def test_a_theme_other_than_material_stops_the_build_with_one_message(tmp_path, theme):
    done = mkdocs_build(mini_copy(tmp_path, theme))
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, done.stderr
    assert f"theme.name: '{theme['name']}' is not supported" in errors[0]
    assert "theme: {name: material}" in errors[0]


def test_a_missing_theme_stops_the_build(tmp_path, monkeypatch):
    site = mini_copy(tmp_path, {"name": "material"})
    monkeypatch.setattr(kbgen.plugin, "THEME_DIR", tmp_path / "not-installed")
    config = load_config(str(site / "mkdocs.yml"))
    with pytest.raises(PluginError, match="kbgen's theme is missing .* Reinstall it"):
        config.plugins.on_config(config)
