#!/usr/bin/env python3
"""gen13.py - probe set 13 for leakscope: personal data in the corners of file formats and containers that
e-discovery tools (IPED, ICIJ extract) must open. Every item holds real personal data only in a place a plain text
dump can leave out:

  PDF       a fillable W-9 and a 入社手続き form whose values live in the AcroForm fields' /V entries (the page
            content is the blank form), a direct-deposit form whose values are only in the widgets' appearance
            streams (no /V), a blank fillable form (look-alike)
  DOCX      personal data only in a comment, only in tracked changes (an insertion and a deletion), only in a text
            box, only in a footnote; a spec whose tracked changes touch part numbers only (look-alike)
  XLSX      only in a hidden sheet, only in a cell note (comments1.xml), only in a hidden column; a hidden lookup
            sheet of codes (look-alike)
  PPTX      only in speaker notes
  ODF       an ODT and an ODS written by hand (zip + content.xml, a table, a span)
  RTF       a Japanese 診断書 with \\u escapes
  Mail      .eml whose body says "see attached" with the data in an attached docx / xlsx / pdf / csv / zip; an mbox
            whose attachment is a zip holding a CSV
  Archives  zip in zip in a .tar.gz, a single .gz file
  Other     a vCard 3.0 with quoted-printable Japanese, an HTML page with a table and a mailto: link whose address is
            only in the href, a JSON Lines log, an XML export whose values are attributes; look-alikes (an HTML price
            list, a JSON Lines system log)

    python3 bench/probes/gen13.py OUT [--seed N]      (tuning seed 13; check seed 1414, measured once before and once after)

Truth conventions (a lawyer's reading): what the file holds is exposed, whether or not a viewer shows it. A comment, a
tracked deletion, a hidden sheet or column, a cell note, speaker notes, a form field's value and an address only in a
mailto: link are all disclosed data of the person. A comment's or revision's author attribute is no truth person (it
is an account name); a blank form's labels are no PII.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import email.policy
import gzip
import io
import json
import os
import quopri
import sys
import tarfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import _zip, CT, OV, RELS, REL, W_NS, _wp  # noqa: E402
from gen12s import eml, fix_status  # noqa: E402

CO = "Kestrel Avionics"
DOM = "kestrel-av.example.com"
DOM_JP = "kestrel-av.example.co.jp"


# ------------------------------------------------------------------------------------------------ PDF forms
def pdf_str(s):
    """A PDF text string: Latin-1 literal where it fits, else UTF-16BE hex with a BOM (as form fillers write)."""
    try:
        b = s.encode("latin-1")
        return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def pdf_form(path, labels, fields, with_v=True, with_ap=True):
    """One page: the labels as page text (the blank form), and one text-field widget per (name, value, y).
    with_v writes the value in /V; with_ap writes an appearance stream that draws it (Helvetica, Latin only)."""
    objs = {}
    ops = ["BT /F1 10 Tf"]
    for y, text in labels:
        ops.append(f"1 0 0 1 50 {y} Tm {pdf_str(text)} Tj")
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    objs[1] = "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{fields}] /NeedAppearances {na} /DA (/Helv 0 Tf 0 g) " \
              "/DR << /Font << /Helv 3 0 R >> >> >> >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
    n, widgets = 6, []
    for name, value, y in fields:
        wid = n
        n += 1
        rect = f"[250 {y - 4} 560 {y + 12}]"
        d = f"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T {pdf_str(name)} /Rect {rect} /P 4 0 R /DA (/Helv 10 Tf 0 g)"
        if with_v and value is not None:
            d += f" /V {pdf_str(value)}"
        if with_ap and value:
            ap = f"/Tx BMC\nq BT /Helv 10 Tf 0 g 2 4 Td {pdf_str(value)} Tj ET Q\nEMC".encode("latin-1")
            objs[n] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 310 16] /Resources << /Font << /Helv 3 0 R >> >> /Length "
                       + str(len(ap)).encode() + b" >>\nstream\n" + ap + b"\nendstream")
            d += f" /AP << /N {n} 0 R >>"
            n += 1
        objs[wid] = d + " >>"
        widgets.append(wid)
    refs = " ".join(f"{w} 0 R" for w in widgets)
    objs[1] = objs[1].format(fields=refs, na="false" if with_ap else "true")
    objs[2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>"
    objs[4] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [{refs}] >>"
    write_pdf(path, objs, n, "1.6")


# ------------------------------------------------------------------------------------------------ DOCX corners
W14 = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
      'xmlns:v="urn:schemas-microsoft-com:vml"'


def _docx_pkg(path, body, extra_parts=None, extra_rels=(), extra_ov=()):
    parts = dict(extra_parts or {})
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS} {W14} mc:Ignorable="wps">'
                                  f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    parts["word/_rels/document.xml.rels"] = RELS.format("".join(REL.format(i, t, tg) for i, t, tg in extra_rels))
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "word/document.xml"))
    ov = [OV.format("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]
    ov += [OV.format(p, c) for p, c in extra_ov]
    parts["[Content_Types].xml"] = CT.format("".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def _run(t):
    return f'<w:r><w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'


def docx_comment(path, paras, anchor_para, comment_lines, author):
    body = ""
    for i, p in enumerate(paras):
        if i == anchor_para:
            body += (f'<w:p><w:commentRangeStart w:id="0"/>{_run(p)}<w:commentRangeEnd w:id="0"/>'
                     f'<w:r><w:commentReference w:id="0"/></w:r></w:p>')
        else:
            body += _wp(p)
    cm = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}><w:comment w:id="0" w:author="{xesc(author)}" '
          f'w:date="2024-03-04T10:00:00Z" w:initials="RV">' + "".join(_wp(c) for c in comment_lines) + "</w:comment></w:comments>")
    _docx_pkg(path, body, {"word/comments.xml": cm}, [("rIdC", "comments", "comments.xml")],
              [("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")])


def docx_tracked(path, paras):
    """paras: lists of (kind, text) with kind '', 'ins' or 'del'."""
    body, k = "", 1
    for segs in paras:
        xs = ""
        for kind, t in segs:
            if kind == "ins":
                xs += f'<w:ins w:id="{k}" w:author="Legal Review" w:date="2024-05-02T09:00:00Z">{_run(t)}</w:ins>'
            elif kind == "del":
                xs += (f'<w:del w:id="{k}" w:author="Legal Review" w:date="2024-05-02T09:00:00Z"><w:r>'
                       f'<w:delText xml:space="preserve">{xesc(t)}</w:delText></w:r></w:del>')
            else:
                xs += _run(t)
            k += 1
        body += f"<w:p>{xs}</w:p>"
    _docx_pkg(path, body)


def docx_textbox(path, paras, box_lines):
    box = "".join(_wp(x) for x in box_lines)
    anchor = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
              'simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="margin"><wp:posOffset>3600000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="margin">'
              '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2400000" cy="900000"/><wp:wrapSquare wrapText="bothSides"/>'
              '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
              f'<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    _docx_pkg(path, anchor + "".join(_wp(p) for p in paras))


def docx_footnote(path, paras, note_para, note_lines):
    body = ""
    for i, p in enumerate(paras):
        if i == note_para:
            body += f'<w:p>{_run(p)}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>'
        else:
            body += _wp(p)
    fn = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          '<w:footnote w:id="1">' + "".join(_wp(x) for x in note_lines) + "</w:footnote></w:footnotes>")
    _docx_pkg(path, body, {"word/footnotes.xml": fn}, [("rIdN", "footnotes", "footnotes.xml")],
              [("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")])


# ------------------------------------------------------------------------------------------------ XLSX corners
SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _col(i):
    s, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_x(path, sheets, hidden_sheets=(), hidden_cols=None, notes=None):
    """sheets: {name: rows}; hidden_sheets: names with state="hidden"; hidden_cols: {name: [col index]};
    notes: {name: [(cell ref, author, text)]} written as legacy comments (comments1.xml + a VML drawing)."""
    hidden_cols, notes = hidden_cols or {}, notes or {}
    parts = {}
    ov = [OV.format("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
          OV.format("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")]
    wrels, sh = [], []
    for n, (name, rows) in enumerate(sheets.items(), 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = "".join(f'<c r="{_col(ci)}{ri}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>'
                            for ci, v in enumerate(row) if v not in (None, ""))
            xr.append(f'<row r="{ri}">{cells}</row>')
        cols = ""
        if name in hidden_cols:
            cols = "<cols>" + "".join(f'<col min="{c + 1}" max="{c + 1}" width="0" hidden="1" customWidth="1"/>' for c in hidden_cols[name]) + "</cols>"
        legacy, srels = "", []
        if name in notes:
            cm = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="{SS}"><authors>'
                  + "".join(f"<author>{xesc(a)}</author>" for a in sorted({a for _, a, _ in notes[name]})) + "</authors><commentList>")
            authors = sorted({a for _, a, _ in notes[name]})
            for ref, a, text in notes[name]:
                cm += f'<comment ref="{ref}" authorId="{authors.index(a)}"><text><r><t xml:space="preserve">{xesc(text)}</t></r></text></comment>'
            cm += "</commentList></comments>"
            parts[f"xl/comments{n}.xml"] = cm
            vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
                   + "".join(f'<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>{int("".join(c for c in ref if c.isdigit())) - 1}</x:Row>'
                             f'<x:Column>0</x:Column></x:ClientData></v:shape>' for ref, _, _ in notes[name]) + "</xml>")
            parts[f"xl/drawings/vmlDrawing{n}.vml"] = vml
            srels = [REL.format("rIdCm", "comments", f"../comments{n}.xml"), REL.format("rIdV", "vmlDrawing", f"../drawings/vmlDrawing{n}.vml")]
            ov.append(OV.format(f"/xl/comments{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"))
            legacy = '<legacyDrawing r:id="rIdV"/>'
            parts[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = RELS.format("".join(srels))
        parts[f"xl/worksheets/sheet{n}.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{SS}" '
                                                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                                                f'{cols}<sheetData>{"".join(xr)}</sheetData>{legacy}</worksheet>')
        ov.append(OV.format(f"/xl/worksheets/sheet{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        wrels.append(REL.format(f"rId{n}", "worksheet", f"worksheets/sheet{n}.xml"))
        st = ' state="hidden"' if name in hidden_sheets else ""
        sh.append(f'<sheet name="{xesc(name)}" sheetId="{n}"{st} r:id="rId{n}"/>')
    ct_default = '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    wrels.append(REL.format("rIdS", "styles", "styles.xml"))
    parts["xl/workbook.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{SS}" '
                                f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{"".join(sh)}</sheets></workbook>')
    parts["xl/styles.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{SS}">'
                              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    parts["xl/_rels/workbook.xml.rels"] = RELS.format("".join(wrels))
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "xl/workbook.xml"))
    parts["[Content_Types].xml"] = CT.format(ct_default + "".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


# ------------------------------------------------------------------------------------------------ PPTX notes
def pptx_notes(path, slides_with_notes):
    """slides_with_notes: [(slide shapes for probelib.pptx, notes text lines)]: write the deck, then add notes slides."""
    pptx(path, [s for s, _ in slides_with_notes])
    P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    zin = zipfile.ZipFile(path)
    parts = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    ct = parts["[Content_Types].xml"].decode()
    add_ov = ""
    for i, (_, lines) in enumerate(slides_with_notes, 1):
        if not lines:
            continue
        paras = "".join(f'<a:p><a:r><a:rPr lang="en-US"/><a:t>{xesc(t)}</a:t></a:r></a:p>' for t in lines)
        parts[f"ppt/notesSlides/notesSlide{i}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>').encode()
        parts[f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels"] = RELS.format(REL.format("rId1", "slide", f"../slides/slide{i}.xml")).encode()
        rels = parts[f"ppt/slides/_rels/slide{i}.xml.rels"].decode()
        parts[f"ppt/slides/_rels/slide{i}.xml.rels"] = rels.replace("</Relationships>", REL.format("rIdN", "notesSlide", f"../notesSlides/notesSlide{i}.xml") + "</Relationships>").encode()
        add_ov += OV.format(f"/ppt/notesSlides/notesSlide{i}.xml", "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml")
    parts["[Content_Types].xml"] = ct.replace("</Types>", add_ov + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(parts, key=lambda k: k != "[Content_Types].xml"):
            z.writestr(n, parts[n])


# ------------------------------------------------------------------------------------------------ ODF by hand
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"')


def odf(path, mime, body):
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, {"content.xml": content, "META-INF/manifest.xml": manifest}, first_stored=("mimetype", mime))


def ods_table(name, rows):
    x = f'<table:table table:name="{xesc(name)}">'
    for row in rows:
        x += "<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>' for c in row) + "</table:table-row>"
    return x + "</table:table>"


def docx_bytes(paras, table=None):
    b = io.BytesIO()
    docx(b, paras, table=table)
    return b.getvalue()


def xlsx_bytes(sheets):
    b = io.BytesIO()
    xlsx(b, sheets)
    return b.getvalue()


def pdf_bytes(lines):
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        tmp = f.name
    pdf(tmp, [lines])
    b = open(tmp, "rb").read()
    os.unlink(tmp)
    return b


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files:
            z.writestr(n, data)
    return b.getvalue()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


# ------------------------------------------------------------------------------------------------ set
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe13")
    R = W.rnd
    jp = [W.jp_person() for _ in range(12)]
    us = [W.us_person() for _ in range(12)]
    uk = [W.uk_person() for _ in range(6)]





    # =========================================================================== PDF forms
    p = us[0]
    d = W.doc(f"HR/onboarding/forms/W-9_{p.last}_filled.pdf", "pdf", "en")
    labels = [(740, "Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification"),
              (700, "1  Name (as shown on your income tax return)"), (670, "3a Federal tax classification: Individual/sole proprietor"),
              (640, "5  Address (number, street, and apt. or suite no.)"), (610, "6  City, state, and ZIP code"),
              (570, "Part I  Taxpayer Identification Number (TIN)  Social security number"), (530, "Signature of U.S. person / Date")]
    pdf_form(W.path(d), labels, [("topmostSubform[0].Page1[0].f1_01[0]", un(p), 700),
                                 ("topmostSubform[0].Page1[0].f1_07[0]", p.street, 640),
                                 ("topmostSubform[0].Page1[0].f1_08[0]", f"{p.city}, {p.state} {p.zip}", 610),
                                 ("topmostSubform[0].Page1[0].SSN[0]", p.ssn, 570)])
    add_all(d, p, [("PERSON_NAME", un(p)), ("POSTAL_ADDRESS", us_addr(p)), ("US_SSN", p.ssn)])

    p = jp[0]
    d = W.doc(f"人事/入社手続き/入社手続き書_{p.family}.pdf", "pdf", "ja")
    labels = [(740, "Nyusha tetsuzuki (new hire form) / Kestrel Avionics Japan"), (700, "Shimei / Name"), (670, "Furigana"),
              (640, "Seinengappi / Date of birth"), (610, "Jusho / Address"), (580, "Denwa / Phone"), (550, "E-mail")]
    pdf_form(W.path(d), labels, [("氏名", jn(p, "　"), 700), ("フリガナ", f"{p.kana_family}　{p.kana_given}", 670),
                                 ("生年月日", p.dob.strftime("%Y年%-m月%-d日"), 640), ("住所", f"〒{p.zip} {p.addr_ja}", 610),
                                 ("電話番号", p.phone_nat, 580), ("メールアドレス", p.email, 550)], with_ap=False)
    add_all(d, p, [("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.dob.strftime("%Y年%-m月%-d日")), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"),
                   ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)])

    p = us[1]
    d = W.doc(f"HR/onboarding/forms/Direct_Deposit_{p.last}.pdf", "pdf", "en")
    labels = [(740, f"{CO} - Employee information and direct deposit"), (700, "Employee name"), (670, "Date of birth"),
              (640, "Home phone"), (610, "Personal e-mail"), (580, "Social Security No.")]
    pdf_form(W.path(d), labels, [("EmployeeName", un(p), 700), ("DOB", p.dob.strftime("%m/%d/%Y"), 670), ("HomePhone", p.phone_nat, 640),
                                 ("Email", p.email, 610), ("SSN", p.ssn, 580)], with_v=False)
    add_all(d, p, [("PERSON_NAME", un(p)), ("DATE_OF_BIRTH", p.dob.strftime("%m/%d/%Y")), ("PHONE_NUMBER", p.phone_nat),
                   ("EMAIL_ADDRESS", p.email), ("US_SSN", p.ssn)])

    d = W.doc("HR/onboarding/forms/W-9_blank_fillable.pdf", "pdf", "en")
    pdf_form(W.path(d), labels[:1] + [(700, "1  Name (as shown on your income tax return)"), (640, "5  Address"), (570, "Social security number")],
             [("f1_01", "", 700), ("f1_07", "", 640), ("SSN", "", 570)])
    d.decoy("a blank fillable W-9 (fields without values)", ["PERSON_NAME", "US_SSN", "POSTAL_ADDRESS"])

    # =========================================================================== DOCX corners
    p = jp[1]
    d = W.doc(f"法務/契約書レビュー/業務委託契約書_{p.family}_draft.docx", "docx", "ja")
    docx_comment(W.path(d), ["業務委託契約書（案）", "第1条（目的）本契約は、甲が乙に対し設計レビュー業務を委託することを目的とする。",
                             "第2条（報酬）報酬は月額とし、翌月末日に支払う。", "第3条（秘密保持）乙は業務上知り得た情報を第三者に開示しない。"], 1,
                 [f"乙の連絡先を確認：{jn(p)}（{p.kana_family} {p.kana_given}）", f"携帯 {p.phone_nat}／{p.email}",
                  f"住所 〒{p.zip} {p.addr_ja}"], "legal-review")
    add_all(d, p, [("PERSON_NAME", jn(p)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")])

    p = us[2]
    d = W.doc(f"Legal/settlements/Separation_Agreement_{p.last}_redline.docx", "docx", "en")
    docx_tracked(W.path(d), [[("", "SEPARATION AGREEMENT AND GENERAL RELEASE")],
                             [("", "This Agreement is made between Kestrel Avionics, Inc. (the \"Company\") and "),
                              ("ins", un(p)), ("del", "the Employee identified in Schedule A"), ("", " (\"Employee\").")],
                             [("del", f"Employee's Social Security number {p.ssn} and date of birth {p.dob.strftime('%B %-d, %Y')} are recorded for the payroll release.")],
                             [("", "1. Severance. The Company will pay twelve weeks of base salary.")]])
    add_all(d, p, [("PERSON_NAME", un(p)), ("US_SSN", p.ssn), ("DATE_OF_BIRTH", p.dob.strftime('%B %-d, %Y'))])

    p = uk[0]
    d = W.doc(f"HR/UK/letters/Offer_{p.last}.docx", "docx", "en")
    docx_textbox(W.path(d), ["Dear candidate,", "We are pleased to offer you the role of Test Engineer at our Bristol site.",
                             "Please sign and return one copy."],
                 [f"{un(p)}", p.addr_lines[0], p.addr_lines[1], p.addr_lines[2], f"Mobile {p.phone_nat}"])
    add_all(d, p, [("PERSON_NAME", un(p)), ("POSTAL_ADDRESS", ", ".join(p.addr_lines)), ("PHONE_NUMBER", p.phone_nat)])

    p = us[3]
    d = W.doc("Projects/reports/Flight_Test_Report_FT-212.docx", "docx", "en")
    docx_footnote(W.path(d), ["Flight test report FT-212", "The chase aircraft observed nominal separation at 14,000 ft.",
                              "Pilot comments were recorded after landing.", "No anomalies requiring action."], 2,
                  [f"Interview with test pilot {un(p)}, reachable at {p.email} or {p.phone_nat}."])
    add_all(d, p, [("PERSON_NAME", un(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat)])

    d = W.doc("Projects/specs/Harness_Spec_rev_C_redline.docx", "docx", "en")
    docx_tracked(W.path(d), [[("", "Wiring harness specification, revision C")],
                             [("", "Connector P/N "), ("del", "MS27468T-15-35S"), ("ins", "D38999/26WD35SN"), ("", " replaces the earlier part.")],
                             [("", "Torque: "), ("del", "12 in-lb"), ("ins", "14 in-lb"), ("", "; see drawing 482-55-1907 sheet 3.")]])
    d.decoy("tracked changes to part numbers and a drawing number shaped like an SSN", ["US_SSN", "PHONE_NUMBER", "PERSON_NAME"])

    # =========================================================================== XLSX corners
    rows_h = [["Employee ID", "Full name", "SSN", "Date of birth", "Home address"]]
    d = W.doc("Finance/benefits/Benefits_headcount_2024.xlsx", "xlsx", "en")
    for p in us[4:7]:
        rows_h.append([f"KA-{R.randint(1000, 9999)}", un(p), p.ssn, p.dob.isoformat(), us_addr(p)])
        add_all(d, p, [("PERSON_NAME", un(p)), ("US_SSN", p.ssn), ("DATE_OF_BIRTH", p.dob.isoformat()), ("POSTAL_ADDRESS", us_addr(p))])
    xlsx_x(W.path(d), {"Summary": [["Plan", "Enrolled"], ["PPO", 41], ["HDHP", 17], ["Dental", 52]], "raw_export": rows_h},
           hidden_sheets={"raw_export"})

    p = jp[2]
    d = W.doc("総務/備品/貸与PC管理台帳.xlsx", "xlsx", "ja")
    xlsx_x(W.path(d), {"台帳": [["資産番号", "機種", "貸与先部署", "貸与日"], ["PC-2024-031", "ThinkPad X1", "品質保証部", "2024/04/01"],
                                ["PC-2024-032", "ThinkPad X1", "設計部", "2024/04/01"]]},
           notes={"台帳": [("C2", "soumu", f"貸与先：{jn(p)} 携帯 {p.phone_nat} 自宅 〒{p.zip} {p.addr_ja}（返却時連絡）")]})
    add_all(d, p, [("PERSON_NAME", jn(p)), ("PHONE_NUMBER", p.phone_nat), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")])

    d = W.doc("HR/UK/payroll/Starters_Q2.xlsx", "xlsx", "en")
    rows = [["Name", "Start date", "Site", "NI number", "Bank account"]]
    for p in uk[1:4]:
        rows.append([un(p), "2024-04-15", "Bristol", p.nino, p.acct])
        add_all(d, p, [("PERSON_NAME", un(p)), ("UK_NINO", p.nino), ("BANK_ACCOUNT", p.acct)])
    xlsx_x(W.path(d), {"Starters": rows}, hidden_cols={"Starters": [3, 4]})
    d.decoy("start dates (not birth dates)", ["DATE_OF_BIRTH"])

    d = W.doc("総務/マスタ/部品コード表.xlsx", "xlsx", "ja")
    codes = [["品目コード", "品名", "JAN"]] + [[f"{R.randint(10**11, 10**12 - 1)}", f"端子台 TB-{R.randint(10, 99)}", f"49{R.randint(10**10, 10**11 - 1)}"] for _ in range(6)]
    xlsx_x(W.path(d), {"一覧": [["品名", "単価"], ["端子台", "1,200"]], "codes": codes}, hidden_sheets={"codes"})
    d.decoy("a hidden sheet of 12-digit item codes and JAN codes", ["JP_MY_NUMBER", "CREDIT_CARD", "PHONE_NUMBER"])

    # =========================================================================== PPTX notes
    p, q = us[7], us[8]
    d = W.doc("Projects/reviews/Program_Review_Q2.pptx", "pptx", "en")
    pptx_notes(W.path(d), [([("Program review Q2", "title"), ("Schedule: on track", "body")],
                            [f"Staffing: {un(p)} is out on medical leave after knee surgery until July; cover via {un(q)}.",
                             f"{q.first}'s cell {q.phone_nat}, personal e-mail {q.email}."]),
                           ([("Risks", "title"), ("Supplier delay on connectors", "body")], [])])
    add_all(d, p, [("PERSON_NAME", un(p)), ("HEALTH_INFO", "medical leave after knee surgery")])
    add_all(d, q, [("PERSON_NAME", un(q)), ("PHONE_NUMBER", q.phone_nat), ("EMAIL_ADDRESS", q.email)])
    d.sensitive(p)

    # =========================================================================== ODF by hand
    p = jp[3]
    d = W.doc(f"人事/応募書類/履歴書_{p.family}.odt", "odt", "ja")
    odf(W.path(d), "application/vnd.oasis.opendocument.text",
        "<office:text><text:h text:outline-level=\"1\">履歴書</text:h>"
        f"<text:p>氏名　<text:span>{xesc(jn(p, '　'))}</text:span></text:p>"
        f"<text:p>生年月日　{p.wareki_dob()}生</text:p>"
        '<table:table table:name="連絡先"><table:table-row><table:table-cell><text:p>現住所</text:p></table:table-cell>'
        f"<table:table-cell><text:p>〒{p.zip}</text:p><text:p>{xesc(p.addr_ja)}</text:p></table:table-cell></table:table-row>"
        f"<table:table-row><table:table-cell><text:p>電話</text:p></table:table-cell><table:table-cell><text:p>{p.phone_nat}</text:p></table:table-cell></table:table-row>"
        "</table:table></office:text>")
    add_all(d, p, [("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.wareki_dob()), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("PHONE_NUMBER", p.phone_nat)])

    d = W.doc("HR/UK/contacts/Site_emergency_contacts.ods", "ods", "en")
    rows = [["Name", "Mobile", "Email", "Home postcode"]]
    for p in uk[4:6]:
        rows.append([un(p), p.phone_nat, p.email, p.addr_lines[2]])
        add_all(d, p, [("PERSON_NAME", un(p)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)])
    odf(W.path(d), "application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>" + ods_table("Contacts", rows) + "</office:spreadsheet>")
    d.opt_type("POSTAL_ADDRESS")  # a postcode alone

    # =========================================================================== RTF
    p = jp[4]
    d = W.doc(f"人事/健康管理/診断書_{p.family}.rtf", "rtf", "ja")
    rtf(W.path(d), ["診断書", f"氏名　{jn(p, '　')}", f"生年月日　{p.wareki_dob()}", f"住所　〒{p.zip} {p.addr_ja}",
                    "病名　腰椎椎間板ヘルニア", "上記により、令和6年5月31日まで自宅療養を要する。", "医療法人 青葉会 青葉整形外科"])
    add_all(d, p, [("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.wareki_dob()), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"),
                   ("HEALTH_INFO", "腰椎椎間板ヘルニア")])
    d.sensitive(p)

    # =========================================================================== mails with the data only in an attachment
    hr = us[11]

    def mail_att(rel, frm_p, to_p, subject, body, att, date, lang="en"):
        m = eml(f"{un(frm_p)} <{frm_p.email}>", f"{un(to_p)} <{to_p.email}>", subject, body, date, tz=-5, attachments=[att])
        open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
        d = W.doc(rel, "eml", lang)
        for x in (frm_p, to_p):
            add_all(d, x, [("PERSON_NAME", un(x)), ("EMAIL_ADDRESS", x.email)])
        return d

    p = us[9]
    mail_att("Mail/hr/2024-04-02_new_hire_packet.eml", hr, us[10], "New hire packet", "Hi,\n\nPacket for Monday's start attached.\n\nThanks\n",
             ("New_hire_details.docx", docx_bytes(["New hire details"], table=[["Name", un(p)], ["Date of birth", p.dob.strftime("%m/%d/%Y")],
                                                                             ["Home address", us_addr(p)], ["SSN", p.ssn]]),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "2024-04-02 09:12")
    d = W.doc("Mail/hr/2024-04-02_new_hire_packet.eml!/New_hire_details.docx", "docx", "en")
    add_all(d, p, [("PERSON_NAME", un(p)), ("DATE_OF_BIRTH", p.dob.strftime("%m/%d/%Y")), ("POSTAL_ADDRESS", us_addr(p)), ("US_SSN", p.ssn)])

    rows = [["氏名", "メール", "携帯電話", "生年月日"]] + [[jn(x), x.email, x.phone_nat, x.dob.strftime("%Y/%m/%d")] for x in jp[5:7]]
    m = eml(f"{jn(jp[7])} <{jp[7].email}>", f"{jn(jp[8])} <{jp[8].email}>", "名簿送付の件", f"{jp[8].family}様\n\n名簿を添付します。\n\n{jn(jp[7])}\n",
            "2024-04-05 18:20", attachments=[("名簿_0405.xlsx", xlsx_bytes({"名簿": rows}), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    rel = "メール/総務/2024-04-05_名簿送付.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "ja")
    for x in (jp[7], jp[8]):
        add_all(d, x, [("PERSON_NAME", jn(x)), ("EMAIL_ADDRESS", x.email)])
    d = W.doc(rel + "!/名簿_0405.xlsx", "xlsx", "ja")
    for x in jp[5:7]:
        add_all(d, x, [("PERSON_NAME", jn(x)), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_nat), ("DATE_OF_BIRTH", x.dob.strftime("%Y/%m/%d"))])

    p = us[10]
    mail_att("Mail/hr/2024-04-08_FMLA.eml", hr, us[9], "FMLA paperwork", "See attached certification.\n",
             ("FMLA_cert.pdf", pdf_bytes(["Certification of Health Care Provider", f"Employee: {un(p)}", f"Date of birth: {p.dob.strftime('%m/%d/%Y')}",
                                          "Condition: type 2 diabetes, insulin dependent", "Expected duration: 6 weeks"]), "application/pdf"),
             "2024-04-08 14:00")
    d = W.doc("Mail/hr/2024-04-08_FMLA.eml!/FMLA_cert.pdf", "pdf", "en")
    add_all(d, p, [("PERSON_NAME", un(p)), ("DATE_OF_BIRTH", p.dob.strftime('%m/%d/%Y')), ("HEALTH_INFO", "type 2 diabetes")])
    d.sensitive(p)

    p = us[4]
    csvb = "name,email,phone,card_number\n" + f"{un(p)},{p.email},{p.phone_nat},{fmt_card(p.card)}\n"
    mail_att("Mail/finance/2024-04-10_refunds.eml", us[10], hr, "refund list", "Refunds to process, attached.\n",
             ("refunds.csv", csvb.encode(), "text/csv"), "2024-04-10 10:00")
    d = W.doc("Mail/finance/2024-04-10_refunds.eml!/refunds.csv", "csv", "en")
    add_all(d, p, [("PERSON_NAME", un(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat), ("CREDIT_CARD", fmt_card(p.card))])
    d.sensitive(p)

    p = us[5]
    zb = zip_bytes([("claims/claim_0412.txt", f"Claimant: {un(p)}\nDOB: {p.dob.strftime('%m/%d/%Y')}\nSSN: {p.ssn}\nPhone: {p.phone_nat}\n".encode())])
    mail_att("Mail/finance/2024-04-12_claim.eml", hr, us[10], "claim docs", "Zipped, as requested.\n", ("claim_docs.zip", zb, "application/zip"),
             "2024-04-12 16:30")
    W.container("Mail/finance/2024-04-12_claim.eml!/claim_docs.zip", "zip")
    d = W.doc("Mail/finance/2024-04-12_claim.eml!/claim_docs.zip!/claims/claim_0412.txt", "txt", "en")
    add_all(d, p, [("PERSON_NAME", un(p)), ("DATE_OF_BIRTH", p.dob.strftime('%m/%d/%Y')), ("US_SSN", p.ssn), ("PHONE_NUMBER", p.phone_nat)])

    # mbox: a plain message, then one whose attachment is a zip holding a CSV
    mrel = "Mail/archive/ops_2024.mbox"
    W.container(mrel, "mbox")
    a, b = jp[9], jp[10]
    m1 = eml(f"{jn(a)} <{a.email}>", f"{jn(b)} <{b.email}>", "週次定例", f"{b.family}さん\n\n定例は木曜15時からです。\n\n{jn(a)}\n", "2024-05-01 10:00")
    csvz = "氏名,住所,電話\n" + "".join(f"{jn(x)},〒{x.zip} {x.addr_ja},{x.phone_nat}\n" for x in (jp[11], jp[0]))
    m2 = eml(f"{jn(b)} <{b.email}>", f"{jn(a)} <{a.email}>", "送付先リスト", "添付のzipに送付先を入れました。\n", "2024-05-02 11:00",
             attachments=[("送付先.zip", zip_bytes([("送付先.csv", csvz.encode("utf-8"))]), "application/zip")])
    buf = b""
    for k, m in enumerate((m1, m2), 1):
        raw = m.as_bytes(policy=email.policy.SMTP).replace(b"\r\n", b"\n")
        buf += b"From MAILER-DAEMON Thu May  2 10:00:00 2024\n" + mbox_escape(raw) + b"\n"
        d = W.doc(f"{mrel}!/{k}", "eml", "ja", message_id=m["Message-ID"])
        for x in (a, b):
            add_all(d, x, [("PERSON_NAME", jn(x)), ("EMAIL_ADDRESS", x.email)])
    open(W.path_for(mrel), "wb").write(buf)
    W.container(f"{mrel}!/2!/送付先.zip", "zip")
    d = W.doc(f"{mrel}!/2!/送付先.zip!/送付先.csv", "csv", "ja")
    for x in (jp[11], jp[0]):
        add_all(d, x, [("PERSON_NAME", jn(x)), ("POSTAL_ADDRESS", f"〒{x.zip} {x.addr_ja}"), ("PHONE_NUMBER", x.phone_nat)])

    # =========================================================================== archives
    trel = "IT/backup/hr_share_2023.tar.gz"
    inner = zip_bytes([("roster.tsv", "name\temail\tphone\n" + "".join(f"{un(x)}\t{x.email}\t{x.phone_nat}\n" for x in us[6:8]))])
    mid = zip_bytes([("2023/q4/roster.zip", inner), ("2023/README.txt", "Quarterly HR share snapshot.\n")])
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode="w") as t:
        for n, data in (("hr_share/archive_2023.zip", mid), ("hr_share/notes.txt", b"snapshot taken 2024-01-02\n")):
            ti = tarfile.TarInfo(n)
            ti.size, ti.mtime = len(data), 1704153600
            t.addfile(ti, io.BytesIO(data))
    open(W.path_for(trel), "wb").write(gzip.compress(tb.getvalue(), mtime=0))
    W.container(trel, "gz")
    # the gzip stream holds one tar, an item of its own (README: x.tar.gz!/x.tar!/file), then the tar's entries
    tar = f"{trel}!/hr_share_2023.tar"
    W.container(tar, "tar")
    W.container(f"{tar}!/hr_share/archive_2023.zip", "zip")
    W.doc(f"{tar}!/hr_share/notes.txt", "txt", "en")
    W.doc(f"{tar}!/hr_share/archive_2023.zip!/2023/README.txt", "txt", "en")
    W.container(f"{tar}!/hr_share/archive_2023.zip!/2023/q4/roster.zip", "zip")
    d = W.doc(f"{tar}!/hr_share/archive_2023.zip!/2023/q4/roster.zip!/roster.tsv", "tsv", "en")
    for x in us[6:8]:
        add_all(d, x, [("PERSON_NAME", un(x)), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_nat)])

    grel = "Users/shared/exports/customer_contacts.csv.gz"
    body = "customer,email,mobile\n" + "".join(f"{un(x)},{x.email},{x.phone_intl}\n" for x in uk[1:3])
    open(W.path_for(grel), "wb").write(gzip.compress(body.encode(), mtime=0))
    W.container(grel, "gz")
    d = W.doc(grel + "!/customer_contacts.csv", "csv", "en")
    for x in uk[1:3]:
        add_all(d, x, [("PERSON_NAME", un(x)), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_intl)])

    # =========================================================================== other text formats
    d = W.doc("共有/連絡先/contacts_qp.vcf", "vcf", "ja")
    cards = []
    for x in jp[5:8]:
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                     f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(x.family)};{qp(x.given)};;;\r\n"
                     f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(jn(x))}\r\n"
                     f"TEL;TYPE=CELL:{x.phone_nat}\r\nEMAIL;TYPE=INTERNET:{x.email}\r\n"
                     f"ADR;TYPE=HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;{qp(x.addr_ja)};;;{x.zip};{qp('日本')}\r\nEND:VCARD\r\n")
        add_all(d, x, [("PERSON_NAME", jn(x)), ("PHONE_NUMBER", x.phone_nat), ("EMAIL_ADDRESS", x.email), ("POSTAL_ADDRESS", f"〒{x.zip} {x.addr_ja}")])
    open(W.path(d), "w", encoding="ascii", newline="").write("".join(cards))

    d = W.doc("Intranet/site/team/avionics-test.html", "html", "en")
    trs = ""
    for x in us[2:4]:
        trs += f"<tr><td>{un(x)}</td><td>Test engineer</td><td>{x.phone_nat}</td><td><a href=\"mailto:{x.email}\">e-mail</a></td></tr>\n"
        add_all(d, x, [("PERSON_NAME", un(x)), ("PHONE_NUMBER", x.phone_nat), ("EMAIL_ADDRESS", x.email)])
    W.write_text(d, f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Avionics test team</title></head><body><h1>Avionics test team</h1>"
                    f"<table><tr><th>Name</th><th>Role</th><th>Mobile</th><th>Contact</th></tr>\n{trs}</table></body></html>\n")

    d = W.doc("IT/logs/portal-2024-05-03.jsonl", "jsonl", "en")
    lines = []
    for i, x in enumerate(us[8:11]):
        ip = x.ip
        lines.append(json.dumps({"ts": f"2024-05-03T0{i + 1}:12:44Z", "level": "INFO", "event": "login", "user": {"email": x.email, "name": un(x)},
                                 "client": {"ip": ip, "ua": "Mozilla/5.0"}, "request_id": f"{R.getrandbits(64):016x}"}))
        add_all(d, x, [("EMAIL_ADDRESS", x.email), ("PERSON_NAME", un(x)), ("IP_ADDRESS", ip)])
    W.write_text(d, "\n".join(lines) + "\n")

    d = W.doc("Finance/export/customers_attr.xml", "xml", "en")
    xs = ""
    for x in (us[0], us[1]):
        xs += (f'  <customer id="{R.randint(10000, 99999)}" fullName="{un(x)}" email="{x.email}" phone="{x.phone_nat}" birthDate="{x.dob.isoformat()}">\n'
               f'    <address street="{x.street}" city="{x.city}" state="{x.state}" zip="{x.zip}"/>\n  </customer>\n')
        add_all(d, x, [("PERSON_NAME", un(x)), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_nat), ("DATE_OF_BIRTH", x.dob.isoformat()),
                       ("POSTAL_ADDRESS", us_addr(x))])
    W.write_text(d, f'<?xml version="1.0" encoding="UTF-8"?>\n<customers exported="2024-05-01">\n{xs}</customers>\n')

    # =========================================================================== look-alikes
    d = W.doc("Intranet/site/parts/price-list.html", "html", "en")
    W.write_text(d, "<html><body><h1>Connector price list</h1><table><tr><th>Part</th><th>Model</th><th>Price</th></tr>"
                    f"<tr><td>Circular connector</td><td>090-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}</td><td>$41.20</td></tr>"
                    f"<tr><td>Backshell</td><td>{luhn_number(R, '4', 16)[:12]}-B</td><td>$12.75</td></tr>"
                    '<tr><td>Questions</td><td colspan="2"><a href="https://www.example.com/support">support portal</a></td></tr></table></body></html>\n')
    d.decoy("phone-shaped model numbers and part codes in a price list", ["PHONE_NUMBER", "CREDIT_CARD", "PERSON_NAME"])

    d = W.doc("IT/logs/scheduler-2024-05-03.jsonl", "jsonl", "en")
    W.write_text(d, "".join(json.dumps({"ts": f"2024-05-03T0{i}:00:00Z", "job": j, "duration_ms": R.randint(100, 9000),
                                        "trace": f"{R.getrandbits(64):016x}", "version": "4.12.0.3"}) + "\n"
                            for i, j in enumerate(["reindex", "backup", "rotate-logs", "vacuum"])))
    d.decoy("a system job log (trace ids, version quads)", ["IP_ADDRESS", "PHONE_NUMBER", "PERSON_NAME", "EMAIL_ADDRESS"])

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
