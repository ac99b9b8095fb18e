"""Benchmark the kit on this machine and print a Markdown report (BENCHMARKS.md is made from it).

Usage: python scripts/benchmark.py
Measures, distinct texts first: throughput of the full analysis in corpus mode on the 700 different Wikinews
articles of the SpkAtt training data (../shared/devdata; skipped when absent) and on the 160 articles shipped in
data/corpus, in a new process each (1 and 2 processes); then 100 copies of the seed, marked as a cache figure
(repeated sentences are tagged once). Also cold `analyze` of the seed against importing spaCy (the very first run
with an empty name cache, then the usual one, and the usual one ended by Python's normal exit), peak memory, the time
to execute all notebooks, and how time grows when the text doubles. Uses only the project and the stdlib.
"""
from __future__ import annotations

import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articlekit import analyze, from_text, get_nlp

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a96b2bb4e5797160.txt"
SPKATT = ROOT.parent / "shared" / "devdata" / "spkatt2023-task2-train"
RUNS = 15


def timed(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def cold_analyze() -> dict[str, float]:
    """Wall times of `python -m articlekit analyze SEED` in new processes: the very first run (empty cache), then
    medians, interleaved (the machine's load drifts), of it with the cache filled, of the same analysis ended the
    way Python normally ends (tearing down every object), and of importing spaCy with a blank German pipeline."""
    compileall.compile_dir(ROOT / "articlekit", quiet=1)  # as after `pip install`, even with PYTHONDONTWRITEBYTECODE
    analyze_cmd = [sys.executable, "-m", "articlekit", "analyze", str(SEED)]
    normal_exit_cmd = [sys.executable, "-c", "import gc, sys; gc.disable(); from articlekit.cli import main; "
                       f"sys.exit(main(['analyze', {str(SEED)!r}]))"]
    blank_cmd = [sys.executable, "-c", "import spacy; spacy.blank('de')"]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "ARTICLEKIT_CACHE": cache}
        first = timed(analyze_cmd, env=env)
        times = [(timed(analyze_cmd, env=env), timed(normal_exit_cmd, env=env), timed(blank_cmd))
                 for _ in range(RUNS)]
    medians = [statistics.median(column) for column in zip(*times, strict=True)]
    return {"first": first, "analyze": medians[0], "normal_exit": medians[1], "blank": medians[2]}


def write_spkatt(folder: Path) -> None:
    """The SpkAtt articles as text files (tokens joined by spaces) with their dates in a .toml beside each."""
    for path in sorted(SPKATT.glob("*.json")):
        sentences = json.loads(path.read_text(encoding="utf-8"))["Sentences"]
        stem = path.name.split(" ", 1)[0]
        (folder / f"{stem}.txt").write_text("\n".join(" ".join(s["Tokens"]) for s in sentences), encoding="utf-8")
        (folder / f"{stem}.toml").write_text(f"date = {path.stem.rsplit('(', 1)[1][:10]}\n", encoding="utf-8")


def write_corpus(folder: Path) -> None:
    """The 160 Wikinews articles shipped with the kit (texts and their .toml metadata)."""
    for path in (ROOT / "data" / "corpus").glob("*.t*"):
        if path.suffix in (".txt", ".toml"):
            shutil.copy(path, folder / path.name)


def write_seed_copies(folder: Path, copies: int = 100) -> None:
    """The seed article `copies` times: repeated text, so this measures the kit's per-sentence cache too."""
    for i in range(copies):
        (folder / f"{i:03d}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / f"{i:03d}.toml").write_text("date = 2025-01-21\n", encoding="utf-8")


def corpus_throughput(write, processes: int) -> tuple[float, int, float, int]:
    """Seconds, tokens, peak memory (MB) and article count of corpus mode in a new process over a written folder."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write(folder)
        code = ("import resource, sys, time\nfrom articlekit import get_nlp\nfrom articlekit.cli import main\n"
                "get_nlp()\nstart = time.perf_counter()\nsys.stdout = open('/dev/null', 'w')\n"
                f"main(['analyze', {name!r}, '--jsonl', '--processes', '{processes}'])\n"
                "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
                " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        seconds, own, children = result.stderr.split()[-3:]
        texts = [path.read_text(encoding="utf-8") for path in folder.glob("*.txt")]
    tokens = sum(len(get_nlp().tokenizer(text)) for text in texts)
    return float(seconds), tokens, max(int(own), int(children)) / 1024, len(texts)


def peak_memory_single() -> float:
    """Peak resident memory (MB) of one cold `analyze` of the seed, read by a new parent process that runs only it
    (the benchmark's own children include the corpus runs measured before)."""
    code = ("import resource, subprocess, sys\n"
            "subprocess.run([sys.executable, '-m', 'articlekit', 'analyze', sys.argv[1]], check=True,"
            " stdout=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    result = subprocess.run([sys.executable, "-c", code, str(SEED)], check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


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


def throughput_row(label: str, write, processes: int) -> str:
    """One table row: tokens per second of corpus mode (with time, size and peak memory)."""
    seconds, tokens, memory, count = corpus_throughput(write, processes)
    return (f"| {label}, {count} articles, {processes} process{'es' if processes > 1 else ''} | "
            f"{tokens / seconds:,.0f} tokens/s ({tokens:,} tokens, {seconds:.1f} s, peak {memory:.0f} MB) |")


def main() -> int:
    rows = []
    if SPKATT.exists():
        rows += [throughput_row("distinct texts: SpkAtt train (Wikinews)", write_spkatt, n) for n in (1, 2)]
    rows += [throughput_row("distinct texts: data/corpus (Wikinews)", write_corpus, 1),
             throughput_row("repeated text, a cache figure: 100 × the seed", write_seed_copies, 1)]
    cold = cold_analyze()
    memory = peak_memory_single()
    growth = doubling()
    books = notebooks_time()
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores\n")
    print("| measure | result |\n|---|---|")
    print("\n".join(rows))
    print(f"| cold `analyze` of the seed (median of {RUNS}, new process) | {cold['analyze']:.2f} s "
          f"(× {cold['analyze'] / cold['blank']:.2f} of `import spacy; spacy.blank('de')`: {cold['blank']:.2f} s) |")
    print(f"| the same, very first run (empty name cache) | {cold['first']:.2f} s "
          f"(× {cold['first'] / cold['blank']:.2f}) |")
    print(f"| the same, ended by Python's normal exit (median of {RUNS}) | {cold['normal_exit']:.2f} s "
          f"(× {cold['normal_exit'] / cold['blank']:.2f}) |")
    print(f"| peak memory of one `analyze` | {memory:.0f} MB |")
    print(f"| executing all notebooks | {books:.1f} s |")
    ratios = [later[1] / earlier[1] for earlier, later in zip(growth, growth[1:], strict=False)]
    print(f"| time when the text doubles ({', '.join(f'{c:,}' for c, _ in growth)} characters) | "
          f"× {', × '.join(f'{r:.2f}' for r in ratios)} ({', '.join(f'{t:.1f} s' for _, t in growth)}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
