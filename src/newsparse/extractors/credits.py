"""The editor line and other credits lines: who edited, translated, reviewed the story."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..document import Document, Extracted
from ..models import Credit, EditorLine
from ..sites.profile import Role, SiteProfile
from .names import split_names

BARE_ROLES = (
    "责任编辑",
    "責任編輯",
    "责编",
    "責編",
    "译者",
    "譯者",
    "编译",
    "編譯",
    "审校",
    "審校",
    "翻译",
    "翻譯",
    "编辑",
    "編輯",
    "校对",
    "校對",
    "撰稿",
    "撰写",
    "發稿",
    "发稿",
    "整理",
    "采写",
    "記者",
    "记者",
)
"""Roles some sites write with a space instead of a colon: Reuters' `编译 张三；审校 李四`."""

ROLE_MARK = re.compile(
    r"(?:^|(?<=[\s/／;；，,]))(?:(?P<role>[^\s：:/／;；，,]{1,6})\s*[：:]|(?P<bare>"
    + "|".join(BARE_ROLES)
    + r")(?:(?=\s)|\s*[/／]))\s*"
)
"""`編輯：`, `网编：`, `编译 ` or `译者/` — a role and its mark, at the start or after a separator."""

ROC_CODE = re.compile(r"^(?P<year>\d{2,3})(?P<month>\d{2})(?P<day>\d{2})$")
"""`1110915`: ROC year 111 (= 2022), September 15th."""

ROC_YEAR_OFFSET = 1911
DEFAULT_ROLE = "編輯"


def extract(document: Document) -> Extracted:
    editor: EditorLine | None = None
    credits: list[Credit] = []
    for block in document.blocks_of(Role.EDITOR, Role.CREDIT):
        parsed = (
            _credits_of(block.groups, document.profile)
            if block.groups and "names" in block.groups
            else _parse_line(block.text, document.profile)
        )
        if parsed is None:
            continue
        line_credits, code = parsed
        credits.extend(line_credits)
        if block.role is Role.EDITOR and editor is None:
            editor = EditorLine(
                raw=block.text,
                editors=[name for credit in line_credits for name in credit.names],
                code=code,
                date=roc_date(code) if code else None,
            )
    return Extracted({"editor": editor, "credits": _merge(credits)})


def _parse_line(text: str, profile: SiteProfile) -> tuple[list[Credit], str | None] | None:
    for pattern in profile.editor_patterns:
        match = pattern.search(text)
        if match:
            return _credits_of(match.groupdict(), profile)
    return None


def _credits_of(
    groups: Mapping[str, str | None], profile: SiteProfile
) -> tuple[list[Credit], str | None]:
    """The credits an editor pattern's groups name: `names` (role marks inside it split it),
    an optional `role` for names before any mark, an optional ROC date `code`."""
    role = groups.get("role") or profile.default_credit_role
    return parse_credits(groups.get("names") or "", role), groups.get("code")


def parse_credits(text: str, default_role: str = DEFAULT_ROLE) -> list[Credit]:
    """`譯者：張正芊/核稿：劉學源` → 譯者 [張正芊], 核稿 [劉學源]; `责编：X 网编：Y` likewise.

    Names before any role mark take `default_role`.
    """
    marks = list(ROLE_MARK.finditer(text))
    spans = [(default_role, 0, marks[0].start() if marks else len(text))]
    spans += [
        (
            mark.group("role") or mark.group("bare"),
            mark.end(),
            marks[index + 1].start() if index + 1 < len(marks) else len(text),
        )
        for index, mark in enumerate(marks)
    ]
    credits: list[Credit] = []
    for role, start, end in spans:
        names = split_names(text[start:end])
        if names:
            credits.append(Credit(role=role, names=names))
    return credits


def _merge(credits: list[Credit]) -> list[Credit]:
    merged: dict[str, Credit] = {}
    for credit in credits:
        known = merged.setdefault(credit.role, Credit(role=credit.role))
        known.names.extend(name for name in credit.names if name not in known.names)
    return list(merged.values())


def roc_date(code: str) -> dt.date | None:
    """The date a CNA editor code stands for, in the ROC calendar; `None` if it is not one."""
    match = ROC_CODE.match(code)
    if match is None:
        return None
    try:
        return dt.date(
            int(match.group("year")) + ROC_YEAR_OFFSET,
            int(match.group("month")),
            int(match.group("day")),
        )
    except ValueError:
        return None
