"""Check a built bundle on this machine: the command line prints, the window starts and stays up.

    python scripts/check_bundle.py [dist/StationDesk]

Runs the bundle's own executables with a bare environment (no PYTHONPATH, a fresh data folder),
so nothing from a Python installation can stand in for what the bundle lacks. Exits non-zero
with the reason on the first failure; prints the bundle's size at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTLE_S = 15  # how long the window must stay up


def executable(bundle: Path, name: str) -> Path:
    """A launcher of the bundle, with .exe on Windows."""
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def bare_environment(data: Path) -> dict[str, str]:
    """What a clean desktop session has: no Python variables, a fresh data folder."""
    keep = ("PATH", "SYSTEMROOT", "TEMP", "TMP", "HOME", "USERPROFILE", "LOCALAPPDATA", "DISPLAY")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env["STATIONDESK_DATA_DIR"] = str(data)
    env["STATIONDESK_USER"] = "clerk"  # the demo station's clerk account (demo only)
    env["STATIONDESK_PASSWORD"] = "demo"
    if "DISPLAY" not in env and sys.platform != "win32":
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_cli(bundle: Path, env: dict[str, str], *args: str) -> str:
    """Run the bundle's command line; its output, or exit with what went wrong."""
    result = subprocess.run(
        [str(executable(bundle, "stationdesk-cli")), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"stationdesk-cli {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def check_printing(bundle: Path, env: dict[str, str], folder: Path) -> None:
    """The demo station is built and its forms print to PDF with the bundled font."""
    demo = folder / "demo.sqlite"
    print(run_cli(bundle, env, "--version").strip())
    run_cli(bundle, env, "demo", "--db", str(demo))
    for form, record in (("roster", "2026-W47"), ("dispute", "1"), ("agreement", "1")):
        pdf = folder / f"{form}.pdf"
        run_cli(bundle, env, "print", form, record, "--db", str(demo), "-o", str(pdf))
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"{pdf} is not a PDF")
        print(f"printed {form} {record}: {pdf.stat().st_size // 1024} KB")
    weekly = folder / "weekly.pdf"
    run_cli(
        bundle, env, "report", "weekly", "--week", "2026-W47", "--db", str(demo), "-o", str(weekly)
    )
    if not weekly.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"{weekly} is not a PDF")
    print(f"printed the weekly report: {weekly.stat().st_size // 1024} KB")


def check_window(bundle: Path, env: dict[str, str]) -> None:
    """The window opens the demo station and is still running after a while."""
    process = subprocess.Popen([str(executable(bundle, "StationDesk")), "--demo"], env=env)
    time.sleep(SETTLE_S)
    if process.poll() is not None:
        raise SystemExit(f"the window exited with status {process.returncode}")
    process.terminate()
    process.wait()
    print(f"the window ran for {SETTLE_S} s on the demo station")


def size_mb(folder: Path) -> float:
    """The folder's size in megabytes."""
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> None:
    """Check the bundle given (default dist/StationDesk)."""
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "StationDesk"
    if not executable(bundle, "StationDesk").exists():
        raise SystemExit(f"no bundle at {bundle}: build it with pyinstaller first")
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as folder:
        env = bare_environment(Path(folder) / "data")
        check_printing(bundle, env, Path(folder))
        check_window(bundle, env)
    print(f"bundle OK: {size_mb(bundle):.0f} MB in {bundle}")


if __name__ == "__main__":
    main()
