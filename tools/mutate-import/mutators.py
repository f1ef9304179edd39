"""Deterministic mutations of FIT, GPX, TCX and CSV files.

Every function takes a `random.Random` and the file's bytes and returns (new bytes, a short description). Nothing
here reads the clock, the environment or global random state: mutant N of seed S is always the same bytes, whatever
the batch size, the job count or the machine (see `make_mutant`).
"""
from __future__ import annotations

import array
import random
import re
import struct
import sys
from dataclasses import dataclass

# --------------------------------------------------------------------------------------------------------------
# Hostile payloads
# --------------------------------------------------------------------------------------------------------------

CONTROL_PAYLOADS = (
    b"\x1b[2J\x1b[H",                       # clear the screen
    b"\x1b]0;ironstride pwned\x07",         # OSC: retitle the terminal
    b"\x1b]8;;https://example.invalid/\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    b"\x1b[31mred\x1b[0m",
    b"\r",
    b"\n",
    b"\r\n",
    b"\rskipped: /etc/passwd: forged line\n",
    b"\nskipped: forged: another file\n",
    b"\x00",
    b"\x08\x08\x08",
    b"\x7f",
    b"\x07",
    b"\x0b\x0c",
    b"\t",
)
INVALID_UTF8_PAYLOADS = (
    b"\xff",
    b"\xfe\xff",
    b"\xc3\x28",              # a lead byte without its continuation
    b"\xa0\xa1",              # continuation bytes alone
    b"\xc0\xaf",              # overlong '/'
    b"\xed\xa0\x80",          # an encoded surrogate
    b"\xf4\x90\x80\x80",      # above U+10FFFF
    b"\xe2\x82",              # cut short
    b"caf\xe9",               # Latin-1
)
LONG_LENGTHS = (501, 800, 4096, 65536, 1_000_000)
HUGE_LENGTH = 20 * 1024 * 1024  # the 20 MB attribute of issue 12


def long_value(rng: random.Random) -> tuple[bytes, str]:
    """A long value: usually up to 1 MB, one time in 25 the 20 MB of issue 12; sometimes laced with controls."""
    length = HUGE_LENGTH if rng.random() < 0.04 else rng.choice(LONG_LENGTHS)
    unit = rng.choice((b"A", b"0123456789", b"\xc3\xa9", b"x\x1b[1m", b"9"))
    value = (unit * (length // len(unit) + 1))[:length]
    return value, f"long value ({length} bytes of {unit!r})"


def hostile_text(rng: random.Random) -> tuple[bytes, str]:
    roll = rng.random()
    if roll < 0.45:
        payload = rng.choice(CONTROL_PAYLOADS)
        return payload, f"control characters {payload!r}"
    if roll < 0.8:
        payload = rng.choice(INVALID_UTF8_PAYLOADS)
        return payload, f"invalid UTF-8 {payload!r}"
    return long_value(rng)


# --------------------------------------------------------------------------------------------------------------
# Byte-level mutations (every format)
# --------------------------------------------------------------------------------------------------------------

def flip_bits(rng, data):
    if not data:
        return data, "flip: empty"
    out = bytearray(data)
    count = rng.choice((1, 2, 4, 8, 32))
    for _ in range(count):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out), f"flip {count} bits"


def truncate(rng, data):
    roll = rng.random()
    if roll < 0.05:
        at = 0
    elif roll < 0.15:
        at = rng.randrange(0, min(len(data), 64) + 1)
    else:
        at = rng.randrange(0, len(data) + 1)
    return data[:at], f"truncate at byte {at} of {len(data)}"


def insert_bytes(rng, data):
    at = rng.randrange(0, len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.choice((1, 3, 16, 64))))
    return data[:at] + junk + data[at:], f"insert {len(junk)} random bytes at {at}"


def delete_range(rng, data):
    if len(data) < 2:
        return data, "delete: too short"
    start = rng.randrange(len(data))
    length = rng.randrange(1, max(2, len(data) // 10))
    return data[:start] + data[start + length:], f"delete bytes {start}..{start + length}"


def duplicate_range(rng, data):
    if len(data) < 2:
        return data, "duplicate: too short"
    start = rng.randrange(len(data))
    length = rng.randrange(1, max(2, min(len(data) - start, 4096)) + 1)
    chunk = data[start:start + length]
    return data[:start] + chunk + data[start:], f"duplicate bytes {start}..{start + length}"


def append_garbage(rng, data):
    choice = rng.choice((b"\x00" * 64, b"garbage\n", bytes(range(256)), b"\x0e\x10" + b"\xff" * 20))
    return data + choice, f"append {len(choice)} bytes"


BYTE_MUTATIONS = (flip_bits, truncate, insert_bytes, delete_range, duplicate_range, append_garbage)

# --------------------------------------------------------------------------------------------------------------
# Text fields (XML and CSV)
# --------------------------------------------------------------------------------------------------------------

_XML_TEXT = re.compile(rb">([^<>\n]{1,200})<")
_XML_ATTR = re.compile(rb"(\s[A-Za-z_:][-A-Za-z0-9_:.]*)=\"([^\"]{0,200})\"")
_XML_NAMED = re.compile(rb"<(name|Name|Notes|desc|cmt|Creator|Author|type|Value|DistanceMeters)>([^<]{0,200})<")


def _pick(rng, matches):
    matches = list(matches)
    return rng.choice(matches) if matches else None


def _sample_matches(pattern, data, limit=2000):
    out = []
    for match in pattern.finditer(data):
        out.append(match)
        if len(out) >= limit:
            break
    return out


def xml_text_payload(rng, data):
    """Control characters, invalid UTF-8 or a long value in an element's text or an attribute value."""
    payload, what = hostile_text(rng)
    roll = rng.random()
    if roll < 0.4:
        match = _pick(rng, _sample_matches(_XML_NAMED, data))
        group = 2
    elif roll < 0.7:
        match = _pick(rng, _sample_matches(_XML_ATTR, data))
        group = 2
    else:
        match = _pick(rng, _sample_matches(_XML_TEXT, data))
        group = 1
    if match is None:
        at = rng.randrange(len(data) + 1)
        return data[:at] + payload + data[at:], f"{what} at byte {at}"
    start, end = match.span(group)
    mode = rng.choice(("replace", "prefix", "suffix"))
    if mode == "replace":
        new = payload
    elif mode == "prefix":
        new = payload + data[start:end]
    else:
        new = data[start:end] + payload
    return data[:start] + new + data[end:], f"{what} ({mode}) in {match.group(0)[:40]!r}"


def xml_attribute_damage(rng, data):
    match = _pick(rng, _sample_matches(_XML_ATTR, data))
    if match is None:
        return data, "attribute: none"
    name, value = match.group(1), match.group(2)
    start, end = match.span()
    choice = rng.randrange(8)
    if choice == 0:
        new, what = name + b'="' + value, "unclosed quote"
    elif choice == 1:
        new, what = match.group(0) + match.group(0), "duplicate attribute"
    elif choice == 2:
        new, what = name + b'="' + rng.choice((b"NaN", b"inf", b"1e309", b"-999", b"", b"0x10", b"91.5",
                                                b"-180.000001", b"1,5")) + b'"', "bad value"
    elif choice == 3:
        new, what = name + b"=" + value, "unquoted value"
    elif choice == 4:
        new, what = name + b'="' + value + b"&amp;&lt;&#27;&#x1b;&#0;" + b'"', "character references"
    elif choice == 5:
        big, desc = long_value(rng)
        new, what = name + b'="' + big + b'"', desc
    elif choice == 6:
        new, what = name + b'="' + value + b"&undefined;" + b'"', "undefined entity"
    else:
        new, what = name + b"x" + b'="' + value + b'"', "renamed attribute"
    return data[:start] + new + data[end:], f"attribute {name.strip()!r}: {what}"


_XML_TAG = re.compile(rb"</?([A-Za-z_][-A-Za-z0-9_:.]*)[^<>]*>")


def xml_element_damage(rng, data):
    tags = _sample_matches(_XML_TAG, data, 5000)
    if not tags:
        return data, "element: none"
    match = rng.choice(tags)
    start, end = match.span()
    choice = rng.randrange(9)
    if choice == 0:
        return data[:start] + data[end:], f"remove tag {match.group(0)[:40]!r}"
    if choice == 1:
        return data[:end] + match.group(0) + data[end:], f"duplicate tag {match.group(0)[:40]!r}"
    if choice == 2:
        renamed = match.group(0).replace(match.group(1), match.group(1) + b"X", 1)
        return data[:start] + renamed + data[end:], f"rename tag {match.group(1)!r}"
    if choice == 3:
        return data[:start + 1] + data[end - 1:], f"empty tag at {start}"
    if choice == 4:
        cdata = b"<![CDATA[" + rng.choice(CONTROL_PAYLOADS) + b"]]>"
        return data[:end] + cdata + data[end:], "insert CDATA with controls"
    if choice == 5:
        doctype = (b'<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                   b'<!ENTITY x SYSTEM "file:///etc/passwd">]>')
        at = data.find(b"?>")
        at = at + 2 if at >= 0 else 0
        return data[:at] + doctype + data[at:] + b"<!-- &b; &x; -->", "insert DOCTYPE with entities"
    if choice == 6:
        root = re.search(rb"<(gpx|TrainingCenterDatabase)\b", data)
        if root:
            return data[:root.start(1)] + b"kml" + data[root.end(1):], "rename the root element"
        return data, "no root"
    if choice == 7:
        depth = rng.choice((100, 1000, 50000))
        return data[:end] + b"<d>" * depth + b"</d>" * depth + data[end:], f"nest {depth} elements"
    return data[:start] + b"<" + data[start:], "stray '<'"


_XML_TIME = re.compile(rb"(<(?:time|Time|Id)>|StartTime=\")([0-9]{4}-[0-9]{2}-[0-9]{2}T[^<\"]*)")


def xml_timestamps(rng, data):
    """Times moved backwards, to 1900 or 2099, all equal, one outlier, or broken."""
    times = _sample_matches(_XML_TIME, data, 100000)
    if not times:
        return data, "timestamps: none"
    choice = rng.randrange(7)
    out = bytearray()
    last = 0
    if choice == 0:  # run backwards: reverse the sequence of values
        values = [m.group(2) for m in times]
        values.reverse()
        for m, v in zip(times, values):
            out += data[last:m.start(2)] + v
            last = m.end(2)
        out += data[last:]
        return bytes(out), f"{len(times)} timestamps reversed"
    target = rng.choice(times)
    if choice == 1:
        new, what = b"1900-01-01T00:00:00Z", "one timestamp to 1900"
    elif choice == 2:
        new, what = b"2099-12-31T23:59:59Z", "one timestamp to 2099"
    elif choice == 3:
        year = int(target.group(2)[:4])
        new, what = str(year - 20).encode() + target.group(2)[4:], "one timestamp 20 years earlier"
    elif choice == 4:
        new, what = rng.choice((b"2020-13-45T25:61:61Z", b"0000-00-00T00:00:00Z", b"9999-12-31T23:59:59+99:99",
                                b"2020-01-01T00:00:00.999999999999999999Z", b"-2020-01-01T00:00:00Z")), "bad timestamp"
    elif choice == 5:  # every timestamp to the 1900 or 2099 one
        new = rng.choice((b"1900-01-01T00:00:00Z", b"2099-05-01T00:00:00Z", b"1970-01-01T00:00:00Z"))
        for m in times:
            out += data[last:m.start(2)] + new
            last = m.end(2)
        out += data[last:]
        return bytes(out), f"every timestamp to {new.decode()}"
    else:  # swap two neighbours: a step backwards
        index = rng.randrange(max(1, len(times) - 1))
        first, second = times[index], times[min(index + 1, len(times) - 1)]
        if first is second:
            return data, "one timestamp"
        a, b = first.group(2), second.group(2)
        swapped = data[:first.start(2)] + b + data[first.end(2):second.start(2)] + a + data[second.end(2):]
        return swapped, f"timestamps {index} and {index + 1} swapped"
    return data[:target.start(2)] + new + data[target.end(2):], what


_XML_NUMBER = re.compile(rb"<(DistanceMeters|Value|ele|AltitudeMeters|Speed|Cadence|hr|gpxtpx:hr|ns3:Speed|"
                         rb"TotalTimeSeconds|Calories|MaximumSpeed)>(-?[0-9.]+)<")


def xml_units(rng, data):
    """Numbers as if in another unit (x1000, /1000, x1609.344, feet) or sentinels (0, 255, -1)."""
    numbers = _sample_matches(_XML_NUMBER, data, 200000)
    if not numbers:
        return data, "units: no numbers"
    tag = rng.choice(numbers).group(1)
    factor = rng.choice((1000.0, 0.001, 1609.344, 3.28084, 0.0, -1.0, 3600.0))
    out = bytearray()
    last = 0
    count = 0
    for m in numbers:
        if m.group(1) != tag:
            continue
        try:
            value = float(m.group(2)) * factor
        except ValueError:
            continue
        out += data[last:m.start(2)] + (b"%g" % value)
        last = m.end(2)
        count += 1
    out += data[last:]
    return bytes(out), f"<{tag.decode()}> x{factor} ({count} values)"


XML_MUTATIONS = (xml_text_payload, xml_attribute_damage, xml_element_damage, xml_timestamps, xml_units)

# --------------------------------------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------------------------------------


def _split_csv(data):
    """Lines and their separator (the one used most in the header), keeping line ends apart."""
    newline = b"\r\n" if b"\r\n" in data[:4096] else b"\n"
    lines = data.split(newline)
    header = lines[0] if lines else b""
    separator = max((b",", b";", b"\t"), key=header.count)
    return lines, newline, separator


def _fields(line, separator):
    """Split on the separator outside quotes (good enough for mutations)."""
    pieces = line.split(separator)
    if b'"' not in line:
        return pieces
    out, pending, quotes = [], None, 0
    for piece in pieces:
        pending = piece if pending is None else pending + separator + piece
        quotes += piece.count(b'"')
        if quotes % 2 == 0:
            out.append(pending)
            pending, quotes = None, 0
    if pending is not None:
        out.append(pending)
    return out


def _rows(lines):
    """Indices of the data rows (not the header, not blank)."""
    return [i for i in range(1, len(lines)) if lines[i].strip()]


def csv_columns(rng, data):
    lines, newline, separator = _split_csv(data)
    table = [_fields(line, separator) for line in lines]
    width = len(table[0]) if table else 0
    if width == 0:
        return data, "columns: no header"
    column = rng.randrange(width)
    choice = rng.randrange(3)
    if choice == 0:
        at = rng.randrange(width + 1)
        for row in table:
            if len(row) > column:
                row.insert(at, row[column])
        what = f"duplicate column {table[0][column]!r}"
    elif choice == 1:
        name = table[0][column]
        for row in table:
            if len(row) > column:
                del row[column]
        what = f"remove column {name!r}"
    else:
        name = table[0][column]
        table[0][column] = rng.choice((b"", b"date", b"Date", b"weight_kg", b'"unterminated', name + b" ",
                                       name.upper(), b"\xef\xbb\xbf" + name))
        what = f"rename column {name!r} to {table[0][column]!r}"
    return newline.join(separator.join(row) for row in table), what


def csv_rows(rng, data):
    lines, newline, separator = _split_csv(data)
    rows = _rows(lines)
    if not rows:
        return data, "rows: none"
    choice = rng.randrange(5)
    index = rng.choice(rows)
    if choice == 0:
        lines.insert(index, lines[index])
        what = f"duplicate row {index + 1}"
    elif choice == 1:
        del lines[index]
        what = f"remove row {index + 1}"
    elif choice == 2:
        body = [lines[i] for i in rows]
        body.reverse()
        lines = [lines[0]] + body
        what = "rows reversed (dates backwards)"
    elif choice == 3:
        lines = lines[:1]
        what = "remove every row"
    else:
        fields = _fields(lines[index], separator)
        if rng.random() < 0.5 and len(fields) > 1:
            fields.pop(rng.randrange(len(fields)))
            what = f"row {index + 1}: one field fewer"
        else:
            fields.insert(rng.randrange(len(fields) + 1), b"extra")
            what = f"row {index + 1}: one field more"
        lines[index] = separator.join(fields)
    return newline.join(lines), what


_CSV_DATE = re.compile(rb"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}")


def csv_dates(rng, data):
    dates = _sample_matches(_CSV_DATE, data, 100000)
    if not dates:
        return data, "dates: none"
    new = rng.choice((b"1900-01-01", b"2099-05-01", b"0001-01-01", b"0000-01-01", b"2024-02-30", b"1969-12-31",
                      b"01 Jan 1900", b"31 Dec 2099", b"9999-99-99", b""))
    if rng.random() < 0.5:
        target = rng.choice(dates)
        return data[:target.start()] + new + data[target.end():], f"one date to {new!r}"
    out, last = bytearray(), 0
    for m in dates:
        out += data[last:m.start()] + new
        last = m.end()
    out += data[last:]
    return bytes(out), f"every date to {new!r}"


_UNIT_SWAPS = ((b"weight_kg", b"weight_lb"), (b"weight_kg", b"weight_lbs"), (b"weight_lb", b"weight_kg"),
               (b"distance_km", b"distance_miles"), (b"Weight", b"Weight (lbs)"), (b"Weight", b"Weight (kg)"),
               (b"Distance", b"Distance (mi)"), (b"sleep_h", b"sleep_min"), (b"kcal", b"kJ"),
               (b"Energy (kcal)", b"Energy (kJ)"), (b"weight_kg", b"weight_kg,weight_lb"))


def csv_units(rng, data):
    lines, newline, separator = _split_csv(data)
    header = lines[0]
    candidates = [swap for swap in _UNIT_SWAPS if swap[0] in header]
    if not candidates:
        return data, "units: no unit column"
    old, new = rng.choice(candidates)
    lines[0] = header.replace(old, new, 1)
    return newline.join(lines), f"header {old!r} -> {new!r}"


def csv_field_payload(rng, data):
    lines, newline, separator = _split_csv(data)
    rows = _rows(lines)
    index = rng.choice(rows) if rows and rng.random() < 0.85 else 0
    fields = _fields(lines[index], separator)
    column = rng.randrange(len(fields))
    payload, what = hostile_text(rng)
    if rng.random() < 0.5:
        fields[column] = payload
    else:
        fields[column] = b'"' + fields[column].strip(b'"') + payload + b'"'
    lines[index] = separator.join(fields)
    return newline.join(lines), f"{what} in line {index + 1} field {column + 1}"


def csv_syntax(rng, data):
    lines, newline, separator = _split_csv(data)
    choice = rng.randrange(6)
    if choice == 0:
        rows = _rows(lines) or [0]
        index = rng.choice(rows)
        lines[index] = b'"' + lines[index]
        return newline.join(lines), f"unterminated quote on line {index + 1}"
    if choice == 1:
        other = rng.choice([s for s in (b",", b";", b"\t") if s != separator])
        return data.replace(separator, other), f"separator {separator!r} -> {other!r}"
    if choice == 2:
        return b"\xef\xbb\xbf" + data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), "BOM and CRLF"
    if choice == 3:
        return data.replace(b"\n", b"\r"), "bare CR line ends"
    if choice == 4:
        return newline.join(line + b'x"y' for line in lines), "text after closing quotes"
    return b"\n\n\n" + data, "blank lines before the header"


CSV_MUTATIONS = (csv_columns, csv_rows, csv_dates, csv_units, csv_field_payload, csv_syntax)

# --------------------------------------------------------------------------------------------------------------
# FIT
# --------------------------------------------------------------------------------------------------------------

_CRC_TABLE = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
              0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)


def _byte_table():
    table = []
    for byte in range(256):
        crc = 0
        for nibble in (byte & 0xF, byte >> 4):
            tmp = _CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ _CRC_TABLE[nibble]
        table.append(crc)
    return tuple(table)


_CRC_BYTE_TABLE = _byte_table()


def _word_table():
    table = _CRC_BYTE_TABLE
    out = []
    for word in range(65536):
        value = table[word & 0xFF]
        out.append((value >> 8) ^ table[(value ^ (word >> 8)) & 0xFF])
    return tuple(out)


_CRC_WORD_TABLE = _word_table()


def fit_crc(data: bytes, crc: int = 0) -> int:
    """The FIT SDK's CRC-16, two bytes a step (its nibble table folded into a 65,536-entry table: same result)."""
    table = _CRC_BYTE_TABLE
    words = _CRC_WORD_TABLE
    even = len(data) & ~1
    view = memoryview(data)[:even].cast("H")
    if sys.byteorder == "big":
        view = array.array("H", view)
        view.byteswap()
    for word in view:
        crc = words[crc ^ word]
    if len(data) & 1:
        crc = (crc >> 8) ^ table[(crc ^ data[-1]) & 0xFF]
    return crc


def fit_crc_nibbles(data: bytes, crc: int = 0) -> int:
    """The FIT SDK's algorithm as published, for the self-test."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_fixup(data: bytes, fix_size: bool) -> bytes:
    """Make the header's data size (optionally) and both CRCs match again, so a damaged file reaches the decoder."""
    if len(data) < 14 or data[0] not in (12, 14) or data[8:12] != b".FIT":
        return data
    out = bytearray(data)
    header = out[0]
    if fix_size:
        struct.pack_into("<I", out, 4, max(0, len(out) - header - 2))
    if header == 14:
        struct.pack_into("<H", out, 12, fit_crc(bytes(out[:12])))
    if len(out) >= header + 2:
        struct.pack_into("<H", out, len(out) - 2, fit_crc(bytes(out[:-2])))
    return bytes(out)


class FitRecord:
    """One record: a definition (`fields` lists (number, size, base type, offset of the field definition)) or a data
    message (`field_offsets` maps a field number to its (offset, size), worked out when first asked for)."""

    def __init__(self, offset, definition, local, global_number, fields, length, little_endian, layout=None):
        self.offset = offset
        self.definition = definition
        self.local = local
        self.global_number = global_number
        self.fields = fields
        self.length = length
        self.little_endian = little_endian
        self.layout = layout          # definitions: field number -> offset in a data message, size
        self.data_size = 0
        self._offsets = None

    @property
    def field_offsets(self):
        if self._offsets is None:
            self._offsets = {number: (self.offset + relative, size)
                             for number, (relative, size) in (self.layout or {}).items()}
        return self._offsets


_RECORDS_CACHE: dict[int, tuple[bytes, list]] = {}
_ORIGINALS: dict[int, bytes] = {}


def remember_originals(files) -> None:
    """The corpus files' bytes, whose FIT record walks may be cached."""
    for data in files:
        _ORIGINALS[id(data)] = data


def fit_records(data: bytes, limit: int = 200000) -> list[FitRecord]:
    """Walk the records of one FIT file as far as they make sense (the file may already be damaged). The walk of
    an unmutated corpus file (the same bytes object) is cached: it is the slow part of making a FIT mutant."""
    cached = _RECORDS_CACHE.get(id(data))
    if cached is not None and cached[0] is data:
        return cached[1]
    records = _walk_fit(data, limit)
    if _ORIGINALS.get(id(data)) is data:
        _RECORDS_CACHE[id(data)] = (data, records)
    return records


def _walk_fit(data: bytes, limit: int) -> list[FitRecord]:
    if len(data) < 12 or data[8:12] != b".FIT":
        return []
    header = data[0]
    end = min(len(data) - 2, header + struct.unpack_from("<I", data, 4)[0])
    at = header
    definitions = {}
    records = []
    while at < end and len(records) < limit:
        byte = data[at]
        if byte & 0x80:  # compressed timestamp header: a data message
            local = (byte >> 5) & 0x3
            definition = definitions.get(local)
            if definition is None or at + definition.data_size > end:
                break
            records.append(FitRecord(at, False, local, definition.global_number, [], definition.data_size,
                                     definition.little_endian, definition.layout))
            at += definition.data_size
            continue
        local = byte & 0x0F
        if byte & 0x40:
            if at + 6 > end:
                break
            arch = data[at + 2]
            little = arch == 0
            global_number = struct.unpack_from("<H" if little else ">H", data, at + 3)[0]
            count = data[at + 5]
            fields = []
            pos = at + 6
            for _ in range(count):
                if pos + 3 > end:
                    break
                fields.append((data[pos], data[pos + 1], data[pos + 2], pos))
                pos += 3
            dev_length = 0
            if byte & 0x20 and pos < end:
                dev_count = data[pos]
                pos += 1
                for _ in range(dev_count):
                    if pos + 3 > end:
                        break
                    dev_length += data[pos + 1]
                    pos += 3
            layout, relative = {}, 1
            for number, size, _base, _ in fields:
                layout.setdefault(number, (relative, size))
                relative += size
            record = FitRecord(at, True, local, global_number, fields, pos - at, little, layout)
            record.data_size = relative + dev_length
            definitions[local] = record
            records.append(record)
            at = pos
        else:
            definition = definitions.get(local)
            if definition is None or at + definition.data_size > end:
                break
            records.append(FitRecord(at, False, local, definition.global_number, [], definition.data_size,
                                     definition.little_endian, definition.layout))
            at += definition.data_size
    return records


FIT_EPOCH_UNIX = 631065600
FIT_2099 = 4070908800 - FIT_EPOCH_UNIX  # 2099-01-01T00:00:00Z


def fit_header(rng, data):
    if len(data) < 14:
        return data, "fit header: too short"
    out = bytearray(data)
    choice = rng.randrange(6)
    if choice == 0:
        out[0] = rng.choice((0, 1, 11, 13, 15, 64, 255))
        what = f"header size {out[0]}"
    elif choice == 1:
        out[1] = rng.choice((0, 0x10, 0x20, 0xF0, 0xFF))
        what = f"protocol version 0x{out[1]:02X}"
    elif choice == 2:
        struct.pack_into("<H", out, 2, rng.choice((0, 1, 0xFFFF, 9999)))
        what = "profile version"
    elif choice == 3:
        out[8 + rng.randrange(4)] ^= 0x20
        what = "'.FIT' signature"
    elif choice == 4:
        size = struct.unpack_from("<I", out, 4)[0]
        new = rng.choice((0, 1, size - 1, size + 1, size * 2, 0xFFFFFFFF, size // 2))
        struct.pack_into("<I", out, 4, new & 0xFFFFFFFF)
        what = f"data size {size} -> {new & 0xFFFFFFFF}"
    else:
        if out[0] == 14:
            out[12] ^= 0xFF
            what = "header CRC"
        else:
            out[-1] ^= 0xFF
            what = "file CRC"
    return bytes(out), what


def fit_file_crc(rng, data):
    if len(data) < 2:
        return data, "file crc: too short"
    out = bytearray(data)
    out[-rng.choice((1, 2))] ^= 1 << rng.randrange(8)
    return bytes(out), "file CRC"


def fit_definition(rng, data):
    definitions = [r for r in fit_records(data) if r.definition]
    if not definitions:
        return data, "fit definition: none found"
    record = rng.choice(definitions)
    out = bytearray(data)
    choice = rng.randrange(6)
    if choice == 0:
        out[record.offset + 2] = rng.choice((1, 2, 0xFF))
        what = f"architecture byte {out[record.offset + 2]}"
    elif choice == 1:
        new = rng.choice((0, 20, 18, 19, 21, 0xFFFF, rng.randrange(0x10000)))
        struct.pack_into("<H", out, record.offset + 3, new)
        what = f"global message {record.global_number} -> {new}"
    elif choice == 2:
        out[record.offset + 5] = (out[record.offset + 5] + rng.choice((1, -1, 100, 255))) & 0xFF
        what = f"field count -> {out[record.offset + 5]}"
    elif choice == 3 and record.fields:
        number, size, base, pos = rng.choice(record.fields)
        out[pos + 1] = rng.choice((0, 1, 3, 255, size * 2 & 0xFF))
        what = f"field {number} size {size} -> {out[pos + 1]}"
    elif choice == 4 and record.fields:
        number, size, base, pos = rng.choice(record.fields)
        out[pos + 2] = rng.choice((0x00, 0x07, 0x84, 0x86, 0x88, 0x89, 0x8B, 0x8C, 0x8E, 0x8F, 0x1F, 0xFF))
        what = f"field {number} base type 0x{base:02X} -> 0x{out[pos + 2]:02X}"
    else:
        out[record.offset] |= 0x20  # claims developer fields
        what = "developer-data flag set"
    return bytes(out), f"definition of message {record.global_number} (local {record.local}): {what}"


def fit_timestamps(rng, data):
    """Field 253 (timestamp, uint32 seconds since 1989-12-31) moved: to 0, 2099, backwards, invalid, relative."""
    stamped = [r for r in fit_records(data) if not r.definition and r.layout and r.layout.get(253, (0, 0))[1] == 4]
    if not stamped:
        return data, "fit timestamps: none"
    out = bytearray(data)
    choice = rng.randrange(5)

    def put(record, value):
        pos, _ = record.field_offsets[253]
        struct.pack_into("<I" if record.little_endian else ">I", out, pos, value & 0xFFFFFFFF)

    def get(record):
        pos, _ = record.field_offsets[253]
        return struct.unpack_from("<I" if record.little_endian else ">I", out, pos)[0]

    if choice == 0:
        record = rng.choice(stamped)
        put(record, FIT_2099)
        what = "one timestamp to 2099"
    elif choice == 1:
        record = rng.choice(stamped)
        put(record, rng.choice((0, 1, 0x0FFFFFFF)))
        what = "one timestamp to 1989 / device-relative"
    elif choice == 2:
        values = [get(r) for r in stamped]
        values.reverse()
        for record, value in zip(stamped, values):
            put(record, value)
        what = f"{len(stamped)} timestamps reversed"
    elif choice == 3:
        record = rng.choice(stamped)
        put(record, get(record) - rng.choice((1, 3600, 86400 * 365 * 20)))
        what = "one timestamp moved backwards"
    else:
        for record in stamped:
            put(record, 0xFFFFFFFF if rng.random() < 0.5 else get(record))
        what = "timestamps to the invalid value 0xFFFFFFFF"
    return bytes(out), what


# Fields of record (20), lap (19) and session (18) messages, as units would swap them.
_FIT_VALUE_FIELDS = {20: (3, 5, 6, 2, 4, 7), 19: (7, 8, 9, 15, 16), 18: (7, 8, 9, 16, 17)}


def fit_values(rng, data):
    records = [r for r in fit_records(data) if not r.definition and r.global_number in _FIT_VALUE_FIELDS]
    if not records:
        return data, "fit values: none"
    message = rng.choice(records).global_number
    number = rng.choice(_FIT_VALUE_FIELDS[message])
    mode = rng.choice(("max", "zero", "x1000", "x1609"))
    out = bytearray(data)
    count = 0
    for record in records:
        if record.global_number != message or number not in record.layout:
            continue
        pos, size = record.field_offsets[number]
        if size not in (1, 2, 4) or pos + size > len(out):
            continue
        fmt = {1: "B", 2: "H", 4: "I"}[size]
        fmt = ("<" if record.little_endian else ">") + fmt
        value = struct.unpack_from(fmt, out, pos)[0]
        limit = (1 << (8 * size)) - 1
        if mode == "max":
            value = limit - 1
        elif mode == "zero":
            value = 0
        elif mode == "x1000":
            value = min(limit - 1, value * 1000)
        else:
            value = min(limit - 1, int(value * 1.609344))
        struct.pack_into(fmt, out, pos, value)
        count += 1
    return bytes(out), f"message {message} field {number}: {mode} ({count} values)"


FIT_MUTATIONS = (fit_header, fit_file_crc, fit_definition, fit_timestamps, fit_values)

# --------------------------------------------------------------------------------------------------------------
# CSV kinds the corpus lacks: valid files written from the seed (docs/csv-formats.md), then mutated
# --------------------------------------------------------------------------------------------------------------


def _days(rng, count):
    year, month, day = rng.choice(((2023, 1, 1), (2024, 5, 1), (2025, 11, 20)))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}-{day:02d}")
        day += 1
        if day > 28:
            day, month = 1, month + 1
            if month > 12:
                month, year = 1, year + 1
    return out


def synth_body(rng):
    rows = ["date,weight_kg,body_fat_pct"]
    for day in _days(rng, rng.randrange(3, 60)):
        fat = f"{rng.uniform(10, 25):.1f}" if rng.random() < 0.7 else ""
        rows.append(f"{day},{rng.uniform(60, 100):.1f},{fat}")
    return ("\n".join(rows) + "\n").encode()


def synth_sleep(rng):
    rows = ["date,sleep_h,quality_pct"]
    for day in _days(rng, rng.randrange(3, 60)):
        quality = str(rng.randrange(40, 100)) if rng.random() < 0.7 else ""
        rows.append(f"{day},{rng.uniform(4, 10):.2f},{quality}")
    return ("\n".join(rows) + "\n").encode()


def synth_nutrition(rng):
    rows = ["date,kcal,protein_g,carbs_g,fat_g"]
    for day in _days(rng, rng.randrange(3, 60)):
        rows.append(f"{day},{rng.randrange(1500, 3500)},{rng.randrange(80, 220)},{rng.randrange(100, 400)},"
                    f"{rng.randrange(40, 120)}")
    return ("\n".join(rows) + "\n").encode()


def synth_cronometer(rng):
    rows = ['Date,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),Fiber (g),Net Carbs (g),Protein (g),'
            'Carbs (g),Fat (g),Completed']
    for day in _days(rng, rng.randrange(3, 60)):
        kcal = "" if rng.random() < 0.1 else f"{rng.uniform(1200, 3500):.2f}"
        rows.append(f"{day},{kcal},0.00,{rng.randrange(0, 400)}.00,{rng.randrange(1000, 4000)}.00,"
                    f"{rng.uniform(10, 50):.2f},{rng.uniform(50, 300):.2f},{rng.uniform(60, 220):.2f},"
                    f"{rng.uniform(100, 400):.2f},{rng.uniform(30, 130):.2f},false")
    return ("\n".join(rows) + "\n").encode()


SYNTHETIC_CSV = {"csv-body": synth_body, "csv-sleep": synth_sleep, "csv-nutrition": synth_nutrition,
                 "csv-cronometer": synth_cronometer}

# --------------------------------------------------------------------------------------------------------------
# File names
# --------------------------------------------------------------------------------------------------------------

NAME_DECORATIONS = (
    b"\x1b]0;retitled\x07", b"\x1b[2J", b"\x1b[31mred", b"a\rb", b"line\nskipped: forged", b"\n", b"\t",
    b"\xff\xfe", b"caf\xe9", b"\xc3\x28", b"\xed\xa0\x80", "día-ü-😀".encode(), b" spaced ", b"quote\"s",
    b"back\\slash", b"\x7f", b"\x01\x02", b"%s%n{}", b"x" * 200,
)
EXTENSIONS = {"fit": (b".fit", b".FIT"), "gpx": (b".gpx",), "tcx": (b".tcx", b".TCX")}


def mutant_name(rng, index: int, kind: str, source_name: str) -> tuple[bytes, str]:
    """m<index>-<stem><extension>: hostile decorations one time in three; the index stays first so that any output
    line naming the file can be tied back to its mutant."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", source_name.rsplit(".", 1)[0])[:60].encode()
    ext = rng.choice(EXTENSIONS.get(kind, (b".csv",)))
    if rng.random() < 0.1:
        ext = rng.choice((b".txt", b"", b".gpx", b".fit", b".csv"))
    what = "plain name"
    if rng.random() < 1 / 3:
        decoration = rng.choice(NAME_DECORATIONS)
        stem = stem[:20] + decoration if rng.random() < 0.5 else decoration + stem[:20]
        what = f"name holds {decoration[:24]!r}"
    name = b"m%06d-" % index + stem + ext
    return name[:250], what


# --------------------------------------------------------------------------------------------------------------
# One mutant
# --------------------------------------------------------------------------------------------------------------

KINDS = ("fit", "gpx", "tcx", "csv-strong", "csv-hevy", "csv-body", "csv-sleep", "csv-nutrition", "csv-cronometer")
# How often each kind comes up, per cycle of 16 mutants.
KIND_CYCLE = ("fit", "gpx", "tcx", "csv-strong", "fit", "gpx", "tcx", "csv-hevy", "fit", "csv-body", "gpx",
              "csv-sleep", "tcx", "csv-nutrition", "fit", "csv-cronometer")


@dataclass
class Mutant:
    index: int
    kind: str
    source: str           # corpus file (relative to the corpus) or "synthetic <kind>"
    name: bytes
    data: bytes
    mutations: list[str]


def mutations_for(kind: str):
    if kind == "fit":
        return FIT_MUTATIONS * 2 + BYTE_MUTATIONS
    if kind in ("gpx", "tcx"):
        return XML_MUTATIONS * 2 + BYTE_MUTATIONS
    return CSV_MUTATIONS * 2 + BYTE_MUTATIONS


def make_mutant(seed: int, index: int, corpus_files: dict[str, list[tuple[str, bytes]]]) -> Mutant:
    """Mutant `index` of `seed`: a function of (seed, index, corpus) alone."""
    rng = random.Random(f"ironstride-mutate-import:{seed}:{index}")
    kind = KIND_CYCLE[index % len(KIND_CYCLE)]
    if kind in SYNTHETIC_CSV:
        source, data = f"synthetic {kind}", SYNTHETIC_CSV[kind](rng)
    else:
        source, data = rng.choice(corpus_files[kind])
        if callable(data):
            data = data()
    name, name_what = mutant_name(rng, index, kind.split("-")[0], source.rsplit("/", 1)[-1])
    described = [name_what] if name_what != "plain name" else []
    steps = rng.choice((1, 1, 1, 2, 2, 3))
    for _ in range(steps):
        mutation = rng.choice(mutations_for(kind))
        data, what = mutation(rng, data)
        described.append(f"{mutation.__name__}: {what}")
    if kind == "fit" and rng.random() < 0.75:
        # Most damage would stop at the CRC check; repair the CRCs (and often the size) so it reaches the decoder.
        fix_size = rng.random() < 0.5
        data = fit_fixup(data, fix_size)
        described.append("CRCs repaired" + (" and data size" if fix_size else ""))
    return Mutant(index, kind, source, name, data, described)
