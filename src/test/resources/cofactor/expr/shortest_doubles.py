"""Writes shortest_doubles.tsv: doubles and Python's repr of them, the shortest decimal
that reads back as the double (David Gay's algorithm), nearest to it among the shortest.

Rows: the double's bits in hex, then repr. Half are random bit patterns of every exponent;
half are powers of two times small odd numbers, where the doubles below are twice as dense
as those above and rounding to fewer digits is not always the answer.
Run: python3 shortest_doubles.py > shortest_doubles.tsv
"""
import math
import random
import struct

rng = random.Random(20261129)
rows = []
while len(rows) < 200:
    v = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if math.isfinite(v) and v != 0:
        rows.append(v)
for e in range(-1074, 1024, 7):
    rows.append(math.ldexp(1.0, e))
    rows.append(-math.ldexp(3.0, e - 2) if e > -1070 else math.ldexp(1.0, e))
for v in rows:
    bits = struct.unpack('<Q', struct.pack('<d', v))[0]
    print(f"{bits:016x}\t{v!r}")
