"""Credits, blocks: credit blocks ("Regie: ...", "Cast: ..."), cast tables, info and country lines,
capsules and photo credits.
"""

from __future__ import annotations

import re

from filmkritik.read import lexmatch, names
from filmkritik.read.credits.characters import Characters
from filmkritik.read.credits.common import (
    _AGENCY_TAIL,
    _LOWER_WORD,
    _QUOTED_TITLE,
    _ROLE_IN_PARENS,
    _SPLIT_LIST,
    _TRAILING_JUNK,
    _YEAR,
    CLEAR,
    CREDIT,
    HINT,
    Hit,
)
from filmkritik.read.names import RUN

_CAPSULE_DIRECTED = re.compile(rf"(?:Directed\s+by|Written\s+and\s+directed\s+by|Dir\.)\s+{RUN}\.\s*")
_CAPSULE_NAMES = rf"((?:{RUN})(?:(?:,\s+|,?\s+and\s+)(?:{RUN}))+)"
_CAPSULE_LIST_BEFORE = re.compile(rf"(?:^|(?<=[.!?)]\s)|(?<=\n)){_CAPSULE_NAMES}\.\s+$", re.M)
_CAPSULE_LIST_AFTER = re.compile(rf"{_CAPSULE_NAMES}\.(?:\s|$)")
_WITH_LIST = re.compile(
    rf"(?m)(?:^|(?<=[.!?]\s))With:?\s+((?:{RUN})(?:(?:,\s+|,?\s+and\s+)(?:{RUN}))+)(?:\s*\.(?:\s|$)|[ \t]*$)"
)
_SENTENCE_AFTER_NAME = re.compile(r"\.\s+(?:\d|[A-ZÄÖÜ])")
_CREDIT_DASH = re.compile(rf"[–—-]\s*({RUN})$")
_BULLET = re.compile(r"[ \t]*[-•*·–][ \t]+")
_CAST_LABEL_LINE = re.compile(
    r"(?im)^[ \t]*(?:the[ \t]+)?(?:cast|starring|voice[ \t]+cast|main[ \t]+cast|cast[ \t]+list)[ \t]*:?[ \t]*$"
)
_CAST_LABEL_LINE_DE = re.compile(
    r"(?im)^[ \t]*(?:die[ \t]+)?(?:darsteller(?:innen)?|darsteller(?:innen)?[ \t]+und[ \t]+rollen|besetzung|cast|mit)"
    r"[ \t]*:?[ \t]*$"
)
_DASHED_CAST_ROW = re.compile(
    rf"[ \t]*(?:[-•*·][ \t]+)?(?P<a>{RUN})[ \t]*(?:[–—|:]|[ \t]-[ \t]|\.{{2,}}|…)[ \t]*(?P<b>{RUN})[ \t]*"
)
_CAST_TABLE_HEAD = re.compile(
    r"(?im)^[ \t]*(?:Rolle|Figur|Role|Character)[ \t]*[–—:|/-][ \t]*"
    r"(?:Darsteller(?:in)?|Schauspieler(?:in)?|Actor|Actress|Cast|Besetzung)[ \t]*$"
)
_COLON_ROW = re.compile(rf"[ \t]*(?:[-•*·–][ \t]+)?(?P<role>{RUN})[ \t]*:[ \t]*(?P<actor>{RUN})[ \t]*")
_CAST_TABLE_ROW = re.compile(rf"[ \t]*(?P<role>[^–—|:\n]{{1,50}}?)[ \t]+[–—|:-][ \t]+(?P<actor>{RUN})[ \t]*")
#: The next abbreviated credit label inside a director's value ("R: X. D: A, B").
_NEXT_SHORT_LABEL = re.compile(r"[.,;]\s+[A-ZÄÖÜ][\w/-]{0,12}:")
_NEXT_SENTENCE_CAST = re.compile(r"\.\s+(?:Mit|With)\s+(?=[^\W\d_a-zäöüß])")
_FILM_WITH_HEAD = re.compile(
    rf"(?<![\w-])(?:Film|Spielfilm|Drama|Komödie|Thriller|Krimi|Western|Musical|Debüt|Debütfilm|Abenteuerfilm|Horrorfilm)"
    rf"(?:\s+von\s+(?:{RUN}))?$"
)
_WITH_NAMES = re.compile(rf"((?:{RUN})(?:(?:,\s+|\s+und\s+|\s+sowie\s+)(?:{RUN}))*)")
_EARLIER_FILM = re.compile(
    r"(?:letzten|vorigen|vorherigen|früheren|ersten|älteren|anderen|nächsten|neben)\s+(?:[\w-]+\s+)?$"
)
_AFTER_ROLE = re.compile(r"\)\s*\.\s+\S.*$")
#: A facts line's head: a title, then a country code and a year ("Mondkälber, D 2024, 101 Min., ").
_FACTS_HEAD = re.compile(r"[ \t]*([^,\n]{2,60}),\s+(?:[A-Z]{1,3}(?:/[A-Z]{1,3})*\s+)?(?:19|20)\d\d\b")
_FACTS_LINES = re.compile(r"(?m)^[ \t]*([^,\n]{2,60}),\s+(?:[A-Z]{1,3}(?:/[A-Z]{1,3})*\s+)?(?:19|20)\d\d\b")
_RUNTIME_IN_VALUE = re.compile(r"[,;.|]\s*\d{2,3}\s*(?:Min\.?|Minuten|min\b)")
_CREDIT_AS = re.compile(rf"(?:als|as)\s+((?:(?:der|die|das|the)\s+)?{RUN})$")
#: The first-character lookahead lets most positions fail at once.
#: "\d(?<=\b\d)" is "\b\d" with a first character the regex engine can skip to.
_RUNTIME = re.compile(r"\d(?<=\b\d)(?:\d{1,2}\s*(?:Min|min|Minuten|minutes)\b|(?<=1)9\d\d\)|(?<=2)0\d\d\))")


