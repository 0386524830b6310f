"""Issue 11's frozen judgement sets: unmarked secrets, commercial secrets, internal passages and marking vs nature.

Forty-two sets of 72–74 documents each (``bench/judgement_eval/set_a`` … ``set_z``, ``set_aa`` … ``set_ap``), and
eighteen focused sets of 32–36 (``set_aq`` … ``set_bh``: review panels named before they sit, unannounced inspections), each
written by its own writer who had read the bureau's rules but no product code, lexicon, rule, training corpus or
other set. The protocol, round after round: a new pair is written and frozen, scored untuned, and only then becomes
tuning data while the next pair is written. A and B were tuned on in the first round, C in the second, D–F in the
third (their paragraphs, labelled by readers who had not read the code, also train the passage model), G–P in the
fourth, two at a time (G+H, I+J, K+L, M+N, O+P), each pair scored untuned before it was read. Q and R, the fourth
round's final pair, were read in the fifth for their two false findings (a review and an inspection described after
the event). Sets S and T were written in the fifth round, scored untuned (totals only) and never read or tuned on.
U and V were written in the sixth round and scored untuned; U (tables) was then read and tuned on while V was held
out, then V while W and X were written and scored untuned, then W and X in turn; Y and Z, the sixth round's final
pair, were scored untuned and read in the seventh round, while AA (a province's long formal papers) and AB (a
district's OA exports and letters) were written. AA and AB were never read: ``final`` pools them (144 documents,
two writers), the figures the issue's targets are judged on. AC (an employers' bureau) and AD (an office collecting
the sections' papers) were written after them, scored untuned, then read and tuned on; then AE (a social-insurance
agency) and AF (an arbitration court and a labour inspectorate) in the same way. In the eighth round the paragraphs of
every tuning set (A–R, U–Z, AC–AF), each labelled by a reader who had not read the code, train the passage model
(``bench/passage_labels.py``), and two more writers wrote AG (a personnel-exam and talent centre) and AH (a county
bureau and its township stations), scored before and after and never read. In the ninth round two more writers
first wrote AI (a city's labour inspectorate, arbitration court and skills rating) and AJ (a social-insurance agency,
an employment and talent service and public-institution appointments), scored untuned and never read; then AK (a
provincial bureau) and AL (a district bureau), scored before and after the round's one judgement change and then read
(their paragraphs labelled too); then AM (a border prefecture) and AN (an information centre, labour relations and
county assessments), and AO (a coastal city's exams, titles, inspection and pensions) and AP (a mountain county),
written after the change, scored before and after it and never read: ``fresh`` pools those four, ``unread`` pools all
twelve never-read sets. In the tenth round six more writers wrote the focused sets with their own brief (8 panels,
8 unannounced inspections, 16–20 clean traps each): AQ+AR and AS+AT were scored before the changes they led to and
then read (``panels``); AU+AV were written after the first change, before the second, scored at the start and
after each change, and never read then. In the eleventh round AU+AV were read and tuned on, while four more writers wrote
AW and AX (scored at the start and after the first change, then read and tuned on) and AY and AZ (written after the
first change, scored at the start and after each change, then read for a third change) and BA and BB (written while
the third change was made, frozen before it was scored, scored at the start and after each change, never read then).
In the twelfth round BA and BB were read for a first change; BC (a prefecture-level city's formal papers) was written
while it was made, scored at the start and after it, then read for a second; BD (a coastal district's OA notes, phone
records and chat notices), scored at the start and after each change, was read for a third; BE (a province's
department and its centres) and BF (a county-level city's plain and OCR-like papers) were written after the second
change, frozen before they were scored, scored at the start and after each change, and never read:
``panels_fresh``. Each set's generator
writes the documents (about 2/3 docx in GB/T 9704 layout, 1/3 txt) and a truth file; this script generates a set
into a scratch folder, runs ``gongkai eval`` on it and prints the issue's targets:

    decision accuracy ≥ 0.9; SECRET_CONTENT, MIXED_CONTENT, COMMERCIAL_SECRET and LABEL_MISMATCH
    recall ≥ 0.85; at most one false SECRET/MIXED/COMMERCIAL/MISMATCH finding per ten clean documents.

    python -m bench.eval_judgement [a|…|z|aa|…|bh|final|fresh|unread|panels|panels_fresh|all] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "judgement_eval"
JUDGED = ("SECRET_CONTENT", "MIXED_CONTENT", "COMMERCIAL_SECRET", "LABEL_MISMATCH")
RECALL_TARGET, DECISION_TARGET, FALSE_PER_TEN = 0.85, 0.9, 1.0
SETS = (*"abcdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap",
        "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh")
#: The pair named final before the seventh round's tuning, never read or tuned on, pooled for the issue's final figures.
FINAL = ("aa", "ab")
#: The ninth round's last two pairs, written after its judgement change was made, scored before and after it (``fresh``).
FRESH = ("am", "an", "ao", "ap")
#: Every set never read or tuned on (``unread``, pooled): S and T (fifth round), AA and AB, AG and AH (eighth), AI, AJ,
#: AM, AN, AO and AP (ninth).
UNREAD = ("s", "t", "aa", "ab", "ag", "ah", "ai", "aj", "am", "an", "ao", "ap")
#: The focused pairs (review panels named before they sit, unannounced inspections). Tenth round: AQ+AR scored at the
#: round's start and then read; AS+AT commissioned while the first change was made, scored at the start and after it,
#: then read for their false findings; AU+AV written between the two changes, scored after each, read in the eleventh
#: round. Eleventh round: AW+AX scored at the start and after the first change, then read; AY+AZ written after the first
#: change, scored at the start and after each change, then read for the third; BA+BB written while the third was made,
#: scored at the start and after each change, never read then. Twelfth round: BA+BB read for the first change, BC for
#: the second and BD for the third, each scored before it was read; BE+BF written after the second, never read.
#: Thirteenth round: BG and BH written at its start (the twelfth round's brief, a setting each) and scored before any
#: change; BG read for the second change after the first; BH never read.
PANELS = ("aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "bg")
PANELS_FRESH = ("be", "bf", "bh")


def generate(which: str, out: Path) -> Path:
    """Write set ``which`` (a … z) into ``out``; the truth file's path."""
    subprocess.run([sys.executable, str(HERE / f"set_{which}" / "gen.py"), str(out)], check=True, capture_output=True)
    return out / "truth.jsonl"


