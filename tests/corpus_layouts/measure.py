"""How well the review agrees with the levels the plans were written and labelled with.

Usage (from the repository root):

    .venv/bin/python tests/corpus_layouts/measure.py [--details] [--criterion ID] FOLDER...

Each FOLDER holds `plans/` and `expected.yaml` (see this folder's README). Prints, per
folder and in all, exact agreement over plan × criterion (the eleven criteria other than
`begriplighet`, which is LIX arithmetic) and quadratic-weighted Cohen's kappa, every miss,
and whether the `not_a_plan` warning was given where it should be and only there.
`--save FILE` writes every judgement; `--diff FILE` shows what changed since then.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from sipcheck.checklist.loader import load_checklist
from sipcheck.experts.agreement_stats import cohen_kappa
from sipcheck.review import review_paths

ORDER = ["ej_uppfyllt", "delvis", "uppfyllt"]
SKIP = {"begriplighet"}


def judge(folder: Path, checklist=None) -> tuple[list[dict], list[tuple]]:
    """Every judgement of a corpus folder as dicts (file, criterion, got, want, result), and
    the not_a_plan outcomes as (file, flagged, expected)."""
    checklist = checklist or load_checklist("kvalitetskollen")
    expected = yaml.safe_load((folder / "expected.yaml").read_text("utf-8"))
    round_data = review_paths([folder / "plans"], checklist, jobs=1, cache=False)
    plans = {plan["file"]: plan for plan in round_data["plans"]}
    judgements, not_plans = [], []
    for file, levels in expected.items():
        if file == "unreadable":
            continue
        plan = plans[file]
        flagged = any(p["code"] == "not_a_plan" for p in plan["problems"])
        if levels.get("not_a_plan"):
            not_plans.append((file, flagged, True))
            continue
        if flagged:
            not_plans.append((file, flagged, False))
        results = {c["id"]: c for c in plan["criteria"]}
        for criterion, level in levels.items():
            if criterion in SKIP:
                continue
            result = results.get(criterion, {})
            judgements.append({"file": file, "criterion": criterion,
                               "got": result.get("level"), "want": level, "result": result})
    return judgements, not_plans


def agreement(judgements: list[dict]) -> tuple[int, int, float | None]:
    """Hits, total and quadratic-weighted kappa."""
    pairs = [(j["got"], j["want"]) for j in judgements if j["got"] in ORDER]
    hits = sum(j["got"] == j["want"] for j in judgements)
    return hits, len(judgements), cohen_kappa(pairs, ORDER)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--details", action="store_true", help="reasons and evidence")
    parser.add_argument("--criterion", help="only this criterion")
    parser.add_argument("--save", type=Path, help="write every judgement to this file")
    parser.add_argument("--diff", type=Path, help="show judgements changed since --save")
    args = parser.parse_args()
    checklist = load_checklist("kvalitetskollen")
    everything = []
    for folder in args.folders:
        judgements, not_plans = judge(folder, checklist)
        if args.criterion:
            judgements = [j for j in judgements if j["criterion"] == args.criterion]
        everything += [{**j, "folder": folder.name} for j in judgements]
        hits, total, kappa = agreement(judgements)
        shown = "–" if kappa is None else f"{kappa:.3f}"
        print(f"== {folder.name}: {hits}/{total} = {hits / max(1, total):.1%}, κw = {shown}")
        per = defaultdict(lambda: [0, 0])
        for j in judgements:
            per[j["criterion"]][1] += 1
            per[j["criterion"]][0] += j["got"] == j["want"]
        print("   " + "  ".join(f"{c} {h}/{t}" for c, (h, t) in sorted(per.items())))
        for file, flagged, wanted in not_plans:
            print(f"   not_a_plan {file}: given={flagged} expected={wanted}"
                  f"{'' if flagged == wanted else '  WRONG'}")
        misses = Counter((j["want"], j["got"]) for j in judgements if j["got"] != j["want"])
        print("   misses (expected→got): " + ", ".join(
            f"{want}→{got} {n}" for (want, got), n in misses.most_common()))
        for j in judgements:
            if j["got"] == j["want"]:
                continue
            print(f"   {j['file']:16} {j['criterion']:17} got {j['got']:12} want {j['want']}")
            if args.details:
                print(f"        reason: {j['result'].get('reason')}")
                for item in j["result"].get("evidence", []):
                    print(f"        evidence: {item['text'][:150]!r}")
    lines = [f"{j['folder']}/{j['file']} {j['criterion']} {j['got']} {j['want']}"
             for j in everything]
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", "utf-8")
    if args.diff:
        before = {" ".join(line.split()[:2]): line.split()[2]
                  for line in args.diff.read_text("utf-8").splitlines()}
        for line in lines:
            name, criterion, got, want = line.split()
            was = before.get(f"{name} {criterion}")
            if was is not None and was != got:
                mark = "better" if got == want else "worse" if was == want else "other"
                print(f"   changed {name} {criterion}: {was} -> {got} (want {want}) {mark}")
    if len(args.folders) > 1:
        hits, total, kappa = agreement(everything)
        print(f"== all: {hits}/{total} = {hits / max(1, total):.1%}, κw = {kappa:.3f}")


if __name__ == "__main__":
    main()
