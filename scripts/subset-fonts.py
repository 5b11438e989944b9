#!/usr/bin/env python3
"""Makes the checked-in Cyrillic and Chinese fonts of fonts/ from Debian's Noto
packages (SIL Open Font License 1.1), cut down to what the reports need.

Run once when the fonts change (CI does not run it; the outputs are in git):

    apt-get download fonts-noto-core fonts-noto-cjk
    for d in *.deb; do dpkg-deb -x "$d" x; done
    python3 -m venv ft && ft/bin/pip install fonttools
    ft/bin/python scripts/subset-fonts.py x/usr/share/fonts

- Noto Serif (Latin, Cyrillic): Russian in the PDF. Amiri, the project's first
  font, has no Cyrillic; typst falls back to Noto Serif for those letters.
- Noto Sans CJK SC (simplified Chinese): the 6,763 characters of GB 2312 (levels
  1 and 2, the characters of everyday simplified Chinese), every character of
  locales/zh.ftl, CJK punctuation and full-width forms. The whole font is about
  19 MB a weight; this subset is about a tenth. Rarer characters in a State's
  own text are outside the subset and print as a missing-glyph box (the README
  says so).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fonts"


def gb2312():
    chars = set()
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def locale_chars(code):
    return set((ROOT / "locales" / f"{code}.ftl").read_text(encoding="utf-8"))


def run(source, output, text, unicodes, font_number=0):
    options = subset.Options()
    options.font_number = font_number
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(text)), unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(output), options)
    print(output, output.stat().st_size)


def main():
    fonts = pathlib.Path(sys.argv[1])
    latin_cyrillic = list(range(0x20, 0x250)) + list(range(0x400, 0x530)) + list(range(0x2000, 0x2070)) + [0x20AC, 0x2116]
    for weight in ["Regular", "Bold"]:
        run(fonts / f"truetype/noto/NotoSerif-{weight}.ttf", OUT / f"NotoSerif-{weight}.ttf", locale_chars("ru"), latin_cyrillic)
    cjk_text = gb2312() | locale_chars("zh")
    punctuation = list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFFF0)) + list(range(0x20, 0x7F))
    collection = TTCollection(str(fonts / "opentype/noto/NotoSansCJK-Regular.ttc"))
    simplified = next(i for i, f in enumerate(collection.fonts) if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    for weight in ["Regular", "Bold"]:
        run(fonts / f"opentype/noto/NotoSansCJK-{weight}.ttc", OUT / f"NotoSansSC-{weight}.otf", cjk_text, punctuation, simplified)


if __name__ == "__main__":
    main()
