"""kbgen.core.cache: stable keys, atomic entries, sweeping what a build did not use."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kbgen.core import cache

KEY_OF_TOC_SETTINGS = (
    "from pymdownx.slugs import slugify; from kbgen.core import cache; "
    "print(cache.key({'toc': {'permalink': True, 'slugify': slugify(case='lower')}}))")


def test_a_slugify_setting_gives_the_same_key_in_every_process():
    keys = {subprocess.run([sys.executable, "-c", KEY_OF_TOC_SETTINGS], capture_output=True,
                           text=True, check=True).stdout for _ in range(2)}
    assert len(keys) == 1


def test_different_settings_give_different_keys():
    from pymdownx.slugs import slugify

    assert cache.key({"slugify": slugify(case="lower")}) != \
        cache.key({"slugify": slugify(case="none")})
    assert cache.key("a", "bc") != cache.key("ab", "c")


def test_an_object_known_only_by_its_address_is_unstable():
    class Slotted:
        __slots__ = ("x",)

    with pytest.raises(cache.Unstable):
        cache.key({"thing": Slotted()})


def test_entries_round_trip_and_unused_ones_are_swept(tmp_path):
    first = cache.Store(tmp_path, "pages")
    first.put("aa11", {"content": "<p>Γεια</p>"})
    first.put("bb22", {"content": "old"})
    first.close()

    second = cache.Store(tmp_path, "pages")
    assert second.get("aa11") == {"content": "<p>Γεια</p>"}
    assert second.get("cc33") is None
    assert (second.hits, second.misses) == (1, 1)
    assert second.sweep() == 1
    assert cache.Store(tmp_path, "pages").keys() == ["aa11"]
    assert 0 < cache.Store(tmp_path, "pages").size() < 100_000


def test_a_damaged_cache_file_is_replaced_and_the_build_goes_on(tmp_path):
    (tmp_path / "pages.sqlite3").write_bytes(b"this is not a database" * 100)
    store = cache.Store(tmp_path, "pages")
    assert store.get("aa11") is None  # a miss, not an exception
    store.put("aa11", {"content": "new"})
    store.close()
    assert cache.Store(tmp_path, "pages").get("aa11") == {"content": "new"}


def test_an_unwritable_cache_folder_costs_speed_not_the_build(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = cache.Store(blocker, "pages")
    store.put("aa11", {"content": "x"})
    assert store.get("aa11") is None and store.broken
