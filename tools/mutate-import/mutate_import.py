#!/usr/bin/env python3
"""Mutation harness for `ironstride import` and the commands that read what it stored.

    mutate_import.py --binary build/release/src/cli/ironstride --seed 1 --count 2000

Makes `count` mutants of the corpus files (deterministic from the seed), imports them in batches with the real
binary (JSON and text mode), runs `activities`, `show` for every stored id and `report` on the result, and checks
every run with checker.py. README.md beside this file says what is asserted and how to read a failure.
Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import checker  # noqa: E402
import mutators  # noqa: E402

REPO = HERE.parent.parent
DEFAULT_PROFILE = REPO / "examples" / "marcus-hybrid.toml"
KNOWN_FAILURES = HERE / "known_failures.txt"
MAX_SAVED_OUTPUT = 1 << 20
# The years of the corpus (2008-2026) and of FIT's epoch, with room: `report`'s cost grows with the range (1900-2099
# takes 4 s a run), and what mutants moved to 1900 or 2099 is still listed and shown.
REPORT_RANGE_JSON = REPORT_RANGE_TEXT = ["--from", "1985-01-01", "--to", "2030-12-31"]


# --------------------------------------------------------------------------------------------------------------
# Corpus and mutants
# --------------------------------------------------------------------------------------------------------------

def load_corpus(corpus: Path) -> dict[str, list[tuple[str, bytes]]]:
    files: dict[str, list[tuple[str, bytes]]] = {"fit": [], "gpx": [], "tcx": [], "csv-strong": [], "csv-hevy": []}
    for folder in ("fit", "gpx", "tcx", "csv"):
        for path in sorted((corpus / folder).iterdir()):
            if not path.is_file():
                continue
            data = path.read_bytes()
            relative = f"{folder}/{path.name}"
            if folder != "csv":
                files[folder].append((relative, data))
            elif b"start_time" in data[:400]:
                files["csv-hevy"].append((relative, data))
            else:
                files["csv-strong"].append((relative, data))
    mutators.remember_originals(data for found in files.values() for _, data in found)
    missing = [kind for kind, found in files.items() if not found]
    if missing:
        raise SystemExit(f"mutate_import: the corpus {corpus} has no {', '.join(missing)} files")
    return files


def control_files(corpus_files) -> list[mutators.Mutant]:
    """--control: every corpus file unchanged (and one valid file of each synthetic CSV kind), named m<index>-…
    like mutants: the rules must pass on the program's output for good input, or they prove nothing."""
    import random
    out = []
    for kind in mutators.KINDS:
        if kind in mutators.SYNTHETIC_CSV:
            entries = [(f"synthetic/{kind}.csv", mutators.SYNTHETIC_CSV[kind](random.Random(kind)))]
        else:
            entries = corpus_files[kind]
        for source, data in entries:
            index = len(out)
            out.append(mutators.Mutant(index, kind, source, b"m%06d-" % index + os.fsencode(source.rsplit("/", 1)[-1]),
                                       data, ["unmutated"]))
    return out


def write_mutant(folder: Path, mutant: mutators.Mutant) -> bytes:
    path = os.path.join(os.fsencode(folder), mutant.name)
    with open(path, "wb") as out:
        out.write(mutant.data)
    return path


def describe(mutant: mutators.Mutant) -> str:
    return (f"#{mutant.index} {mutant.kind} from {mutant.source} ({len(mutant.data)} bytes) as "
            f"{mutant.name!r}: " + "; ".join(mutant.mutations))


# --------------------------------------------------------------------------------------------------------------
# Running the binary
# --------------------------------------------------------------------------------------------------------------

