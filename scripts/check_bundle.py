"""Check a built bundle on this machine: the command line prints, the window starts and stays up.

    python scripts/check_bundle.py [dist/StationDesk]

Runs the bundle's own executables with a bare environment (no PYTHONPATH, a fresh data folder),
so nothing from a Python installation can stand in for what the bundle lacks. Exits non-zero
with the reason on the first failure; prints the bundle's size at the end.

On Linux the whole check, as a clerk would do it, runs on an X display (Xvfb) with a CUPS queue
that writes PDFs (cups-pdf):

    xvfb-run -a -s "-screen 0 1600x1200x24" \\
        python scripts/check_bundle.py dist/StationDesk --printer PDF --hide-python

--hide-python runs the bundle where every Python installation of this machine is hidden (a
private mount namespace), and checks that the window maps no Python file from outside the
bundle. --printer drives the real window with xdotool: signs in as the demo clerk, opens
Reports, previews the week's report and prints it on the queue; the printed PDF must have the
pages and the text (read back by tesseract) of the PDF the command line writes for that week.
Screenshots of each step go to --shots (bundlecheck-*.png).
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shlex
import shutil
import site
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SETTLE_S = 15  # how long the window must stay up
WAIT_S = 60  # the longest wait for a window or a printed file
PAINT_S = 10  # the longest wait for a window found to show what it should
DEMO_FILE = "demo-station.sqlite"  # where --demo keeps the demo station in the data folder
LANGUAGE = "en"  # the window's and the command line's language, so both print the same text
OCR_DPI = 200
SAME_TEXT = 0.85  # share of the written report's words the printed one must show
DESKTOP_TOOLS = ("xdotool", "import", "lpstat", "pdfinfo", "pdftotext", "pdftoppm", "tesseract")
SYSTEM_PREFIXES = {Path("/"), Path("/usr"), Path("/usr/local")}
# What a desktop session passes on (the last five on Windows); nothing of Python's.
SESSION_VARIABLES = (
    "PATH",
    "HOME",
    "LANG",
    "DISPLAY",
    "XAUTHORITY",
    "SYSTEMROOT",
    "TEMP",
    "TMP",
    "USERPROFILE",
    "LOCALAPPDATA",
)


def executable(bundle: Path, name: str) -> Path:
    """A launcher of the bundle, with .exe on Windows."""
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def bare_environment(data: Path) -> dict[str, str]:
    """What a clean desktop session has: no Python variables, a fresh data folder."""
    env = {name: os.environ[name] for name in SESSION_VARIABLES if name in os.environ}
    env["STATIONDESK_DATA_DIR"] = str(data)
    env["STATIONDESK_USER"] = "clerk"  # the demo station's clerk account (demo only)
    env["STATIONDESK_PASSWORD"] = "demo"
    if "DISPLAY" not in env and sys.platform != "win32":
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# -- a machine without Python ---------------------------------------------------------------
def python_installations() -> list[Path]:
    """Every Python on this machine the bundle could fall back on: this one and the system's."""
    prefixes = {Path(sys.base_prefix), Path(sys.prefix)} - SYSTEM_PREFIXES
    found = {*prefixes, *(Path(folder) for folder in site.getsitepackages())}
    for pattern in (
        "/usr/lib/python3*",
        "/usr/local/lib/python3*",
        "/usr/lib/*/libpython3*",
        "/usr/bin/python3*",
        "/usr/local/bin/python3*",
    ):
        found.update(Path(path) for path in glob.glob(pattern))
    existing = {path.resolve() for path in found if path.exists()}  # mounts follow links
    # A folder hides what is in it: mounting over something inside it would fail.
    return sorted(
        path for path in existing if not any(path.is_relative_to(f) for f in existing - {path})
    )


def hiding_python(bundle: Path) -> list[str]:
    """The prefix that runs a command with this machine's Python installations hidden."""
    hidden = python_installations()
    if any(bundle.resolve().is_relative_to(path) for path in hidden):
        raise SystemExit(f"{bundle} is inside a Python installation: build it elsewhere")
    mounts = [
        f"mount -t tmpfs none {shlex.quote(str(path))}"
        if path.is_dir()
        else f"mount --bind /dev/null {shlex.quote(str(path))}"
        for path in hidden
    ]
    print("hidden from the bundle:", ", ".join(str(path) for path in hidden))
    as_root = [] if os.geteuid() == 0 else ["--map-root-user"]
    script = " && ".join([*mounts, 'exec "$0" "$@"'])
    return ["unshare", "--mount", *as_root, "--", "sh", "-c", script]


