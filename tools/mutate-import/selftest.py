#!/usr/bin/env python3
"""Self-test of the mutation harness: the checker must flag each known-bad output, pass a clean one, and the
mutants must be the same bytes for the same seed. If this fails, a green mutation run means nothing.

    selftest.py [BINARY]   (with the binary, also checks that a real clean run passes the checker)
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import checker  # noqa: E402
import mutators  # noqa: E402

FOLDER = "/tmp/batch/in"
DB = "/tmp/batch/json.db"
GOOD_STDERR = (b"import: 3 files, 0.1 MB\n"
               b"skipped: /tmp/batch/in/m000001-x.gpx:3:4: malformed XML: Start-end tags mismatch\n"
               b"warning: recovered: /tmp/batch/in/m000002-y.fit: byte 40: file CRC mismatch\n"
               b"import: 3/3 files, 0.1/0.1 MB\n"
               b"import: done in 0.01 s (10.0 MB/s)\n")
GOOD_JSON = b'{\n  "database": "/tmp/batch/json.db",\n  "failed": 1,\n  "skipped": []\n}\n'


def import_run(stdout=GOOD_JSON, stderr=GOOD_STDERR, returncode=1, expects_json=True, **extra):
    return checker.Run("import --json", ["import", "--json", FOLDER], returncode, stdout, stderr, expects_json,
                       (FOLDER + "/",), **extra)


def classes(run):
    return {failure.klass for failure in checker.check(run)}


class CheckerFlagsBadOutput(unittest.TestCase):
    def test_clean_output_passes(self):
        self.assertEqual(classes(import_run()), set())
        self.assertEqual(classes(import_run(returncode=0)), set())

    def test_exit_status_3(self):
        run = import_run(returncode=3, stdout=b"", stderr=b"ironstride: internal error: boom\n"
                                                          b"hint: this is a bug; please report it\n")
        self.assertIn(checker.EXIT_STATUS, classes(run))
        # The internal error line is the exit status's to report, not an unnamed stderr line.
        self.assertNotIn(checker.STDERR_UNNAMED, classes(run))

    def test_killed_by_signal_and_timeout(self):
        self.assertIn(checker.EXIT_STATUS, classes(import_run(returncode=-11)))
        self.assertIn(checker.EXIT_STATUS, classes(import_run(returncode=135)))
        self.assertIn(checker.TIMEOUT, classes(import_run(returncode=None, timed_out=True)))

    def test_invalid_json(self):
        self.assertIn(checker.JSON_INVALID, classes(import_run(stdout=b'{"database": "x", ')))
        self.assertIn(checker.JSON_INVALID, classes(import_run(stdout=b'{"a": 1}\n{"b": 2}\n')))
        self.assertIn(checker.JSON_INVALID, classes(import_run(stdout=b'{"name": "caf\xe9"}')))
        self.assertIn(checker.JSON_INVALID, classes(import_run(stdout=b"", returncode=0)))
        # A user's error (exit 2) may leave stdout empty; JSON it does print must parse.
        self.assertNotIn(checker.JSON_INVALID, classes(import_run(stdout=b"", returncode=2,
                                                                  stderr=b"ironstride: error: " + DB.encode() + b"\n")))
        self.assertIn(checker.JSON_INVALID, classes(import_run(stdout=b"{", returncode=2)))

    def test_escape_in_output(self):
        esc = b"skipped: /tmp/batch/in/m000003-\x1b]0;title\x07.gpx: unknown format\n"
        self.assertIn(checker.CONTROL_CHAR, classes(import_run(stderr=GOOD_STDERR + esc)))
        self.assertIn(checker.CONTROL_CHAR, classes(import_run(stdout=b'{"a": "\x1b[2J"}', expects_json=False)))
        self.assertIn(checker.CONTROL_CHAR, classes(import_run(stderr=b"skipped: /tmp/batch/in/m1-a\rb.gpx: x\n")))
        self.assertIn(checker.CONTROL_CHAR, classes(import_run(stderr=b"skipped: /tmp/batch/in/m1-\x7f.gpx: x\n")))
        # Tabs and line feeds are fine.
        self.assertEqual(classes(import_run(stderr=b"skipped: /tmp/batch/in/m1-a\tb.gpx: x\n")), set())

    def test_control_character_inside_a_json_string(self):
        failures = checker.check(import_run(
            stdout=b'{"skipped": [{"path": "/tmp/batch/in/m000007-a.gpx", "reason": "bad \\u001b[2J"}]}'))
        self.assertEqual([f.klass for f in failures], [checker.JSON_CONTROL])
        self.assertEqual(failures[0].mutants, [7])
        self.assertIn(checker.JSON_CONTROL, classes(import_run(stdout=b'{"name": "\\udcff"}')))

    def test_600_character_line(self):
        long_line = b"skipped: /tmp/batch/in/m000004-x.gpx: found \"" + b"A" * 600 + b"\"\n"
        failures = checker.check(import_run(stderr=GOOD_STDERR + long_line))
        self.assertEqual([f.klass for f in failures], [checker.LINE_TOO_LONG])
        self.assertEqual(failures[0].mutants, [4])
        self.assertIn(checker.LINE_TOO_LONG, classes(import_run(stdout=b'{"a": "' + b"x" * 600 + b'"}')))
        # 500 characters is the limit, counted in characters, not bytes.
        exactly = "é" * 500
        self.assertEqual(classes(import_run(stdout=('{"a": 1}\n' + exactly + "\n").encode(), expects_json=False)),
                         set())

    def test_invalid_utf8_in_text_output(self):
        self.assertIn(checker.INVALID_UTF8, classes(import_run(
            stderr=b"skipped: /tmp/batch/in/m000005-\xff.gpx: x\n")))

    def test_stderr_line_that_names_no_file(self):
        forged = b"skipped: /tmp/batch/in/m000006-a\nskipped: forged.gpx: x\n"
        failures = checker.check(import_run(stderr=GOOD_STDERR + forged))
        self.assertEqual([f.klass for f in failures], [checker.STDERR_UNNAMED])
        self.assertEqual(failures[0].mutants, [6])  # the line above named it
        self.assertIn(checker.STDERR_UNNAMED, classes(import_run(stderr=b"hint: with no error before it\n")))
        self.assertIn(checker.STDERR_UNNAMED, classes(import_run(stderr=b"import: 3 files, 0.1 MB and more\n")))
        # An error that names the database (a read command's --db) passes, with its hint.
        read = checker.Run("activities", ["activities"], 2, b"", f"ironstride: error: {DB}: locked\nhint: wait\n"
                           .encode(), False, (DB,))
        self.assertEqual(classes(read), set())

    def test_read_command_that_fails(self):
        read = checker.Run("show ID --json", ["show", "1"], 2, b"", b"ironstride: error: no activity 1\n", True,
                           (DB,), read_command=True)
        self.assertIn(checker.READ_FAILED, classes(read))

    def test_sanitizer_report(self):
        report = (b"=================================================================\n==1==ERROR: AddressSanitizer: "
                  b"heap-buffer-overflow on address 0x602\n    #0 0x4f in decode\nSUMMARY: AddressSanitizer: x\n")
        self.assertIn(checker.SANITIZER, classes(import_run(stderr=GOOD_STDERR + report, returncode=86)))
        ubsan = b"src/x.cpp:3:5: runtime error: signed integer overflow\n"
        self.assertIn(checker.SANITIZER, classes(import_run(stderr=GOOD_STDERR + ubsan)))


class MutantsAreDeterministic(unittest.TestCase):
    def corpus(self):
        fit = bytearray(b"\x0e\x10\x00\x00\x00\x00\x00\x00.FIT\x00\x00")
        # One definition (local 0, file_id = 0, field 253 uint32) and two data messages.
        body = b"\x40\x00\x00\x14\x00\x01\xfd\x04\x86" + b"\x00" + struct.pack("<I", 1000) + b"\x00" + struct.pack(
            "<I", 2000)
        struct.pack_into("<I", fit, 4, len(body))
        data = bytes(mutators.fit_fixup(bytes(fit) + body + b"\x00\x00", False))
        gpx = (b'<?xml version="1.0"?><gpx><trk><name>run</name><trkseg><trkpt lat="1" lon="2">'
               b"<time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>")
        tcx = b"<TrainingCenterDatabase><Activities><Activity><Id>2020-01-01T00:00:00Z</Id></Activity></Activities>" \
              b"</TrainingCenterDatabase>"
        strong = b"Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2024-01-01 10:00:00,A,Squat,1,100,5\n"
        hevy = b'"title","start_time","end_time"\n"A","1 Jan 2024, 10:00","1 Jan 2024, 11:00"\n'
        return {"fit": [("fit/a.fit", data)], "gpx": [("gpx/a.gpx", gpx)], "tcx": [("tcx/a.tcx", tcx)],
                "csv-strong": [("csv/s.csv", strong)], "csv-hevy": [("csv/h.csv", hevy)]}

    def test_same_seed_same_bytes(self):
        corpus = self.corpus()
        first = [mutators.make_mutant(7, i, corpus) for i in range(200)]
        second = [mutators.make_mutant(7, i, corpus) for i in reversed(range(200))][::-1]
        self.assertEqual([(m.name, m.data) for m in first], [(m.name, m.data) for m in second])
        other = [mutators.make_mutant(8, i, corpus) for i in range(200)]
        self.assertNotEqual([m.data for m in first], [m.data for m in other])
        self.assertEqual({m.kind for m in first}, set(mutators.KINDS))

    def test_names_are_legal_and_keep_the_index(self):
        corpus = self.corpus()
        for index in range(300):
            mutant = mutators.make_mutant(3, index, corpus)
            self.assertNotIn(b"/", mutant.name)
            self.assertNotIn(b"\x00", mutant.name)
            self.assertLessEqual(len(mutant.name), 255)
            self.assertTrue(mutant.name.startswith(b"m%06d-" % index))

    def test_fit_crc_is_the_sdk_algorithm(self):
        data = bytes(range(256)) * 9 + b"\x01"
        self.assertEqual(mutators.fit_crc(data), mutators.fit_crc_nibbles(data))
        self.assertEqual(mutators.fit_crc(b"123456789"), 0xBB3D)  # CRC-16/ARC check value


FAKE_BAD_IMPORT = r"""#!/usr/bin/env bash
# A stand-in for ironstride whose import misbehaves in every way the harness checks.
case "$1" in
  import)
    printf 'import: 3 files, 0.1 MB\n' >&2
    printf 'skipped: \033]0;retitled\007 a file the line does not name\n' >&2
    printf 'skipped: %s\n' "$(head -c 600 /dev/zero | tr '\0' A)" >&2
    if [[ " $* " == *" --json "* ]]; then printf '{"database": '; exit 1; fi
    exit 3 ;;
  activities) [[ " $* " == *" --json "* ]] && echo '[]'; exit 0 ;;
  *) [[ " $* " == *" json "* ]] && echo '{}'; exit 0 ;;
