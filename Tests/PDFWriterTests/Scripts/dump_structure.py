"""Prints a PDF's logical structure as plain text, for golden-file tests: catalog flags, the
structure tree (roles, heading levels, table header scopes, figure alt text, languages, MCIDs per
page, link annotations), which MCIDs each page's content stream marks and the ParentTree maps
back, link annotations and bookmarks. Reads the file with pikepdf, independently of the writer."""
import re
import sys

import pikepdf


def text(value):
    return str(value)


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    page_number = {page.objgen: index + 1 for index, page in enumerate(pdf.pages)}
    lines = []
    lines.append(f"pages: {len(pdf.pages)}")
    lines.append(f"lang: {text(root.Lang)}")
    lines.append(f"marked: {bool(root.MarkInfo.Marked)}")
    lines.append(f"display doc title: {bool(root.ViewerPreferences.DisplayDocTitle)}")
    lines.append(f"title: {text(pdf.docinfo.Title)}")
    xmp = bytes(root.Metadata.read_bytes()).decode("utf-8")
    part = re.search(r"<pdfuaid:part>(\d)</pdfuaid:part>", xmp)
    lines.append(f"pdfuaid:part: {part.group(1) if part else 'none'}")

    tree = root.StructTreeRoot
    lines.append("structure:")
    found_mcids = {}
    link_objrs = [0]

    def describe(element, depth):
        role = str(element.S)[1:]
        parts = [role]
        if "/A" in element:
            attributes = element.A if isinstance(element.A, pikepdf.Array) else [element.A]
            for attribute in attributes:
                for key in ("/Scope", "/ListNumbering", "/RowSpan", "/ColSpan"):
                    if key in attribute:
                        parts.append(f"{key[1:]}={str(attribute[key]).lstrip('/')}")
                if "/BBox" in attribute:
                    parts.append("BBox")
        if "/Alt" in element:
            parts.append(f"Alt={text(element.Alt)!r}")
        if "/Lang" in element:
            parts.append(f"Lang={text(element.Lang)}")
        if "/ID" in element:
            parts.append(f"ID={text(element.ID)}")
        default_page = page_number.get(element.Pg.objgen) if "/Pg" in element else None
        kids = element.K if "/K" in element else []
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        marks = []
        children = []
        for kid in kids:
            if isinstance(kid, int):
                marks.append(f"p{default_page}:{kid}")
                found_mcids.setdefault(default_page, []).append(int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                page = page_number[kid.Pg.objgen]
                marks.append(f"p{page}:{int(kid.MCID)}")
                found_mcids.setdefault(page, []).append(int(kid.MCID))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                annotation = kid.Obj
                marks.append(f"link-annotation({text(annotation.Contents)!r})")
                link_objrs[0] += 1
            else:
                children.append(kid)
        if marks:
            parts.append("[" + " ".join(marks) + "]")
        lines.append("  " * (depth + 1) + " ".join(parts))
        for child in children:
            assert child.P.objgen == element.objgen, f"/P of a {child.S} child of {role} is wrong"
            describe(child, depth + 1)

    top = tree.K if isinstance(tree.K, pikepdf.Array) else [tree.K]
    for element in top:
        describe(element, 0)

    # Every MCID in the content streams is in the tree and the ParentTree maps it back.
    nums = list(tree.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    lines.append("pages:")
    for index, page in enumerate(pdf.pages):
        content = b"".join(
            bytes(stream.read_bytes()) for stream in
            (page.Contents if isinstance(page.Contents, pikepdf.Array) else [page.Contents]))
        marked = [int(m) for m in re.findall(rb"/MCID (\d+)>> BDC", content)]
        artifacts = re.findall(rb"/Artifact <<([^>]*)>> BDC", content)
        entry = parent_tree.get(int(page.StructParents)) if "/StructParents" in page else None
        back = len(entry) if entry is not None else 0
        in_tree = sorted(found_mcids.get(index + 1, []))
        annotations = page.get("/Annots", [])
        lines.append(
            f"  page {index + 1}: mcids {len(marked)} (in tree {len(in_tree)}, parent tree {back}, "
            f"all match {marked == in_tree == list(range(back))}), artifacts {len(artifacts)}, "
            f"annotations {len(annotations)}, tabs {str(page.get('/Tabs', '/none'))[1:]}")
        for annotation in annotations:
            target = annotation.A.URI if "/A" in annotation else annotation.Dest
            holder = parent_tree[int(annotation.StructParent)]
            lines.append(f"    link {text(annotation.Contents)!r} -> {text(target)} (element {str(holder.S)[1:]})")
    lines.append(f"link annotations in tree: {link_objrs[0]}")

    lines.append("outline:")

    def outline(item, depth):
        while item is not None:
            destination = item.Dest
            lines.append("  " * (depth + 1) + f"{text(item.Title)} -> page {page_number[destination[0].objgen]}")
            if "/First" in item:
                outline(item.First, depth + 1)
            item = item.get("/Next")

    if "/Outlines" in root and "/First" in root.Outlines:
        outline(root.Outlines.First, 0)
    if "/Names" in root:
        names = list(root.Names.Dests.Names)
        lines.append("named destinations: " + ", ".join(text(names[i]) for i in range(0, len(names), 2)))
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
