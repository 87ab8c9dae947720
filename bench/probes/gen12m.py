#!/usr/bin/env python3
"""gen12m.py - probe round 12, markings side: classification and handling markings in layouts and phrasings the
rules have not seen, and their look-alikes. Writes OUT/files/** and OUT/truth.json (the samples' truth format).

    python3 bench/probes/gen12m.py OUT [--seed N]      (tuning seed 12, held-out check seed 1212)

Every marking code of the output contract, in docx (header/footer, body banner, text box), xlsx (header/footer codes,
first row), pptx (slide banners), PDF (top/bottom banner lines, a rotated stamp, a boxed stamp, Japanese text in a
CID font), e-mail, text and HTML; look-alikes (the words in prose, product names, mail disclaimers, Distribution
Statement A, a marking training slide, a classification guide's table of levels, 秘書室, 秘密保持契約, 注意事項,
取扱注意 on a shipping label, NATO UNCLASSIFIED, UK OFFICIAL, EAR99) are decoys. Seeds change the variant of each
item (which banner, caveats, wording, position), the programme names and dates, not the list of items.

Truth conventions: DEFENSE_RELATED beside a marking is optional (`markings_optional`), as in the other probe sets;
CUI//SP-EXPT makes EXPORT_ITAR / EXPORT_EAR optional (the category says export control applies, no notice is given);
a mail's sender and recipients are optional PII (this set scores markings).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import CT, OV, REL, RELS, W_NS, _wp, _zip  # noqa: E402

PROGRAMS = ["HALCYON", "TRIDENT WAKE", "SABLE CREST", "IRON LANTERN", "NORTHERN VEIL", "GLASS HERON", "COPPER MESA", "ASHEN KITE"]
OFFICES = ["AFRL/RWWI", "NAVAIR PMA-201", "DEVCOM AvMC", "MDA/DV", "NAVSEA PEO IWS 1.0", "AFLCMC/EBJ"]
REASONS = ["Critical Technology", "Export Controlled", "Test and Evaluation", "Operations Security",
           "Proprietary Information", "Administrative or Operational Use", "Direct Military Support"]
FIRMS = ["Towa Aero", "Kestrel Dynamics", "Northfield Systems", "Hakuyo Denki", "Meridian Photonics"]
FIRMS_JA = ["東和精機", "白陽電機", "北辰航空", "三叉工業", "青嶺システムズ"]


# ------------------------------------------------------------------------------------------------ writers
def docx_x(path, paras, header=None, footer=None, textbox=None, table=None):
    """docx with optional header/footer paragraphs (lists), a text box (wps:txbx) before the body, and a table."""
    header = [header] if isinstance(header, str) else header
    footer = [footer] if isinstance(footer, str) else footer
    body = ""
    if textbox:
        body += ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
                 'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                 '<wp:positionH relativeFrom="page"><wp:posOffset>5000000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page">'
                 '<wp:posOffset>300000</wp:posOffset></wp:positionV><wp:extent cx="1800000" cy="400000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
                 '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                 '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                 '<a:ln w="19050"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>'
                 + "".join(_wp(t) for t in textbox) +
                 '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                 '<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    body += "".join(_wp(p) for p in paras)
    if table:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_wp(c)}</w:tc>" for c in row) + "</w:tr>" for row in table) + "</w:tbl>"
    ns = (W_NS + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"')
    rels, ov, sect, parts = [], [OV.format("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")], "", {}
    if header:
        rels.append(REL.format("rIdH", "header", "header1.xml"))
        ov.append(OV.format("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{"".join(_wp(h) for h in header)}</w:hdr>'
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append(REL.format("rIdF", "footer", "footer1.xml"))
        ov.append(OV.format("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
        parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{"".join(_wp(h) for h in footer)}</w:ftr>'
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    parts["word/document.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>'
    parts["word/_rels/document.xml.rels"] = RELS.format("".join(rels))
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "word/document.xml"))
    parts["[Content_Types].xml"] = CT.format("".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def xlsx_hf(path, sheets, header=None, footer=None):
    """xlsx with distinct odd header and footer codes (probelib.xlsx writes one string to both)."""
    xlsx(path, sheets)
    if not (header or footer):
        return
    zin = zipfile.ZipFile(path)
    parts = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    hf = "<headerFooter>" + (f"<oddHeader>{xesc(header)}</oddHeader>" if header else "") + \
         (f"<oddFooter>{xesc(footer)}</oddFooter>" if footer else "") + "</headerFooter>"
    for n in list(parts):
        if n.startswith("xl/worksheets/sheet"):
            parts[n] = parts[n].replace(b"</worksheet>", hf.encode() + b"</worksheet>")
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def master_banner(path, banner):
    """Put the banner into the slide master's shape tree at the top and bottom (probelib.pptx writes an empty master)."""
    zin = zipfile.ZipFile(path)
    parts = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    sp = ""
    for k, y in ((2, 50000), (3, 6400000)):
        sp += (f'<p:sp><p:nvSpPr><p:cNvPr id="{k}" name="Classification {k}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="4600000" y="{y}"/>'
               f'<a:ext cx="3000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
               f'<a:p><a:r><a:rPr lang="en-US"/><a:t>{xesc(banner)}</a:t></a:r></a:p></p:txBody></p:sp>')
    n = "ppt/slideMasters/slideMaster1.xml"
    parts[n] = parts[n].replace(b"<p:grpSpPr/></p:spTree>", b"<p:grpSpPr/>" + sp.encode() + b"</p:spTree>", 1)
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def pdf_x(path, pages):
    """PDF pages of drawing items: ("t", x, y, text[, size]) Latin text, ("j", x, y, text[, size]) Japanese text
    (HeiseiKakuGo-W5, UniJIS-UCS2-H, not embedded), ("r", x, y, angle, text, size) rotated Latin text,
    ("box", x, y, w, h) a stroked rectangle."""
    import math

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")

    contents = []
    for items in pages:
        ops = []
        for it in items:
            kind = it[0]
            if kind == "box":
                _, x, y, w, h = it
                ops.append(f"2 w 0.8 0 0 RG {x} {y} {w} {h} re S 0 0 0 RG")
            elif kind == "t":
                size = it[4] if len(it) > 4 else 10
                ops.append(f"BT /F1 {size} Tf 1 0 0 1 {it[1]} {it[2]} Tm ({esc(it[3])}) Tj ET")
            elif kind == "j":
                size = it[4] if len(it) > 4 else 10
                hexs = "".join(f"{ord(c):04X}" for c in it[3])
                ops.append(f"BT /F2 {size} Tf 1 0 0 1 {it[1]} {it[2]} Tm <{hexs}> Tj ET")
            elif kind == "r":
                _, x, y, ang, text, size = it
                c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
                ops.append(f"BT /F1 {size} Tf {c:.4f} {s:.4f} {-s:.4f} {c:.4f} {x} {y} Tm ({esc(text)}) Tj ET")
        contents.append("\n".join(ops))
    body, kids, n = {}, [], 5
    for content in contents:
        pid, cid = n, n + 1
        n += 2
        kids.append(pid)
        data = content.encode("latin-1")
        body[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     f"/Contents {cid} 0 R >>").encode()
        body[cid] = b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
    body[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    body[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    body[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    body[4] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts "
               b"[<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (Japan1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 "
               b"/Flags 4 /FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 69 >> "
               b"/DW 1000 >>] >>")
    write_pdf(path, body, n)


def page(lines, top=None, bottom=None, font="t", extra=(), start=760, step=16, x=60):
    """One PDF page: body lines from `start` down, a banner line centred at the top and/or bottom."""
    items = []
    if top:
        items.append((font, max(40, 306 - len(top) * (5 if font == "j" else 3)), 812, top))
    y = start
    for ln in lines:
        items.append((font, x, y, ln))
        y -= step
    if bottom:
        items.append((font, max(40, 306 - len(bottom) * (5 if font == "j" else 3)), 22, bottom))
    items.extend(extra)
    return items


# ------------------------------------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe12m")
    build(W)
    W.finish()


def build(W):
    R = W.rnd
    progs = R.sample(PROGRAMS, len(PROGRAMS))
    prog = lambda i: progs[i % len(progs)]  # noqa: E731
    office = lambda: R.choice(OFFICES)  # noqa: E731
    reason = lambda: R.choice(REASONS)  # noqa: E731

    def day():
        d = dt.date(2022, 1, 1) + dt.timedelta(days=R.randint(0, 1000))
        return d

    def dstr(d=None):
        d = d or day()
        return R.choice([d.strftime("%d %B %Y"), d.strftime("%B %d, %Y").replace(" 0", " "), d.strftime("%Y-%m-%d")])

    def save_eml(rel, m, lang="en"):
        d = W.doc(rel, "eml", lang)
        with open(W.path(d), "wb") as f:
            f.write(m.as_bytes())
        for t in ("PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"):
            d.opt_type(t)
        return d

    def text(rel, body, fmt="txt", lang="en", encoding="utf-8"):
        d = W.doc(rel, fmt, lang)
        W.write_text(d, body, encoding)
        return d

    # ============================================================ US classified
    # 1. docx: TOP SECRET banner with SCI caveats in header and footer, portion marks, authority block
    p = prog(0)
    banner = R.choice(["TOP SECRET//SI//NOFORN", "TOP SECRET//SI/TK//NOFORN", "TOP SECRET//HCS-P//ORCON/NOFORN", "TOP SECRET//SI//REL TO USA, FVEY"])
    d = W.doc(f"Intel/{p.title().replace(' ', '_')}/collection_summary.docx", "docx", "en")
    docx_x(W.path(d), [f"({banner.split('//')[0].replace('TOP SECRET', 'TS')}//{banner.split('//')[1]}) {p.title()} Collection Summary",
                       f"(TS//{banner.split('//')[1]}//NF) Intercepts from the northern relay confirm the test launch window.",
                       "(U) Distribution of this summary is limited to the named recipients.",
                       "(S//NF) Follow-on tasking is described in Annex B.",
                       "Classified By: 0571392, Chief, Collection Management",
                       f"Derived From: NSA/CSSM 1-52, dated {day().strftime('%Y%m%d')}",
                       f"Declassify On: {R.choice(['25X1', '50X1-HUM', (day() + dt.timedelta(days=9000)).strftime('%Y%m%d')])}"],
           header=banner, footer=banner)
    d.mark("US_TOP_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 2. PDF: SECRET//REL TO banner top and bottom of 2 pages, portion marks
    p = prog(1)
    banner = R.choice(["SECRET//REL TO USA, FVEY", "SECRET//REL TO USA, GBR, AUS", "SECRET//NOFORN", "SECRET//ORCON/NOFORN"])
    pm = "S//REL" if "REL" in banner else "S//NF"
    d = W.doc(f"Programs/{p.title().replace(' ', '_')}/threat_assessment_{R.randint(1, 9)}.pdf", "pdf", "en")
    pdf_x(W.path(d), [page([f"({pm}) {p.title()} Threat Assessment", f"({pm}) The adversary radar network covers the approach corridor.",
                            "(U) Weather data is from public sources.", f"({pm}) Jamming margins are given in Table 2."], top=banner, bottom=banner),
                      page(["Table 2 - Jamming margins", "(U) Values are in dB.", f"({pm}) Band X: 12, Band Ku: 9"], top=banner, bottom=banner)])
    d.mark("US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 3. eml: CONFIDENTIAL//NOFORN at top and bottom of the body, portion marks
    banner = R.choice(["CONFIDENTIAL//NOFORN", "CONFIDENTIAL//REL TO USA, JPN", "CONFIDENTIAL"])
    m = mail("Ops Cell <ops.cell@j3.example.mil>", "Liaison <liaison@j3.example.mil>", f"{banner} - port visit security posture",
             f"{banner}\n\n(C) The port visit on {dstr()} will use berth 4.\n(C) Force protection level is raised to Bravo for the visit.\n"
             f"(U) Public affairs guidance follows separately.\n\nClassified By: Commander, Task Force 73\nDerived From: Multiple Sources\n"
             f"Declassify On: {(day() + dt.timedelta(days=3650)).strftime('%Y%m%d')}\n\n{banner}\n", "2024-03-11 09:30")
    save_eml(f"Mail/ops/port_visit_{R.randint(10, 99)}.eml", m).mark("US_CONFIDENTIAL")
    W.docs[-1].mark_opt("DEFENSE_RELATED")

    # 4. txt: a cable with the classification line at the top (CLASSIFICATION: SECRET) and paragraph marks
    lvl = R.choice(["SECRET", "CONFIDENTIAL"])
    code = {"SECRET": "US_SECRET", "CONFIDENTIAL": "US_CONFIDENTIAL"}[lvl]
    pm = lvl[0]
    d = text(f"Cables/{R.randint(20, 24)}STATE{R.randint(10000, 99999)}.txt",
             f"{lvl} {R.choice(['NOFORN', 'STATE', ''])}".strip() + f"\nDE RUEHC #{R.randint(1000, 9999)} {R.randint(100, 365)}\nZNY {'S'*5 if lvl == 'SECRET' else 'C'*5}\n"
             f"R {R.randint(10, 28)}1530Z MAR 24\nFM SECSTATE WASHDC\nTO AMEMBASSY TOKYO\nBT\n{lvl} STATE {R.randint(10000, 99999)}\n\n"
             f"E.O. 13526: DECL: {(day() + dt.timedelta(days=3650)).strftime('%m/%d/%Y')}\nTAGS: PREL, MARR, JA\nSUBJECT: ALLIANCE CONSULTATIONS ON MARITIME SECURITY\n\n"
             f"1. ({pm}) Summary: Consultations covered the joint patrol schedule.\n2. ({pm}) Embassy should raise the basing question at the next meeting.\n"
             f"3. (U) Press guidance is at para 5.\nBT\n#{R.randint(1000, 9999)}\nNNNN\n")
    d.mark(code)

    # 5. pptx: banner top and bottom of each slide, portion marks on bullets
    lvl = R.choice(["SECRET", "TOP SECRET"])
    banner = lvl + R.choice(["//NOFORN", "//REL TO USA, FVEY", ""])
    code = "US_SECRET" if lvl == "SECRET" else "US_TOP_SECRET"
    pm = "S" if lvl == "SECRET" else "TS"
    d = W.doc(f"Briefings/{prog(2).title().replace(' ', '_')}_decision_brief.pptx", "pptx", "en")
    pptx(W.path(d), [[(banner, "top"), (f"(U) {prog(2).title()} Decision Brief", "title"), (f"({pm}) Option 2 fields the interceptor in FY27", "body"),
                      (f"({pm}) Option 3 delays IOC by 14 months", "body"), (banner, "bottom")],
                     [(banner, "top"), ("(U) Recommendation", "title"), (f"({pm}) Approve Option 2", "body"), (banner, "bottom")]])
    d.mark(code); d.mark_opt("DEFENSE_RELATED")

    # 6. PDF: rotated SECRET stamp across the page, no banner text lines; authority block
    d = W.doc(f"Archive/stamped_memo_{R.randint(100, 999)}.pdf", "pdf", "en")
    pdf_x(W.path(d), [page(["MEMORANDUM FOR THE RECORD", f"SUBJECT: {prog(3).title()} site survey", "1. The survey team visited the site on 4 April.",
                            "2. Power and water are adequate for the array.", "Classified By: J. Ortega, Program Security Officer",
                            "Derived From: SCG 2019-04", "Declassify On: 20441231"],
                           extra=[("r", 180, 300, 35, "SECRET", 54)])])
    d.mark("US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 7. html: an intranet page with a banner div top and bottom (UNCLASSIFIED//FOUO -> CUI)
    banner = R.choice(["UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED//FOUO", "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE"])
    d = text(f"Intranet/security/visitor_procedures_{R.randint(1, 9)}.html",
             f'<html><head><title>Visitor procedures</title></head><body><div class="banner" style="background:green;color:white;text-align:center">{banner}</div>\n'
             "<h1>Visitor procedures</h1>\n<p>(U//FOUO) Escorts must hold a badge of the building they escort in.</p>\n"
             "<p>(U//FOUO) Visitor logs are kept for 2 years.</p>\n"
             f'<div class="banner" style="background:green;color:white;text-align:center">{banner}</div></body></html>\n', fmt="html")
    d.mark("US_CUI")

    # ============================================================ CUI
    # 8. docx: CUI banner in header/footer + designation indicator block in the body
    cat = R.choice(["CTI", "EXPT", "PRVCY", "PROPIN", "OPSEC"])
    d = W.doc(f"Programs/{prog(4).title().replace(' ', '_')}/interface_control_document_rev{R.choice('BCD')}.docx", "docx", "en")
    docx_x(W.path(d), [f"{prog(4).title()} Interface Control Document", "1. Scope", "This ICD defines the data link between the launcher and the fire control node.",
                       "2. Message formats", "Messages are 64-byte frames with a CRC-16 trailer.", "",
                       f"Controlled by: {R.choice(['Department of the Navy', 'Department of the Air Force', 'Department of the Army'])}",
                       f"Controlled by: {office()}", f"CUI Category: {cat}",
                       f"{R.choice(['Limited Dissemination Control', 'LDC', 'Distribution/Dissemination Control'])}: {R.choice(['FEDCON', 'NOFORN', 'FED ONLY', 'DL ONLY'])}",
                       f"POC: Program Security Office, {office()}"],
           header="CUI", footer="CUI")
    d.mark("US_CUI"); d.mark_opt("DEFENSE_RELATED")
    if cat == "EXPT":
        d.mark_opt("EXPORT_ITAR"); d.mark_opt("EXPORT_EAR")

    # 9. pptx: CUI//SP-... banners (NARA form with categories and LDC)
    banner = R.choice(["CUI//SP-EXPT//NOFORN", "CUI//SP-CTI/SP-EXPT", "CUI//SP-PRVCY//FED ONLY", "CONTROLLED//SP-EXPT"])
    d = W.doc(f"Briefings/{prog(5).title().replace(' ', '_')}_supplier_day.pptx", "pptx", "en")
    pptx(W.path(d), [[(banner, "top"), ("Supplier Day", "title"), ("Qualification test schedule", "body"), (banner, "bottom")],
                     [(banner, "top"), ("Drawing package", "title"), ("Drawings 44A-101 to 44A-188 are attached", "body"), (banner, "bottom")]])
    d.mark("US_CUI"); d.mark_opt("DEFENSE_RELATED")
    if "EXPT" in banner:
        d.mark_opt("EXPORT_ITAR"); d.mark_opt("EXPORT_EAR")

    # 10. xlsx: CUI in the header/footer codes only
    d = W.doc(f"Logistics/spares_forecast_FY{R.randint(25, 27)}.xlsx", "xlsx", "en")
    xlsx_hf(W.path(d), {"Forecast": [["NSN", "Nomenclature", "Qty", "Need date"], ["5998-01-625-4431", "Circuit card assembly", "14", "2025-06-30"],
                                     ["6130-01-598-2210", "Power supply", "6", "2025-09-30"]]},
            header=R.choice(["&CCUI", "&L&\"Arial,Bold\"CUI&RPage &P of &N", "&C&8CUI"]), footer="&CCUI")
    d.mark("US_CUI"); d.mark_opt("DEFENSE_RELATED")

    # 11. eml: CUI at the top of a mail body with a DI block at the bottom
    m = mail("Contracts <contracts@kestrel-dyn.example.com>", "Buyer <buyer@navsea.example.mil>", "CUI - revised cost volume",
             f"CUI\n\nPlease find the revised cost volume attached. Labor rates changed for CLIN 0003.\n\nRegards,\nContracts team\n\n"
             f"Controlled by: {R.choice(FIRMS)} Contracts\nCUI Category: {R.choice(['PROPIN', 'PROCURE', 'CTI'])}\nLDC: FEDCON\nPOC: contracts@kestrel-dyn.example.com\n\nCUI\n",
             "2024-05-02 15:10")
    save_eml(f"Mail/contracts/cost_volume_rev{R.randint(2, 5)}.eml", m).mark("US_CUI")
    W.docs[-1].mark_opt("DEFENSE_RELATED")

    # ============================================================ distribution statements
    def dist(letter, dt_):
        off = office()
        return {"B": f"DISTRIBUTION STATEMENT B. Distribution authorized to U.S. Government agencies only ({reason()}) ({dt_}). Other requests for this document shall be referred to {off}.",
                "C": f"DISTRIBUTION STATEMENT C. Distribution authorized to U.S. Government agencies and their contractors ({reason()}) ({dt_}). Other requests for this document shall be referred to {off}.",
                "D": f"DISTRIBUTION STATEMENT D. Distribution authorized to the Department of Defense and U.S. DoD contractors only ({reason()}) ({dt_}). Other requests shall be referred to {off}.",
                "E": f"DISTRIBUTION STATEMENT E. Distribution authorized to DoD Components only ({reason()}) ({dt_}). Other requests shall be referred to {off}.",
                "F": f"DISTRIBUTION STATEMENT F. Further dissemination only as directed by {off} ({dt_}) or higher DoD authority."}[letter]

    # 12. docx footer: statement B
    d = W.doc(f"Reports/TR-{R.randint(2022, 2025)}-{R.randint(100, 999)}_seeker_calibration.docx", "docx", "en")
    docx_x(W.path(d), ["Technical Report", "Seeker calibration procedure", "1. Introduction", "The procedure calibrates the boresight error slope."],
           footer=dist("B", dstr()))
    d.mark("US_DISTRIBUTION_B"); d.mark_opt("DEFENSE_RELATED")

    # 13. PDF: statement D on the cover, wrapped over three lines at the bottom
    t = dist("D", dstr())
    words = t.split(" ")
    l1, l2, l3 = " ".join(words[:9]), " ".join(words[9:18]), " ".join(words[18:])
    d = W.doc(f"Reports/{prog(6).title().replace(' ', '_')}_flight_test_report.pdf", "pdf", "en")
    pdf_x(W.path(d), [page([f"{prog(6).title()} Flight Test Report", "Flight Test 4", f"{R.choice(FIRMS)} Inc.", "", "Prepared for the Program Office"],
                           start=700, extra=[("t", 60, 70, l1, 8), ("t", 60, 60, l2, 8), ("t", 60, 50, l3, 8)]),
                      page(["1. Summary", "All objectives were met."])])
    d.mark("US_DISTRIBUTION_D"); d.mark_opt("DEFENSE_RELATED")

    # 14. txt: statement E as a notice block in a plain-text report cover
    d = text(f"Reports/{prog(7).lower().replace(' ', '_')}_icd_notes.txt",
             f"{prog(7)} ICD WORKING NOTES\n\n{dist('E', dstr())}\n\n1. The bus runs at 1 Mbit/s.\n2. Message 0x21 carries the track file.\n")
    d.mark("US_DISTRIBUTION_E"); d.mark_opt("DEFENSE_RELATED")

    # 15. pptx: statement F on the title slide
    t = dist("F", dstr())
    d = W.doc(f"Briefings/{prog(0).title().replace(' ', '_')}_HWIL_results.pptx", "pptx", "en")
    pptx(W.path(d), [[(f"{prog(0).title()} HWIL Results", "title"), ("Test series 7", "body"), (t, "bottom")],
                     [("Miss distance summary", "title"), ("All runs inside the requirement", "body")]])
    d.mark("US_DISTRIBUTION_F"); d.mark_opt("DEFENSE_RELATED")

    # 16. html: statement C as a notice paragraph
    d = text(f"Intranet/library/report_{R.randint(1000, 9999)}.html",
             f"<html><body><h2>Radome erosion test data</h2><p>{dist('C', dstr())}</p><p>Rain erosion tests at Mach 1.2 showed no delamination.</p></body></html>\n",
             fmt="html")
    d.mark("US_DISTRIBUTION_C"); d.mark_opt("DEFENSE_RELATED")

    # 17. decoy: Distribution Statement A
    d = W.doc(f"Public/STEM_day_{R.randint(2022, 2025)}.docx", "docx", "en")
    docx_x(W.path(d), ["STEM Day at the Laboratory", "Students built model rockets and heard about careers in engineering.",
                       "DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited."],
           footer=R.choice(["Approved for public release; distribution is unlimited.", "DISTRIBUTION A. Approved for public release: distribution unlimited."]))
    d.decoy("DISTRIBUTION STATEMENT A (public release) is not a marking", ["US_DISTRIBUTION_B", "US_DISTRIBUTION_C", "US_DISTRIBUTION_D", "US_DISTRIBUTION_E", "US_DISTRIBUTION_F"])
    d.mark_opt("DEFENSE_RELATED")

    # ============================================================ export control
    # 18. PDF: ITAR legend at the bottom + warning on the cover
    d = W.doc(f"Engineering/drawings/TDP_{R.randint(100, 999)}_index.pdf", "pdf", "en")
    legend = R.choice(["EXPORT CONTROLLED - ITAR", "ITAR CONTROLLED TECHNICAL DATA", "WARNING - ITAR RESTRICTED"])
    pdf_x(W.path(d), [page(["Technical Data Package Index", "Drawing 44A-101  Seeker housing", "Drawing 44A-102  Gimbal yoke",
                            "This document contains technical data subject to the International Traffic in Arms",
                            "Regulations (22 CFR 120-130). Export without a license from the U.S. Department of State is prohibited."], bottom=legend)])
    d.mark("EXPORT_ITAR"); d.mark_opt("DEFENSE_RELATED")

    # 19. eml: ITAR notice in the body
    m = mail("Engineering <eng@northfield.example.com>", "Supplier <quality@supplier.example.com>", "Drawing package for RFQ 24-117",
             "Hello,\n\nAttached is the drawing list for RFQ 24-117.\n\n"
             + R.choice(["ITAR NOTICE: The information in this e-mail is subject to the International Traffic in Arms Regulations (ITAR), 22 CFR 120-130. "
                         "It may not be exported or disclosed to foreign persons without prior authorization from the U.S. Department of State.",
                         "EXPORT CONTROL WARNING: This message contains technical data controlled under the ITAR (22 CFR Parts 120-130). "
                         "Transfer to a foreign person requires a license."]) + "\n\nRegards,\nEngineering\n", "2024-02-14 11:00")
    save_eml(f"Mail/eng/rfq_24-117_{R.randint(1, 9)}.eml", m).mark("EXPORT_ITAR")
    W.docs[-1].mark_opt("DEFENSE_RELATED")

    # 20. xlsx: ECCN in the first row
    eccn = R.choice(["5A002.a", "3A001.b.2", "9E610.a", "6A003.b.4", "3E001"])
    d = W.doc(f"Sales/export/product_classification_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Export": [[R.choice([f"ECCN: {eccn} - Subject to the EAR", f"Export Control Classification Number: {eccn}", f"ECCN {eccn}"])],
                                [], ["Item", "Description", "Unit price"], ["GX-200", "Transceiver module", "1,250.00"]]})
    d.mark("EXPORT_EAR")

    # 21. docx: EAR notice in the footer
    d = W.doc(f"Engineering/datasheets/{R.choice(['GaN_PA', 'IR_FPA', 'Lidar'])}_datasheet_v{R.randint(2, 6)}.docx", "docx", "en")
    docx_x(W.path(d), ["Product datasheet", "Output power 40 W, efficiency 55 %", "Operating temperature -40 to +85 C"],
           footer=R.choice([f"This technology is subject to the Export Administration Regulations (EAR), ECCN {eccn}. Diversion contrary to U.S. law is prohibited.",
                            "These commodities are controlled by the U.S. Government and authorized for export only to the country of ultimate destination for use by the ultimate consignee or end-user(s) herein identified."]))
    d.mark("EXPORT_EAR")

    # 22. decoy: EAR99 on a product sheet
    d = W.doc(f"Sales/export/catalogue_sheet_{R.randint(1, 9)}.pdf", "pdf", "en")
    pdf_x(W.path(d), [page(["Cable assemblies - catalogue sheet", "Part CA-17 coaxial cable, 2 m", R.choice(["ECCN: EAR99", "Export classification: EAR99 (NLR)", "ECCN EAR99 - no licence required"]),
                            "Country of origin: Japan"])])
    d.decoy("EAR99 is not an export-control marking", ["EXPORT_EAR"])

    # ============================================================ NATO
    # 23. PDF: COSMIC TOP SECRET banner
    d = W.doc(f"NATO/MC_{R.randint(100, 400)}_annex.pdf", "pdf", "en")
    b = R.choice(["COSMIC TOP SECRET", "COSMIC TOP SECRET ATOMAL", "COSMIC TOP SECRET - RELEASABLE TO SWE"])
    pdf_x(W.path(d), [page(["ANNEX A TO MC " + str(R.randint(100, 400)), "Nuclear planning assumptions", "1. The planning horizon is 2030."], top=b, bottom=b)])
    d.mark("NATO_COSMIC_TOP_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 24. docx: NATO SECRET in header and footer
    d = W.doc(f"NATO/CAPDEV/air_defence_study_{R.randint(1, 9)}.docx", "docx", "en")
    b = R.choice(["NATO SECRET", "NATO SECRET//REL TO FIN", "NATO SECRET - Releasable to Japan"])
    docx_x(W.path(d), ["Integrated Air and Missile Defence study", "1. The study covers sensor fusion at the CAOC."], header=b, footer=b)
    d.mark("NATO_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 25. pptx: NATO CONFIDENTIAL banner
    d = W.doc(f"NATO/exercises/{R.choice(['STEADFAST', 'TRIDENT', 'BALTOPS'])}_lessons.pptx", "pptx", "en")
    pptx(W.path(d), [[("NATO CONFIDENTIAL", "top"), ("Lessons identified", "title"), ("Logistics hand-over took 9 hours", "body"), ("NATO CONFIDENTIAL", "bottom")]])
    d.mark("NATO_CONFIDENTIAL"); d.mark_opt("DEFENSE_RELATED")

    # 26. eml: NATO RESTRICTED at top and bottom of the body
    b = R.choice(["NATO RESTRICTED", "NATO RESTRICTED - RELEASABLE TO EU", "//NATO RESTRICTED"])
    m = mail("Staff <staff@hq.example.nato.int>", "Liaison <lno@example.mil>", "Meeting room change",
             f"{b}\n\nThe working group will meet in room B-204 instead of B-110.\nDial-in details are unchanged.\n\n{b}\n", "2024-06-03 08:00")
    save_eml(f"Mail/nato/meeting_room_{R.randint(1, 99)}.eml", m).mark("NATO_RESTRICTED")
    W.docs[-1].mark_opt("DEFENSE_RELATED")

    # 27. decoy: NATO UNCLASSIFIED banner
    d = W.doc(f"NATO/public/press_kit_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Press kit", "The exercise involves 12 nations and 30 ships."], header="NATO UNCLASSIFIED", footer="NATO UNCLASSIFIED")
    d.decoy("NATO UNCLASSIFIED is no classification", ["NATO_RESTRICTED", "NATO_CONFIDENTIAL", "NATO_SECRET", "NATO_COSMIC_TOP_SECRET"])
    d.mark_opt("DEFENSE_RELATED")

    # 28. decoy: NATO summit news item
    d = text(f"News/nato_summit_{R.randint(2023, 2025)}.txt",
             "NATO leaders meet in The Hague\n\nNATO leaders gathered on Tuesday for a two-day summit. Delegates said a NATO SECRET annex on air defence "
             "had been agreed, and that NATO RESTRICTED planning papers would follow. The communiqué calls for higher spending.\n")
    d.decoy("NATO SECRET / NATO RESTRICTED named in a news item", ["NATO_SECRET", "NATO_RESTRICTED"])
    d.mark_opt("DEFENSE_RELATED")

    # ============================================================ UK
    # 29. docx: OFFICIAL-SENSITIVE with a descriptor in header/footer
    b = R.choice(["OFFICIAL-SENSITIVE COMMERCIAL", "OFFICIAL-SENSITIVE [COMMERCIAL]", "OFFICIAL-SENSITIVE PERSONAL", "OFFICIAL - SENSITIVE"])
    d = W.doc(f"UK/contracts/tender_evaluation_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Tender evaluation summary", "Bidder B scored highest on technical merit.", "Prices are in Annex 2."], header=b, footer=b)
    d.mark("UK_OFFICIAL_SENSITIVE")

    # 30. PDF: SECRET UK EYES ONLY banner
    d = W.doc(f"UK/DE&S/sensor_trade_{R.randint(1, 9)}.pdf", "pdf", "en")
    b = R.choice(["SECRET UK EYES ONLY", "SECRET - UK EYES ONLY", "UK SECRET", "SECRET-UK/US EYES ONLY"])
    pdf_x(W.path(d), [page(["Sensor trade study", "Option A offers the best detection range.", "Option B is cheaper."], top=b, bottom=b)])
    d.mark("UK_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 31. txt: UK TOP SECRET
    b = R.choice(["UK TOP SECRET", "TOP SECRET UK EYES ONLY", "TOP SECRET STRAP1"])
    d = text(f"UK/JIC/assessment_{R.randint(10, 99)}.txt", f"{b}\n\nJOINT ASSESSMENT\n\nKey judgement 1: the programme is likely to resume within a year.\n\n{b}\n")
    d.mark("UK_TOP_SECRET")

    # 32. eml: OFFICIAL-SENSITIVE in the subject and at the top of the body
    m = mail("Commercial <commercial@example.gov.uk>", "Supplier <bids@supplier.example.co.uk>", "OFFICIAL-SENSITIVE: clarification question 14",
             "OFFICIAL-SENSITIVE\n\nDear bidder,\n\nIn answer to clarification question 14: the service credits cap is 10 per cent.\n\nCommercial team\n", "2024-04-22 12:00")
    save_eml(f"Mail/uk/clarification_{R.randint(10, 40)}.eml", m).mark("UK_OFFICIAL_SENSITIVE")

    # 33. decoy: UK OFFICIAL only
    d = W.doc(f"UK/policy/guidance_note_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Guidance note", "Staff should book travel through the approved supplier."], header="OFFICIAL", footer="OFFICIAL")
    d.decoy("UK OFFICIAL (no descriptor) has no code", ["UK_OFFICIAL_SENSITIVE", "UK_SECRET"])

    # ============================================================ Japan (government)
    # 34. docx: 特定秘密 in a text box and header, designation metadata
    d = W.doc(f"防衛/特定秘密/情報収集計画_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["情報収集衛星の運用計画（抜粋）", f"指定日：令和{R.randint(4, 7)}年{R.randint(1, 12)}月{R.randint(1, 28)}日", f"有効期間：令和{R.randint(9, 12)}年12月31日まで",
                       "1. 運用の概要", "軌道上の2機による観測頻度を向上させる。"],
           header=R.choice(["特定秘密", "【特定秘密】"]), textbox=["特定秘密"])
    d.mark("JP_TOKUTEI_HIMITSU"); d.mark_opt("DEFENSE_RELATED")

    # 35. xlsx: 極秘 in the header codes
    d = W.doc(f"経営企画/買収候補_評価表_{R.randint(1, 9)}.xlsx", "xlsx", "ja")
    xlsx_hf(W.path(d), {"評価": [["候補", "売上高（億円）", "評価"], ["A社", "320", "◎"], ["B社", "180", "○"]]},
            header=R.choice(["&R極秘", "&C&\"ＭＳ ゴシック,太字\"極　秘", "&L極秘&R&D"]))
    d.mark("JP_GOKUHI")

    # 36. pptx: 秘 stamp with a copy number at the top right
    d = W.doc(f"防衛/研究試作/試作品_設計審査_{R.randint(1, 9)}.pptx", "pptx", "ja")
    s = R.choice(["秘", "（秘）", "秘　全10部のうち第3号"])
    pptx(W.path(d), [[(s, "tr"), ("設計審査資料", "title"), ("推進装置の燃焼試験結果", "body")], [(s, "tr"), ("課題", "title"), ("ノズルの熱損傷対策", "body")]])
    d.mark("JP_HI"); d.mark_opt("DEFENSE_RELATED")

    # 37. PDF (Japanese font): 注意 at top and bottom
    d = W.doc(f"防衛/調達/性能要求事項_{R.randint(1, 9)}.pdf", "pdf", "ja")
    s = R.choice(["注意", "注 意", "取扱注意"])
    pdf_x(W.path(d), [page(["性能要求事項（案）", "1. 射程は別紙による。", "2. 環境条件は MIL-STD-810H に準拠する。"], top=s, bottom=s, font="j"),
                      page(["別紙", "要求値は防衛装備庁の指示による。"], top=s, bottom=s, font="j")])
    d.mark("JP_CHUI"); d.mark_opt("DEFENSE_RELATED")

    # 38. PDF (Japanese font): boxed 秘 stamp in the top right corner
    d = W.doc(f"防衛/試験/試験成績書_{R.randint(1, 9)}.pdf", "pdf", "ja")
    pdf_x(W.path(d), [page(["試験成績書", "供試品：送受信モジュール", "試験結果：全項目合格"], font="j", start=740,
                           extra=[("box", 520, 790, 40, 30), ("j", 530, 800, "秘", 16)])])
    d.mark("JP_HI"); d.mark_opt("DEFENSE_RELATED")

    # 39. docx header: 取扱注意 on an MOD-related document
    d = W.doc(f"防衛/打合せ/打合せ記録_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["打合せ記録", "日時：令和6年5月10日", "場所：防衛装備庁 会議室", "議題：試作品の評価方法について"],
           header=R.choice(["取扱注意", "【取扱注意】", "取扱注意　　　2024-05-10"]))
    d.mark("JP_CHUI"); d.mark_opt("DEFENSE_RELATED")

    # 40. txt: 取扱厳重注意 on the first line
    d = text(f"総務/危機管理/対応要領_{R.randint(1, 9)}.txt", f"{R.choice(['取扱厳重注意', '【取扱厳重注意】', '＜取扱厳重注意＞'])}\n\n緊急時対応要領\n1. 連絡体制\n2. 初動対応\n", lang="ja")
    d.mark("JP_CHUI")

    # 41. docx: 重要経済安保情報 in the header
    d = W.doc(f"経済安保/供給網_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["半導体製造装置の供給網に関する分析", "1. 依存度の高い部材", "2. 代替調達先の候補"],
           header=R.choice(["重要経済安保情報", "【重要経済安保情報】", "［重要経済安保情報］"]), footer=f"{R.choice(FIRMS_JA)}")
    d.mark("JP_JUYO_KEIZAI_ANPO")

    # 42. docx: 防衛秘密 (legacy) / 省秘 header on an old file
    s = R.choice(["防衛秘密", "省秘", "（省秘）"])
    d = W.doc(f"防衛/旧文書/運用要領_平成{R.randint(20, 26)}年.docx", "docx", "ja")
    docx_x(W.path(d), ["運用要領", "保存期間：10年", "1. 目的", "本要領は部隊の運用要領を定める。"], header=s, footer=s)
    d.mark("JP_HI"); d.mark_opt("DEFENSE_RELATED")

    # ============================================================ company markings
    # 43. xlsx: 社外秘 in the first row
    d = W.doc(f"営業/見積/価格表_{R.randint(2023, 2025)}.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"価格表": [[R.choice(["社外秘", "【社外秘】", "社外秘 (取扱い注意)"][:2])], ["品番", "品名", "単価"], ["A-100", "制御盤", "480,000"]]})
    d.mark("CORP_CONFIDENTIAL")

    # 44. pptx: 部外秘 / 関係者外秘 top right
    s = R.choice(["部外秘", "関係者外秘", "社内限り"])
    d = W.doc(f"開発/ロードマップ_{R.randint(1, 9)}.pptx", "pptx", "ja")
    pptx(W.path(d), [[(s, "tr"), ("製品ロードマップ", "title"), ("2026年度に次世代機を投入", "body")]])
    d.mark("CORP_CONFIDENTIAL")

    # 45. docx footer: Company Confidential with page number
    f = R.choice(FIRMS)
    d = W.doc(f"Sales/strategy/account_plan_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Account plan", "Grow share at the two largest customers.", "Renewal pricing is in the annex."],
           footer=R.choice([f"{f} Company Confidential | Page 1 of 3", f"{f} Confidential - Internal Use Only", f"COMPANY CONFIDENTIAL    {f}"]))
    d.mark("CORP_CONFIDENTIAL")

    # 46. pptx: Proprietary footer
    d = W.doc(f"Engineering/reviews/{R.choice(['PDR', 'CDR'])}_{R.randint(1, 9)}.pptx", "pptx", "en")
    b = R.choice([f"{f} Proprietary", f"{f.upper()} PROPRIETARY", "Proprietary Information"])
    pptx(W.path(d), [[("Design review", "title"), ("Thermal margins are positive", "body"), (b, "bottom")]])
    d.mark("CORP_CONFIDENTIAL")

    # 47. html: Internal Use Only banner on an intranet page
    d = text(f"Intranet/hr/reorg_faq_{R.randint(1, 9)}.html",
             f'<html><body><p class="marking">{R.choice(["INTERNAL USE ONLY", "For Internal Use Only", "Internal Use Only"])}</p><h1>Reorganisation FAQ</h1>'
             "<p>Teams move to the new structure on 1 July.</p></body></html>\n", fmt="html")
    d.mark("CORP_CONFIDENTIAL")

    # 48. eml: 関係者外秘 at the top of a Japanese mail body
    m = mail("企画部 <kikaku@toyo-seiki.example.co.jp>", "営業部 <eigyo@toyo-seiki.example.co.jp>", "【関係者外秘】新製品の価格について",
             f"{R.choice(['【関係者外秘】', '関係者外秘', '＜社外秘＞'])}\n\n営業部各位\n\n新製品の標準価格を下記のとおり決定しました。\n\n記\n標準価格：1,280,000円\n\n以上\n", "2024-07-01 10:00")
    save_eml(f"Mail/kikaku/新製品価格_{R.randint(1, 9)}.eml", m, "ja").mark("CORP_CONFIDENTIAL")

    # ============================================================ defense content without a marking
    # 49. docx: DoD contract kickoff memo
    d = W.doc(f"Contracts/FA{R.randint(8600, 8699)}-{R.randint(21, 24)}-C-{R.randint(1000, 9999)}_kickoff.docx", "docx", "en")
    cno = d.path.split("/")[-1].split("_")[0]
    docx_x(W.path(d), ["Kickoff meeting minutes", f"Contract {cno}", "The Air Force Research Laboratory opened the meeting.",
                       "DFARS 252.204-7012 applies; the contractor confirmed its NIST SP 800-171 assessment.", "The seeker breadboard is due in month 9."])
    d.mark("DEFENSE_RELATED")

    # 50. txt: 防衛装備庁 procurement memo
    d = text(f"防衛/調達/入札説明会メモ_{R.randint(1, 9)}.txt",
             "入札説明会メモ\n\n発注者：防衛装備庁\n件名：島嶼防衛用高速滑空弾の研究試作（その3）\n調達要求番号：" + f"{R.randint(10, 99)}-{R.randint(1000, 9999)}" +
             "\n・性能要求事項の説明があった。\n・質問の締切は来週金曜日。\n", lang="ja")
    d.mark("DEFENSE_RELATED")

    # 51. xlsx: UK MOD contract schedule
    d = W.doc(f"UK/contracts/DEFCON_schedule_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Schedule": [["Item", "Description", "Due"], ["1", "Ministry of Defence warhead integration study", "2025-03-31"],
                                  ["2", "Missile seeker test rig", "2025-06-30"]]})
    d.mark("DEFENSE_RELATED")

    # ============================================================ look-alikes (no marking)
    d = text(f"History/cold_war_{R.randint(1, 9)}.txt",
             "The Pentagon Papers\n\nThe study was classified TOP SECRET when it was completed in 1969. In 1971 parts of it were "
             "published by newspapers, and the full report was declassified in 2011. Historians note that the SECRET annexes were never released.\n")
    d.decoy("classification levels named in a history text", ["US_TOP_SECRET", "US_SECRET"])
    d.mark_opt("DEFENSE_RELATED")

    d = text(f"Blog/recipes/{R.choice(['chili', 'ramen', 'curry'])}.html",
             "<html><body><h1>My Top Secret Recipe</h1><p>TOP SECRET RECIPE: the secret to good chili is time.</p><p>Keep it secret!</p></body></html>\n", fmt="html")
    d.decoy("'Top Secret recipe' in a blog post", ["US_TOP_SECRET", "US_SECRET"])

    m = mail("Victoria's Secret <orders@victoriassecret.example.com>", "shopper@example.com", "Your Victoria's Secret order has shipped",
             "Victoria's Secret\n\nThank you for your order!\nOrder 71-2230-9911 has shipped.\n\nVICTORIA'S SECRET\n", "2024-02-10 18:00")
    save_eml(f"Mail/personal/order_shipped_{R.randint(1, 9)}.eml", m).decoy("Victoria's Secret", ["US_SECRET"])

    m = mail("Social Committee <social@example.com>", "all-staff@example.com", "SECRET SANTA 2024",
             "SECRET SANTA\n\nDraw names by Friday. Budget is 20 dollars.\nKeep your match secret!\n\nSECRET SANTA\n", "2024-11-20 12:00")
    save_eml(f"Mail/social/secret_santa_{R.randint(1, 9)}.eml", m).decoy("Secret Santa", ["US_SECRET"])

    d = text(f"Facilities/signs/{R.choice(['lab', 'server_room', 'loading_dock'])}_sign.txt",
             "RESTRICTED AREA\nAUTHORIZED PERSONNEL ONLY\n\nBadge access required beyond this point.\n\nRESTRICTED AREA\n")
    d.decoy("RESTRICTED AREA sign", ["NATO_RESTRICTED", "UK_OFFICIAL_SENSITIVE"])

    m = mail("Sales <sales@example.com>", "customer@example.net", "Quotation 2024-118",
             "Dear customer,\n\nPlease find our quotation attached.\n\nBest regards,\nSales\n\n"
             + R.choice(["CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please delete it.",
                         "CONFIDENTIAL: This e-mail and any files transmitted with it are confidential and intended solely for the addressee.",
                         "This e-mail may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender."]) + "\n",
             "2024-03-05 09:00")
    save_eml(f"Mail/sales/quotation_{R.randint(100, 999)}.eml", m).decoy("mail disclaimer footer", ["CORP_CONFIDENTIAL", "US_CONFIDENTIAL"])

    d = W.doc(f"Training/security/marking_basics_{R.randint(1, 9)}.pptx", "pptx", "en")
    pptx(W.path(d), [[("Marking classified information", "title"), ("Levels: TOP SECRET, SECRET, CONFIDENTIAL", "body"),
                      ("Example banner: SECRET//NOFORN", "body"), ("Example portion mark: (S//NF)", "body")],
                     [("CUI basics", "title"), ("Banner line example: CUI//SP-CTI", "body"), ("Legacy FOUO is replaced by CUI", "body")]])
    d.decoy("a training slide listing markings as examples", ["US_SECRET", "US_TOP_SECRET", "US_CONFIDENTIAL", "US_CUI"])

    d = W.doc(f"Training/security/classification_guide_levels_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Classification levels", "The table below describes each level."],
           table=[["Level", "Damage to national security"], ["TOP SECRET", "exceptionally grave damage"], ["SECRET", "serious damage"],
                  ["CONFIDENTIAL", "damage"], ["UNCLASSIFIED", "none"]])
    d.decoy("a classification guide's table of levels", ["US_SECRET", "US_TOP_SECRET", "US_CONFIDENTIAL"])

    d = text(f"Software/{R.choice(['hmi', 'console'])}/README.md",
             "# CUI module\n\nThe CUI (Console User Interface) module draws the operator screens.\n\n## Build\n\nRun `make cui`.\n\nLa finestra in cui appare il menu è configurabile.\n", fmt="md")
    d.decoy("CUI as another acronym / Italian 'in cui'", ["US_CUI"])

    d = W.doc(f"総務/秘書室/来客予定_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["秘書室", "来客予定（7月）", "7月3日　取引先役員 2名", "※ 応接室の予約は秘書室まで"], header="秘書室")
    d.decoy("秘書室 (secretary's office) in a header", ["JP_HI"])

    d = W.doc(f"法務/契約/秘密保持契約書_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["秘密保持契約書", "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                       "第2条（秘密保持）受領者は秘密情報を第三者に開示してはならない。"])
    d.decoy("秘密保持契約書 text", ["JP_HI", "CORP_CONFIDENTIAL"])

    d = text(f"製品/取扱説明書_{R.randint(1, 9)}.txt",
             "取扱説明書\n\n【注意】\n1. 濡れた手で触らないでください。\n2. 高温になる場所に置かないでください。\n\n注意事項\n・分解しないでください。\n", lang="ja")
    d.decoy("【注意】 / 注意事項 in an instruction manual", ["JP_CHUI"])

    d = W.doc(f"物流/出荷/送り状_{R.randint(100, 999)}.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"送り状": [["取扱注意"], ["品名", "精密機器"], ["荷扱い", "ワレモノ・天地無用"], ["個数", "2"]]})
    d.decoy("取扱注意 on a shipping label", ["JP_CHUI"])

    d = text(f"News/ja/特定秘密_{R.randint(1, 9)}.txt",
             "特定秘密保護法の運用状況\n\n政府は、特定秘密の指定件数が前年より増えたと発表した。防衛省の文書には「極秘」扱いのものもあったという。\n"
             "関係者によると、極秘裏に協議が進められた。\n", lang="ja")
    d.decoy("特定秘密 / 極秘 in a news item", ["JP_TOKUTEI_HIMITSU", "JP_GOKUHI"])
    d.mark_opt("DEFENSE_RELATED")

    # ============================================================ second batch: other layouts (written before any rule change)
    # 66. pptx: the banner only on the slide master (the way classified decks are built)
    b = R.choice(["SECRET//NOFORN", "TOP SECRET//SI//NOFORN", "SECRET//REL TO USA, FVEY"])
    d = W.doc(f"Briefings/{prog(3).title().replace(' ', '_')}_ops_update.pptx", "pptx", "en")
    pptx(W.path(d), [[("Operations update", "title"), ("Two sorties flown, both effective", "body")],
                     [("Next steps", "title"), ("Refuel window moves to 0400Z", "body")]])
    master_banner(W.path(d), b)
    d.mark("US_TOP_SECRET" if b.startswith("TOP") else "US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 67. PDF: banner and page number on one header line
    b = R.choice(["SECRET//NOFORN", "CONFIDENTIAL//REL TO USA, GBR"])
    d = W.doc(f"Programs/{prog(4).title().replace(' ', '_')}/site_survey_{R.randint(1, 9)}.pdf", "pdf", "en")
    pdf_x(W.path(d), [page(["Site survey report", "The radar site has line of sight to the strait.", "Power is from two independent feeds."],
                           top=f"{b}          Page {i} of 2", bottom=f"{b}          {prog(4).title()} Site Survey") for i in (1, 2)])
    d.mark("US_SECRET" if b.startswith("SECRET") else "US_CONFIDENTIAL"); d.mark_opt("DEFENSE_RELATED")

    # 68. xlsx: banner in A1 and the xlsx footer, portion-marked rows
    b = R.choice(["SECRET//NOFORN", "SECRET"])
    d = W.doc(f"Programs/{prog(5).title().replace(' ', '_')}/target_list_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx_hf(W.path(d), {"Targets": [[b], ["Serial", "Designator", "Remarks"], ["1", "T-0117", "(S) Hardened shelter"], ["2", "T-0122", "(S//NF) Fuel depot"]]},
            footer=f"&C{b}")
    d.mark("US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 69. docx: SECRET stamp in a red text box, portion marks, nothing in the header
    d = W.doc(f"Programs/{prog(6).title().replace(' ', '_')}/test_readiness_memo.docx", "docx", "en")
    docx_x(W.path(d), ["MEMORANDUM FOR PROGRAM MANAGER", f"SUBJECT: {prog(6).title()} Test Readiness", "1. (S) The interceptor passed captive carry.",
                       "2. (U) Range safety approval is pending.", "3. (S) Launch window is 12-16 May."], textbox=[R.choice(["SECRET", "S E C R E T"])])
    d.mark("US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # 70. PDF: SF 298 report documentation page with a distribution/availability statement C or D
    letter = R.choice("CD")
    t = dist(letter, dstr())
    d = W.doc(f"Reports/SF298_{R.randint(1000, 9999)}.pdf", "pdf", "en")
    pdf_x(W.path(d), [page(["REPORT DOCUMENTATION PAGE", "1. REPORT DATE (DD-MM-YYYY)  14-03-2024", "2. REPORT TYPE  Final",
                            f"3. TITLE AND SUBTITLE  {prog(7).title()} Seeker Dome Erosion", "12. DISTRIBUTION/AVAILABILITY STATEMENT",
                            t.replace("DISTRIBUTION STATEMENT ", "Distribution ")[:90], t.replace("DISTRIBUTION STATEMENT ", "Distribution ")[90:],
                            "13. SUPPLEMENTARY NOTES", "14. ABSTRACT  Rain erosion rates were measured for three dome materials."])])
    d.mark(f"US_DISTRIBUTION_{letter}"); d.mark_opt("DEFENSE_RELATED")

    # 71. xlsx: ITAR legend in the header codes
    d = W.doc(f"Engineering/BOM/{R.choice(['seeker', 'actuator', 'fuze'])}_BOM_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx_hf(W.path(d), {"BOM": [["Part", "Description", "Qty"], ["44A-101", "Housing", "1"], ["44A-140", "Window", "1"]]},
            header=R.choice(["&LITAR CONTROLLED&RRev C", "&CEXPORT CONTROLLED - ITAR", "&LUSML Category XII(d)"]))
    d.mark("EXPORT_ITAR"); d.mark_opt("DEFENSE_RELATED")

    # 72. docx table: export jurisdiction block
    jur = R.choice(["ITAR", "EAR"])
    d = W.doc(f"Engineering/specs/spec_{R.randint(100, 999)}.docx", "docx", "en")
    docx_x(W.path(d), ["Procurement specification", "Scope: infrared window assemblies."],
           table=[["Export Jurisdiction:", jur], ["Export Classification:", "USML Cat. XII(e)" if jur == "ITAR" else "ECCN 6A004.a"]])
    d.mark("EXPORT_ITAR" if jur == "ITAR" else "EXPORT_EAR")

    # 73. xlsx: NATO RESTRICTED in the header codes
    d = W.doc(f"NATO/logistics/movement_table_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx_hf(W.path(d), {"Moves": [["Serial", "From", "To", "Date"], ["1", "Rotterdam", "Gdansk", "2024-09-02"]]},
            header=R.choice(["&CNATO RESTRICTED", "&C&\"Arial,Bold\"NATO RESTRICTED&R&P"]), footer="&CNATO RESTRICTED")
    d.mark("NATO_RESTRICTED"); d.mark_opt("DEFENSE_RELATED")

    # 74. xlsx: OFFICIAL-SENSITIVE in A1
    d = W.doc(f"UK/hr/vetting_tracker_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Tracker": [[R.choice(["OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE PERSONAL", "OFFICIAL SENSITIVE"])], ["Case", "Level", "Status"], ["C-101", "SC", "Granted"]]})
    d.mark("UK_OFFICIAL_SENSITIVE")

    # 75. pptx: ㊙ / 重要経済安保情報 in the top right box
    s, c = R.choice([("㊙", "JP_HI"), ("重要経済安保情報", "JP_JUYO_KEIZAI_ANPO"), ("【極秘】", "JP_GOKUHI")])
    d = W.doc(f"経営企画/供給網_対策_{R.randint(1, 9)}.pptx", "pptx", "ja")
    pptx(W.path(d), [[(s, "tr"), ("供給途絶時の対策", "title"), ("代替調達先の認定を前倒しする", "body")]])
    d.mark(c)

    # 76. PDF (Japanese): 取扱注意 with a page number on the footer line
    d = W.doc(f"防衛/報告/月次報告_{R.randint(1, 12)}月.pdf", "pdf", "ja")
    pdf_x(W.path(d), [page(["月次作業報告", "1. 研究試作の進捗：設計審査を完了した。", "2. 課題：試験設備の調整。"], top="取扱注意", bottom=f"取扱注意　　- {i} -", font="j") for i in (1, 2)])
    d.mark("JP_CHUI"); d.mark_opt("DEFENSE_RELATED")

    # 77. docx: 注意 only in a text box stamp, MOD context, 管理番号
    d = W.doc(f"防衛/貸与資料/貸与資料一覧_{R.randint(1, 9)}.docx", "docx", "ja")
    docx_x(W.path(d), ["貸与資料一覧", f"管理番号：ATLA-{R.randint(100, 999)}", "1. 評価基準書", "2. 性能要求書", "返却期限：令和6年3月31日"], textbox=[R.choice(["注意", "注 意", "【注意】"])])
    d.mark("JP_CHUI"); d.mark_opt("DEFENSE_RELATED")

    # 78. pptx: bare CONFIDENTIAL on a company deck (no government context) -> company marking
    d = W.doc(f"Sales/board/pricing_review_{R.randint(1, 9)}.pptx", "pptx", "en")
    pptx(W.path(d), [[("CONFIDENTIAL", "top"), ("Pricing review", "title"), ("List prices rise 4 % in April", "body")],
                     [("CONFIDENTIAL", "top"), ("Discount policy", "title"), ("Volume discounts capped at 12 %", "body")]])
    d.mark("CORP_CONFIDENTIAL")

    # 79. docx header: Strictly Confidential
    d = W.doc(f"Legal/M&A/term_sheet_{R.randint(1, 9)}.docx", "docx", "en")
    docx_x(W.path(d), ["Term sheet", "Purchase price: 42 million", "Closing expected in Q3."], header=R.choice(["STRICTLY CONFIDENTIAL", "Strictly Private & Confidential", "Confidential"]))
    d.mark("CORP_CONFIDENTIAL")

    # look-alikes of the second batch
    d = W.doc(f"Media/catalogue/dvd_catalogue_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Films": [["Title", "Year", "Genre"], ["TOP SECRET!", "1984", "Comedy"], ["SECRET", "2007", "Drama"], ["CONFIDENTIAL", "1986", "Thriller"],
                               ["Top Secret Affair", "1957", "Comedy"]]})
    d.decoy("film titles in a catalogue", ["US_TOP_SECRET", "US_SECRET", "US_CONFIDENTIAL", "CORP_CONFIDENTIAL"])

    d = text(f"製品/安全上のご注意_{R.randint(1, 9)}.txt",
             "注意\n本製品を分解しないでください。感電のおそれがあります。\n\n警告\n濡れた手で電源プラグに触れないでください。\n\n危険\n火気の近くで使用しないでください。\n", lang="ja")
    d.decoy("JIS safety signal words 注意 / 警告 / 危険", ["JP_CHUI"])

    d = W.doc(f"Events/attendees_{R.randint(1, 9)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Attendees": [["Family name (as in passport)", "Given name", "Organisation"], ["CUI", "Wei", "Tsinghua University"], ["ZHANG", "Min", "Fudan University"]]})
    d.decoy("CUI as a family name", ["US_CUI"])
    d.opt_type("PERSON_NAME")

    d = text(f"Training/security/quiz_{R.randint(1, 9)}.txt",
             "Security awareness quiz\n\nQ1. Which marking goes at the top and bottom of a classified page?\nA) SECRET\nB) Company Confidential\nC) CUI\n\n"
             "Q2. What does NOFORN mean?\n")
    d.decoy("quiz answers listing markings", ["US_SECRET", "CORP_CONFIDENTIAL", "US_CUI"])


if __name__ == "__main__":
    main()
