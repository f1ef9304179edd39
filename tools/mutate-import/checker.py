"""The assertions the mutation harness makes about one run of the ironstride binary.

Pure functions over (argv, exit status, stdout, stderr): no process is started here, so the self-test
(selftest.py) can feed known-bad outputs and prove that each class is flagged. The rules are documented in
README.md ("What is asserted"); keep the two in step.
"""
from __future__ import annotations

import json
import re
import signal
from dataclasses import dataclass, field

MAX_LINE = 500  # characters (code points; an invalid UTF-8 byte counts as one)

# Failure classes. known_failures.txt names these.
TIMEOUT = "timeout"
EXIT_STATUS = "exit-status"
SANITIZER = "sanitizer"
JSON_INVALID = "json-invalid"
JSON_CONTROL = "json-control"
LINE_TOO_LONG = "line-too-long"
CONTROL_CHAR = "control-char"
INVALID_UTF8 = "invalid-utf8"
STDERR_UNNAMED = "stderr-unnamed"
READ_FAILED = "read-failed"
CLASSES = (TIMEOUT, EXIT_STATUS, SANITIZER, JSON_INVALID, JSON_CONTROL, LINE_TOO_LONG, CONTROL_CHAR, INVALID_UTF8,
           STDERR_UNNAMED, READ_FAILED)

ALLOWED_EXIT = (0, 1, 2)