esac
"""


class DriverFailsOnBadBinary(unittest.TestCase):
    """The whole harness (mutants, commands, checker, known-failures file, exit status) against a fake binary: it
    must fail strict, name every class, and pass only when each class is allowed."""

    def run_harness(self, tmp, *extra):
        corpus = Path(tmp) / "corpus"
        data = MutantsAreDeterministic().corpus()
        for kind, files in data.items():
            for relative, content in files:
                target = corpus / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
        fake = Path(tmp) / "fake-ironstride"
        fake.write_text(FAKE_BAD_IMPORT)
        fake.chmod(0o755)
        summary = Path(tmp) / "summary.json"
        done = subprocess.run([sys.executable, str(HERE / "mutate_import.py"), "--binary", str(fake), "--corpus",
                               str(corpus), "--seed", "1", "--count", "4", "--batch", "2", "--repro-dir",
                               str(Path(tmp) / "repro"), "--summary-json", str(summary), *extra],
                              capture_output=True, timeout=120)
        import json
        return done, json.loads(summary.read_text())

    def test_strict_run_fails_with_every_class(self):
        with tempfile.TemporaryDirectory() as tmp:
            done, summary = self.run_harness(tmp, "--strict")
            self.assertEqual(done.returncode, 1, done.stdout.decode(errors="replace"))
            self.assertEqual(set(summary["classes"]), {checker.EXIT_STATUS, checker.CONTROL_CHAR, checker.LINE_TOO_LONG,
                                                       checker.STDERR_UNNAMED, checker.JSON_INVALID})
            self.assertIn(b"reproduce: ", done.stdout)
            self.assertTrue(any((Path(tmp) / "repro").rglob("repro.sh")))

    def test_allowed_classes_pass_and_others_still_fail(self):
        with tempfile.TemporaryDirectory() as tmp:
            known = Path(tmp) / "known.txt"
            known.write_text("exit-status  # one\ncontrol-char\nline-too-long\nstderr-unnamed\njson-invalid\n")
            done, _ = self.run_harness(tmp, "--known-failures", str(known))
            self.assertEqual(done.returncode, 0, done.stdout.decode(errors="replace"))
            known.write_text("exit-status\ncontrol-char\nline-too-long\nstderr-unnamed\n")
            done, _ = self.run_harness(tmp, "--known-failures", str(known))
            self.assertEqual(done.returncode, 1, done.stdout.decode(errors="replace"))


class RealBinaryPassesOnCleanInput(unittest.TestCase):
    """With the binary: one valid file of each simple CSV kind imports with output the checker accepts, so the
    rules have no false positive on the program's ordinary output."""
    binary = None

    def test_clean_import(self):
        if not self.binary:
            self.skipTest("no binary given")
        import random
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            rng = random.Random(1)
            for index, (kind, make) in enumerate(sorted(mutators.SYNTHETIC_CSV.items())):
                (folder / f"m{index:06d}-{kind}.csv").write_bytes(make(rng))
            db = str(Path(tmp) / "x.db")
            for json_mode in (True, False):
                argv = ["import", "--db", db + ("j" if json_mode else "t"), str(folder)] + (["--json"] * json_mode)
                done = subprocess.run([self.binary] + argv, capture_output=True, timeout=60)
                run = checker.Run("import", argv, done.returncode, done.stdout, done.stderr, json_mode,
                                  (str(folder) + "/",))
                self.assertEqual(checker.check(run), [], done.stderr.decode(errors="replace"))
                self.assertEqual(done.returncode, 0, done.stderr.decode(errors="replace"))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        RealBinaryPassesOnCleanInput.binary = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
