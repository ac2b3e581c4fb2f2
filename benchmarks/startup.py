"""Time from launch to the main window on screen: the bundle, the source tree, and a bare Qt window.

    DISPLAY=:99 python benchmarks/startup.py [--bundle dist/StationDesk/StationDesk] [--runs 7]

Needs an X display and `xwininfo`: `Xvfb :99 -noreset &` (without -noreset Xvfb resets between
runs and refuses the next one). Each run opens the demo station (built once beforehand, so building
it is not timed) in a fresh data folder and is ended once its window maps. The bare window (an
empty QWidget from the same Python) is the raw baseline of the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE = "StationDesk - "
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget()\n"
    f"w.setWindowTitle({TITLE!r})\n"
    "w.show()\n"
    "app.exec()\n"
)
TIMEOUT_S = 60.0


def window_shown() -> bool:
    """Whether a window titled like StationDesk's main window is on the display."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    return f'"{TITLE}' in tree


def time_to_window(command: list[str], demo: Path) -> float:
    """Seconds from launching `command` until its window shows; the process is then ended."""
    with tempfile.TemporaryDirectory(prefix="startup-") as folder:
        shutil.copyfile(demo, Path(folder) / "demo-station.sqlite")
        env = {**os.environ, "STATIONDESK_DATA_DIR": folder, "PYTHONPATH": str(ROOT)}
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        try:
            while not window_shown():
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
    print(f"{label:<34} median {statistics.median(ordered):6.2f} s   p95 {p95:6.2f} s")


def main() -> None:
    """Build the demo once, then time each kind of start in turn, interleaved."""
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / "StationDesk" / "StationDesk"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-demo-") as folder:
        demo = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "stationdesk", "demo", "--db", str(demo)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        kinds = {
            "bare Qt window (baseline)": [sys.executable, "-c", BARE_WINDOW],
            "from source (python -m)": [sys.executable, "-m", "stationdesk", "--demo"],
        }
        if args.bundle.exists():
            kinds["bundle (PyInstaller folder)"] = [str(args.bundle), "--demo"]
        times: dict[str, list[float]] = {label: [] for label in kinds}
        for _ in range(args.runs):
            for label, command in kinds.items():
                times[label].append(time_to_window(command, demo))
    for label, seconds in times.items():
        report(label, seconds)


if __name__ == "__main__":
    main()