def mapped_files(pid: int) -> set[Path]:
    """The files a running process has mapped: its libraries, plugins, fonts."""
    fields = (line.split(maxsplit=5) for line in Path(f"/proc/{pid}/maps").read_text().splitlines())
    return {Path(parts[5]) for parts in fields if len(parts) == 6 and parts[5].startswith("/")}


def check_own_python(pid: int, bundle: Path) -> None:
    """The running window uses the bundle's libpython and maps nothing of another Python."""
    inside = bundle.resolve()
    mapped = mapped_files(pid)
    own = [path for path in mapped if path.name.startswith("libpython")]
    if not own or not all(path.is_relative_to(inside) for path in own):
        raise SystemExit(f"the window does not run the bundle's libpython: {own}")
    outside = {path for path in mapped if not path.is_relative_to(inside)}
    python = sorted(str(path) for path in outside if "python" in path.name.lower())
    if python:
        raise SystemExit("the window loaded Python from outside the bundle:\n" + "\n".join(python))
    libraries = sorted({path.name for path in outside if ".so" in path.name})
    print("the window runs the bundle's own Python; from the system:", ", ".join(libraries))


# -- the command line -------------------------------------------------------------------------
def run_cli(bundle: Path, env: dict[str, str], launch: list[str], *args: str) -> str:
    """Run the bundle's command line; its output, or exit with what went wrong."""
    result = subprocess.run(
        [*launch, str(executable(bundle, "stationdesk-cli")), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"stationdesk-cli {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def check_printing(bundle: Path, env: dict[str, str], launch: list[str], folder: Path) -> None:
    """The demo station is built and its forms print to PDF with the bundled font."""
    demo = folder / "demo.sqlite"
    print(run_cli(bundle, env, launch, "--version").strip())
    run_cli(bundle, env, launch, "demo", "--db", str(demo))
    for form, record in (("roster", "2026-W47"), ("dispute", "1"), ("agreement", "1")):
        pdf = folder / f"{form}.pdf"
        run_cli(bundle, env, launch, "print", form, record, "--db", str(demo), "-o", str(pdf))
        check_is_pdf(pdf)
        print(f"printed {form} {record}: {pdf.stat().st_size // 1024} KB")
    weekly = write_weekly(bundle, env, launch, demo, "2026-W47", folder / "weekly.pdf")
    print(f"printed the weekly report: {weekly.stat().st_size // 1024} KB")


def write_weekly(
    bundle: Path, env: dict[str, str], launch: list[str], db: Path, week: str, pdf: Path
) -> Path:
    """The weekly report of `week` as the command line writes it."""
    args = ("report", "weekly", "--week", week, "--db", str(db), "--lang", LANGUAGE, "-o", str(pdf))
    run_cli(bundle, env, launch, *args)
    check_is_pdf(pdf)
    return pdf


def check_is_pdf(pdf: Path) -> None:
    """Exit unless `pdf` is a PDF file."""
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"{pdf} is not a PDF")


# -- the window ---------------------------------------------------------------------------
@contextmanager
def running_window(
    bundle: Path, env: dict[str, str], launch: list[str]
) -> Iterator[subprocess.Popen[bytes]]:
    """The window on the demo station, in English, stopped when done."""
    command = [*launch, str(executable(bundle, "StationDesk")), "--demo", "--lang", LANGUAGE]
    process = subprocess.Popen(command, env=env)  # launch execs: the window keeps this pid
    try:
        yield process
    finally:
        process.terminate()
        process.wait()


def check_window(bundle: Path, env: dict[str, str], launch: list[str]) -> None:
    """The window opens the demo station and is still running after a while."""
    with running_window(bundle, env, launch) as process:
        time.sleep(SETTLE_S)
        if process.poll() is not None:
            raise SystemExit(f"the window exited with status {process.returncode}")
        if sys.platform == "linux":
            check_own_python(process.pid, bundle)
    print(f"the window ran for {SETTLE_S} s on the demo station")


class Desktop:
    """The X display, driven with xdotool as a clerk would, and photographed with `import`."""

    def __init__(self, shots: Path, process: subprocess.Popen[bytes]) -> None:
        self.shots = shots
        self.process = process

    def wait_for(self, title: str, *, exact: bool = True) -> str:
        """The id of the window titled `title` (or starting with it), once it shows."""
        pattern = f"^{re.escape(title)}" + ("$" if exact else "")
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the window exited with status {self.process.returncode}")
            found = self.xdotool("search", "--onlyvisible", "--name", pattern)
            if found:
                return found.split()[0]
            time.sleep(0.5)
        shot = self.shoot("failed")
        raise SystemExit(f"no window '{title}' after {WAIT_S} s; the screen: {shot}")

    def press(self, window: str, *keys: str) -> None:
        """Give `window` the keyboard and press `keys` (xdotool names: Tab, ctrl+p...)."""
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "--delay", "100", *keys)

    def type_text(self, window: str, text: str) -> None:
        """Type `text` into the focused field of `window`."""
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "50", text)

    def shoot(self, step: str, window: str = "root") -> Path:
        """A screenshot of the screen (or of one window), saved as bundlecheck-STEP.png."""
        path = self.shots / f"bundlecheck-{step}.png"
        subprocess.run(["import", "-window", window, str(path)], check=True)
        return path

    def xdotool(self, *args: str) -> str:
        """What xdotool prints (nothing when it found nothing)."""
        result = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
        return result.stdout.strip()


