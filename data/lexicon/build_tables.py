"""Rebuild `cameo_codes.tsv` and `cameo_plover.tsv` from the published CAMEO and PLOVER tables.

Run from anywhere: `python data/lexicon/build_tables.py [--shared PATH]`. The inputs are the
CAMEO 1.1b3 code list (with GDELT Goldstein weights) and the PLOVER project's CAMEO->PLOVER
table, both under the team's read-only `shared/data/` folder. The outputs are checked in, so
the package never needs `shared/` at run time; this script only makes them reproducible.

Choices (each output row records its `basis`):
* goldstein: the GDELT scale; code 1213 is missing there and takes the ICEWS weight.
* name: the CAMEO 1.1b3 manual's wording (as carried by ICEWS), not GDELT's labels, which
  disagree for 101-108.
* PLOVER mode: the manual v2.0 name (`plover_mode_v2`); CAMEO 175's reference rows put the
  context `pro_autocracy` in the mode column, so it moves to the context.
* PLOVER context: names outside the v2.0 context list are mapped (`humanitarian` ->
  `human_security`, `democracy` -> `pro_democracy`).
* 02x (APPEAL) is absent from the reference and the manual's cue table drops it, but PLOVER
  REQUEST covers "all requests, demands, and orders", so each 02x code takes the type, mode and
  context of its DEMAND twin (021 <- 101, 0253 <- 1053, ...): CAMEO built 02 and 10 in parallel.
* 01x (MAKE PUBLIC STATEMENT) has no PLOVER category: type `dropped`, as the cue table says.
* Root codes take the row of their residual `x0` code (08 -> 080, CONCEDE).
* Reference code 1214 is not a CAMEO code and is left out.
* A few reference rows contradict the PLOVER manual v2.0 definitions and are overridden
  (`MANUAL_OVERRIDES`, basis says why): 0813/0814 (ease curfew / state of emergency) are
  CONCEDE, whose definition names "removing curfews"; 192 (occupy, seize control of territory
  with armed forces) is ASSAULT, not COERCE `seize` (which v2.0 limits to searches,
  confiscation and raids): PLOVER's own gold records code CAMEO 192's manual example
  ("retaken a strategic village after fierce fighting") and "mounted its invasion" as FIGHT;
  163 (impose embargo, boycott or sanctions) is SANCTION `discontinue` (curtail or terminate
  commercial exchanges), not COERCE `restrict`, which v2.0 keeps for political freedoms and
  movement; 114 (complain officially) is ACCUSE `disapprove`, whose definition names
  "objections and complaints", not `allege` (accusing, suing, indicting).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[1].parent / "shared"

CONTEXT_RENAMES = {"humanitarian": "human_security", "democracy": "pro_democracy"}
DROPPED_TYPE = "dropped"
MANUAL_OVERRIDES: dict[str, tuple[str, str, list[str], str]] = {
    "0813": ("CONCEDE", "", ["legal"], "manual v2.0: CONCEDE covers removing curfews"),
    "0814": ("CONCEDE", "", ["legal"], "manual v2.0: CONCEDE covers easing legal restrictions"),
    "192": ("ASSAULT", "", ["military"], "manual v2.0 + PLOVER gold: armed seizure of territory"),
    "114": (
        "ACCUSE", "disapprove", ["diplomatic"],
        "manual v2.0: ACCUSE disapprove covers objections and complaints; allege is accusing",
    ),
    "163": (
        "SANCTION", "discontinue", ["economic"],
        "manual v2.0: SANCTION discontinue curtails commercial exchanges (embargo, sanctions)",
    ),
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def write_tsv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def code_rows(eventcodes: list[dict[str, str]]) -> list[list[str]]:
    rows = []
    for rec in eventcodes:
        goldstein = rec["goldstein_gdelt"] or rec["goldstein_icews"]
        rows.append(
            [rec["code"], rec["root_code"], rec["name_cameo_icews"], goldstein, rec["quad_class"]]
        )
    return rows


def plover_reference(
    rows: list[dict[str, str]], contexts: set[str], modes: dict[str, set[str]]
) -> dict[str, tuple[str, str, list[str], str]]:
    """code -> (type, mode, contexts, basis) from the PLOVER project's table."""
    mapped: dict[str, tuple[str, str, list[str], str]] = {}
    for rec in rows:
        if rec["row_type"] != "code":
            continue
        ptype = rec["plover_event"]
        mode = rec["plover_mode_v2"]
        context = [c.strip() for c in rec["plover_context"].split(";") if c.strip()]
        basis = "reference"
        if not mode and rec["plover_mode_2021"] in contexts:
            context.append(rec["plover_mode_2021"])
            basis = "reference; context moved out of the mode column"
        elif rec["plover_mode_2021"] and not mode:
            basis = f"reference; 2021 mode {rec['plover_mode_2021']!r} not in manual v2.0"
        renamed = [CONTEXT_RENAMES.get(c, c) for c in context]
        if renamed != context:
            basis += "; context renamed to v2.0 list"
        for name in renamed:
            if name not in contexts:
                raise ValueError(f"code {rec['cameo_code']}: unknown PLOVER context {name!r}")
        if mode and mode not in modes[ptype]:
            raise ValueError(f"code {rec['cameo_code']}: {mode!r} is not a {ptype} mode")
        # Keep the context order stable and free of duplicates (175 is listed twice).
        mapped[rec["cameo_code"]] = (ptype, mode, sorted(set(renamed), key=renamed.index), basis)
    return mapped