# stderr lines that need not name a file: import's progress and summary lines, exactly as
# src/cli/import_progress.cpp and src/cli/commands/import.cpp print them (full match).
_NUM = r"[0-9]+"
_MB = r"[0-9]+\.[0-9]"
KNOWN_STDERR_LINES = (
    re.compile(rf"import: {_NUM} files, {_MB} MB"),
    re.compile(rf"import: {_NUM}/{_NUM} files, {_MB}/{_MB} MB"),
    re.compile(r"import: done in [0-9]+\.[0-9]{2} s \([0-9]+\.[0-9] MB/s\)"),
    re.compile(r"import: another import of this database is running; waiting for it to finish"),
)
# `ironstride: internal error: …` (with its `hint:` line) is printed only with exit status 3, which the exit-status
# class reports; it is not counted again as an unnamed line.
INTERNAL_ERROR_PREFIX = "ironstride: internal error: "
HINT_PREFIX = "hint: "
SANITIZER_MARKERS = (
    b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b"SUMMARY: AddressSanitizer",
    b"SUMMARY: UndefinedBehaviorSanitizer", b"runtime error: ", b"WARNING: ThreadSanitizer",
    b"WARNING: MemorySanitizer",
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_MUTANT_NAME = re.compile(r"/m([0-9]{6})-")


@dataclass
class Run:
    """One finished command. `names` are the strings of which a stderr line must contain one to name a file of the
    run (the batch folder followed by '/', or the database path)."""
    label: str                      # e.g. "import --json"
    argv: list[str]
    returncode: int | None          # negative: killed by that signal; None: timed out
    stdout: bytes
    stderr: bytes
    expects_json: bool = False
    names: tuple[str, ...] = ()
    read_command: bool = False      # activities/show/report on a database the harness imported
    timed_out: bool = False


@dataclass
class Failure:
    klass: str
    label: str
    detail: str
    mutants: list[int] = field(default_factory=list)  # mutant indices the output names, when it names any

    def key(self) -> str:
        return f"{self.klass}: {self.label}"


def _describe_status(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _mutants_in(text: str) -> list[int]:
    return sorted({int(m.group(1)) for m in _MUTANT_NAME.finditer(text)})


def _short(text: str, limit: int = 160) -> str:
    shown = text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"
    return shown.encode("unicode_escape").decode("ascii")


def _lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def _json_strings(value, path="$"):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _json_strings(key, f"{path}.<key>")
            yield from _json_strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_strings(item, f"{path}[{index}]")


def _json_value_mutants(document, failing_path: str) -> list[int]:
    """The mutant a JSON path belongs to: the nearest enclosing object with a path/source_path member."""
    node = document
    found: list[int] = []
    for part in re.findall(r"\.([^.\[]+)|\[([0-9]+)\]", failing_path):
        if isinstance(node, dict):
            for key in ("path", "source_path"):
                if isinstance(node.get(key), str):
                    found = _mutants_in(node[key]) or found
            node = node.get(part[0]) if part[0] else None
        elif isinstance(node, list) and part[1]:
            index = int(part[1])
            node = node[index] if index < len(node) else None
        else:
            break
    return found


def check(run: Run) -> list[Failure]:
    """Every failure of `run`, at most one per class (the first instance, with the mutants all instances name)."""
    failures: dict[str, Failure] = {}

    def flag(klass: str, detail: str, mutants=()):
        existing = failures.get(klass)
        if existing is None:
            failures[klass] = Failure(klass, run.label, detail, sorted(set(mutants)))
        else:
            existing.mutants = sorted(set(existing.mutants) | set(mutants))

    if run.timed_out or run.returncode is None:
        flag(TIMEOUT, "the command did not finish in time")
    elif run.returncode not in ALLOWED_EXIT:
        lines = run.stderr.decode("utf-8", "replace").splitlines()
        said = next((line for line in lines if line.startswith(INTERNAL_ERROR_PREFIX)), lines[-1] if lines else "")
        flag(EXIT_STATUS, f"{_describe_status(run.returncode)}" + (f": {_short(said)}" if said else ""),
             _mutants_in(said) if said.startswith(INTERNAL_ERROR_PREFIX) else ())
    elif run.read_command and run.returncode != 0:
        flag(READ_FAILED, f"{_describe_status(run.returncode)} reading what import stored: "
                          f"{_short(run.stderr.decode('utf-8', 'replace').strip())}")

    for marker in SANITIZER_MARKERS:
        at = run.stderr.find(marker)
        if at >= 0:
            flag(SANITIZER, _short(run.stderr[at:at + 300].decode("utf-8", "replace")))
            break

    document = None
    if run.expects_json and run.returncode in ALLOWED_EXIT:
        # A JSON command that fails as the user's problem (exit 2) may print nothing on stdout (the error is on
        # stderr); anything it prints must still be JSON.
        if run.stdout.strip() or run.returncode != 2:
            try:
                parsed = json.loads(run.stdout.decode("utf-8"))
            except UnicodeDecodeError as error:
                flag(JSON_INVALID, f"stdout is not UTF-8 ({error.reason} at byte {error.start})",
                     _mutants_in(run.stdout.decode("utf-8", "replace")))
            except json.JSONDecodeError as error:
                flag(JSON_INVALID, f"stdout is not one JSON document: {error.msg} at line {error.lineno} "
                                   f"column {error.colno} ({len(run.stdout)} bytes)")
            else:
                document = parsed
                for path, value in _json_strings(document):
                    bad = _CONTROL_CHARS.search(value)
                    if bad:
                        flag(JSON_CONTROL, f"{path} holds U+{ord(bad.group()):04X}: {_short(value)}",
                             _mutants_in(value) or _json_value_mutants(document, path))

    for stream_name, data in (("stdout", run.stdout), ("stderr", run.stderr)):
        for number, raw in enumerate(_lines(data), 1):
            text = raw.decode("utf-8", "replace")
            if len(text) > MAX_LINE:
                named = _mutants_in(text)
                if not named and document is not None and stream_name == "stdout":
                    for path, value in _json_strings(document):
                        if len(value) > MAX_LINE - 20 and json.dumps(value[:100], ensure_ascii=False)[1:-1] in text:
                            named = _json_value_mutants(document, path)
                            break
                flag(LINE_TOO_LONG, f"{stream_name} line {number} has {len(text)} characters: {_short(text, 100)}",
                     named)
            bad = _CONTROL_BYTES.search(raw)
            if bad:
                flag(CONTROL_CHAR, f"{stream_name} line {number} holds byte 0x{bad.group()[0]:02X}: {_short(text)}",
                     _mutants_in(text))
            if not (run.expects_json and stream_name == "stdout"):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    flag(INVALID_UTF8, f"{stream_name} line {number}: {error.reason} at byte {error.start}: "
                                       f"{_short(text)}", _mutants_in(text))

    previous_accepted = None  # the last stderr line, if it was accepted and may carry a hint line
    last_named: list[int] = []  # the mutants the nearest line above named: a line split by a CR/LF is theirs
    for number, raw in enumerate(_lines(run.stderr), 1):
        text = raw.decode("utf-8", "replace")
        last_named = _mutants_in(text) or last_named
        if not text.strip():
            previous_accepted = None
            continue
        accepted = False
        if any(name in text for name in run.names):
            accepted = True
        elif any(pattern.fullmatch(text) for pattern in KNOWN_STDERR_LINES):
            accepted = True
        elif text.startswith(INTERNAL_ERROR_PREFIX) and run.returncode not in ALLOWED_EXIT:
            accepted = True
        elif text.startswith(HINT_PREFIX) and previous_accepted is not None and (
                previous_accepted.startswith("ironstride: ")):
            accepted = True
        elif any(marker.decode() in text for marker in SANITIZER_MARKERS) or failures.get(SANITIZER):
            accepted = True  # a sanitizer report is its own class
        if not accepted:
            flag(STDERR_UNNAMED, f"stderr line {number} names no file of the run: {_short(text)}", last_named)
        previous_accepted = text if accepted else None
    return list(failures.values())