def sign_in_and_print(desktop: Desktop, week: str) -> None:
    """Sign in as the clerk, preview the week's report on Reports, print it in the dialog."""
    sign_in = desktop.wait_for("Sign in to StationDesk")
    desktop.type_text(sign_in, "clerk")
    desktop.press(sign_in, "Tab")
    desktop.type_text(sign_in, "demo")
    desktop.shoot("sign-in")
    desktop.press(sign_in, "Return")
    window = desktop.wait_for("StationDesk - ", exact=False)  # then the station's name
    desktop.press(window, "ctrl+5", "ctrl+p")  # Reports, the fifth page, opens on this week
    preview = desktop.wait_for(f"Print preview - Weekly report {week}")
    check_preview_shows(desktop, preview)
    desktop.shoot("preview")
    desktop.press(preview, "ctrl+p")
    dialog = desktop.wait_for("Print")
    desktop.shoot("print-dialog")
    desktop.press(dialog, "Return")


def check_preview_shows(desktop: Desktop, preview: str) -> None:
    """The preview draws the report's first page: its heading is read off the screen (the
    window may be found a moment before it is first painted)."""
    deadline = time.monotonic() + PAINT_S
    while True:
        shot = desktop.shoot("preview-window", preview)
        if "Weekly report" in _screen_text(shot):
            print("the preview shows the weekly report's pages")
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"the preview shows no page of the weekly report: see {shot}")
        time.sleep(1)


def _screen_text(shot: Path) -> str:
    """The words of a screenshot, enlarged three times for tesseract."""
    larger = shot.with_suffix(".ocr.png")
    with Image.open(shot) as image:
        size = (image.width * 3, image.height * 3)
        image.convert("L").resize(size, Image.Resampling.LANCZOS).save(larger)
    text = ocr(larger)
    larger.unlink()
    return text


# -- the printer ----------------------------------------------------------------------------
def check_qt_uses_cups(pid: int) -> None:
    """Qt's CUPS plugin is loaded in the window; say whose libcups it uses."""
    loaded = {path.name: path for path in mapped_files(pid)}
    if "libcupsprintersupport.so" not in loaded or "libcups.so.2" not in loaded:
        raise SystemExit("the window did not load Qt's CUPS plugin and libcups")
    print(f"Qt printed through CUPS with {loaded['libcups.so.2']}")


def completed_jobs(queue: str) -> set[str]:
    """The ids of the jobs the CUPS queue has printed."""
    command = ["lpstat", "-W", "completed", "-o", queue]
    listing = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    return {line.split()[0] for line in listing.splitlines() if line.strip()}


def check_printer(queue: str) -> None:
    """The tools the desktop check needs are there and CUPS knows the queue."""
    missing = [tool for tool in DESKTOP_TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"missing {', '.join(missing)}: apt-get install xdotool imagemagick cups-client "
            "poppler-utils tesseract-ocr"
        )
    if "DISPLAY" not in os.environ:
        raise SystemExit("--printer needs an X display: run under xvfb-run")
    queues = subprocess.run(["lpstat", "-p"], capture_output=True, text=True, check=False).stdout
    if f"printer {queue} " not in queues:
        raise SystemExit(
            f"CUPS has no queue {queue}: apt-get install cups printer-driver-cups-pdf, "
            f"then lpadmin -p {queue} -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
        )


