"""Score the audit on an independent layout evaluation set (issue 10): marking codes, attribute, leaks.

The set is a folder of documents and a ``truth.jsonl``, one object a document::

    {"file": "…", "format": "docx|pdf|ofd|txt", "case": "…", "attribute": "主动公开" | … | null,
     "codes": ["LABEL_MISSING", …], "numbers": ["640502198001011234", …]}

``codes`` is the subset of LABEL_MISSING, LABEL_INVALID, LABEL_CONFLICT and FORWARD_MISMATCH the
document calls for; ``numbers`` are full ID, card and phone numbers planted in it that must never
appear in any output. The audit runs in-process through the library the CLI uses
(``classifiers.audit.audit_path``); then, for the leak check, every document's reports are written
into a scratch folder exactly as the service writes them — result.json, the flag report, the
退文通知单 when returned — plus the CLI table, the register and the monthly workbook and page over
all documents, and every file (docx/xlsx opened as their XML) is searched for every planted number.

Prints per-code precision and recall (document level), attribute accuracy, the misses case by case,
and the leaks (numbers shown masked). Targets (issue 10): P and R ≥ 0.95 for each code, no leak; the
exit status is 1 when one is missed.

    python -m bench.eval_layout DIR [--truth DIR/truth.jsonl] [--out SCRATCH] [-v]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import re
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CODES = ("LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "FORWARD_MISMATCH")
TARGET = 0.95


@dataclass
class Row:
    """One document's truth and what the audit made of it."""

    file: str
    fmt: str
    case: str
    want_attr: str | None
    want: set[str]
    numbers: tuple[str, ...]
    got_attr: str | None = None
    got: set[str] = field(default_factory=set)
    decision: str = ""
    error: str | None = None


def load_truth(path: Path) -> list[dict]:
    """The truth lines (blank lines skipped); a line without ``file`` is an error."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        d = json.loads(line)
        if "file" not in d:
            raise ValueError(f"{path}:{n}: no 'file'")
        out.append(d)
    return out


def _digits_joined(text: str) -> str:
    # "139 1234 5678" / "6222-0212-…" are the number too: drop single spaces/hyphens between digits
    return re.sub(r"(?<=[0-9])[ \-](?=[0-9])", "", text)


def output_texts(path: Path) -> list[tuple[str, str]]:
    """(label, text) to search in one output file: a zip (docx/xlsx) gives each XML member, raw and
    with tags removed (a number split over runs is still found); other files their text."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    xml = z.read(name).decode("utf-8", "replace")
                    out.append((f"{path.name}:{name}", xml))
                    out.append((f"{path.name}:{name} (text)", html.unescape(re.sub(r"<[^>]+>", "", xml))))
        return out
    return [(path.name, data.decode("utf-8", "replace"))]


def find_leaks(files: list[Path], numbers: set[str]) -> list[tuple[str, str]]:
    """(number, where) for every planted number found in any of ``files``."""
    leaks = []
    for p in files:
        for label, text in output_texts(p):
            joined = _digits_joined(text)
            for num in numbers:
                if num and (num in text or num in joined):
                    leaks.append((num, label))
    return leaks


def _mask(num: str) -> str:
    return num[:3] + "*" * max(0, len(num) - 7) + num[-4:] if len(num) > 7 else "*" * len(num)