class Runner:
    def __init__(self, args):
        self.binary = str(Path(args.binary).resolve())
        self.timeout = args.timeout
        self.threads = args.threads
        self.profile = str(Path(args.profile).resolve())
        self.env = dict(os.environ)
        # Under a sanitizer build, report everything on stderr and keep going (the checker finds the report).
        self.env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:halt_on_error=1:exitcode=86")
        self.env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=0")
        self.env.pop("IRONSTRIDE_DB", None)
        # A fixed "today", so that checks against the current date (a workout "in the future") do not make a
        # mutant pass one day and fail the next.
        self.env.setdefault("IRONSTRIDE_TODAY", "2026-12-01")
        self.lock = threading.Lock()
        self.seconds: dict[str, list[float]] = {}  # label -> [runs, seconds]

    def account(self, label, seconds):
        with self.lock:
            entry = self.seconds.setdefault(base_label(label), [0, 0.0])
            entry[0] += 1
            entry[1] += seconds

    def run(self, label, argv, expects_json=False, names=(), read_command=False) -> checker.Run:
        started = time.monotonic()
        try:
            done = subprocess.run([self.binary] + argv, stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=self.timeout, env=self.env)
            self.account(label, time.monotonic() - started)
            return checker.Run(label, argv, done.returncode, done.stdout, done.stderr, expects_json, tuple(names),
                               read_command)
        except subprocess.TimeoutExpired as expired:
            return checker.Run(label, argv, None, expired.stdout or b"", expired.stderr or b"", expects_json,
                               tuple(names), read_command, timed_out=True)

    def import_argv(self, db, folder, json_mode, recover):
        argv = ["import", "--db", str(db), "--threads", str(self.threads)]
        if json_mode:
            argv.append("--json")
        if recover:
            argv.append("--recover")
        return argv + [str(folder)]


def stored_ids(db: Path, activities_run: checker.Run) -> list[tuple[int, bytes]]:
    """(id, source path) of every stored activity: from `activities --json` when it parses, else from the database
    itself (so that `show` is still tried when the listing is what fails)."""
    try:
        listing = json.loads(activities_run.stdout.decode("utf-8"))
        return [(int(item["id"]), os.fsencode(item.get("source_path") or "")) for item in listing]
    except (ValueError, KeyError, TypeError):
        pass
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        connection.text_factory = bytes
        rows = connection.execute("SELECT id, source_path FROM activity ORDER BY id").fetchall()
        connection.close()
        return [(int(row[0]), row[1]) for row in rows]
    except sqlite3.Error:
        return []


def sample_ids(ids, per_file):
    """The activities `show` runs for: every one of a file with at most `per_file`, else the first, the last and
    evenly spaced ones between (a Strong export holds hundreds of workouts that one mutation rarely tells apart).
    0 means every activity."""
    by_source: dict[bytes, list] = {}
    for activity, source in ids:
        by_source.setdefault(source, []).append((activity, source))
    picked = []
    for group in by_source.values():
        if per_file <= 0 or len(group) <= per_file:
            picked += group
        else:
            step = (len(group) - 1) / (per_file - 1)
            picked += sorted({group[round(i * step)] for i in range(per_file)})
    return sorted(picked)


def base_label(label: str) -> str:
    return label.replace(" (recover db)", "")


