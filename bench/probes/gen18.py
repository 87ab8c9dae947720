#!/usr/bin/env python3
"""gen18.py - probe set 18 for leakscope: what a breach of collaboration and IT systems leaks (the Mitsubishi Electric
2020 intrusion began at a VPN device and went on to file shares and chat). People of a Japanese manufacturer and its
US, UK, German and French offices, each in 1-3 items.

  Chat      a Slack export (zip: users.json with profile.real_name / email / phone, channels.json, channel day files
            with user_profile and a colleague's sick leave or new address in a message), a Microsoft Teams chat export
            (Graph chatMessage JSON, and an eDiscovery HTML page), LINE トーク履歴 (group and one-to-one: date lines
            "2026/03/05(木)", "10:23<TAB>名前<TAB>本文"), WhatsApp exports in both layouts ("[05/03/2026, 10:23:11] Name:"
            and "05/03/2026, 10:23 - Name:"; a sender known only by number), a Chatwork-style 社内チャット CSV
  Meetings  a Teams transcript (.vtt with <v Speaker> tags) and a Zoom transcript (.vtt "Name: text"), each with a
            phone, e-mail or address said aloud; a Zoom participants report CSV
  Tickets   a Jira CSV export (Reporter / Assignee / Description), a ServiceNow incident JSON (caller_id, work notes
            with a birth date checked), Zendesk tickets JSON, a ServiceNow asset CSV (home-office addresses), a
            password-reset helpdesk transcript (birth date checked, a temporary password given)
  Directory a Google Workspace user export CSV (First Name [Required] …, Recovery Phone, Home Address, Employee ID),
            an Entra ID user export CSV, Okta system log JSON lines (actor.alternateId, client.ipAddress), an Entra
            sign-in log CSV, a FortiGate-style VPN log (user e-mails, remote IPs), a FreeRADIUS detail log (bare user
            names), a KeePass CSV export (Group, Title, Username, Password, URL, Notes)
  Wiki      Confluence pages (HTML): an on-call rota with mobiles, a crisis team's emergency contacts with spouses,
            緊急連絡網
  JP        障害報告書 (docx, 連絡先 table, 攻撃元 IP), an onboarding mail with a temporary password
  Look-alikes  a deploy channel of bots (build numbers, commit hashes, emoji reactions, timestamps), a network runbook
            with RFC 5737 / RFC 3849 documentation addresses, a Zoom invitation (meeting ID, passcode), a password
            policy, a release Jira export (service accounts, version quads), a service-account inventory, a status
            page (phone-shaped build numbers), a knowledge article with John Doe and <password> placeholders, a blank
            障害報告書 template, a LINE official-account broadcast (coupon code), a CI log, an anonymous transcript

    python3 bench/probes/gen18.py OUT [--seed N]      (tuning seed 18; check seed 1919, measured once before and once after)

Truth conventions (besides README's): a user name (tyamada, svc_backup) has no contract code; a person known in an
item only by a user name is no truth person there. A client's or remote address of a named user's session is
IP_ADDRESS (required: the contract's type is any IPv4 / IPv6 address); a VPN tunnel address, a RADIUS session's
Framed-IP-Address or an attacker's source address in an incident report are IP_ADDRESS of the item as well; a
device's own management address in a vault entry is optional (README: a system's own address);
RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and RFC 3849 (2001:db8::/32) addresses in a text that
says they are examples (a runbook citing the RFCs, a template's 例) are a decoy; elsewhere (a log) they stand for
real addresses, as the samples and earlier corpora use them. A password, a temporary password or a vault entry's password is a CREDENTIAL; "****", a
policy, a "<password>" placeholder and a Zoom meeting passcode printed in an invitation to all attendees are not (a
decoy: the passcode is shared with everyone invited and guards no account). A bot or service account (deploybot,
svc-jira-automation) is no person (a PERSON_NAME decoy). A channel named after a person (farewell-<name>) makes
PERSON_NAME optional for the channel list. A name said in a transcript's speaker tag is the speaker's PERSON_NAME;
a helpdesk agent or ticket assignee named in role is PERSON_NAME of the item, no truth person unless they are one
elsewhere. A sick-leave or hospital message about a named person is HEALTH_INFO of that person.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from gen12s import eml, fix_status  # noqa: E402
from gen9 import eu_person  # noqa: E402

JP_CORP = "kisaragi-denki.example.co.jp"
US_CORP = "kisaragi-us.example.com"
UK_CORP = "kisaragi.example.co.uk"
EU_CORP = "kisaragi.example.eu"
WEEK_JA = "月火水木金土日"



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe18")
    R = W.rnd

    def put(d, p, pairs):
        for t, v in pairs:
            d.add(p, t, v)

    def wtext(d, s, enc="utf-8"):
        W.write_text(d, s, enc)

    def wbytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    def pub_ip(region):
        first = {"JP": [60, 126, 153, 219, 114], "US": [73, 98, 174, 24], "GB": [81, 86, 90, 92], "DE": [84, 91, 93], "FR": [82, 88, 90]}[region]
        return f"{R.choice(first)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def jp():
        p = W.jp_person()
        g, f = p.romaji.split()
        p.work = f"{g[0].lower()}.{f.lower()}@{JP_CORP}"
        p.user = f"{g[0].lower()}{f.lower()}"
        p.ip = pub_ip("JP")
        p.passport = f"T{R.choice('KRZ')}{R.randint(1000000, 9999999)}"
        return p

    def us():
        p = W.us_person()
        p.work = f"{p.first.lower()}.{p.last.lower()}@{US_CORP}"
        p.user = f"{p.first[0].lower()}{p.last.lower()}"
        return p

    def uk():
        p = W.uk_person()
        p.work = f"{p.first.lower()}.{p.last.lower()}@{UK_CORP}"
        p.ip = pub_ip("GB")
        return p

    def eu(cc):
        p = eu_person(W, cc)
        if cc == "DE" and p.e164[3:6] in ("151", "160", "171", "176"):
            # gen9's DE mobiles have seven subscriber digits; 0151 and 0176 numbers have eight
            sub = f"{R.randint(10000000, 99999999)}"
            pre = "151" if p.e164[3:6] in ("151", "160") else "176"
            p.phone_nat, p.e164 = f"+49 {pre} {sub}", f"+49{pre}{sub}"
        asc = p.first.lower().replace("é", "e").replace("è", "e").replace("è", "e")
        p.work = f"{asc}.{p.last.lower().replace('ä', 'ae').replace('ü', 'ue')}@{EU_CORP}"
        p.ip = pub_ip(cc)
        return p

    J = [jp() for _ in range(12)]
    U = [us() for _ in range(10)]
    K = [uk() for _ in range(7)]
    E = [eu("DE"), eu("FR"), eu("DE"), eu("FR")]
    spouse = jp()  # J[7]'s spouse, an emergency contact
    spouse.family, spouse.kana_family = J[7].family, J[7].kana_family
    spouse.name = f"{spouse.family} {spouse.given}"
    spouse.romaji = f"{spouse.romaji.split()[0]} {J[7].romaji.split()[1]}"

    def ja_date(x):
        return f"{x.year}年{x.month}月{x.day}日"

    def us_date(x):
        return f"{x.month:02d}/{x.day:02d}/{x.year}"

    # ===================================================================================== Slack export (zip)
    zp = "Slack/Kisaragi US Slack export Mar 1 2026 - Mar 7 2026.zip"
    W.container(zp, "zip")
    sl = [U[0], U[1], U[2], U[3], K[0]]
    ids = {p.id: f"U0{R.randint(10000000, 99999999):X}"[:11] for p in sl}
    bot_id = "B04DEPLOY9"
    users = []
    for p in sl:
        users.append({"id": ids[p.id], "team_id": "T01KISARAG", "name": p.work.split("@")[0], "deleted": False, "real_name": p.name,
                      "tz": "America/Los_Angeles" if p.region == "US" else "Europe/London",
                      "profile": {"title": R.choice(["IT Specialist", "Controller", "Field Engineer", "HR Generalist", "Buyer"]),
                                  "phone": p.phone_nat, "real_name": p.name, "real_name_normalized": p.name, "display_name": p.first,
                                  "email": p.work, "first_name": p.first, "last_name": p.last, "image_72": "https://avatars.example.com/72.png"},
                      "is_admin": False, "is_bot": False, "updated": 1772611200})
    users.append({"id": "U0DEPLOYBOT", "team_id": "T01KISARAG", "name": "deploybot", "real_name": "deploybot", "is_bot": True,
                  "profile": {"real_name": "deploybot", "display_name": "deploybot", "bot_id": bot_id}})
    d = W.doc(f"{zp}!/users.json", "json", "en")
    files = {"users.json": json.dumps(users, indent=4)}
    for p in sl:
        put(d, p, [("PERSON_NAME", p.name), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.work)])

    fare = K[0]
    chans = [{"id": "C01GENERAL", "name": "general", "created": 1600000000, "creator": ids[U[0].id], "members": [ids[p.id] for p in sl],
              "topic": {"value": "Company-wide announcements"}, "purpose": {"value": "Everyone"}},
             {"id": "C02ITHELP", "name": "it-help", "created": 1600000100, "creator": ids[U[0].id], "members": [ids[p.id] for p in sl],
              "topic": {"value": "Laptops, VPN, MFA"}, "purpose": {"value": "Ask IT"}},
             {"id": "C03FAREWL", "name": f"farewell-{fare.first.lower()}-{fare.last.lower()}", "created": 1772000000,
              "creator": ids[U[1].id], "members": [ids[p.id] for p in sl], "topic": {"value": "cards and gifts"}, "purpose": {"value": ""}}]
    files["channels.json"] = json.dumps(chans, indent=4)
    d = W.doc(f"{zp}!/channels.json", "json", "en")
    d.opt_type("PERSON_NAME")

    def msg(p, text, ts, reactions=None):
        m = {"client_msg_id": f"{R.randint(10**7, 10**8):x}-{R.randint(1000, 9999):x}", "type": "message", "text": text, "user": ids[p.id],
             "ts": f"{ts}.{R.randint(100000, 999999)}", "team": "T01KISARAG",
             "user_profile": {"avatar_hash": f"g{R.randint(10**9, 10**10):x}"[:12], "first_name": p.first, "real_name": p.name,
                              "display_name": p.first, "team": "T01KISARAG", "name": p.work.split("@")[0], "is_restricted": False}}
        if reactions:
            m["reactions"] = reactions
        return m
    sick, mover = U[1], U[2]
    day = [msg(U[0], "Morning all, reminder that the VPN client update goes out tonight.", 1772701380,
               [{"name": "thumbsup", "users": [ids[U[3].id]], "count": 1}]),
           msg(U[3], f"FYI {sick.first} {sick.last} is on sick leave until the 20th, recovering from pneumonia. Please route AP approvals to me.", 1772701500),
           msg(mover, f"I moved! New home address for the payroll folks: {mover.street}, {mover.city}, {mover.state} {mover.zip}", 1772702400,
               [{"name": "tada", "users": [ids[U[0].id], ids[K[0].id]], "count": 2}])]
    files["general/2026-03-05.json"] = json.dumps(day, indent=4)
    d = W.doc(f"{zp}!/general/2026-03-05.json", "json", "en")
    put(d, U[0], [("PERSON_NAME", U[0].name)])
    put(d, U[3], [("PERSON_NAME", U[3].name)])
    put(d, sick, [("PERSON_NAME", sick.name), ("HEALTH_INFO", "on sick leave until the 20th, recovering from pneumonia")])
    put(d, mover, [("PERSON_NAME", mover.name), ("POSTAL_ADDRESS", f"{mover.street}, {mover.city}, {mover.state} {mover.zip}")])
    day2 = [msg(U[1], f"Card for {fare.first} is on my desk, sign by Friday! :wave:", 1772787600),
            msg(fare, f"Thanks all. After the 31st reach me on my personal mobile {fare.phone_intl} or {fare.email}.", 1772791200,
                [{"name": "heart", "users": [ids[U[1].id]], "count": 1}])]
    files[f"farewell-{fare.first.lower()}-{fare.last.lower()}/2026-03-06.json"] = json.dumps(day2, indent=4)
    d = W.doc(f"{zp}!/farewell-{fare.first.lower()}-{fare.last.lower()}/2026-03-06.json", "json", "en")
    put(d, U[1], [("PERSON_NAME", U[1].name)])
    put(d, fare, [("PERSON_NAME", fare.name), ("PHONE_NUMBER", fare.phone_intl), ("EMAIL_ADDRESS", fare.email)])
    ih = U[6]
    ih.ip = pub_ip("US")
    files["it-help/2026-03-06.json"] = json.dumps([
        {"type": "message", "text": f"My home connection keeps getting blocked by the VPN, my IP is {ih.ip} if that helps", "user": f"U0{R.randint(10**7, 10**8)}",
         "ts": "1772787000.000200", "user_profile": {"real_name": ih.name, "display_name": ih.first, "first_name": ih.first, "name": ih.user}},
        {"type": "message", "subtype": "bot_message", "bot_id": "B05HELPWF1", "username": "IT Helpdesk workflow",
         "text": "Ticket ITSD-4420 opened. Whitelisted, try again :+1:", "ts": "1772787300.000300"}], indent=4)
    d = W.doc(f"{zp}!/it-help/2026-03-06.json", "json", "en")
    put(d, ih, [("PERSON_NAME", ih.name)])
    d.add(None, "IP_ADDRESS", ih.ip)
    with zipfile.ZipFile(W.path_for(zp), "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            z.writestr(n, b)

    # ===================================================================================== Teams chat (Graph JSON)
    a, b = K[1], K[2]
    d = W.doc("Teams/chat_19_meeting_export.json", "json", "en")

    def gmsg(p, html, t):
        return {"id": f"{R.randint(10**12, 10**13)}", "messageType": "message", "createdDateTime": t, "importance": "normal",
                "from": {"application": None, "device": None, "user": {"@odata.type": "#microsoft.graph.teamworkUserIdentity",
                                                                         "id": f"{R.randint(10**7, 10**8):x}-{R.randint(1000, 9999):x}-4c1e-9a7d-{R.randint(10**11, 10**12):x}",
                                                                         "displayName": p.name, "userIdentityType": "aadUser"}},
                "body": {"contentType": "html", "content": html}, "attachments": [], "mentions": [], "reactions": []}
    chat = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting_kisaragi%40thread.v2')/messages",
            "@odata.count": 3,
            "value": [gmsg(a, "<p>Are you still OK to cover the Leeds site visit on Thursday?</p>", "2026-03-04T08:55:12.301Z"),
                      gmsg(b, f"<p>Sorry, I'm at the hospital on Thursday for an MRI on my back &#8211; slipped disc. Text me on {b.phone_nat} if anything comes up.</p>",
                           "2026-03-04T09:02:47.118Z"),
                      gmsg(a, f"<p>No worries, get well soon. I'll ask Facilities. My mobile is {a.phone_nat} if you need me.</p>", "2026-03-04T09:04:03.552Z")]}
    wtext(d, json.dumps(chat, indent=2))
    put(d, a, [("PERSON_NAME", a.name), ("PHONE_NUMBER", a.phone_nat)])
    put(d, b, [("PERSON_NAME", b.name), ("PHONE_NUMBER", b.phone_nat), ("HEALTH_INFO", "at the hospital for an MRI on my back - slipped disc")])

    # ===================================================================================== Teams transcript (.vtt)
    s1, s2 = U[4], K[3]
    d = W.doc("Teams/Recordings/Quarterly IT review-20260305_150212-Meeting Transcript.vtt", "vtt", "en")
    cues = [(s1, "OK, I think everyone's here. Let's start with the VPN incident."),
            (s2, "Right. The appliance was patched on Tuesday, we rotated the admin credentials the same night."),
            (s1, f"Good. If the vendor calls, give them my cell, it's {s1.phone_nat}."),
            (s2, f"Will do. And send the report to my personal address too, {s2.email}, I'm travelling next week."),
            (s1, "Noted. Let's wrap up.")]
    out, t = ["WEBVTT", ""], 3.0
    for p, text in cues:
        out += [f"{R.randint(10**7, 10**8):x}-{R.randint(1000, 9999):x}/{R.randint(10, 99)}-0",
                f"00:{int(t) // 60:02d}:{t % 60:06.3f} --> 00:{int(t + 4) // 60:02d}:{(t + 4) % 60:06.3f}", f"<v {p.name}>{text}</v>", ""]
        t += 5.5
    wtext(d, "\n".join(out))
    put(d, s1, [("PERSON_NAME", s1.name), ("PHONE_NUMBER", s1.phone_nat)])
    put(d, s2, [("PERSON_NAME", s2.name), ("EMAIL_ADDRESS", s2.email)])

    # ===================================================================================== Zoom transcript (.vtt)
    z1, z2 = U[5], U[6]
    d = W.doc("Zoom/2026-03-06 10.00.12 Laptop refresh/meeting_saved_closed_caption.vtt", "vtt", "en")
    cues = [(z2, "Hi, thanks for joining. We need shipping addresses for the new laptops."),
            (z1, f"Sure. Ship mine to {z1.street}, {z1.city}, {z1.state} {z1.zip}."),
            (z2, "Got it. And a number the courier can call?"),
            (z1, f"Use {z1.phone_nat}."),
            (z2, f"Perfect. Mine goes to the office, but my cell is {z2.phone_nat} in case.")]
    out, t = ["WEBVTT", ""], 1.33
    for i, (p, text) in enumerate(cues, 1):
        out += [str(i), f"00:00:{t:06.3f} --> 00:00:{t + 3.2:06.3f}", f"{p.name}: {text}", ""]
        t += 4.1
    wtext(d, "\n".join(out))
    put(d, z1, [("PERSON_NAME", z1.name), ("POSTAL_ADDRESS", f"{z1.street}, {z1.city}, {z1.state} {z1.zip}"), ("PHONE_NUMBER", z1.phone_nat)])
    put(d, z2, [("PERSON_NAME", z2.name), ("PHONE_NUMBER", z2.phone_nat)])

    # ===================================================================================== LINE group talk
    l1, l2, l3 = J[0], J[1], J[2]
    d = W.doc("LINE/[LINE] 情シス連絡グループのトーク.txt", "txt", "ja")
    d1, d2 = dt.date(2026, 3, 5), dt.date(2026, 3, 6)
    lines = ["[LINE] 情シス連絡グループのトーク履歴", "保存日時：2026/03/07 09:12", "",
             f"{d1:%Y/%m/%d}({WEEK_JA[d1.weekday()]})",
             f"09:02\t{jn(l1, '')}\tおはようございます。VPN装置のログ確認お願いします。",
             f"09:15\t{jn(l2, '')}\t了解です。今日から住所変わりましたので総務にも伝えておきます。",
             f"09:16\t{jn(l2, '')}\t新住所：〒{l2.zip} {l2.addr_ja}",
             f"10:23\t{jn(l3, '')}\t[スタンプ]",
             f"10:24\t{jn(l3, '')}\tすみません、明日から胃潰瘍で入院することになりました。1週間ほど休みます。",
             "",
             f"{d2:%Y/%m/%d}({WEEK_JA[d2.weekday()]})",
             f"08:41\t{jn(l1, '')}\t緊急時はこちらへ：{l1.phone_nat}",
             f"08:43\t{jn(l2, '')}\t承知しました。"]
    wtext(d, "\r\n".join(lines) + "\r\n")
    put(d, l1, [("PERSON_NAME", jn(l1, "")), ("PHONE_NUMBER", l1.phone_nat)])
    put(d, l2, [("PERSON_NAME", jn(l2, "")), ("POSTAL_ADDRESS", f"〒{l2.zip} {l2.addr_ja}")])
    put(d, l3, [("PERSON_NAME", jn(l3, "")), ("HEALTH_INFO", "胃潰瘍で入院することになりました")])

    # ===================================================================================== LINE one-to-one
    l4, l5 = J[3], J[4]
    d = W.doc(f"LINE/[LINE] {jn(l5, '')}とのトーク.txt", "txt", "ja")
    d3 = dt.date(2026, 3, 3)
    lines = [f"[LINE] {jn(l5, '')}とのトーク履歴", "保存日時：2026/03/07 21:40", "",
             f"{d3:%Y/%m/%d}({WEEK_JA[d3.weekday()]})",
             f"19:30\t{jn(l4, '')}\t在宅勤務用のPC、ご自宅に送りますね。住所と電話番号を教えてください。",
             f"19:41\t{jn(l5, '')}\t〒{l5.zip} {l5.addr_ja} です。",
             f"19:41\t{jn(l5, '')}\t携帯は {l5.phone_nat} です。よろしくお願いします。",
             f"19:45\t{jn(l4, '')}\t了解です！"]
    wtext(d, "\n".join(lines) + "\n")
    put(d, l4, [("PERSON_NAME", jn(l4, ""))])
    put(d, l5, [("PERSON_NAME", jn(l5, "")), ("POSTAL_ADDRESS", f"〒{l5.zip} {l5.addr_ja}"), ("PHONE_NUMBER", l5.phone_nat)])

    # ===================================================================================== WhatsApp (bracket layout)
    w1, w2 = E[0], E[1]
    d = W.doc("WhatsApp/WhatsApp Chat - Kisaragi EU field service.txt", "txt", "en")
    lines = ["[03/03/2026, 08:10:02] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
             f"[03/03/2026, 08:12:45] {w2.name}: Bonjour, qui intervient chez le client à Lyon demain ?",
             f"[03/03/2026, 08:20:11] {w1.phone_nat}: Hi, this is {w1.name}, new number. I can go tomorrow.",
             f"[03/03/2026, 08:21:37] {w2.name}: Merci ! Send the report to {w2.work}",
             f"[03/03/2026, 08:22:03] {w1.phone_nat}: \u200eimage omitted",
             f"[04/03/2026, 17:05:59] {w2.name}: My mobile if needed: {w2.phone_nat}"]
    wtext(d, "\n".join(lines) + "\n")
    put(d, w1, [("PERSON_NAME", w1.name), ("PHONE_NUMBER", w1.phone_nat)])
    put(d, w2, [("PERSON_NAME", w2.name), ("EMAIL_ADDRESS", w2.work), ("PHONE_NUMBER", w2.phone_nat)])

    # ===================================================================================== WhatsApp (dash layout)
    w3, w4 = K[4], K[5]
    d = W.doc("WhatsApp/WhatsApp Chat with UK night shift.txt", "txt", "en")
    lines = ["05/03/2026, 22:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
             f"05/03/2026, 22:03 - {w4.name}: Can't make tonight's shift, sorry - I've had a migraine since lunch and the doctor's signed me off till Monday",
             f"05/03/2026, 22:05 - {w3.name}: No problem, I'll cover. Feel better x",
             f"05/03/2026, 22:07 - {w3.name}: Drop the keys at mine when you can: {w3.addr}",
             f"05/03/2026, 22:09 - {w4.name}: <Media omitted>"]
    wtext(d, "\n".join(lines) + "\n")
    put(d, w4, [("PERSON_NAME", w4.name), ("HEALTH_INFO", "had a migraine since lunch and the doctor's signed me off till Monday")])
    put(d, w3, [("PERSON_NAME", w3.name), ("POSTAL_ADDRESS", w3.addr)])

    # ===================================================================================== Jira CSV
    r1, r2, tech = U[7], J[5], U[8]
    d = W.doc("Jira/ITSD issues (Jira) 2026-03-07.csv", "csv", "en")
    rows = [["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Assignee", "Reporter", "Created", "Description"],
            ["Ship replacement laptop to home", "ITSD-4411", "104411", "Service Request", "Done", "Medium", tech.name, r1.name, "05/Mar/26 9:14 AM",
             f"Please ship to my home: {r1.street}, {r1.city}, {r1.state} {r1.zip}. Courier can call {r1.phone_nat}."],
            ["MFA device lost - reset needed", "ITSD-4412", "104412", "Incident", "In Progress", "High", tech.name, jn(r2),
             "05/Mar/26 11:02 AM", f"Lost my phone in Osaka. Temporary contact: {r2.phone_intl}. 出張中のため英語で失礼します。"],
            ["Build agent disk full", "ITSD-4413", "104413", "Incident", "Done", "Low", tech.name, "svc-jira-automation", "06/Mar/26 2:30 AM",
             "Agent build-07 disk at 98% after build 2026.03.0611; cleaned."]]
    wtext(d, csv_text(rows))
    put(d, r1, [("PERSON_NAME", r1.name), ("POSTAL_ADDRESS", f"{r1.street}, {r1.city}, {r1.state} {r1.zip}"), ("PHONE_NUMBER", r1.phone_nat)])
    put(d, r2, [("PERSON_NAME", jn(r2)), ("PHONE_NUMBER", r2.phone_intl)])
    put(d, tech, [("PERSON_NAME", tech.name)])

    # ===================================================================================== ServiceNow incident JSON
    c = U[9]
    d = W.doc("ServiceNow/incident_INC0071234.json", "json", "en")
    inc = {"records": [{"number": "INC0071234", "sys_id": f"{R.randint(16**31, 16**32 - 1):032x}", "opened_at": "2026-03-05 14:22:09",
                        "caller_id": {"display_value": c.name, "link": "https://kisaragi.service-now.example.com/api/now/table/sys_user/9d3a"},
                        "u_contact_number": c.phone_nat, "u_caller_email": c.work, "category": "Account", "short_description": "Locked out of VPN",
                        "work_notes": f"Caller verified identity: DOB {us_date(c.dob)}, last 4 of employee ID. Unlocked AD account, advised to re-enrol MFA.",
                        "assignment_group": {"display_value": "Service Desk"}, "state": "Resolved"}]}
    wtext(d, json.dumps(inc, indent=2))
    put(d, c, [("PERSON_NAME", c.name), ("PHONE_NUMBER", c.phone_nat), ("EMAIL_ADDRESS", c.work), ("DATE_OF_BIRTH", us_date(c.dob))])

    # ===================================================================================== Zendesk tickets JSON
    z3, z4 = U[0], K[6]
    d = W.doc("Zendesk/hr-helpdesk-tickets-export.json", "json", "en")
    tk = {"tickets": [
        {"id": 88231, "subject": "Leave request", "status": "solved", "requester": {"name": z3.name, "email": z3.work},
         "comments": [{"author": z3.name, "public": True, "body": "I'll be on medical leave from 3/10 for two weeks after my gallbladder surgery. Manager is aware."},
                      {"author": "HR Helpdesk", "public": True, "body": "Thanks, recorded. Get well soon."}]},
        {"id": 88240, "subject": "Bank details change", "status": "open", "requester": {"name": z4.name, "email": z4.email},
         "comments": [{"author": z4.name, "public": True, "body": f"New account for payroll: sort code 20-{R.randint(10, 99)}-{R.randint(10, 99)}, account number {z4.acct}. Home phone unchanged, mobile {z4.phone_nat}."}]}]}
    wtext(d, json.dumps(tk, indent=2))
    put(d, z3, [("PERSON_NAME", z3.name), ("EMAIL_ADDRESS", z3.work), ("HEALTH_INFO", "medical leave from 3/10 for two weeks after my gallbladder surgery")])
    put(d, z4, [("PERSON_NAME", z4.name), ("EMAIL_ADDRESS", z4.email), ("BANK_ACCOUNT", z4.acct), ("PHONE_NUMBER", z4.phone_nat)])

    # ===================================================================================== Confluence on-call rota
    o1, o2, o3 = tech, K[0], J[6]
    d = W.doc("Confluence/IT/Global IT on-call rota.html", "html", "en")
    rows = [("09 Mar 2026", o1, o2), ("16 Mar 2026", o2, o3), ("23 Mar 2026", o3, o1)]
    tr = "".join(f"<tr><td>{w}</td><td>{x.name if x.region != 'JP' else x.romaji}</td><td>{x.phone_intl}</td><td>{y.name if y.region != 'JP' else y.romaji}</td><td>{y.phone_intl}</td></tr>"
                 for w, x, y in rows)
    html = ("<!DOCTYPE html><html><head><title>Global IT on-call rota - IT - Confluence</title></head><body>"
            '<div id="main-content" class="wiki-content"><h1>Global IT on-call rota</h1><p>Call the primary first; escalate to the secondary after 15 minutes.</p>'
            f'<table class="confluenceTable"><tbody><tr><th class="confluenceTh">Week of</th><th class="confluenceTh">Primary</th><th class="confluenceTh">Mobile</th>'
            f'<th class="confluenceTh">Secondary</th><th class="confluenceTh">Mobile</th></tr>{tr}</tbody></table></div></body></html>')
    wtext(d, html)
    for x in (o1, o2, o3):
        put(d, x, [("PERSON_NAME", x.name if x.region != "JP" else x.romaji), ("PHONE_NUMBER", x.phone_intl)])

    # ===================================================================================== Confluence crisis team contacts
    c1, c2 = J[7], J[8]
    d = W.doc("Confluence/IT/Crisis management team - emergency contacts.html", "html", "en")
    html = ("<html><head><title>Crisis management team - emergency contacts</title></head><body><div class=\"wiki-content\">"
            "<h1>Crisis management team (CMT)</h1><p>Restricted to CMT members. Home numbers are for out-of-hours use only.</p>"
            "<table><tr><th>Name</th><th>Role</th><th>Mobile</th><th>Personal e-mail</th><th>Emergency contact</th><th>Relationship</th><th>Contact phone</th></tr>"
            f"<tr><td>{c1.romaji}</td><td>CMT lead</td><td>{c1.phone_intl}</td><td>{c1.email}</td><td>{spouse.romaji}</td><td>Spouse</td><td>{spouse.phone_intl}</td></tr>"
            f"<tr><td>{c2.romaji}</td><td>IT lead</td><td>{c2.phone_intl}</td><td>{c2.email}</td><td></td><td></td><td></td></tr>"
            "</table></div></body></html>")
    wtext(d, html)
    put(d, c1, [("PERSON_NAME", c1.romaji), ("PHONE_NUMBER", c1.phone_intl), ("EMAIL_ADDRESS", c1.email)])
    put(d, spouse, [("PERSON_NAME", spouse.romaji), ("PHONE_NUMBER", spouse.phone_intl)])
    put(d, c2, [("PERSON_NAME", c2.romaji), ("PHONE_NUMBER", c2.phone_intl), ("EMAIL_ADDRESS", c2.email)])

    # ===================================================================================== Confluence 緊急連絡網
    n1, n2 = J[3], J[9]
    d = W.doc("Confluence/情報システム部/緊急連絡網.html", "html", "ja")
    html = ("<html><head><meta charset=\"utf-8\"><title>緊急連絡網 - 情報システム部 - Confluence</title></head><body><div class=\"wiki-content\">"
            "<h1>情報システム部 緊急連絡網</h1><p>障害発生時は上から順に連絡してください。</p>"
            "<table><tr><th>順</th><th>氏名</th><th>携帯電話</th><th>自宅住所</th></tr>"
            f"<tr><td>1</td><td>{jn(n1)}</td><td>{n1.phone_nat}</td><td>〒{n1.zip} {n1.addr_ja}</td></tr>"
            f"<tr><td>2</td><td>{jn(n2)}</td><td>{n2.phone_nat}</td><td>〒{n2.zip} {n2.addr_ja}</td></tr>"
            "</table></div></body></html>")
    wtext(d, html)
    for x in (n1, n2):
        put(d, x, [("PERSON_NAME", jn(x)), ("PHONE_NUMBER", x.phone_nat), ("POSTAL_ADDRESS", f"〒{x.zip} {x.addr_ja}")])

    # ===================================================================================== Google Workspace user export
    g = [U[2], U[3], U[6], K[1]]
    d = W.doc("Directory/Google Workspace/User_Download_07032026_091233.csv", "csv", "en")
    hdr = ["First Name [Required]", "Last Name [Required]", "Email Address [Required]", "Password [Required]", "Password Hash Function [UPLOAD ONLY]",
           "Org Unit Path [Required]", "Recovery Email", "Recovery Phone [MUST BE IN THE E.164 FORMAT]", "Work Phone", "Mobile Phone",
           "Home Address", "Employee ID", "Employee Title", "Last Sign In [READ ONLY]"]
    rows = [hdr]
    for x in g:
        home = f"{x.street}, {x.city}, {x.state} {x.zip}" if x.region == "US" else x.addr
        rows.append([x.first, x.last, x.work, "****", "", "/Staff/" + ("US" if x.region == "US" else "UK"), x.email, x.e164, "", x.phone_nat,
                     home, f"E{R.randint(10000, 99999)}", R.choice(["Buyer", "Analyst", "Engineer"]), "2026/03/06 17:42:10"])
        put(d, x, [("PERSON_NAME", x.name), ("EMAIL_ADDRESS", x.work), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.e164), ("POSTAL_ADDRESS", home)])
    wtext(d, csv_text(rows))
    d.decoy("Password [Required] column holding ****", ["CREDENTIAL"])

    # ===================================================================================== Entra ID user export
    en = [J[9], J[10], E[2], E[3]]
    d = W.doc("Directory/EntraID/exportUsers_2026-3-7.csv", "csv", "en")
    rows = [["userPrincipalName", "displayName", "surname", "mail", "givenName", "objectId", "userType", "jobTitle", "department",
             "accountEnabled", "usageLocation", "streetAddress", "state", "country", "officeLocation", "city", "postalCode",
             "telephoneNumber", "mobilePhone", "employeeId"]]
    for x in en:
        if x.region == "JP":
            g_, f_ = x.romaji.split()
            rows.append([x.work, f"{f_.capitalize()} {g_}", f_.capitalize(), x.work, g_, f"{R.randint(16**7, 16**8 - 1):08x}-1c2d-4e5f-8a9b-{R.randint(16**11, 16**12 - 1):012x}",
                         "Member", "Engineer", "情報システム部", "True", "JP", "", "", "Japan", "Tokyo HQ", "", "", "", x.phone_intl, f"{R.randint(100000, 999999)}"])
            put(d, x, [("PERSON_NAME", f"{f_.capitalize()} {g_}"), ("EMAIL_ADDRESS", x.work), ("PHONE_NUMBER", x.phone_intl)])
        else:
            rows.append([x.work, x.name, x.last, x.work, x.first, f"{R.randint(16**7, 16**8 - 1):08x}-1c2d-4e5f-8a9b-{R.randint(16**11, 16**12 - 1):012x}",
                         "Member", "Service Engineer", "Field Service", "True", x.region, x.street, "", "Germany" if x.region == "DE" else "France",
                         "Home office", x.city, x.plz, "", x.phone_nat, f"{R.randint(100000, 999999)}"])
            put(d, x, [("PERSON_NAME", x.name), ("EMAIL_ADDRESS", x.work), ("PHONE_NUMBER", x.phone_nat), ("POSTAL_ADDRESS", x.addr)])
    wtext(d, csv_text(rows))

    # ===================================================================================== Okta system log JSON lines
    ok = [U[4], U[5], K[3]]
    d = W.doc("Okta/syslog_2026-03-05.jsonl", "jsonl", "en")
    ev = []
    for i, x in enumerate(ok):
        ev.append({"actor": {"id": f"00u{R.randint(10**15, 10**16):x}", "type": "User", "alternateId": x.work, "displayName": x.name, "detailEntry": None},
                   "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "os": "Windows 10", "browser": "CHROME"},
                              "zone": "null", "device": "Computer", "id": None, "ipAddress": x.ip,
                              "geographicalContext": {"city": getattr(x, "city", "Leeds"), "country": "United States" if x.region == "US" else "United Kingdom"}},
                   "eventType": "user.session.start", "outcome": {"result": "SUCCESS", "reason": None},
                   "published": f"2026-03-05T0{i + 7}:1{i}:0{i}.{R.randint(100, 999)}Z", "severity": "INFO",
                   "displayMessage": "User login to Okta", "uuid": f"{R.randint(16**7, 16**8 - 1):08x}-ab12-11ef-9c3d-{R.randint(16**11, 16**12 - 1):012x}"})
        put(d, x, [("EMAIL_ADDRESS", x.work), ("PERSON_NAME", x.name)])
        d.add(None, "IP_ADDRESS", x.ip)
    ev.append({"actor": {"id": "0oa1system", "type": "PublicClientApp", "alternateId": "unknown", "displayName": "Okta System"},
               "client": {"ipAddress": None}, "eventType": "system.org.rate_limit.warning", "outcome": {"result": "SUCCESS"},
               "published": "2026-03-05T10:00:00.000Z", "severity": "WARN", "displayMessage": "Rate limit warning"})
    wtext(d, "".join(json.dumps(e) + "\n" for e in ev))

    # ===================================================================================== Entra sign-in log CSV
    si = [U[7], U[9]]
    d = W.doc("Directory/EntraID/InteractiveSignIns_2026-03-01_2026-03-07.csv", "csv", "en")
    rows = [["Date (UTC)", "Request ID", "User agent", "Correlation ID", "User ID", "User", "Username", "Application", "IP address", "Location", "Status"]]
    for x in si:
        for k in range(2):
            rows.append([f"2026-03-0{3 + k}T1{k}:2{k}:11Z", f"{R.randint(16**7, 16**8 - 1):08x}-7a1b-4c2d-9e8f-{R.randint(16**11, 16**12 - 1):012x}",
                         "Mozilla/5.0", f"{R.randint(16**7, 16**8 - 1):08x}-0000-4000-8000-{R.randint(16**11, 16**12 - 1):012x}",
                         f"{R.randint(16**7, 16**8 - 1):08x}-1111-4111-8111-{R.randint(16**11, 16**12 - 1):012x}", x.name, x.work,
                         "Office 365 Exchange Online", x.ip, f"{x.city}, {x.state}, US", "Success"])
        put(d, x, [("PERSON_NAME", x.name), ("EMAIL_ADDRESS", x.work)])
        d.add(None, "IP_ADDRESS", x.ip)
    wtext(d, csv_text(rows))

    # ===================================================================================== VPN log (FortiGate style)
    vp = [J[0], J[5], J[11]]
    d = W.doc("Logs/vpn/fgt-vpn-event-20260304.log", "log", "en")
    lines = []
    for i, x in enumerate(vp):
        tun = f"10.212.134.{R.randint(2, 250)}"
        lines.append(f'date=2026-03-04 time=0{i + 1}:1{i}:4{i} devname="FGT-HQ-01" devid="FG100F3G19000123" logid="0101039947" type="event" subtype="vpn" '
                     f'level="information" vd="root" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid={R.randint(10**8, 10**9)} '
                     f'remip={x.ip} tunnelip={tun} user="{x.work}" group="SSLVPN_Users" dst_host="N/A" reason="N/A" msg="SSL tunnel established"')
        d.add(x, "EMAIL_ADDRESS", x.work)
        d.add(None, "IP_ADDRESS", x.ip)
    lines.append('date=2026-03-04 time=03:55:12 devname="FGT-HQ-01" devid="FG100F3G19000123" logid="0101039426" type="event" subtype="vpn" '
                 'level="alert" vd="root" logdesc="SSL VPN login fail" action="ssl-login-fail" tunneltype="ssl-web" remip=45.153.160.138 '
                 'user="admin" group="N/A" reason="sslvpn_login_permission_denied" msg="SSL user failed to logged in"')
    wtext(d, "\n".join(lines) + "\n")

    # ===================================================================================== FreeRADIUS detail (user names only)
    d = W.doc("Logs/radius/detail-20260305", "log", "en")
    blocks = []
    for k in range(3):
        un_ = R.choice(["kmori", "tsaito", "ahayashi", "jwhitaker", "opemberton"]) + str(k)
        blocks.append(f"Thu Mar  5 0{k + 8}:1{k}:22 2026\n\tPacket-Type = Access-Request\n\tUser-Name = \"{un_}\"\n\tNAS-IP-Address = 10.20.0.{k + 1}\n"
                      f"\tCalling-Station-Id = \"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}-AB-CD-EF\"\n\tFramed-IP-Address = 172.16.{R.randint(0, 31)}.{R.randint(2, 250)}\n"
                      f"\tAcct-Status-Type = Start\n\tTimestamp = {1772698282 + k * 3600}\n")
    wtext(d, "\n".join(blocks))
    d.add(None, "IP_ADDRESS", "10.20.0.1")

    # ===================================================================================== password-reset transcript
    cl = K[6]
    d = W.doc("ServiceDesk/call-transcripts/reset_2026-03-05_1412.txt", "txt", "en")
    tmp = f"{R.choice(['Spring', 'Harbor', 'Copper', 'Violet'])}#{R.randint(2026, 2026)}{R.choice('KQXZ')}{R.choice('mpqr')}"
    txt = (f"Service Desk call transcript - 05/03/2026 14:12 - Agent: Daniel Reyes (Service Desk)\n\n"
           f"Agent: Service Desk, Daniel speaking.\n"
           f"Caller: Hi, it's {cl.name}, I'm locked out of my account.\n"
           f"Agent: I can help. For verification, can you confirm your date of birth?\n"
           f"Caller: {cl.dob.day} {cl.dob:%B} {cl.dob.year}.\n"
           f"Agent: Thanks, that matches. And the mobile on file?\n"
           f"Caller: {cl.phone_nat}.\n"
           f"Agent: Great. I've set a temporary password: {tmp} - you'll be asked to change it at first login.\n"
           f"Caller: Thanks, bye.\n")
    wtext(d, txt)
    put(d, cl, [("PERSON_NAME", cl.name), ("DATE_OF_BIRTH", f"{cl.dob.day} {cl.dob:%B} {cl.dob.year}"), ("PHONE_NUMBER", cl.phone_nat), ("CREDENTIAL", tmp)])

    # ===================================================================================== KeePass CSV export
    kp = J[11]
    d = W.doc("IT/shared/Infra-vault export.csv", "csv", "en")

    def pw():
        al = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*"
        return "".join(R.choice(al) for _ in range(16))
    rows = [["Group", "Title", "Username", "Password", "URL", "Notes"],
            ["Network", "FGT-HQ-01 admin", "admin", pw(), "https://10.1.0.1:4443", "VPN appliance"],
            ["Network", "Core switch", "netadmin", pw(), "ssh://10.1.0.2", ""],
            ["Cloud", "AWS root (kisaragi-prod)", f"aws-root@{JP_CORP}", pw(), "https://signin.aws.amazon.com", "MFA token in safe"],
            ["Personal", "Gmail (recovery for admin)", kp.email, pw(), "https://accounts.google.com", f"{jn(kp)}の個人アカウント"]]
    wtext(d, csv_text(rows, ","))
    d.add(None, "CREDENTIAL", rows[1][3])
    d.opt_type("IP_ADDRESS")  # the appliance's own management address
    put(d, kp, [("EMAIL_ADDRESS", kp.email), ("PERSON_NAME", jn(kp))])

    # ===================================================================================== 社内チャット CSV
    cw = [J[1], J[6], J[9]]
    d = W.doc("Chat/社内チャット_情報システム部_202603.csv", "csv", "ja")
    rows = [["日時", "送信者", "メッセージ"],
            ["2026/03/04 09:01", jn(cw[0]), "おはようございます。本日VPN装置のファーム更新を実施します。"],
            ["2026/03/04 09:05", jn(cw[1]), f"了解です。先月引っ越しましたので、緊急時の郵送先は 〒{cw[1].zip} {cw[1].addr_ja} でお願いします。"],
            ["2026/03/04 09:30", jn(cw[2]), "すみません、インフルエンザA型と診断されたので今週は休みます。"],
            ["2026/03/04 09:31", jn(cw[0]), "お大事に！"]]
    wtext(d, "\ufeff" + csv_text(rows))
    put(d, cw[0], [("PERSON_NAME", jn(cw[0]))])
    put(d, cw[1], [("PERSON_NAME", jn(cw[1])), ("POSTAL_ADDRESS", f"〒{cw[1].zip} {cw[1].addr_ja}")])
    put(d, cw[2], [("PERSON_NAME", jn(cw[2])), ("HEALTH_INFO", "インフルエンザA型と診断された")])

    # ===================================================================================== 障害報告書 docx
    rp, hd = J[10], J[11]
    d = W.doc("情報システム部/障害報告書_VPN装置不正アクセス_20260306.docx", "docx", "ja")
    docx(W.path(d), ["障害報告書", "件名：VPN装置への不正アクセスについて", "発生日時：2026年3月4日 03:55頃",
                     "概要：社外からVPN装置（FGT-HQ-01）の管理者アカウントに対するログイン試行を検知した。攻撃元IPアドレス 45.153.160.138。",
                     "影響範囲：調査中。", "連絡先："],
         table=[["役割", "氏名", "所属", "携帯電話", "メール"],
                ["報告者", jn(rp), "情報システム部", rp.phone_nat, rp.work],
                ["対応責任者", jn(hd), "情報システム部", hd.phone_nat, hd.work]])
    put(d, rp, [("PERSON_NAME", jn(rp)), ("PHONE_NUMBER", rp.phone_nat), ("EMAIL_ADDRESS", rp.work)])
    put(d, hd, [("PERSON_NAME", jn(hd)), ("PHONE_NUMBER", hd.phone_nat), ("EMAIL_ADDRESS", hd.work)])
    d.add(None, "IP_ADDRESS", "45.153.160.138")

    # ===================================================================================== Teams eDiscovery HTML
    t1, t2 = J[8], U[9]
    d = W.doc("Teams/eDiscovery/Conversation_Travel planning.html", "html", "en")
    html = ("<html><head><meta charset=\"utf-8\"><title>Conversation - Travel planning</title></head><body>"
            "<div class=\"conversation\"><h2>Travel planning</h2>"
            f"<div class=\"message\"><span class=\"sender\">{t2.name}</span> <span class=\"time\">3/2/2026 4:12 PM</span><div class=\"body\">"
            "Can you send your passport details so I can book the Phoenix hotel and the plant visit?</div></div>"
            f"<div class=\"message\"><span class=\"sender\">{t1.romaji}</span> <span class=\"time\">3/2/2026 4:20 PM</span><div class=\"body\">"
            f"Sure. Passport number {t1.passport}, date of birth {t1.dob:%d %b %Y}. My mobile abroad: {t1.phone_intl}.</div></div>"
            "</div></body></html>")
    wtext(d, html)
    put(d, t2, [("PERSON_NAME", t2.name)])
    put(d, t1, [("PERSON_NAME", t1.romaji), ("JP_PASSPORT", t1.passport), ("DATE_OF_BIRTH", f"{t1.dob:%d %b %Y}"), ("PHONE_NUMBER", t1.phone_intl)])

    # ===================================================================================== onboarding mail with a temp password
    nh = E[0]
    d = W.doc("Mail/IT/Welcome to Kisaragi - your account.eml", "eml", "en")
    tmp2 = f"Kis-{R.randint(1000, 9999)}-{R.choice(['Lumen', 'Orbit', 'Delta'])}!"
    m = eml(f"IT Onboarding <it-onboarding@{EU_CORP}>", f"{nh.name} <{nh.email}>", "Welcome to Kisaragi - your account",
            f"Dear {nh.first},\n\nwelcome aboard! Your account is ready.\n\nUsername: {nh.work}\nTemporary password: {tmp2}\n\n"
            "Please change it at first sign-in and enrol MFA.\n\nKisaragi IT\n", "2026-03-02 08:00", tz=1)
    wbytes(d, bytes(m))
    put(d, nh, [("PERSON_NAME", nh.name), ("EMAIL_ADDRESS", nh.email), ("EMAIL_ADDRESS", nh.work), ("CREDENTIAL", tmp2)])

    # ===================================================================================== ServiceNow asset CSV
    asg = [U[7], K[5], E[3]]
    d = W.doc("ServiceNow/alm_hardware_assigned.csv", "csv", "en")
    rows = [["asset_tag", "serial_number", "model", "assigned_to", "u_assigned_email", "u_ship_to", "install_status"]]
    for x in asg:
        addr = f"{x.street}, {x.city}, {x.state} {x.zip}" if x.region == "US" else x.addr
        rows.append([f"KIS-{R.randint(100000, 999999)}", f"PF{R.randint(10**6, 10**7):X}", "ThinkPad T14 Gen 4", x.name, x.work, addr, "In use"])
        put(d, x, [("PERSON_NAME", x.name), ("EMAIL_ADDRESS", x.work), ("POSTAL_ADDRESS", addr)])
    wtext(d, csv_text(rows))

    # ===================================================================================== Zoom participants report
    zp_ = [J[2], U[5], K[2]]
    d = W.doc("Zoom/participants_81234567890.csv", "csv", "en")
    rows = [["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"],
            ["812 3456 7890", "VPN incident bridge", "03/05/2026 07:00:00 AM", "03/05/2026 08:10:00 AM", f"ops@{US_CORP}", "70", "3"], [],
            ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"]]
    for x in zp_:
        nm = x.romaji if x.region == "JP" else x.name
        rows.append([nm, x.work, "03/05/2026 07:01:12 AM", "03/05/2026 08:09:40 AM", "69", "No"])
        put(d, x, [("PERSON_NAME", nm), ("EMAIL_ADDRESS", x.work)])
    wtext(d, csv_text(rows))
    d.decoy("Zoom meeting ID 812 3456 7890", ["PHONE_NUMBER"])

    # ===================================================================================== Teams chat in Japanese (Graph JSON)
    a, b = J[4], J[7]
    d = W.doc("Teams/chat_情シス_export.json", "json", "ja")
    chat = {"@odata.count": 2, "value": [
        gmsg(a, "<p>すみません、椎間板ヘルニアで通院のため本日午後休をいただきます。</p>", "2026-03-05T03:10:00.000Z"),
        gmsg(b, f"<p>了解です。何かあれば携帯（{b.phone_nat}）に連絡ください。</p>", "2026-03-05T03:12:30.000Z")]}
    for v, p in zip(chat["value"], (a, b)):
        v["from"]["user"]["displayName"] = jn(p)
    wtext(d, json.dumps(chat, ensure_ascii=False, indent=2))
    put(d, a, [("PERSON_NAME", jn(a)), ("HEALTH_INFO", "椎間板ヘルニアで通院")])
    put(d, b, [("PERSON_NAME", jn(b)), ("PHONE_NUMBER", b.phone_nat)])

    # ===================================================================================== Okta user export CSV
    ou = [E[1], K[4]]
    d = W.doc("Okta/okta_users_export_20260307.csv", "csv", "en")
    rows = [["Username", "First name", "Last name", "Primary email", "Secondary email", "Mobile phone", "Status", "Last login"]]
    for x in ou:
        rows.append([x.work, x.first, x.last, x.work, x.email, x.phone_nat, "ACTIVE", "2026-03-06T18:02:11.000Z"])
        put(d, x, [("PERSON_NAME", x.name), ("EMAIL_ADDRESS", x.work), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_nat)])
    wtext(d, csv_text(rows))

    # ===================================================================================== look-alikes
    d = W.doc(f"{'Slack'}/deploys-channel-2026-03-05.json", "json", "en")
    msgs = []
    for k in range(4):
        bn = f"2026.03.05{R.randint(10, 99)}"
        sha = f"{R.randint(16**39, 16**40 - 1):040x}"
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": bot_id, "username": "deploybot",
                     "text": f"Build #{bn} ({sha[:10]}) deployed to prod-eu-1 in 4m{R.randint(10, 59)}s :white_check_mark:",
                     "ts": f"{1772701380 + k * 600}.{R.randint(100000, 999999)}",
                     "reactions": [{"name": "rocket", "users": ["U0AAAAAAA1"], "count": 1}, {"name": "+1", "users": ["U0AAAAAAA2"], "count": 1}]})
    msgs.append({"type": "message", "subtype": "bot_message", "username": "Jenkins", "text": "Pipeline kisaragi-erp #20260305-0412 finished: SUCCESS (1h 02m)", "ts": "1772705000.000100"})
    wtext(d, json.dumps(msgs, indent=2))
    d.decoy("deploybot / Jenkins bot messages, build numbers, commit hashes, emoji reactions", ["PERSON_NAME", "PHONE_NUMBER", "CREDENTIAL", "IP_ADDRESS"])

    d = W.doc("Confluence/IT/Network runbook - VPN failover.md", "md", "en")
    wtext(d, "# VPN failover runbook\n\nExamples below use documentation addresses (RFC 5737 / RFC 3849).\n\n"
             "1. Check the primary gateway: `ping 192.0.2.10`\n2. If it fails, move the VIP to the standby at 198.51.100.7.\n"
             "3. Clients connect from the NAT pool 203.0.113.0/24 (e.g. 203.0.113.45).\n4. IPv6 peer: 2001:db8:85a3::8a2e:370:7334\n\n"
             "Escalate to the network team via the on-call rota page.\n")
    d.decoy("RFC 5737 / RFC 3849 documentation addresses", ["IP_ADDRESS", "PERSON_NAME", "PHONE_NUMBER"])

    d = W.doc("Mail/IT/Zoom invitation - VPN incident bridge.eml", "eml", "en")
    m = eml(f"IT Operations <ops@{US_CORP}>", f"it-all@{US_CORP}", "Zoom: VPN incident bridge",
            "IT Operations is inviting you to a scheduled Zoom meeting.\n\nTopic: VPN incident bridge\nTime: Mar 5, 2026 07:00 AM Pacific Time\n\n"
            "Join Zoom Meeting\nhttps://kisaragi.zoom.example.com/j/81234567890?pwd=Qk1xY3pTeGx0aW9uZ0R2dz09\n\n"
            "Meeting ID: 812 3456 7890\nPasscode: 482913\n\n", "2026-03-04 18:00", tz=-8)
    wbytes(d, bytes(m))
    d.decoy("Zoom meeting ID and passcode of an invitation", ["PHONE_NUMBER", "CREDENTIAL", "PERSON_NAME"])
    d.opt_type("EMAIL_ADDRESS")  # role mailboxes (README round 16)

    d = W.doc("Mail/IT/Teams会議のご案内.eml", "eml", "ja")
    m = eml(f"情報システム部 <is-info@{JP_CORP}>", f"all@{JP_CORP}", "【ご案内】VPN更新説明会（Teams）",
            "各位\n\nVPN更新の説明会を下記の通り開催します。\n\nMicrosoft Teams 会議\n会議 ID: 391 842 775 613\nパスコード: Xq7pR2\n\n"
            "情報システム部\n", "2026-03-03 10:00")
    wbytes(d, bytes(m))
    d.decoy("Teams meeting ID and passcode of an invitation", ["PHONE_NUMBER", "CREDENTIAL", "PERSON_NAME"])
    d.opt_type("EMAIL_ADDRESS")  # role mailboxes (README round 16)

    d = W.doc("Confluence/IT/Password policy.html", "html", "en")
    wtext(d, "<html><body><h1>Password policy</h1><ul><li>Passwords must be at least 14 characters long.</li>"
             "<li>Password: must contain upper and lower case letters, a digit and a symbol.</li><li>Do not reuse your last 24 passwords.</li>"
             "<li>Never share your password, not even with the Service Desk.</li></ul></body></html>")
    d.decoy("password policy", ["CREDENTIAL"])

    d = W.doc("Jira/REL issues (Jira) 2026-03-07.csv", "csv", "en")
    rows = [["Summary", "Issue key", "Issue Type", "Status", "Assignee", "Reporter", "Created", "Fix Version/s", "Description"],
            ["Bump agent to 10.4.2.1", "REL-2231", "Task", "Done", "svc-jira-automation", "svc-jira-automation", "04/Mar/26 1:00 AM", "10.4.2.1",
             "Upgrade build agents from version 10.4.1.7 to 10.4.2.1 (build 0312-4455-6677)."],
            ["Release train 2026.03", "REL-2232", "Epic", "Open", "release-bot", "release-bot", "04/Mar/26 1:05 AM", "2026.03", "Cut on 2026-03-05T10:23:11Z."]]
    wtext(d, csv_text(rows))
    d.decoy("service accounts as reporter, version quads, build number shaped like a phone", ["PERSON_NAME", "IP_ADDRESS", "PHONE_NUMBER"])

    d = W.doc("IT/service-accounts.csv", "csv", "en")
    rows = [["account", "owner_team", "purpose", "password_location", "last_rotated"],
            ["svc_backup", "Infrastructure", "Veeam backup jobs", "stored in CyberArk safe INFRA-01", "2026-03-01"],
            ["svc_sql_reporting", "Data", "SSRS data source", "stored in CyberArk safe DATA-02", "2026-02-15"],
            ["svc-jira-automation", "Tools", "Jira automation rules", "vault: kv/tools/jira", "2026-01-30"]]
    wtext(d, csv_text(rows))
    d.decoy("service-account inventory without secrets", ["CREDENTIAL", "PERSON_NAME"])

    d = W.doc("Confluence/IT/System status.html", "html", "en")
    wtext(d, "<html><body><h1>System status</h1><table><tr><th>System</th><th>Version</th><th>Build</th><th>Uptime</th></tr>"
             "<tr><td>VPN appliance</td><td>FortiOS 7.2.8</td><td>build 0090-1234-5678</td><td>41 days</td></tr>"
             "<tr><td>ERP</td><td>release 10.2.0.1</td><td>20260305.0412</td><td>12 days</td></tr>"
             "<tr><td>Mail gateway</td><td>v3.14.1.2</td><td>(415) build 2231</td><td>3 days</td></tr></table></body></html>")
    d.decoy("version numbers and phone-shaped build numbers", ["PHONE_NUMBER", "IP_ADDRESS"])

    d = W.doc("ServiceNow/KB0012001 Connecting to the VPN.html", "html", "en")
    wtext(d, "<html><body><h1>KB0012001: Connecting to the VPN</h1><ol><li>Open FortiClient.</li>"
             "<li>Enter your user name (for example <code>jdoe</code>) and password (<code>&lt;your password&gt;</code>).</li>"
             "<li>Approve the MFA prompt.</li></ol><p>Example: John Doe signs in as jdoe@example.com.</p>"
             "<p>Still stuck? Raise a ticket in the portal.</p></body></html>")
    d.decoy("knowledge article with placeholders", ["CREDENTIAL", "PHONE_NUMBER"])
    d.opt_type("PERSON_NAME")
    d.opt_type("EMAIL_ADDRESS")

    d = W.doc("情報システム部/障害報告書_テンプレート.docx", "docx", "ja")
    docx(W.path(d), ["障害報告書（様式）", "件名：", "発生日時：　　年　　月　　日", "概要：", "攻撃元IPアドレス（例：192.0.2.1）", "連絡先："],
         table=[["役割", "氏名", "所属", "携帯電話", "メール"], ["報告者", "", "", "", ""], ["対応責任者", "", "", "", ""]])
    d.decoy("blank 障害報告書 template", ["PERSON_NAME", "PHONE_NUMBER", "IP_ADDRESS", "EMAIL_ADDRESS"])

    d = W.doc("LINE/[LINE] きさらぎ食堂のトーク.txt", "txt", "ja")
    wtext(d, "[LINE] きさらぎ食堂のトーク履歴\n保存日時：2026/03/07 12:00\n\n2026/03/06(金)\n"
             "11:00\tきさらぎ食堂\t本日のランチは唐揚げ定食です🍗\n11:00\tきさらぎ食堂\tクーポンコード：KSRG-0306-7781（3/31まで）\n"
             "11:02\tきさらぎ食堂\tご予約は内線 4410 まで\n")
    d.decoy("LINE official account broadcast with a coupon code", ["PERSON_NAME", "CREDENTIAL", "PHONE_NUMBER"])

    d = W.doc("Logs/ci/build-20260305-0412.log", "log", "en")
    wtext(d, "[2026-03-05T04:12:01Z] Started by timer\n[2026-03-05T04:12:03Z] Checking out a2f9c3e1b7d84f0c9e6a5b3d2c1f0e9d8c7b6a5f\n"
             "[2026-03-05T04:12:40Z] Building kisaragi-erp 10.4.2.1 (build 0312-4455-6677)\n"
             "[2026-03-05T04:15:10Z] Tests: 4021 passed, 0 failed\n[2026-03-05T04:16:02Z] Artifact sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
             "[2026-03-05T04:16:05Z] Finished: SUCCESS\n")
    d.decoy("CI log: timestamps, commit hash, version, build numbers", ["PHONE_NUMBER", "CREDENTIAL", "IP_ADDRESS", "PERSON_NAME"])

    d = W.doc("Zoom/2026-03-04 Vendor demo/meeting_saved_closed_caption.vtt", "vtt", "en")
    wtext(d, "WEBVTT\n\n1\n00:00:02.000 --> 00:00:05.500\nSpeaker 1: Welcome to the demo of release 3.2.\n\n2\n00:00:06.000 --> 00:00:09.000\n"
             "Speaker 2: Ticket 4021-5567 covers the login fix.\n\n3\n00:00:09.500 --> 00:00:12.000\nSpeaker 1: Version 10.1.0.2 ships on the 20th.\n")
    d.decoy("anonymous transcript: speakers by number, ticket and version numbers", ["PERSON_NAME", "PHONE_NUMBER", "IP_ADDRESS"])

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
