"""Apply .notes/tr/care-window.json ({context: {source: translation or [plural forms]}}) to the unfinished
entries of a .ts file, after pyside6-lupdate: python .notes/tr/apply_care_window.py resources/i18n/hearth_es.ts
.notes/tr/care-window.json (and hearth_en.ts with care-window-en.json), then packaging/update_translations.py."""
import json, sys
import xml.etree.ElementTree as ET
path, data = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
text = open(path, encoding="utf-8").read()
tree = ET.ElementTree(ET.fromstring(text))
n = 0
for ctx in tree.getroot().iter("context"):
    table = data.get(ctx.find("name").text, {})
    for m in ctx.iter("message"):
        src = m.find("source").text
        tr = m.find("translation")
        if src in table and tr is not None and tr.get("type") == "unfinished":
            value = table[src]
            for child in list(tr):
                tr.remove(child)
            if m.get("numerus") == "yes":
                tr.text = None
                for form in (value if isinstance(value, list) else [value, value]):
                    nf = ET.SubElement(tr, "numerusform"); nf.text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            del tr.attrib["type"]
            n += 1
head = text[: text.index("<TS")]
body = ET.tostring(tree.getroot(), encoding="unicode")
open(path, "w", encoding="utf-8").write(head + body + "\n")
print(n, "set")
