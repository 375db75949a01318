"""Solidot (奇客, www.solidot.org).

The feed gives one short story as bare inline text in the root `div` (source
links inline, their text sometimes wrapped in `<u>`), closed by the site-wide
banner `img.solidot.org//0/446/liiLIZF8Uh6yM.jpg`: inside a `<p>` with
`height="120"` from August 2020, bare with `referrerpolicy` before. Commentary
excerpts (from October 2020) put the text in `<p>`s and end it with a
`查看全文` / `<查看全文>` link to the full story. A list of winners may run
on in `<i>` lines split by `<br>`. Source: the mirror's posts of the site,
July 2020 – January 2021.
"""

from __future__ import annotations

from .profile import BlockRule, Reason, Role, SiteProfile

BANNER = 'img[src$="img.solidot.org//0/446/liiLIZF8Uh6yM.jpg"]'
"""The site banner closing every post: not a story image."""

READ_MORE = 'a:lexbor-contains("查看全文")'
"""`<a href='/story?sid=65877'>查看全文</a>`, `<a …>&lt;查看全文&gt;</a>` closing an excerpt."""

BLOCK_RULES = (
    BlockRule("site-banner", BANNER, Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("read-more", READ_MORE, Role.DROPPED, Reason.TRUNCATION, breaks_line=False),
)

PROFILE = SiteProfile(
    id="solidot",
    name="Solidot",
    tags=("Solidot",),
    hosts=("www.solidot.org", "solidot.org"),
    block_rules=BLOCK_RULES,
    boilerplate_markers=("查看全文",),
)
