"""Readers for PETRARCH/TABARI actor and agent dictionaries.

Actors: `NAME [CODE]` with `+SYNONYM` lines and indented, optionally dated code blocks
(`[IRNGOV 130803-210803]`, `[HOB < 950601]`, `[HOBREB > 990816]`). Agents: `PHRASE {PLURALS}
[~SEC]` (sector suffix) or `[SEC~]` (prefix), with `!MACRO! = a, b` substitutions. Underscores
join words; a phrase without a trailing underscore ends in a stem ("ARGENTIN" -> Argentina).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from eventwire.actors.codes import SECTOR_CODES
from eventwire.actors.kb import Country, KnowledgeBase, KnownActor, Role, Title
from eventwire.resources import DataFileError

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^\s*([A-Za-z\-+#]*)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))\s*$")
_MACRO = re.compile(r"^\s*!([A-Za-z]+)!\s*=\s*(.+)$")
_MIN_STEM = 3


def looks_like_agents(text: str) -> bool:
    return bool(re.search(r"\[\s*~|~\s*\]", text))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _without_xml_comments(text: str) -> str:
    return re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


def _dict_date(value: str, where: str) -> date:
    """PETRARCH dates are YYMMDD (YY < 50 means 20YY) or YYYYMMDD."""
    try:
        if len(value) == 8:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        year = int(value[:2])
        return date(2000 + year if year < 50 else 1900 + year, int(value[2:4]), int(value[4:]))
    except ValueError:
        raise DataFileError(f"{where}: bad date {value!r} in a code block") from None


def _phrase(raw: str) -> str:
    """`PRESIDENT_GEORGE_W._BUSH` -> `PRESIDENT GEORGE W. BUSH`; stems get a trailing `*`."""
    exact = raw.endswith("_")
    # PETRARCH upper-cases the text before matching, so its all-capital entries are not
    # acronyms: stored in capitalised form, the matcher compares them case-insensitively
    words = [_capitalised(w) for w in raw.strip("_").replace("_", " ").split()]
    text = " ".join(words)
    # a stem of one or two letters ("THE_KU") would swallow unrelated words ("the Kuwait")
    short = len(words[-1]) < _MIN_STEM if words else True
    return text if exact or short else f"{text}*"


def _capitalised(word: str) -> str:
    """`MCGONAGALL` -> `Mcgonagall`, `AL-QAEDA` -> `Al-Qaeda`; mixed-case words stay."""
    return word.title() if word.isupper() else word


def read_actors(path: Path, kb: KnowledgeBase) -> KnowledgeBase:
    out = KnowledgeBase()
    text = _without_xml_comments(path.read_text(encoding="utf-8", errors="replace"))
    current: KnownActor | None = None
    count = 0

    def finish() -> None:
        nonlocal current
        if current is not None and (current.code or current.roles):
            out.add_actor(current)
        current = None

    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{path}: line {number}"
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataFileError(f"{where}: synonym {stripped!r} before any actor")
            current.aliases.append(_phrase(stripped[1:].split("[")[0].strip()))
            _apply_blocks(current, stripped, where, kb)
            continue
        if raw[:1].isspace() and stripped.startswith("["):
            if current is None:
                raise DataFileError(f"{where}: code block {stripped!r} before any actor")
            _apply_blocks(current, stripped, where, kb)
            continue
        finish()
        name = stripped.split("[")[0].strip()
        if not name:
            raise DataFileError(f"{where}: code block without an actor name")
        count += 1
        phrase = _phrase(name.replace(" ", "_"))
        current = KnownActor(
            id=f"dict:{path.name}:{count}", name=phrase.rstrip("*"),
            aliases=[phrase] if phrase.endswith("*") else [], kind="actor", origin=str(path),
        )
        _apply_blocks(current, stripped, where, kb)
    finish()
    _declare_dictionary_countries(out, kb)
    out.sources.append(str(path))
    return out


def _declare_dictionary_countries(out: KnowledgeBase, base: KnowledgeBase) -> None:
    """Make every bare three-letter code the dictionary defines a country code.

    In PETRARCH a bare code in the first slot is a country (ARN, GON, KUW): agents compose
    with it ("Arnor officials" -> ARNGOV) and it locates country-less agents ("activists in
    Arnor"). The built-in KB only knows ISO codes, so codes it lacks are declared here;
    the named actor itself stays a dictionary actor, which wins the name match.
    """
    for actor in out.actors.values():
        code = actor.code
        if actor.roles or not code or not re.fullmatch(r"[A-Z]{3}", code):
            continue
        if code in SECTOR_CODES or base.country(code) or out.country(code):
            continue
        out.add_country(Country(iso3=code, cameo=code, name=actor.name))
        actor.country, actor.sector = code, None


def _apply_blocks(actor: KnownActor, line: str, where: str, kb: KnowledgeBase) -> None:
    for block in _CODE_BLOCK.findall(line):
        block = block.strip()
        dated = _DATED.match(block)
        if dated is None:
            code = block.split()[0].upper() if block.split() else ""
            if code and not re.fullmatch(r"[A-Z0-9+\-#/]+", code):
                raise DataFileError(f"{where}: bad code block [{block}]")
            if code and code not in {"---", "+++", "###"}:
                actor.code = code
                actor.country, actor.sector = kb.split_code(code)
            continue
        code = dated.group(1).upper()
        if dated.group(2) == "<":
            start, end = None, _dict_date(dated.group(3), where)
        elif dated.group(2) == ">":
            start, end = _dict_date(dated.group(3), where), None
        else:
            start, end = _dict_date(dated.group(4), where), _dict_date(dated.group(5), where)
        if not code or code in {"---", "+++", "###"}:
            continue
        country, sector = kb.split_code(code)
        actor.roles.append(Role(title=code, sector=sector, start=start, end=end,
                                country=country, code=code))


def read_agents(path: Path) -> KnowledgeBase:
    out = KnowledgeBase()
    text = _without_xml_comments(path.read_text(encoding="utf-8", errors="replace"))
    macros: dict[str, list[str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{path}: line {number}"
        line = _strip_comment(raw).strip()
        if not line:
            continue
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1).upper()] = [w.strip() for w in macro.group(2).split(",")]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            raise DataFileError(f"{where}: agent without a [~CODE] block: {line!r}")
        code = blocks[0].replace(" ", "").upper()
        if "~" not in code:
            raise DataFileError(f"{where}: agent code {code!r} has no ~")
        sector_code = code.replace("~", "")
        head = line.split("[")[0]
        plural_part = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", "", head).strip()
        plurals: list[str] | None = None
        if plural_part is not None:
            plurals = [p.strip() for p in plural_part.group(1).split(",") if p.strip()]
        sector = sector_code[:3] if sector_code[:3] in SECTOR_CODES else sector_code[:3] or None
        for expanded in _expand_macros(phrase, macros):
            forms = [expanded]
            if plurals:
                forms += [_expand_plural(p) for p in plurals]
            for form in forms:
                out.add_title(Title(
                    phrase=_phrase(form).rstrip("*"), sector=sector, kind="role",
                    code=sector_code if code.startswith("~") else None, origin=f"{where}",
                ))
    out.sources.append(str(path))
    return out


def _expand_plural(raw: str) -> str:
    return raw


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!([A-Za-z]+)!", phrase)
    if not found:
        return [phrase]
    values = macros.get(found.group(1).upper())
    if not values:
        return [phrase.replace(found.group(0), "")]
    out: list[str] = []
    for value in values:
        out.extend(_expand_macros(phrase.replace(found.group(0), value, 1), macros))
    return out
