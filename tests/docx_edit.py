"""Edits a document `poa-report render --to docx` wrote, as a person would in
Word: two answers changed from Yes to No, three English texts replaced, and
(with --outside) one question heading changed outside the fields. Prints
what it changed as JSON. Used by tests/docx.rs through python-docx."""

import json
import sys

import docx
from docx.oxml.ns import qn
from docx.text.run import Run


def fields(document):
    """(bookmark name, the run between its start and end, its paragraph)."""
    for paragraph in document.element.body.iter(qn("w:p")):
        for start in paragraph.iter(qn("w:bookmarkStart")):
            name = start.get(qn("w:name"))
            run = start.getnext()
            if name.startswith("poa_") and run is not None and run.tag == qn("w:r"):
                yield name, run, paragraph


def main():
    source, target = sys.argv[1], sys.argv[2]
    document = docx.Document(source)
    changed = []
    answers, texts = 0, 0
    for name, r, p in list(fields(document)):
        run = Run(r, None)
        paragraph_text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        in_table = p.getparent().tag == qn("w:tc")
        is_answer = paragraph_text.startswith("Answer: ")
        if answers < 2 and is_answer and run.text == "Yes":
            after = "No"
            answers += 1
        elif (texts < 3 and name.endswith("_en") and not in_table and not is_answer
              and len(run.text) > 40 and paragraph_text == run.text):
            texts += 1
            after = f"Cleared text {texts}, as approved by the Ministry."
        else:
            continue
        changed.append({"field": name, "before": run.text, "after": after})
        run.text = after
    if "--outside" in sys.argv:
        for paragraph in document.paragraphs:
            if paragraph.style.name.lower() == "heading 2":
                paragraph.add_run(" (edited outside the fields)")
                break
    document.save(target)
    print(json.dumps(changed, ensure_ascii=False))


if __name__ == "__main__":
    main()