def evaluate(root: Path, truth: Path | None = None, scratch: Path | None = None, *, verbose: bool = False,
             out=sys.stdout) -> dict:
    """Audit every document of the set, write its outputs into ``scratch``, score and print."""
    from classifiers import load_config
    from classifiers.audit import audit_path
    from reports import write_document_reports
    from reports.console import print_table
    from reports.monthly import write_monthly
    from reports.records import from_result
    from reports.register import rows_from_records, write_register
    from reports.stats import compute_monthly

    truth = truth or root / "truth.jsonl"
    lines = load_truth(truth)
    own_tmp = None
    if scratch is None:
        own_tmp = tempfile.TemporaryDirectory(prefix="eval_layout_")
        scratch = Path(own_tmp.name)
    scratch.mkdir(parents=True, exist_ok=True)
    config = load_config()
    rows: list[Row] = []
    outputs: dict[str, list[Path]] = {}
    results = []
    now = dt.datetime(2026, 11, 20, 10, 0)
    for i, t in enumerate(lines):
        rel = t["file"]
        row = Row(rel, t.get("format") or Path(rel).suffix.lstrip("."), t.get("case") or "", t.get("attribute"),
                  set(t.get("codes") or ()) & set(CODES), tuple(t.get("numbers") or ()))
        path = root / rel
        res = audit_path(path, config, display=rel)
        results.append(res)
        row.got = {f.code for f in res.findings} & set(CODES)
        row.got_attr, row.decision, row.error = res.attribute, str(res.decision), res.error
        rows.append(row)
        out_dir = scratch / f"{i:03d}"
        outputs[rel] = write_document_reports(res, out_dir, Path(rel).stem, now=now)
    # what leaves the process beyond the per-document reports: the CLI table, --json, register, monthly
    shared = scratch / "shared"
    shared.mkdir(exist_ok=True)
    table = io.StringIO()
    print_table(results, table)
    (shared / "audit-table.txt").write_text(table.getvalue(), encoding="utf-8")
    (shared / "audit.json").write_text(json.dumps([r.to_contract() for r in results], ensure_ascii=False, indent=2),
                                       encoding="utf-8")
    records = [from_result(r, run_id=i, received_at=now, decided_at=now, department="办公室") for i, r in enumerate(results)]
    # every document as if approved, so each title reaches the register
    approved = [from_result(r, run_id=i, received_at=now, decided_at=now, department="办公室", review="approved",
                            reviewed_at=now) for i, r in enumerate(results)]
    shared_files = [shared / "audit-table.txt", shared / "audit.json",
                    write_register(rows_from_records(approved, now.date(), now.date()), shared / "register.xlsx",
                                   now.date(), now.date())]
    shared_files += write_monthly(compute_monthly(records, now.year, now.month), shared)

    all_numbers = {n for r in rows for n in r.numbers}
    leaks: list[tuple[str, str, str]] = []
    for r in rows:
        for num, where in find_leaks(outputs[r.file], set(r.numbers)):
            leaks.append((r.file, num, where))
    for num, where in find_leaks(shared_files, all_numbers):
        leaks.append(("(all documents)", num, where))

    tp, fp, fn = Counter(), Counter(), Counter()
    for r in rows:
        for c in CODES:
            tp[c] += c in r.got and c in r.want
            fp[c] += c in r.got and c not in r.want
            fn[c] += c in r.want and c not in r.got
    n = len(rows)
    formats = Counter(r.fmt for r in rows)
    print(f"独立版式评测集 / layout evaluation set: {n} documents ({root}); "
          + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())), file=out)
    print(f"{'code':<18}{'support':>8}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}", file=out)
    per_code = {}
    ok = True
    for c in CODES:
        support = tp[c] + fn[c]
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        rec = tp[c] / support if support else 1.0
        per_code[c] = {"precision": prec, "recall": rec, "support": support, "tp": tp[c], "fp": fp[c], "fn": fn[c]}
        ok &= prec >= TARGET and rec >= TARGET
        print(f"{c:<18}{support:>8}{tp[c]:>5}{fp[c]:>5}{fn[c]:>5}{prec:>11.3f}{rec:>8.3f}", file=out)
    attr_right = sum(r.got_attr == r.want_attr for r in rows)
    exact = sum(r.got == r.want for r in rows)
    print(f"attribute accuracy  {attr_right / n if n else 0:.3f} ({attr_right}/{n})", file=out)
    print(f"codes exact         {exact / n if n else 0:.3f} ({exact}/{n})", file=out)
    for fmt_name in sorted(formats):
        sub = [r for r in rows if r.fmt == fmt_name]
        print(f"  {fmt_name:<5} codes exact {sum(r.got == r.want for r in sub)}/{len(sub)}, "
              f"attribute {sum(r.got_attr == r.want_attr for r in sub)}/{len(sub)}", file=out)
    misses = [r for r in rows if r.got != r.want or r.got_attr != r.want_attr]
    if misses:
        print(f"{len(misses)} document(s) differ:", file=out)
        print(f"  {'case':<28}{'file':<44}{'want':<34}{'got':<34}attribute want → got", file=out)
        for r in misses:
            want = ",".join(sorted(r.want)) or "—"
            got = ",".join(sorted(r.got)) or "—"
            print(f"  {r.case[:27]:<28}{r.file[-43:]:<44}{want:<34}{got:<34}{r.want_attr or '—'} → {r.got_attr or '—'}"
                  + (f"  [{r.decision}{': ' + r.error if r.error else ''}]" if verbose else ""), file=out)
    n_files = sum(len(v) for v in outputs.values()) + len(shared_files)
    checked = len(all_numbers)
    if leaks:
        ok = False
        print(f"LEAKS: {len(leaks)} full number(s) in the outputs ({checked} planted numbers, {n_files} files searched):", file=out)
        for f, num, where in leaks[:50]:
            print(f"  {f}: {_mask(num)} in {where}", file=out)
    else:
        print(f"leak check: no planted number in any output ({checked} numbers, {n_files} files searched)", file=out)
    print("targets met" if ok else f"TARGET MISSED (P, R ≥ {TARGET}; no leak)", file=out)
    if own_tmp is not None:
        own_tmp.cleanup()
    return {"n": n, "per_code": per_code, "attribute_accuracy": attr_right / n if n else 0.0, "exact": exact,
            "misses": [(r.case, r.file, sorted(r.want), sorted(r.got), r.want_attr, r.got_attr) for r in misses],
            "leaks": [(f, _mask(num), where) for f, num, where in leaks], "ok": ok}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="版式评测（独立评测集）/ score the audit on an independent layout set")
    p.add_argument("root", help="folder with the documents (and truth.jsonl)")
    p.add_argument("--truth", help="truth.jsonl (default ROOT/truth.jsonl)")
    p.add_argument("--out", help="keep the written outputs here (default: a temporary folder)")
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args(argv)
    root = Path(a.root)
    res = evaluate(root, Path(a.truth) if a.truth else None, Path(a.out) if a.out else None, verbose=a.verbose)
    return 0 if res["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
