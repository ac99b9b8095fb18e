"""Benchmark the kit on this machine and print a Markdown report (BENCHMARKS.md is made from it).

Usage: python scripts/benchmark.py
Measures: cold `analyze` of the seed (a fresh process, as a user runs it), throughput of the full
analysis in corpus mode (100 copies of the seed; 1 and 2 processes), peak memory, the time to execute
all notebooks, and how time grows when the text doubles. Uses only the project and the Python stdlib.
"""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articlekit import analyze, from_text, get_nlp

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a96b2bb4e5797160.txt"


def timed(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def cold_analyze(runs: int = 5) -> float:
    """Median wall time of `python -m articlekit analyze SEED` in a new process."""
    return statistics.median(timed([sys.executable, "-m", "articlekit", "analyze", str(SEED)]) for _ in range(runs))


def corpus_throughput(copies: int, processes: int) -> tuple[float, int, float]:
    """Seconds, tokens and peak memory (MB) of corpus mode over `copies` copies of the seed."""
    with tempfile.TemporaryDirectory() as folder:
        for i in range(copies):
            (Path(folder) / f"{i:03d}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        code = ("import resource, sys, time\nfrom articlekit import get_nlp\nfrom articlekit.cli import main\n"
                "get_nlp()\nstart = time.perf_counter()\nsys.stdout = open('/dev/null', 'w')\n"
                f"main(['analyze', {folder!r}, '--jsonl', '--date', '2025-01-21', '--processes', '{processes}'])\n"
                "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
                " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        seconds, own, children = result.stderr.split()[-3:]
    tokens = copies * len(get_nlp().tokenizer(SEED.read_text(encoding="utf-8")))
    return float(seconds), tokens, max(int(own), int(children)) / 1024


def peak_memory_single() -> float:
    """Peak resident memory (MB) of one cold `analyze` of the seed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "articlekit", "analyze", str(SEED)], check=True, capture_output=True)
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def notebooks_time() -> float:
    """Seconds to execute every notebook in a fresh kernel each, as nbval does."""
    start = time.perf_counter()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                            "--output-dir", out, str(notebook)], check=True, capture_output=True,
                           cwd=notebook.parent)
    return time.perf_counter() - start


def doubling() -> list[tuple[int, float]]:
    """Analysis time (in process, warm) for the seed repeated 16, 32, 64 and 128 times."""
    text = SEED.read_text(encoding="utf-8")
    analyze(from_text(text, date="2025-01-21"))
    rows = []
    for copies in (16, 32, 64, 128):
        big = (text + "\n") * copies
        start = time.perf_counter()
        analyze(from_text(big, date="2025-01-21"))
        rows.append((len(big), time.perf_counter() - start))
    return rows


def main() -> int:
    cold = cold_analyze()
    memory = peak_memory_single()
    one = corpus_throughput(100, 1)
    two = corpus_throughput(100, 2)
    growth = doubling()
    books = notebooks_time()
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores\n")
    print("| measure | result | target |\n|---|---|---|")
    print(f"| cold `analyze` of the seed (median of 5, new process) | {cold:.2f} s | ≤ 2.5 s |")
    print(f"| peak memory of one `analyze` | {memory:.0f} MB | ≤ 300 MB |")
    print(f"| corpus mode, 100 × seed, 1 process | {one[1] / one[0]:,.0f} tokens/s "
          f"({one[0]:.1f} s, peak {one[2]:.0f} MB) | ≥ 20,000 tokens/s |")
    print(f"| corpus mode, 100 × seed, 2 processes | {two[1] / two[0]:,.0f} tokens/s "
          f"({two[0]:.1f} s, peak per process {two[2]:.0f} MB) | |")
    print(f"| executing all notebooks | {books:.1f} s | ≤ 60 s |")
    ratios = [later[1] / earlier[1] for earlier, later in zip(growth, growth[1:], strict=False)]
    print(f"| time when the text doubles ({', '.join(f'{c:,}' for c, _ in growth)} characters) | "
          f"× {', × '.join(f'{r:.2f}' for r in ratios)} ({', '.join(f'{t:.1f} s' for _, t in growth)}) | ≤ × 2.2 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