def batch_runs(runner: Runner, work: Path, folder: Path, batch_number: int, show_limit: int, want=None):
    """Every command of one batch, in order. Yields (Run, context) where context ties read runs to mutants.
    `want(label)`, if given, picks the read commands to run (both imports always run: they make the databases)."""
    wanted = want or (lambda label: True)
    names = (str(folder) + "/",)
    json_db, text_db = work / "json.db", work / "text.db"
    recover = batch_number % 2 == 1  # every other batch's text import reads damaged FIT files with --recover
    yield runner.run("import --json", runner.import_argv(json_db, folder, True, False), True, names), None
    label = "import --recover" if recover else "import"
    if want is None or want(label) or recover:
        yield runner.run(label, runner.import_argv(text_db, folder, False, recover), False, names), None
    for db, tag in ((json_db, ""), (text_db, " (recover db)")):
        if not db.exists() or (db is text_db and not recover):
            continue  # without --recover the text import stored what the JSON one did
        db_names = (str(db),)
        activities = runner.run("activities --json" + tag, ["activities", "--db", str(db), "--json"], True, db_names,
                                True)
        if wanted("activities --json" + tag):
            yield activities, None
        if wanted("activities" + tag):
            yield runner.run("activities" + tag, ["activities", "--db", str(db)], False, db_names, True), None
        ids = stored_ids(db, activities)
        for activity, source in sample_ids(ids, show_limit):
            for json_mode in (True, False):
                argv = ["show", str(activity), "--db", str(db)] + (["--json"] if json_mode else [])
                label = ("show ID --json" if json_mode else "show ID") + tag
                if not wanted(label):
                    continue
                yield runner.run(label, argv, json_mode, db_names, True), {"id": activity, "source": source}
        for json_mode in (True, False):
            argv = ["report", "--profile", runner.profile, "--db", str(db)]
            argv += REPORT_RANGE_JSON if json_mode else REPORT_RANGE_TEXT
            argv += ["--format", "json"] if json_mode else []
            label = "report --json" + tag if json_mode else "report" + tag
            if wanted(label):
                yield runner.run(label, argv, json_mode, db_names, True), None


# --------------------------------------------------------------------------------------------------------------
# Failures: attribution, isolation, reproduction
# --------------------------------------------------------------------------------------------------------------

class Findings:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.by_class: dict[str, dict] = {}
        self.repro_dir = Path(args.repro_dir).resolve()
        self.max_repros = args.max_repros
        self.printed: dict[str, int] = {}
        self.args = args

    def add(self, failure: checker.Failure, mutants, batch, run: checker.Run, reproduction: str | None,
            save=None, pinned=True):
        with self.lock:
            entry = self.by_class.setdefault(failure.klass, {"runs": 0, "mutants": set(), "unpinned": 0,
                                                             "labels": {}, "examples": []})
            entry["runs"] += 1
            if pinned:
                entry["mutants"].update(m.index for m in mutants)
            else:
                entry["unpinned"] += 1
            entry["labels"][failure.label] = entry["labels"].get(failure.label, 0) + 1
            saved = None
            if len(entry["examples"]) < self.max_repros and save is not None:
                saved = save(len(entry["examples"]))
            if len(entry["examples"]) < self.max_repros:
                entry["examples"].append({"detail": failure.detail, "label": failure.label,
                                          "mutants": [describe(m) for m in mutants][:5],
                                          "reproduce": reproduction, "saved": saved})
            return saved


def reproduction_command(args, indices) -> str:
    parts = ["python3", str(HERE / "mutate_import.py"), "--binary", str(Path(args.binary).resolve()),
             "--corpus", str(Path(args.corpus).resolve()), "--seed", str(args.seed),
             "--only", ",".join(str(i) for i in sorted(indices)), "--strict"]
    return " ".join(shlex.quote(p) for p in parts)


