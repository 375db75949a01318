"""Store hand-made labels of corpus posts without their text.

    python benchmarks/fingerprint_labels.py LABELS_DIR [--out benchmarks/mirror_labels]

Reads `LABELS_DIR/SITE/NAME.json` written in the conventions of
`../shared/gold/README.md` and writes each with its `body_paragraphs` replaced
by `body_fingerprint` (`newsparse.scoring.fingerprint`): digests that score
both body measures exactly, while the corpus text stays in `../shared`. Only
what the measures read is kept: the lead image's URL, the dateline, people's
names, related URLs and topics; captions and notes are left out.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from newsparse.scoring import fingerprint

HERE = Path(__file__).parent
KEPT = ("file", "site", "dateline", "authors", "editors", "related_urls", "topics")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--out", type=Path, default=HERE / "mirror_labels")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    for path in sorted(args.labels.glob("*/*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        label = {key: label[key] for key in KEPT if key in label} | {
            "body_fingerprint": fingerprint(label["body_paragraphs"]),
            "lead_image": {"url": label["lead_image"]["url"]} if label.get("lead_image") else None,
        }
        target = args.out / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
