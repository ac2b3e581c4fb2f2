"""Time from launch to the first window on screen: the bundle, the source tree, a bare Qt window.

    DISPLAY=:99 python benchmarks/startup.py [--bundle dist/StationDesk/StationDesk] [--runs 7]
    DISPLAY=:99 python benchmarks/startup.py --station FILE [--before SOURCE_TREE] [--runs 7]

With --station, it times launch to the sign-in dialog on a copy of that station (one with
accounts, e.g. from benchmarks/large_station.py), closed cleanly the day before it was last
fully checked: the usual morning start. --before names another source tree (say an export
of an earlier commit) timed in turn with this one.

Needs an X display and `xwininfo`: `Xvfb :99 -noreset &` (without -noreset Xvfb resets between
runs and refuses the next one). Each run opens the demo station (built once beforehand, so building
it is not timed) in a fresh data folder and is ended once its sign-in dialog maps (the demo has an
account for each role). The bare window (an empty QWidget from the same Python) is the raw
baseline of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stationdesk.store.health import file_fingerprint, file_key  # noqa: E402

SIGN_IN_TITLE = "Sign in to StationDesk"
STATION = "station.sqlite"
TIMEOUT_S = 120.0


def bare_window(title: str) -> list[str]:
    """An empty Qt window from the same Python: the raw baseline."""
    script = (
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "w = QWidget()\n"
        f"w.setWindowTitle({title!r})\n"
        "w.show()\n"
        "app.exec()\n"
    )
    return [sys.executable, "-c", script]


def window_shown(title: str) -> bool:
    """Whether a window whose title starts with `title` is on the display."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    return f'"{title}' in tree


def closed_cleanly(station: Path, folder: Path) -> None:
    """The data folder's record of a clean close today, after today's full check."""
    state = {"fingerprint": file_fingerprint(station), "last_full_check": date.today().isoformat()}
    (folder / f"health-{file_key(station)}.json").write_text(json.dumps(state))


def time_to_window(
    command: list[str], source: Path, title: str, *, tree: Path = ROOT, sealed: bool = False
) -> float:
    """Seconds from launching `command` until its window shows; the process is then ended.

    The command's "{db}" is the copy of `source` in a fresh data folder.
    """
    with tempfile.TemporaryDirectory(prefix="startup-") as folder:
        station = Path(folder) / STATION
        shutil.copyfile(source, station)
        if sealed:
            closed_cleanly(station, Path(folder))
        command = [part.replace("{db}", str(station)) for part in command]
        env = {**os.environ, "STATIONDESK_DATA_DIR": folder, "PYTHONPATH": str(tree)}
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=tree, stderr=subprocess.DEVNULL)
        try:
            while not window_shown(title):
                if time.perf_counter() - start > TIMEOUT_S or process.poll() is not None:
                    raise SystemExit(f"no window from {command}")
                time.sleep(0.02)
            return time.perf_counter() - start
        finally:
            process.terminate()
            process.wait()


def report(label: str, seconds: list[float]) -> None:
    """Median and 95th percentile of one kind of start."""
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label:<40} median {statistics.median(ordered):6.2f} s   p95 {p95:6.2f} s")


def time_the_window(bundle: Path, runs: int) -> dict[str, list[float]]:
    """Launch to the first window on the demo station (built once beforehand): its sign-in
    dialog, since the demo has an account for each role."""
    with tempfile.TemporaryDirectory(prefix="startup-demo-") as folder:
        demo = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "stationdesk", "demo", "--db", str(demo)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        kinds = {
            "bare Qt window (baseline)": bare_window(SIGN_IN_TITLE),
            "from source (python -m)": [sys.executable, "-m", "stationdesk", "--db", "{db}"],
        }
        if bundle.exists():
            kinds["bundle (PyInstaller folder)"] = [str(bundle), "--db", "{db}"]
        times: dict[str, list[float]] = {label: [] for label in kinds}
        for _ in range(runs):
            for label, command in kinds.items():
                times[label].append(time_to_window(command, demo, SIGN_IN_TITLE))
    return times


def time_the_sign_in(station: Path, before: Path | None, runs: int) -> dict[str, list[float]]:
    """Launch to the sign-in dialog on a copy of `station`, closed cleanly."""
    command = [sys.executable, "-m", "stationdesk", "--db", "{db}", "--lang", "en"]
    trees = {"sign-in dialog, this tree": ROOT}
    if before is not None:
        trees[f"sign-in dialog, {before.name}"] = before
    times: dict[str, list[float]] = {"bare Qt window (baseline)": []}
    times.update({label: [] for label in trees})
    for _ in range(runs):
        times["bare Qt window (baseline)"].append(
            time_to_window(bare_window(SIGN_IN_TITLE), station, SIGN_IN_TITLE)
        )
        for label, tree in trees.items():
            times[label].append(
                time_to_window(command, station, SIGN_IN_TITLE, tree=tree, sealed=True)
            )
    return times


def main() -> None:
    """Time each kind of start in turn, interleaved."""
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / "StationDesk" / "StationDesk"
    )
    parser.add_argument("--station", type=Path, help="time the sign-in on this station")
    parser.add_argument("--before", type=Path, help="with --station: another source tree")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.station:
        times = time_the_sign_in(args.station, args.before, args.runs)
    else:
        times = time_the_window(args.bundle, args.runs)
    for label, seconds in times.items():
        report(label, seconds)


if __name__ == "__main__":
    main()