def save_reproduction(findings: Findings, klass: str, serial: int, mutants, run: checker.Run, import_argv) -> str:
    """REPRO/<class>/<n>/: the mutant files, the command (repro.sh), what it printed and what the mutants are."""
    folder = findings.repro_dir / klass / f"seed{findings.args.seed}-{serial:02d}-m{mutants[0].index:06d}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "in").mkdir(parents=True)
    for mutant in mutants:
        write_mutant(folder / "in", mutant)
    (folder / "stdout").write_bytes(run.stdout[:MAX_SAVED_OUTPUT])
    (folder / "stderr").write_bytes(run.stderr[:MAX_SAVED_OUTPUT])
    (folder / "mutants.txt").write_text("\n".join(describe(m) for m in mutants) + "\n")
    binary = shlex.quote(str(Path(findings.args.binary).resolve()))
    lines = ["#!/usr/bin/env bash", f"# {klass} in `{run.label}`: run it and look at the last command's exit status, "
             "stdout and stderr", "set -u", 'here=$(cd "$(dirname "$0")" && pwd)', "tmp=$(mktemp -d)",
             "trap 'rm -rf \"$tmp\"' EXIT"]

    def shell(argv):
        out = []
        for arg in argv:
            if arg.endswith(".db"):
                out.append('"$tmp/x.db"')
            elif arg.endswith("/in"):
                out.append('"$here/in"')
            else:
                out.append(shlex.quote(arg))
        return " ".join(out)

    if run.argv[0] == "import":
        lines.append(f"{binary} {shell(run.argv)}")
    else:
        lines.append(f"{binary} {shell(import_argv('x.db', '/in'))} >/dev/null 2>&1")
        if run.argv[0] == "show":
            rest = shell(run.argv[2:])
            lines.append(f'for id in $(sqlite3 "$tmp/x.db" "SELECT id FROM activity"); do {binary} show "$id" {rest}; '
                         'echo "show $id: exit status $?" >&2; done')
        else:
            lines.append(f"{binary} {shell(run.argv)}")
    lines.append('echo "exit status: $?" >&2')
    (folder / "repro.sh").write_text("\n".join(lines) + "\n")
    (folder / "repro.sh").chmod(0o755)
    return str(folder)


def reproduces(runner: Runner, args, mutants, klass, label, scratch: Path) -> bool:
    """Does the failure class come back for just these mutants (a fresh import, then the same kind of command)?"""
    shutil.rmtree(scratch, ignore_errors=True)
    folder = scratch / "in"
    folder.mkdir(parents=True)
    for mutant in mutants:
        write_mutant(folder, mutant)
    work = scratch / "w"
    work.mkdir()
    batch_number = 1 if "recover" in label else 0
    for run, _ in batch_runs(runner, work, folder, batch_number, args.show_limit, lambda other: other == label):
        if run.label != label:
            continue
        if any(f.klass == klass for f in checker.check(run)):
            return True
    return False


def isolate(runner: Runner, args, mutants, klass, label, scratch: Path):
    """Halve the batch while the failure still comes back: one guilty mutant (or the smallest set that fails)."""
    current = list(mutants)
    steps = 0
    while len(current) > 1 and steps < 16:
        steps += 1
        half = len(current) // 2
        first, second = current[:half], current[half:]
        if reproduces(runner, args, first, klass, label, scratch):
            current = first
        elif reproduces(runner, args, second, klass, label, scratch):
            current = second
        else:
            break  # it takes mutants from both halves
    return current


def handle_failures(runner, args, findings: Findings, batch_mutants, batch_number, run, context, failures, scratch,
                    isolations):
    by_index = {m.index: m for m in batch_mutants}
    for failure in failures:
        guilty = [by_index[i] for i in failure.mutants if i in by_index]
        if not guilty and context is not None:
            guilty = [by_index[i] for i in checker._mutants_in(os.fsdecode(context["source"])) if i in by_index]
        pinned = True
        if not guilty:
            with findings.lock:
                done = isolations.get(failure.klass, 0)
                isolations[failure.klass] = done + 1
            if done < args.isolate_per_class:
                guilty = isolate(runner, args, batch_mutants, failure.klass, failure.label, scratch)
                pinned = len(guilty) < len(batch_mutants) or len(batch_mutants) == 1
            else:
                guilty, pinned = list(batch_mutants), False  # not isolated: the whole batch is the reproduction
        indices = [m.index for m in guilty]
        reproduction = reproduction_command(args, indices) if len(guilty) <= 20 else (
            f"python3 {HERE / 'mutate_import.py'} --binary {Path(args.binary).resolve()} --seed {args.seed} "
            f"--corpus {Path(args.corpus).resolve()} --start {batch_mutants[0].index} --count {len(batch_mutants)} "
            f"--batch {len(batch_mutants)} --strict")

        def save(serial, guilty=guilty, failure=failure):
            return save_reproduction(findings, failure.klass, serial, guilty, run,
                                     lambda db, folder: runner.import_argv(db, folder, "--json" in run.label,
                                                                           "recover" in run.label))
        saved = findings.add(failure, guilty, batch_number, run, reproduction, save, pinned)
        known = failure.klass in args.known
        tag = "known failure" if known else "FAIL"
        with findings.lock:
            printed = findings.printed.get(failure.klass, 0)
            findings.printed[failure.klass] = printed + 1
        if printed >= args.print_per_class and not args.verbose:
            continue
        print(f"mutate_import: {tag} {failure.klass} in `{failure.label}` (batch {batch_number}): {failure.detail}",
              flush=True)
        if not known or args.verbose:
            print(f"  reproduce: {reproduction}" + (f"\n  saved: {saved}/repro.sh" if saved else ""), flush=True)