def plover_rows(
    codes: list[str], reference: dict[str, tuple[str, str, list[str], str]]
) -> list[list[str]]:
    rows = []
    for code in codes:
        if code in MANUAL_OVERRIDES:
            ptype, mode, context, basis = MANUAL_OVERRIDES[code]
        elif code in reference:
            ptype, mode, context, basis = reference[code]
        elif code.startswith("01"):
            ptype, mode, context, basis = DROPPED_TYPE, "", [], "cue table: 01 dropped"
        elif code.startswith("02") and len(code) > 2:
            twin = "10" + code[2:]
            ptype, mode, context, _ = reference[twin]
            basis = f"filled: APPEAL mirrors DEMAND twin {twin}"
        elif code == "02":
            ptype, mode, context, _ = reference["100"]
            basis = "filled: APPEAL mirrors DEMAND twin 10"
        elif len(code) == 2:
            ptype, mode, context, _ = reference[code + "0"]
            basis = f"root: as residual code {code}0"
        else:
            raise ValueError(f"CAMEO code {code} has no PLOVER mapping and no fill rule")
        rows.append([code, ptype, mode, ";".join(context), basis])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    cameo_dir = args.shared / "data" / "cameo"
    plover_dir = args.shared / "data" / "plover"
    eventcodes = read_tsv(cameo_dir / "eventcodes.tsv")
    ontology = json.loads((plover_dir / "plover.json").read_text(encoding="utf-8"))
    contexts = {c["name"] for c in ontology["contexts"]}
    modes = {name: set(spec["modes"]) for name, spec in ontology["types"].items()}
    reference = plover_reference(read_tsv(plover_dir / "cameo_to_plover.tsv"), contexts, modes)
    codes = [rec["code"] for rec in eventcodes]
    n_codes = write_tsv(
        args.out / "cameo_codes.tsv",
        ["code", "root", "name", "goldstein", "quad_class"],
        code_rows(eventcodes),
    )
    n_plover = write_tsv(
        args.out / "cameo_plover.tsv",
        ["code", "type", "mode", "context", "basis"],
        plover_rows(codes, reference),
    )
    dropped = sorted(set(reference) - set(codes))
    print(f"cameo_codes.tsv: {n_codes} codes; cameo_plover.tsv: {n_plover} codes")
    if dropped:
        print(f"reference codes that are not CAMEO codes, left out: {', '.join(dropped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