def wait_for_printed(folder: Path, before: set[Path]) -> Path:
    """The new PDF the queue writes into `folder`, once complete."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        new = sorted(set(folder.glob("*.pdf")) - before) if folder.is_dir() else []
        if new and new[0].stat().st_size and new[0].read_bytes().rstrip().endswith(b"%%EOF"):
            return new[0]
        time.sleep(1)
    raise SystemExit(f"nothing printed into {folder} after {WAIT_S} s (see lpstat -W all)")


def check_print_from_window(
    bundle: Path, env: dict[str, str], launch: list[str], args: argparse.Namespace
) -> None:
    """Print the week's report from the window; the printout is the command line's report."""
    check_printer(args.printer)
    week = date.today().strftime("%G-W%V")  # Reports opens on this week
    before, jobs = set(args.printed_to.glob("*.pdf")), completed_jobs(args.printer)
    # LPDEST: the queue the print dialog offers first (a station's printer chosen once).
    with running_window(bundle, {**env, "LPDEST": args.printer}, launch) as process:
        sign_in_and_print(Desktop(args.shots, process), week)
        printed = wait_for_printed(args.printed_to, before)
        check_qt_uses_cups(process.pid)
        if sys.platform == "linux":
            check_own_python(process.pid, bundle)
    if not completed_jobs(args.printer) - jobs:
        raise SystemExit(f"the queue {args.printer} printed nothing: see lpstat -W all")
    print(f"the window printed the weekly report of {week} on {args.printer}: {printed}")
    demo = Path(env["STATIONDESK_DATA_DIR"]) / DEMO_FILE
    written = write_weekly(bundle, env, launch, demo, week, demo.with_name(f"weekly-{week}.pdf"))
    compare_printout(printed, written)
    for number in range(1, page_count(printed) + 1):
        render(printed, number, 60, args.shots / f"bundlecheck-printed-{number}")


def render(pdf: Path, page: int, dpi: int, stem: Path) -> Path:
    """Page `page` of `pdf` as a PNG file named `stem`.png."""
    pages = ("-f", str(page), "-l", str(page))
    command = ["pdftoppm", "-png", "-r", str(dpi), *pages, "-singlefile", str(pdf), str(stem)]
    subprocess.run(command, check=True)
    return stem.with_suffix(".png")


def page_count(pdf: Path) -> int:
    """How many pages `pdf` has."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    if not found:
        raise SystemExit(f"{pdf} has no pages")
    return int(found.group(1))


def ocr(image: Path) -> str:
    """The text tesseract reads on `image`."""
    command = ["tesseract", str(image), "stdout"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def words(text: str) -> Counter[str]:
    """The words and figures of a text, counted."""
    return Counter(re.findall(r"[A-Za-z0-9][A-Za-z0-9.%]*", text))


def compare_printout(printed: Path, written: Path) -> None:
    """The printed PDF has the written one's pages, and its words read back off the paper.

    The window prints each page as an image, so the printed text is read with OCR; a report
    of another week shares about three quarters of its words, the same report over nine tenths.
    """
    pages = page_count(written)
    if page_count(printed) != pages:
        raise SystemExit(f"{printed} has {page_count(printed)} pages, {written} has {pages}")
    expected: Counter[str] = Counter()
    read: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="bundle-ocr-") as folder:
        for number in range(1, pages + 1):
            text = subprocess.run(
                ["pdftotext", "-f", str(number), "-l", str(number), str(written), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            expected += words(text)
            read += words(ocr(render(printed, number, OCR_DPI, Path(folder) / f"page-{number}")))
    share = sum((expected & read).values()) / max(1, sum(expected.values()))
    if share < SAME_TEXT:
        raise SystemExit(f"the printout shows {share:.0%} of the report's words: {printed}")
    print(f"the printout has the report's {pages} pages and {share:.0%} of its words")


# -- the whole check ------------------------------------------------------------------------
def size_mb(folder: Path) -> float:
    """The folder's size in megabytes."""
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def parse_args() -> argparse.Namespace:
    """The bundle to check and how far to go."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "StationDesk")
    parser.add_argument("--printer", help="a CUPS queue to print the weekly report on (Linux)")
    parser.add_argument(
        "--printed-to", type=Path, default=Path.home() / "PDF", help="where the queue writes"
    )
    parser.add_argument(
        "--shots", type=Path, default=Path(tempfile.gettempdir()), help="folder for screenshots"
    )
    parser.add_argument(
        "--hide-python", action="store_true", help="hide this machine's Python (Linux, unshare)"
    )
    return parser.parse_args()


def main() -> None:
    """Check the bundle given (default dist/StationDesk)."""
    args = parse_args()
    bundle = args.bundle
    if not executable(bundle, "StationDesk").exists():
        raise SystemExit(f"no bundle at {bundle}: build it with pyinstaller first")
    launch = hiding_python(bundle) if args.hide_python else []
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as folder:
        env = bare_environment(Path(folder) / "data")
        check_printing(bundle, env, launch, Path(folder))
        check_window(bundle, env, launch)
        if args.printer:
            check_print_from_window(bundle, env, launch, args)
    print(f"bundle OK: {size_mb(bundle):.0f} MB in {bundle}")


if __name__ == "__main__":
    main()