def run_batch(runner, args, findings, corpus_files, batch_number, indices, root: Path, isolations, stats):
    work = root / f"batch-{batch_number:05d}"
    folder = work / "in"
    folder.mkdir(parents=True)
    if args.control:
        mutants = [args.control_mutants[index] for index in indices]
    else:
        mutants = [mutators.make_mutant(args.seed, index, corpus_files) for index in indices]
    for mutant in mutants:
        write_mutant(folder, mutant)
    runs = 0
    for run, context in batch_runs(runner, work, folder, batch_number, args.show_limit):
        runs += 1
        failures = checker.check(run)
        if failures:
            handle_failures(runner, args, findings, mutants, batch_number, run, context, failures,
                            work / "isolate", isolations)
    with findings.lock:
        stats["runs"] += runs
        stats["mutants"] += len(mutants)
        stats["bytes"] += sum(len(m.data) for m in mutants)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def read_known(path: Path) -> set[str]:
    known = set()
    if not path.exists():
        return known
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line not in checker.CLASSES:
            raise SystemExit(f"mutate_import: {path}: unknown failure class {line!r} (classes: "
                             f"{', '.join(checker.CLASSES)})")
        known.add(line)
    return known


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="the ironstride executable")
    parser.add_argument("--corpus", default=os.environ.get("IRONSTRIDE_SHARED_DIR", str(REPO.parent / "shared"))
                        + "/corpus", help="the corpus folder (default: $IRONSTRIDE_SHARED_DIR/corpus)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200, help="mutants to make and check")
    parser.add_argument("--start", type=int, default=0, help="index of the first mutant")
    parser.add_argument("--only", default="", help="comma-separated mutant indices: check just these, in one batch")
    parser.add_argument("--control", action="store_true",
                        help="check the unmutated corpus instead (must pass with --strict: no false positives)")
    parser.add_argument("--batch", type=int, default=100, help="mutants per import run")
    parser.add_argument("--jobs", type=int, default=2, help="batches run at once")
    parser.add_argument("--threads", type=int, default=1, help="import --threads for each import run")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a command counts as hung")
    parser.add_argument("--show-per-file", dest="show_limit", type=int, default=4,
                        help="`show` at most this many activities of each imported file (0: every activity)")
    parser.add_argument("--profile", default=str(DEFAULT_PROFILE), help="the profile `report` uses")
    parser.add_argument("--repro-dir", default="mutate-import-repro", help="where failing mutants are saved")
    parser.add_argument("--max-repros", type=int, default=3, help="reproductions saved per failure class")
    parser.add_argument("--isolate-per-class", type=int, default=2,
                        help="failures per class whose guilty mutant is found by bisection (the rest keep the batch)")
    parser.add_argument("--known-failures", default=str(KNOWN_FAILURES),
                        help="failure classes that are reported but do not fail the run ('' for none)")
    parser.add_argument("--print-per-class", type=int, default=3,
                        help="failures of each class printed as they happen (all are counted in the summary)")
    parser.add_argument("--strict", action="store_true", help="ignore the known-failures file")
    parser.add_argument("--keep", action="store_true", help="keep the batch folders (printed at the end)")
    parser.add_argument("--summary-json", help="write the findings as JSON to this file")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    if not os.access(args.binary, os.X_OK):
        parser.error(f"--binary {args.binary}: not an executable")
    args.known = set() if args.strict or not args.known_failures else read_known(Path(args.known_failures))
    corpus_files = load_corpus(Path(args.corpus))
    if args.control:
        args.control_mutants = control_files(corpus_files)
        indices = list(range(len(args.control_mutants)))
        batches = [indices[i:i + args.batch] for i in range(0, len(indices), args.batch)]
    elif args.only:
        indices = [int(part) for part in args.only.split(",") if part.strip()]
        batches = [indices]
    else:
        indices = list(range(args.start, args.start + args.count))
        batches = [indices[i:i + args.batch] for i in range(0, len(indices), args.batch)]
    runner = Runner(args)
    findings = Findings(args)
    isolations: dict[str, int] = {}
    stats = {"runs": 0, "mutants": 0, "bytes": 0}
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="ironstride-mutate-"))
    print(f"mutate_import: seed {args.seed}, {len(indices)} mutants in {len(batches)} batches, {args.jobs} jobs, "
          f"binary {runner.binary}, work in {root}", flush=True)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(run_batch, runner, args, findings, corpus_files, number, batch, root, isolations,
                                   stats) for number, batch in enumerate(batches)]
            for future in concurrent.futures.as_completed(futures):
                future.result()
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    seconds = time.monotonic() - started

    unexpected = 0
    print(f"mutate_import: {stats['mutants']} mutants ({stats['bytes'] / 1e6:.1f} MB), {stats['runs']} commands in "
          f"{seconds:.1f} s", flush=True)
    if args.verbose:
        for label, (count, spent) in sorted(runner.seconds.items(), key=lambda item: -item[1][1]):
            print(f"  {label}: {count} runs, {spent:.1f} s")
    for klass in checker.CLASSES:
        entry = findings.by_class.get(klass)
        if entry is None:
            continue
        known = klass in args.known
        unexpected += 0 if known else 1
        labels = ", ".join(f"{label} x{count}" for label, count in sorted(entry["labels"].items()))
        print(f"  {klass}{' (known, being fixed)' if known else ''}: {entry['runs']} failing commands; "
              f"{len(entry['mutants'])} guilty mutants pinned down (named by the output or found by bisection)"
              + (f", {entry['unpinned']} failures left at batch level" if entry["unpinned"] else "")
              + f"; in {labels}")
        for example in entry["examples"][:1]:
            print(f"    e.g. {example['detail']}\n    reproduce: {example['reproduce']}")
    for klass in sorted(args.known - set(findings.by_class)):
        print(f"  note: known failure class {klass} did not occur with this seed")
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(
            {"seed": args.seed, "mutants": stats["mutants"], "seconds": round(seconds, 1), "commands": stats["runs"],
             "classes": {k: {"runs": v["runs"], "mutants": sorted(v["mutants"]), "unpinned": v["unpinned"],
                             "labels": v["labels"],
                             "examples": v["examples"], "known": k in args.known}
                         for k, v in findings.by_class.items()}}, indent=1))
    if args.keep:
        print(f"mutate_import: batch folders kept in {root}")
    if unexpected:
        allowed = "--strict" if args.strict else (args.known_failures or "no known-failures file")
        print(f"mutate_import: FAILED: {unexpected} failure classes not allowed ({allowed}); reproductions in "
              f"{findings.repro_dir}")
        return 1
    print("mutate_import: passed" + (f" (known failures: {', '.join(sorted(args.known & set(findings.by_class)))})"
                                     if args.known & set(findings.by_class) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
