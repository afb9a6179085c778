"""kbgen as a new user gets it: the built wheel in a fresh virtual environment, outside
this repository, ``kbgen init`` in an empty folder, built with MkDocs and with ProperDocs
(each in its own environment), and the result checked in Chromium.

The wheel is built once per session; the environments are made once and shared. pip
installs from the package index (its cache makes the second environment quick).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kbgen import __version__

ROOT = Path(__file__).resolve().parents[2]
PROPERDOCS = "properdocs==1.6.7"  # the maintained MkDocs 1.6 fork
pytestmark = pytest.mark.packaging


class StaticSite:
    """A built site over HTTP on loopback, as any static host serves it."""

    class _Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    def __init__(self, directory: Path) -> None:
        handler = functools.partial(self._Quiet, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None,
        timeout: int = 900) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and the wheel, as ``python -m build`` makes them (wheel built from sdist)."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], cwd=out)
    return {"wheel": next(out.glob("kbgen-*.whl")), "sdist": next(out.glob("kbgen-*.tar.gz"))}


class Venv:
    """A virtual environment in a temp dir, used from an empty folder outside the repo."""

    def __init__(self, path: Path, packages: list[str]) -> None:
        self.path, self.bin = path, path / "bin"
        run([sys.executable, "-m", "venv", str(path)], cwd=path.parent)
        run([str(self.bin / "python"), "-m", "pip", "install", "-q", "--no-compile",
             "--disable-pip-version-check", *packages], cwd=path.parent)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["NO_MKDOCS_2_WARNING"] = "1"
        return env

    def run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return run([str(self.bin / args[0]), *args[1:]], cwd=cwd, env=self.env())


@pytest.fixture(scope="session")
def envs(tmp_path_factory: pytest.TempPathFactory, dist: dict[str, Path]) -> dict[str, Venv]:
    """One environment with the wheel (and MkDocs, its dependency), one with the wheel and
    ProperDocs; made side by side, as most of the time is pip waiting."""
    wanted = {"mkdocs": [str(dist["wheel"])], "properdocs": [str(dist["wheel"]), PROPERDOCS]}
    with ThreadPoolExecutor(max_workers=2) as pool:
        made = {name: pool.submit(Venv, tmp_path_factory.mktemp(f"venv-{name}") / "venv", pkgs)
                for name, pkgs in wanted.items()}
        return {name: future.result() for name, future in made.items()}


@pytest.fixture(scope="session")
def mkdocs_env(envs: dict[str, Venv]) -> Venv:
    return envs["mkdocs"]


@pytest.fixture(scope="session")
def properdocs_env(envs: dict[str, Venv]) -> Venv:
    return envs["properdocs"]


@pytest.fixture(scope="session")
def starter(tmp_path_factory: pytest.TempPathFactory, mkdocs_env: Venv,
            properdocs_env: Venv) -> dict[str, Path]:
    """``kbgen init`` in an empty folder, built without and with a feedback API, by MkDocs
    and by ProperDocs."""
    folder = tmp_path_factory.mktemp("my-help-center")
    mkdocs_env.run("kbgen", "init", "--languages", "el,en", "--name", "Βοήθεια Acme",
                   cwd=folder)
    built = {"plain": folder / "site-plain", "mkdocs": folder / "site-mkdocs",
             "properdocs": folder / "site-properdocs"}
    logs = {"plain": mkdocs_env.run("mkdocs", "build", "--strict", "-d", str(built["plain"]),
                                    cwd=folder).stderr}
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    widget = "      # feedback:\n      #   api_url: https://feedback.example.com\n"
    assert widget in text
    config.write_text(text.replace(widget, "      feedback:\n        api_url: "
                                   "https://feedback.acme.example\n"), encoding="utf-8")
    logs["mkdocs"] = mkdocs_env.run("mkdocs", "build", "--strict", "-d", str(built["mkdocs"]),
                                    cwd=folder).stderr
    logs["properdocs"] = properdocs_env.run("properdocs", "build", "--strict", "-f",
                                            "mkdocs.yml", "-d", str(built["properdocs"]),
                                            cwd=folder).stderr
    for name, log in logs.items():
        assert "WARNING" not in log and "ERROR" not in log, f"{name}:\n{log}"
    return {"folder": folder, **built}


def test_sdist_and_wheel_pass_twine_check_and_carry_theme_and_licence(dist):
    run([sys.executable, "-m", "twine", "check", "--strict", str(dist["wheel"]),
         str(dist["sdist"])], cwd=dist["wheel"].parent)
    assert dist["wheel"].name == f"kbgen-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    theme = {"main.html", "kb/page.html", "assets/javascripts/kb-search.js",
             "assets/javascripts/kb-feedback.js", "assets/stylesheets/kb.css"}
    assert {f"kbgen/theme/{n}" for n in theme} <= names
    assert f"kbgen-{__version__}.dist-info/licenses/LICENSE" in names
    assert "kbgen/schema/frontmatter.schema.json" in names
    assert not any(n.startswith(("docs/", "tests/", "overrides/")) for n in names)
    with tarfile.open(dist["sdist"]) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert {"LICENSE", "CHANGELOG.md", "overrides/main.html", "setup.py"} <= members


def test_kbgen_from_the_wheel_runs_outside_the_repository(mkdocs_env, tmp_path):
    where = mkdocs_env.run("python", "-c", "import kbgen, sys; print(kbgen.__file__); "
                           "print('\\n'.join(sys.path))", cwd=tmp_path).stdout
    assert str(mkdocs_env.path) in where.splitlines()[0]
    assert str(ROOT) not in where
    assert mkdocs_env.run("kbgen", "--version", cwd=tmp_path).stdout == \
        f"kbgen, version {__version__}\n"
    schema = json.loads(mkdocs_env.run("kbgen", "schema", cwd=tmp_path).stdout)
    assert schema["required"] == ["title", "description"]


def test_the_starter_site_checks_and_builds_with_the_installed_commands(starter, mkdocs_env):
    folder = starter["folder"]
    check = mkdocs_env.run("kbgen", "check", "--strict", cwd=folder)
    assert "error" not in check.stdout and "warning" not in check.stdout
    mkdocs_env.run("kbgen", "build", "--site-dir", "site-kbgen", cwd=folder)
    for name in ("site-kbgen", "site-mkdocs", "site-properdocs"):
        home = (folder / name / "el" / "index.html").read_text(encoding="utf-8")
        assert "data-kb-search-input" in home, name  # the theme came with the package
        assert (folder / name / "search" / "el" / "manifest.json").is_file(), name


def test_the_widget_is_there_only_with_an_api_url(starter):
    faq = Path("el", "account", "faq", "index.html")
    assert "data-kb-feedback" not in (starter["plain"] / faq).read_text(encoding="utf-8")
    for name in ("mkdocs", "properdocs"):
        html = (starter[name] / faq).read_text(encoding="utf-8")
        assert 'data-api="https://feedback.acme.example"' in html, name


@pytest.fixture(params=["mkdocs", "properdocs"])
def served(request: pytest.FixtureRequest, starter: dict[str, Path]) -> Iterator[StaticSite]:
    site = StaticSite(starter[request.param])
    yield site
    site.close()


@pytest.mark.browser
def test_the_starter_site_in_chromium(page, served):
    # an accentless Greek query finds the starter FAQ
    page.goto(served.url + "/el/")
    page.locator("[data-kb-search-input]").first.fill("κωδικο προσβασης")
    hit = page.locator("[data-kb-search-result]").first
    hit.wait_for()
    assert "/el/account/faq/" in hit.get_attribute("href")
    # the feedback widget, since feedback.api_url is set
    page.goto(served.url + "/el/account/faq/")
    widget = page.locator("[data-kb-feedback]")
    widget.get_by_role("heading", name="Σας βοήθησε αυτό το άρθρο;").wait_for()
    assert widget.get_by_role("button", name="Ναι").is_visible()
    # the video article exists in Greek only: English readers get it with a notice
    page.goto(served.url + "/en/getting-started/video-tour/")
    notice = page.locator(".kb-notice--fallback")
    assert notice.is_visible()
    assert "not yet available in English" in notice.inner_text()
    assert page.locator("h1").inner_text() == "Μια ξενάγηση δύο λεπτών"


def test_init_in_a_folder_with_a_site_refuses_to_overwrite(starter, mkdocs_env):
    folder = starter["folder"]
    before = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    done = subprocess.run([str(mkdocs_env.bin / "kbgen"), "init"], cwd=folder,
                          env=mkdocs_env.env(), capture_output=True, text=True)
    assert done.returncode == 1 and "--force" in done.stderr
    assert (folder / "mkdocs.yml").read_text(encoding="utf-8") == before
