"""Resources are found from inside a PyInstaller bundle as from a checkout or a wheel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stationdesk import paths


def test_a_bundle_uses_the_resources_it_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "_internal" / "stationdesk" / "resources"
    (bundled / "fonts").mkdir(parents=True)
    (bundled / "translations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == bundled
    assert paths.font_file() == bundled / "fonts" / "wqy-microhei.ttf"
    assert paths.translations_dir() == bundled / "translations"


def test_a_bundle_without_resources_falls_back_to_the_installed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.font_file().is_file()


class Recorder:
    """Stands in for one of PyInstaller's spec classes, keeping what it was given."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = list(kwargs.get("datas", []))  # type: ignore[call-overload]
        self.pure: list[object] = []
        self.scripts: list[object] = []


def run_spec() -> tuple[dict[str, object], dict[str, Recorder]]:
    """Execute packaging/stationdesk.spec with recording stand-ins: its globals, what it made."""
    spec = Path(__file__).resolve().parent.parent / "packaging" / "stationdesk.spec"
    made: dict[str, Recorder] = {}

    def stand_in(kind: str) -> object:
        def make(*args: object, **kwargs: object) -> Recorder:
            made[f"{kind}:{kwargs.get('name', '')}"] = Recorder(*args, **kwargs)
            return made[f"{kind}:{kwargs.get('name', '')}"]

        return make

    names: dict[str, object] = {"SPECPATH": str(spec.parent)}
    names.update({kind: stand_in(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")})
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), names)
    return names, made


def test_the_bundle_recipe_puts_the_resources_where_paths_looks() -> None:
    _names, made = run_spec()
    resources = [dest for _source, dest in made["Analysis:"].kwargs["datas"]]  # type: ignore[attr-defined]
    assert resources == ["stationdesk/resources"]
    assert made["EXE:StationDesk"].kwargs["console"] is False
    assert made["EXE:stationdesk-cli"].kwargs["console"] is True
    assert made["COLLECT:StationDesk"].args[:2] == (
        made["EXE:StationDesk"],
        made["EXE:stationdesk-cli"],
    )


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("stationdesk/resources/translations/stationdesk_zh_CN.qm", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
    ],
)
def test_the_bundle_leaves_out_only_unused_qt_parts(dest: str, kept: bool) -> None:
    wanted = run_spec()[0]["wanted"]
    assert callable(wanted)
    assert wanted((dest, "source", "BINARY")) is kept