def score(folder: Path, truth: Path, reports: Path) -> dict:
    """``gongkai eval --json`` on ``folder``, parsed."""
    cmd = [sys.executable, "-c", "import sys; from flows.cli import main; sys.exit(main())",
           "eval", str(folder), "--truth", str(truth), "--out", str(reports), "--json"]
    p = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(p.stdout)


def summary(ev: dict) -> dict:
    """The issue's figures from an evaluation: decision accuracy, recall per judged code, false findings on clean files."""
    codes = {c["code"]: c for c in ev["codes"]}
    clean = [f for f in ev["files"] if f["truth"]["decision"] == "approve" and not f["truth"]["codes"]]
    false = sum(len(set(f["audit"]["codes"]) & set(JUDGED)) for f in clean)
    return {
        "documents": ev["scored"],
        "decision": ev["decision"]["accuracy"],
        "recall": {c: codes[c]["recall"] for c in JUDGED if c in codes},
        "precision": {c: codes[c]["precision"] for c in JUDGED if c in codes},
        "clean": len(clean),
        "false_on_clean": false,
    }


def report(name: str, s: dict) -> bool:
    """Print one set's figures against the targets; True when all are met."""
    per_ten = 10 * s["false_on_clean"] / s["clean"] if s["clean"] else 0.0
    ok = s["decision"] >= DECISION_TARGET and per_ten <= FALSE_PER_TEN
    print(f"[set {name}] {s['documents']} documents")
    print(f"  decision accuracy {s['decision']:.3f} (target ≥ {DECISION_TARGET})")
    for c in JUDGED:
        r, p = s["recall"].get(c), s["precision"].get(c)
        met = r is not None and r >= RECALL_TARGET
        ok = ok and met
        shown = "—" if r is None else f"{r:.3f}"
        print(f"  {c:18} recall {shown:>6}  precision {'—' if p is None else f'{p:.3f}':>6}  (target recall ≥ {RECALL_TARGET}) "
              f"{'met' if met else 'NOT met'}")
    print(f"  false {'/'.join(c.split('_')[0] for c in JUDGED)} findings on {s['clean']} clean documents: "
          f"{s['false_on_clean']} = {per_ten:.1f} per ten (target ≤ {FALSE_PER_TEN})")
    print(f"  targets {'met' if ok else 'NOT met'}")
    return ok


def pooled(sets: tuple[str, ...], keep: Path | None) -> bool:
    """The sets pooled (``final``: AA+AB, 144 documents, two writers, never tuned on), then each alone; True when
    the pooled targets are met."""
    with tempfile.TemporaryDirectory() as tmp:
        root = keep if keep else Path(tmp) / "pooled"
        rows = []
        for which in sets:
            truth = generate(which, root / which)
            for line in truth.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    row["file"] = f"{which}/{row['file']}"
                    rows.append(row)
        pooled = root / "truth.jsonl"
        pooled.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        ok = report("+".join(sets).upper(), summary(score(root, pooled, Path(tmp) / "reports")))
        for which in sets:
            report(which.upper(), summary(score(root / which, root / which / "truth.jsonl", Path(tmp) / f"reports_{which}")))
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("which", nargs="?", default="all", choices=(*SETS, "final", "fresh", "unread", "panels", "panels_fresh", "both", "all"))
    ap.add_argument("--keep", type=Path, help="generate into this folder (kept) instead of a scratch one")
    args = ap.parse_args(argv)
    ok = True
    groups = {"final": FINAL, "fresh": FRESH, "unread": UNREAD, "panels": PANELS, "panels_fresh": PANELS_FRESH}
    if args.which in groups:
        return 0 if pooled(groups[args.which], args.keep) else 1
    sets = {"all": SETS, "both": ("a", "b")}.get(args.which, (args.which,))
    for which in sets:
        with tempfile.TemporaryDirectory() as tmp:
            root = (args.keep / which) if args.keep else Path(tmp) / which
            truth = generate(which, root)
            ok = report(which.upper(), summary(score(root, truth, Path(tmp) / "reports"))) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
