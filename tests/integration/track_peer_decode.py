#!/usr/bin/python3
"""Decodes GPX and TCX files with independent decoders and prints one JSON line per file, for
tests/unit/ingest/xml/track_peer_crosscheck_test.cpp:

  GPX: gpxpy (Debian python3-gpxpy) -- track points, 2-D length within segments, earliest and latest point time,
       heart rate (Garmin TrackPointExtension <hr>, or a bare <heartrate>/<hr>) sum and count;
  GPX and TCX: gpsbabel (Debian gpsbabel; -i gpx / -i gtrnctr, -o unicsv,utc=0) -- points with a position, their
       earliest and latest time, heart rate sum and count.

Exit 3 when a peer is missing (the test skips, or fails under IRONSTRIDE_REQUIRE_PEERS)."""
import csv
import io
import json
import shutil
import subprocess
import sys

try:
    import gpxpy
except ImportError:
    print("track_peer_decode: python3-gpxpy is not installed (scripts/install-deps.sh)", file=sys.stderr)
    sys.exit(3)
if shutil.which("gpsbabel") is None:
    print("track_peer_decode: gpsbabel is not installed (scripts/install-deps.sh)", file=sys.stderr)
    sys.exit(3)


def iso(t):
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%SZ")


def extension_hr(point):
    for ext in point.extensions:
        for node in ext.iter():
            tag = node.tag.rsplit("}", 1)[-1].lower()
            if tag in ("hr", "heartrate") and node.text and node.text.strip():
                try:
                    return float(node.text)
                except ValueError:
                    return None
    return None


def by_gpxpy(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        gpx = gpxpy.parse(f)
    points, times, hr = 0, [], []
    length = 0.0
    for track in gpx.tracks:
        for segment in track.segments:
            length += segment.length_2d() or 0.0
            for p in segment.points:
                points += 1
                if p.time is not None:
                    times.append(p.time.astimezone(__import__("datetime").timezone.utc) if p.time.tzinfo else p.time)
                v = extension_hr(p)
                if v is not None and v > 0:
                    hr.append(v)
    return {"points": points, "length_m": length, "first_time": iso(min(times)) if times else None,
            "last_time": iso(max(times)) if times else None, "hr_sum": sum(hr), "hr_count": len(hr)}


def by_gpsbabel(path, fmt):
    run = subprocess.run(["gpsbabel", "-t", "-i", fmt, "-f", path, "-o", "unicsv,utc=0", "-F", "-"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return {"error": run.stderr.strip()}
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    times = sorted(f"{r['Date'].replace('/', '-')}T{r['Time'][:8]}Z" for r in rows if r.get("Date") and r.get("Time"))
    hr = [float(r["Heartrate"]) for r in rows if r.get("Heartrate") not in (None, "", "0")]
    return {"points": len(rows), "first_time": times[0] if times else None, "last_time": times[-1] if times else None,
            "hr_sum": sum(hr), "hr_count": len(hr)}


for path in sys.argv[1:]:
    out = {"file": path}
    if path.lower().endswith(".gpx"):
        try:
            out["gpxpy"] = by_gpxpy(path)
        except Exception as e:  # gpxpy refuses the file
            out["gpxpy"] = {"error": str(e)}
        out["gpsbabel"] = by_gpsbabel(path, "gpx")
    else:
        out["gpsbabel"] = by_gpsbabel(path, "gtrnctr")
    print(json.dumps(out))
