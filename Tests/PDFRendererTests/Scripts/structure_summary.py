"""Prints the logical structure of a PDF as plain text for golden tests: page count, language,
title, the structure tree (roles indented by depth, heading levels, table header cells with their
scope, figure alt text), and how many links and bookmarks there are. Reads the file with pikepdf,
independently of the writer; leaves out marked-content numbers so the dump pins structure only."""
import sys

import pikepdf


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    lines = [
        f"pages: {len(pdf.pages)}",
        f"lang: {root.Lang}",
        f"title: {pdf.docinfo.Title}",
        f"tagged: {bool(root.MarkInfo.Marked)}",
        "structure:",
    ]
    links = [0]

    def describe(element, depth):
        role = str(element.S)[1:]
        parts = [role]
        if "/A" in element:
            attributes = element.A if isinstance(element.A, pikepdf.Array) else [element.A]
            for attribute in attributes:
                if "/Scope" in attribute:
                    parts.append(f"scope={str(attribute.Scope).lstrip('/')}")
        if "/Alt" in element:
            parts.append(f"alt={str(element.Alt)!r}")
        kids = element.K if "/K" in element else []
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        children = []
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                links[0] += 1
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                children.append(kid)
        lines.append("  " * (depth + 1) + " ".join(parts))
        for child in children:
            describe(child, depth + 1)

    top = root.StructTreeRoot.K
    for element in top if isinstance(top, pikepdf.Array) else [top]:
        describe(element, 0)
    annotations = sum(1 for page in pdf.pages for a in page.get("/Annots", []) if a.Subtype == "/Link")
    outline = 0
    with pdf.open_outline() as tree:
        stack = list(tree.root)
        while stack:
            item = stack.pop()
            outline += 1
            stack.extend(item.children)
    lines.append(f"link annotations: {annotations} (tied to Link elements: {links[0]})")
    lines.append(f"bookmarks: {outline}")
    # Pictures drawn on the pages: inside a structure element's marked content (a Figure) or as
    # artifacts (decoration), and how many distinct picture objects the file holds.
    tagged, artifacts, objects = 0, 0, set()
    for page in pdf.pages:
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in ("BDC", "BMC"):
                stack.append(str(operands[0]))
            elif name == "EMC" and stack:
                stack.pop()
            elif name == "Do":
                xobject = page.Resources.XObject[operands[0]]
                objects.add(xobject.objgen)
                if stack and stack[-1] == "/Artifact":
                    artifacts += 1
                else:
                    tagged += 1
    lines.append(f"pictures drawn: {tagged} tagged, {artifacts} artifacts; picture objects: {len(objects)}")
    tabs = {str(page.get('/Tabs', '')) for page in pdf.pages}
    lines.append(f"tab order: {', '.join(sorted(tabs))}")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
