"""CAMEO code tables: names, Goldstein scores, quad classes, the CAMEO->PLOVER map, intent codes."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.resources import DataFileError

# Header aliases: the team's tables and the shared reference tables name columns differently.
_CODE = ("code", "cameo", "cameo_code")
_ROOT = ("root", "root_code", "cameo_root")
_NAME = ("name", "label", "name_cameo_icews", "label_gdelt", "cameo_label")
_GOLDSTEIN = ("goldstein", "goldstein_gdelt")
_QUAD = ("quad_class", "quad")
_TYPE = ("type", "plover_type", "plover_event", "plover")
_MODE = ("mode", "plover_mode", "plover_mode_v2")
_CONTEXT = ("context", "plover_context", "contexts")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class PloverMapping:
    type: str
    mode: str | None
    context: tuple[str, ...]


def _read_tsv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    if not path.exists():
        raise FileNotFoundError(f"eventwire data file missing: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip()]
    content = [(n, line) for n, line in lines if not line.lstrip().startswith("#")]
    if not content:
        raise DataFileError(f"{path}: empty table")
    reader = csv.reader([line for _, line in content], delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    header = [h.strip().lower() for h in rows[0]]
    records = []
    for (number, _), row in zip(content[1:], rows[1:], strict=True):
        padded = row + [""] * (len(header) - len(row))
        records.append((number, {h: v.strip() for h, v in zip(header, padded, strict=False)}))
    return header, records


def _column(header: list[str], names: tuple[str, ...], path: Path, required: bool = True) -> str:
    for name in names:
        if name in header:
            return name
    if required:
        raise DataFileError(f"{path}: no column named any of {names} (header: {header})")
    return ""


def _split_contexts(value: str) -> tuple[str, ...]:
    parts = value.replace(",", ";").replace("|", ";").split(";")
    return tuple(p.strip() for p in parts if p.strip())


@dataclass(slots=True)
class CodeTables:
    """Everything an event needs from its CAMEO code besides the trigger."""

    cameo: dict[str, CameoCode] = field(default_factory=dict)
    plover: dict[str, PloverMapping] = field(default_factory=dict)
    # control kind (intent, threat, refuse, appeal, demand) -> embedded code -> resulting code
    control: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> CodeTables:
        tables = cls()
        tables.cameo = load_cameo_codes(folder / "cameo_codes.tsv")
        tables.plover = load_cameo_plover(folder / "cameo_plover.tsv")
        intent_path = folder / "intent.tsv"
        if intent_path.exists():
            tables.control = load_intent(intent_path)
        return tables

    def lookup(self, code: str) -> CameoCode | None:
        """The code's row; a 4-digit code unknown to the table falls back to its 3-digit base."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.cameo:
                return self.cameo[candidate]
        return None

    def control_code(self, kind: str, embedded: str) -> str | None:
        """The code a control verb of `kind` gives an embedded event (most specific row wins)."""
        table = self.control.get(kind, {})
        for candidate in (embedded, embedded[:3], embedded[:2]):
            if candidate in table:
                return table[candidate]
        return None

    def plover_for(self, code: str) -> PloverMapping | None:
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.plover:
                return self.plover[candidate]
        return None


def load_cameo_codes(path: Path) -> dict[str, CameoCode]:
    header, records = _read_tsv(path)
    code_col = _column(header, _CODE, path)
    root_col = _column(header, _ROOT, path, required=False)
    name_col = _column(header, _NAME, path, required=False)
    gold_col = _column(header, _GOLDSTEIN, path)
    quad_col = _column(header, _QUAD, path)
    codes: dict[str, CameoCode] = {}
    for number, row in records:
        code = row[code_col]
        if not code.isdigit():
            raise DataFileError(f"{path}:{number}: bad CAMEO code {code!r}")
        try:
            goldstein = float(row[gold_col])
            quad = int(row[quad_col])
        except ValueError as exc:
            raise DataFileError(f"{path}:{number}: bad goldstein/quad_class value ({exc})") from exc
        codes[code] = CameoCode(
            code=code,
            root=(row.get(root_col) or code[:2]) if root_col else code[:2],
            name=row.get(name_col, "") if name_col else "",
            goldstein=goldstein,
            quad_class=quad,
        )
    return codes


def load_cameo_plover(path: Path) -> dict[str, PloverMapping]:
    header, records = _read_tsv(path)
    code_col = _column(header, _CODE, path)
    type_col = _column(header, _TYPE, path)
    mode_col = _column(header, _MODE, path, required=False)
    context_col = _column(header, _CONTEXT, path, required=False)
    mapping: dict[str, PloverMapping] = {}
    for number, row in records:
        code, plover_type = row[code_col], row[type_col]
        if not code.isdigit():
            raise DataFileError(f"{path}:{number}: bad CAMEO code {code!r}")
        if not plover_type:
            continue
        # the first row of a code wins (the reference table lists 175 twice)
        mapping.setdefault(
            code,
            PloverMapping(
                type=plover_type,
                mode=(row.get(mode_col) or None) if mode_col else None,
                context=_split_contexts(row.get(context_col, "")) if context_col else (),
            ),
        )
    return mapping


def load_intent(path: Path) -> dict[str, dict[str, str]]:
    """`embedded<TAB>intent<TAB>threat<TAB>...`: per control kind, the embedded code's new code.

    An empty cell means the control verb's own code applies.
    """
    header, records = _read_tsv(path)
    key_col = _column(header, ("embedded", "root", "embedded_root", "cameo_root"), path)
    kinds = [h for h in header if h not in (key_col, "note", "notes", "comment")]
    table: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for number, row in records:
        embedded = row[key_col]
        if not embedded.isdigit():
            raise DataFileError(f"{path}:{number}: bad embedded code {embedded!r}")
        for kind in kinds:
            value = row.get(kind, "")
            if not value:
                continue
            if not value.isdigit():
                raise DataFileError(f"{path}:{number}: bad code {value!r} in column {kind}")
            table[kind][embedded] = value
    return table