#: "(Deirdre Mulcahy, Ireland)", "(Deirdre Mulcahy, 2026)", "(Deirdre Mulcahy, Ireland, 2026)" after a title.
_TITLE_NAME_COUNTRY = re.compile(
    rf"\((?P<name>{RUN}),\s+(?P<where>(?:19|20)\d\d|[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,2}})(?:,\s*(?:19|20)\d\d)?\)"
)


class Blocks(Characters):
    """Reader layer: credit blocks, tables and capsules."""

    # -- credit blocks ---------------------------------------------------------

    def _separators(self) -> list[tuple[int, str]]:
        """Positions of ":", "?", "|", dashes: where a credit label can end (found with str.find, fast)."""
        out = []
        for mark in (":", "?", "|", "–", "—", " - "):
            for pos in self.found(mark):
                out.append((pos + 1, "-") if mark == " - " else (pos, mark))
        return sorted(out)

    def _label_before(self, q: int) -> re.Match[str] | None:
        """The label ending at separator ``q``: the last one to four words tried whole (longest first)."""
        text = self.text
        starts = []
        i = q
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        for _ in range(4):
            while i > 0 and not text[i - 1].isspace():
                i -= 1
            starts.append(i)
            while i > 0 and text[i - 1] in " \t":
                i -= 1
            if i == 0 or text[i - 1] == "\n" or q - i > 45:
                break
        opened = max(text.rfind("(", starts[-1], q), text.rfind(";", starts[-1], q))
        if opened >= 0:
            starts.append(opened + 1)  # "...(director: X; cast: Y)" glued to a title
        for start in sorted(set(starts)):
            # Allow a few non-letters before a label at a line start ("🎭 Who's in it?").
            while start < q and not text[start].isalnum():
                start += 1
            m = self.p.label_full.fullmatch(text, start, q)
            if m:
                return m
        return None

    def _labels(self) -> list[tuple[int, int, str]]:
        """Credit labels as (label start, value start, role): "Regie: X", "THE CAST – X", "Regie" alone on a line."""
        text = self.text
        found: list[tuple[int, int, str]] = []
        for q, mark in self._separators():
            if mark == "?" and text[q - 2 : q] != "it":
                continue
            if mark not in ":?" and q - (text.rfind("\n", 0, q) + 1) > 45:
                continue  # dashes and bars separate a label only near the line start
            m = self._label_before(q)
            if not m or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            at_line_start = len(text[line_start : m.start()]) <= 6 and not any(
                c.isalnum() for c in text[line_start : m.start()]
            )
            # "(director: X; cast: A, B)": lower-case labels inside a parenthesised credit list.
            in_list = text[max(0, m.start() - 2) : m.start()].rstrip().endswith(("(", ";"))
            if not at_line_start and (mark not in ":?" or not (m.group()[:1].isupper() or in_list)):
                continue
            if mark == "?" and not m.group().rstrip().endswith("it"):
                continue
            vstart = q + len(mark)
            while vstart < len(text) and text[vstart] in " \t|":
                vstart += 1
            found.append((m.start(), vstart, m.lastgroup or "other"))
        pos = 0
        for line in text.split("\n"):
            if len(line) < 30 and line.strip():
                m = self.p.label_alone.fullmatch(line)
                if m and pos + len(line) + 1 < len(text):
                    found.append((pos, pos + len(line) + 1, m.lastgroup or "other"))
            pos += len(line) + 1
        return found

    def credit_blocks(self) -> None:
        """ "Regie: X", "Cast: A, B Director: C U.S. Distributor: D": each label's value up to the next label."""
        text = self.text
        found = sorted(set(self._labels()))
        # Keep one label per start (the line form and the inline form can both match).
        starts: dict[int, tuple[int, int, str]] = {}
        for item in found:
            starts.setdefault(item[1], item)
        labels = sorted(starts.values())
        for i, (lstart, vstart, role) in enumerate(labels):
            if role == "other":
                continue
            line_end = text.find("\n", vstart)
            # A label alone on its line has its value on the next line: vstart is already there.
            line_end = len(text) if line_end < 0 else line_end
            end = line_end
            for nxt in labels[i + 1 :]:
                if nxt[0] >= vstart and nxt[0] < end:
                    end = nxt[0]
                    break
            if text[lstart - 1 : lstart] == "(" or text[max(0, lstart - 2) : lstart].strip() == ";":
                close = text.find(")", vstart, end)
                semi = text.find(";", vstart, end)
                cut = [x for x in (close, semi) if x >= 0]
                if cut:
                    end = min(cut) if role != "cast" else (semi if semi >= 0 else self._list_close(vstart, end))
            value = text[vstart:end]
            self.block_spans.append((vstart, end))
            if role == "director" and self._other_film_line(lstart):
                # "„Die Ufer der Wolga“ – Regie: X" in a cinema's programme: another film's director
                for name, pos in self.list_after(vstart, limit=3, skip=0):
                    self.add("other_director", name, pos, CREDIT)
                continue
            if role == "cast":
                value, end = self._continuation(value, end)
            self._credit_value(role, value, vstart, lstart)

    def _other_film_line(self, label_start: int) -> bool:
        """Whether the line holding a credit label opens with another film's quoted title ("„X“ – Regie: Y")."""
        if not self.titles:
            return False
        head = self.text[self.text.rfind("\n", 0, label_start) + 1 : label_start]
        quoted = _QUOTED_TITLE.match(head.lstrip())
        if quoted is not None and quoted.end() < len(head.lstrip()) - 2 and head.endswith("("):
            quoted = None  # "„T“ konkurriert mit „T2“ (Regie: Y)": the title right before the parenthesis decides
        if quoted is None and head.endswith("(") and head[:-1].rstrip()[-1:] in '“”"«':
            # "Danach, 21.45 Uhr: „Grenzgänger“ (Regie: Y)": a credit in parentheses right after another film's title
            inner = head[:-1].rstrip()
            quoted = next((q for q in _QUOTED_TITLE.finditer(inner) if q.end() == len(inner)), None)
            # (unless the page repeats the reviewed film's title as often: "„T2“ (Regie: Y)" in a trade paper's
            # competition note, and T2 again in its start list)
            folded = self.text.casefold() if quoted else ""
            if quoted and folded.count(quoted.group(1).casefold()) > max([1, *(folded.count(t) for t in self.titles)]):
                return (
                    False  # a title the page repeats is more likely the reviewed film's, whatever the title reader says
                )
        if quoted is None and (facts := _FACTS_HEAD.match(head)) and not self.is_film_title(facts.group(1)):
            # "Mondkälber, D 2024, 101 Min., Regie: Y" under "Wohnpark Sonnenhang, D 2024, ..., Regie: X": a listing's
            # other film, when another facts line names the reviewed film
            return any(self.is_film_title(m.group(1)) for m in _FACTS_LINES.finditer(self.text))
        return quoted is not None and not self.is_film_title(quoted.group(1))

    def _list_close(self, start: int, end: int) -> int:
        """The ")" that closes a parenthesised credit list, skipping "(Role)" pairs inside it."""
        depth = 0
        for i in range(start, end):
            if self.text[i] == "(":
                depth += 1
            elif self.text[i] == ")":
                if depth == 0:
                    return i
                depth -= 1
        return end

    def in_block(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.block_spans)

    def _continuation(self, value: str, end: int) -> tuple[str, int]:
        """Names on indented lines below a "Starring:" label belong to it."""
        text = self.text
        pos = end
        while pos < len(text) and text[pos] == "\n":
            nl = text.find("\n", pos + 1)
            nl = len(text) if nl < 0 else nl
            line = text[pos + 1 : nl]
            bullet = _BULLET.match(line)
            if (line.startswith("    ") or bullet) and line.strip() and len(line.strip()) < 40 and ":" not in line:
                value += ", " + line[bullet.end() :].strip() if bullet else ", " + line.strip()
                pos = nl
            else:
                break
        return value, pos

    def _credit_value(self, role: str, value: str, vstart: int, lstart: int) -> None:
        if role == "distributor":
            name = _TRAILING_JUNK.sub("", value.strip(" |\t")).strip(" ,;|")
            name = _AGENCY_TAIL.sub("", name)
            if name and len(name) < 60:
                self.distributors.append((name, CREDIT, lstart))
            return
        if role == "country":
            for item in _SPLIT_LIST.split(value):
                country = self.d.COUNTRIES.get(item.strip(" .|"))
                if country:
                    self.countries.append((country, lstart))
            return
        if role == "director":
            label = _NEXT_SHORT_LABEL.search(value)
            value = value[: label.start()] if label else value  # "R: X. D: A, B. 104 Min."
            runtime = _RUNTIME_IN_VALUE.search(value)
            if runtime:
                value = value[
                    : runtime.start()
                ]  # "R: X, 101 Min. | Kino A, B": the facts and cinemas after the runtime
        mit = re.search(r"(?:,|\.)?\s+(?:[Mm]it|[Ww]ith)\s+", value) if role == "director" else None
        if role in ("writer", "composer", "crew") and ". " in value:
            mit = _NEXT_SENTENCE_CAST.search(value)  # "Musik: X. Mit A und B.": the cast after the full stop
        if mit:
            self._credit_value("cast", value[mit.end() :], vstart + mit.end(), lstart)
            value = value[: mit.start()]
        field_role = {"director": "director", "cast": "actor", "writer": "writer", "composer": "composer"}[role]
        offset = vstart
        items = _SPLIT_LIST.split(value)
        for k, item in enumerate(items):
            item = _AFTER_ROLE.sub(")", item)  # "Jasper Kleinert (Dennis). 96 Min."
            item = _TRAILING_JUNK.sub("", item.strip(" |\t-–"))
            character = None
            hit_role = field_role
            paren = _ROLE_IN_PARENS.search(item)
            if paren:
                inner = paren.group(1)
                item = item[: paren.start()]
                if re.search(r"(?i)director|regie", inner):
                    hit_role = "director"
                elif role == "cast" and (self.person(inner) or self._box_role(inner)) and not _YEAR.search(inner):
                    character = inner
            item = item.strip()
            if not item:
                continue
            m = names.RUN_RE.match(item)
            if not m:
                continue
            name = m.group()
            shared = self._shared_surname(name, items[k + 1] if k + 1 < len(items) else "")
            rest = item[m.end() :].strip(" .,")
            ends = role == "cast" and _SENTENCE_AFTER_NAME.match(item, m.end()) is not None
            if ends:
                rest = ""  # "Mit: A, B, C. 98 Minuten.": the list ends with the sentence
            as_role = _CREDIT_AS.match(rest) if role == "cast" and not character else None
            if as_role:
                character, rest = as_role.group(1).strip(), ""  # "Besetzung: Mara Lenz als Kommissarin Eva Stein"
            dashed = _CREDIT_DASH.match(rest) if role == "cast" and not character else None
            if dashed:
                # "Besetzung: Gesa – Sanne Voss, Ruben – Ole Fries": a lone name and a full name, either order
                left, right = name, dashed.group(1)
                if " " in right and " " not in left and self._given(left):
                    name, character, rest, shared = right, left, "", None
                elif " " in left and " " not in right and self._given(right):
                    character, rest = right, ""
            # a sentence after a label: only its subject is the credit
            if rest and k > 0:
                continue
            start = self.text.find(name, offset)
            start = vstart if start < 0 else start
            offset = max(offset, start)
            self.add(hit_role, shared or name, start, CREDIT, character=character)
            if ends:
                break
            if rest and k == 0 and _LOWER_WORD.match(rest):
                break  # a sentence after the label: only its subject is the credit

    def _shared_surname(self, name: str, following: str) -> str | None:
        """ "Directors: Rafael and Tomás Ibarra-Quinn": a lone given name shares the next name's surname."""
        if " " in name or not self._given(name):
            return None
        nxt = names.tokens(following.strip(" .,;"))
        if len(nxt) == 2 and self._given(nxt[0]) and not self._given(nxt[1]) and nxt[1][:1].isupper():
            return f"{name} {nxt[1]}"
        return None

    def cast_tables(self) -> None:
        """ "Rolle – Darsteller" over lines "Graf Albrecht – Friedrich Brandt": a role and its actor per line."""
        text = self.text
        for head in lexmatch.matches_at(_CAST_TABLE_HEAD, text, lexmatch.line_starts(text)):
            pos = head.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = _CAST_TABLE_ROW.fullmatch(text, pos, end)
                if not row:
                    break
                self.block_spans.append((pos, end))
                self.add("actor", row.group("actor"), row.start("actor"), CREDIT, character=row.group("role").strip())
                pos = end + 1
        if text.count(":") >= 2 and self.holds("\n"):
            self._colon_rows()
        if self.holds("\n"):
            self._english_cast_rows()

    def _english_cast_rows(self) -> None:
        """A cast label on its own line ("Cast:", "The cast", "STARRING"), then one pair per line: "Tessa Orrell —
        Edith", "Edith – Tessa Orrell", "Tessa Orrell ... Edith". The actor is the side that is a full name (the
        first side when both are)."""
        text = self.text
        # (German: "Darsteller:" alone on its line, then "Doreen Hasselbach ... Ilka Brenninkmeyer" per line)
        label = _CAST_LABEL_LINE if self.code == "en" else _CAST_LABEL_LINE_DE
        for head in lexmatch.matches_at(label, text, lexmatch.line_starts(text)):
            pos = head.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = _DASHED_CAST_ROW.fullmatch(text, pos, end)
                if not row:
                    break
                left, right = row.group("a"), row.group("b")
                actor_side = "b" if self.full_name(right) and not self.full_name(left) else "a"
                if not self.full_name(row.group(actor_side)):
                    break
                if (
                    self.code == "de"
                    and self.full_name(left)
                    and self.full_name(right)
                    and "." not in text[row.end("a") : row.start("b")]
                    and "…" not in text[row.end("a") : row.start("b")]
                ):
                    # "Ilka Brandt – Doreen Hasselbach": German lists put the part first or last; only the DVD
                    # table's dots ("Doreen Hasselbach ... Ilka Brandt") say the performer comes first
                    pos = end + 1
                    continue
                role_side = "a" if actor_side == "b" else "b"
                # the label's reader may have taken the first row's role for a performer ("Cast\nEdith: ...")
                self.hits = [
                    h
                    for h in self.hits
                    if not (h.role == "actor" and not h.character and h.start == row.start(role_side))
                ]
                self.block_spans.append((pos, end))
                role = row.group(role_side)
                if self.code == "de":
                    role = self.character(role, row.start(role_side)) or role  # ("Funker Bosse": the trade goes)
                self.add("actor", row.group(actor_side), row.start(actor_side), CREDIT, character=role)
                pos = end + 1

    def _colon_rows(self) -> None:
        """ "Rosalie Brandt: Henrike Stolle" on two or more lines in a row, with no table head: a role (a name,
        not a credit label) and its actor per line."""
        text = self.text
        rows: list[re.Match[str]] = []
        pos = text.find(":")
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            row = _COLON_ROW.fullmatch(text, line_start, line_end) if line_end - line_start < 90 else None
            label = self.p.label_alone.match(text, line_start) if row else None
            if (
                row
                # (a label's abbreviation opening a longer word, "K" in "Kriminalhauptkommissarin", is no label)
                and not (label and text.startswith(":", label.end()))
                and self._row_role(row.group("role"))
                and self.full_name(row.group("actor"))
            ):
                rows.append(row)
            pos = text.find(":", line_end)
        block: list[re.Match[str]] = []
        for row in rows:
            if block and text.rfind("\n", 0, row.start()) != block[-1].end():
                self._colon_block(block)  # not the next line: a new block
                block = []
            block.append(row)
        self._colon_block(block)

    def _colon_block(self, block: list[re.Match[str]]) -> None:
        if len(block) < 2:
            return
        for r in block:
            self.block_spans.append((r.start(), r.end()))
            # "• Kriminalhauptkommissarin Theres Obermaier: X": the part as a cue reads it (rank and trade dropped)
            role = r.group("role")
            char = self.character(role, r.start("role")) or role
            self.add("actor", r.group("actor"), r.start("actor"), CREDIT, character=char)

    def _row_role(self, role: str) -> bool:
        """A role's name in a table row: it holds a given name, or a title and a name ("Frau Kluge")."""
        parts = role.split(" ")
        return (
            any(self._given(t) for t in parts)
            or (len(parts) >= 2 and parts[0] in self.d.HONORIFICS)
            # ("Hüttenwirt Korbi": a trade, then a name no list knows)
            or (len(parts) >= 2 and self._trade_noun(parts[0]) and self._name_shaped(parts[1:]))
        )

    def country_lines(self) -> None:
        """ "Frankreich 2023, 150 Min.", "(Japan 2023)", "USA/GB 2024": production countries in info lines."""
        matches: list[re.Match[str]] = []
        # (Every running time opens with a digit: tried only at the digits of the text as read, found once per
        # reading; the blanked copy holds a digit only where that text does.)
        digits = lexmatch.decimal_positions(self.analysis.text)
        for runtime in lexmatch.matches_at(_RUNTIME, self.text, digits):
            # Production lines carry a running time or "(Country Year)": scan only those lines.
            line_start = self.text.rfind("\n", 0, runtime.start()) + 1
            line_end = self.text.find("\n", runtime.end())
            line_end = len(self.text) if line_end < 0 else line_end
            if matches and matches[-1].end() > line_start:
                continue
            matches.extend(self.p.country_year.finditer(self.text, line_start, line_end))
        for m in matches:
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", m.end())
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            if not (m.group().startswith("(") or _RUNTIME.search(line)):
                continue
            for code in re.split(r"\s*[/,]\s*|\s+und\s+|\s+and\s+", m.group("countries")):
                country = self.d.COUNTRIES.get(code.strip())
                if country:
                    self.countries.append((country, m.start()))

    def info_lines(self) -> None:
        if self.code == "de":
            for m in self.finds("info_von_mit"):
                self.add("director", m.group(1), m.start(1), CREDIT)
                cast = m.group(2).split(".")[0]
                self._credit_value("cast", cast, m.start(2), m.start())
            text = self.text
            for pos in self.found(" mit "):
                # "Der neue Film von X mit A und B": this film's cast, unless it is an earlier film
                head = _FILM_WITH_HEAD.search(text, max(0, pos - 70), pos)
                listed = _WITH_NAMES.match(text, pos + 5) if head else None
                if not listed or not head or _EARLIER_FILM.search(text, max(0, head.start() - 30), head.start()):
                    continue
                for span in self.runs_in(listed.start(1), listed.end(1)):
                    if self.full_name(self.run_text(span)):
                        self.add("actor", self.run_text(span), span[0], CLEAR)
            for m in self.finds("mit_line"):
                # "Mit A als Rosalie, B als Bo und C.": the roles after "als" are read by the "als" cue
                spans = [sp for sp in self.runs_in(m.start(1), m.end(1)) if not text.endswith(" als ", 0, sp[0])]
                known = [self.full_name(self.run_text(span)) for span in spans]
                # in a list of two or more with one known full name, a two-word name no lexicon holds counts too
                in_list = len(spans) >= 2 and any(known)
                for span, full in zip(spans, known, strict=True):
                    raw = self.run_text(span)
                    if full or (in_list and raw.count(" ") == 1 and self._name_shaped(raw.split(" "))):
                        self.add("actor", raw, span[0], CLEAR)
        if self.code == "en" and "With" in self.text:
            # "Directed by X. With A, B, C. Rated PG-13.": an info line's cast (two or more full names).
            for m in _WITH_LIST.finditer(self.text):
                spans = self.runs_in(m.start(1), m.end(1))
                if all(self.full_name(self.run_text(sp)) for sp in spans):
                    for sp in spans:
                        self.add("actor", self.run_text(sp), sp[0], CLEAR)
        if self.code == "en":
            self._capsule_casts()
        for m in self.finds("title_director"):
            self.add("director", m.group(1), m.start(1), CLEAR)
        if self.code == "en" and self.titles and ", " in self.text:
            self._title_name_country_en()

    def _title_name_country_en(self) -> None:
        """A festival list's "Harbour Lights (Deirdre Mulcahy, Ireland)", "(Deirdre Mulcahy, 2026)": the reviewed
        film's title, then its director's full name with a country or a year in parentheses."""
        text = self.text
        for m in _TITLE_NAME_COUNTRY.finditer(text):
            where = m.group("where")
            if not (_YEAR.fullmatch(where) or where in self.d.COUNTRIES or where in self.d.NATIONALITY_ADJ.values()):
                continue
            before = text[max(0, m.start() - 80) : m.start()].rstrip()
            if not any(before.lower().endswith(t) for t in self.titles):
                continue
            if self.full_name(m.group("name")):
                self.add("director", m.group("name"), m.start("name"), CLEAR)

    def _capsule_casts(self) -> None:
        """A capsule's bare cast sentence beside its credit: "Tessa Orrell, Dmitri Vance. Directed by Orla Finnegan."
        or "Directed by Orla Finnegan. Tessa Orrell, Dmitri Vance. 104 min." (two or more full names, nothing else)."""
        text = self.text
        if "irected by" not in text and "Dir." not in text:
            return
        for cue in _CAPSULE_DIRECTED.finditer(text):
            before = _CAPSULE_LIST_BEFORE.search(text, max(0, cue.start() - 300), cue.start())
            after = _CAPSULE_LIST_AFTER.match(text, cue.end())
            for m in (before, after):
                if not m:
                    continue
                spans = self.runs_in(m.start(1), m.end(1))
                if len(spans) >= 2 and all(self.full_name(self.run_text(sp)) for sp in spans):
                    for sp in spans:
                        self.add("actor", self.run_text(sp), sp[0], CLEAR)

    def _box_role(self, inner: str) -> bool:
        """A role in a cast list's parentheses that is no person's name by itself: a given name that is also a place
        ("Milan"), a title and a name ("Frau Kluge", "Kommissar Brix")."""
        if self._role_in_parens(inner):
            return True
        parts = inner.split(" ")
        return (
            len(parts) >= 2
            and parts[0] in self.d.HONORIFICS
            and names.RUN_RE.fullmatch(inner) is not None
            and not any(t.isupper() for t in parts)
        )

    def _caption_credit(self, body: str, m: re.Match[str]) -> None:
        """ "(Verleih)" after a caption sentence: a distributor; "(Name)" closing a paragraph: a critic."""
        name = _AGENCY_TAIL.sub("", body.strip())
        if not name or len(name) > 50 or _YEAR.search(name) or _LOWER_WORD.match(name):
            return
        parts = names.tokens(name)
        line_end = self.text.find("\n", m.end())
        at_end = self.text[m.end() : (line_end if line_end >= 0 else len(self.text))].strip() in {"", "|"}
        if self.full_name(name) and not any(t in self.d.COMPANY_WORDS for t in parts):
            if at_end:
                self.hits.append(Hit("critic", name, m.start(1), CREDIT))
            return
        strength = CLEAR if any(t in self.d.COMPANY_WORDS or t in self.d.COMPANY_BRANDS for t in parts) else HINT
        self.distributors.append((name, strength, m.start(1)))

    def _photo(self, body: str, start: int) -> None:
        value = re.sub(r"^(?:foto|photo|bild|credit|quelle)s?\s*:?\s*|^©\s*(?:\d{4}\s+)?", "", body, flags=re.I)
        value = _AGENCY_TAIL.sub("", value).strip(" ,;")
        value = re.sub(r"^(?:©\s*)?(?:(?:19|20)\d\d\s+)?", "", value)
        parts = names.tokens(value)
        if not parts:
            return
        company = any(t in self.d.COMPANY_WORDS or t.rstrip(".") in self.d.COMPANY_WORDS for t in parts)
        if not company and (self.full_name(value) or self._is_person_like(value)):
            self.hits.append(Hit("crew", value, start, CREDIT))  # a photographer
        elif len(value) < 60:
            self.distributors.append((value.split("/")[0].strip(), CLEAR if company else HINT, start))
