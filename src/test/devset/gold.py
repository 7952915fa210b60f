#!/usr/bin/env python3
"""Writes each agreement's claims.yaml (gold claims) from the readable table below: the quote is found in the
article (the n-th case-sensitive occurrence), offsets are UTF-16 (texts are BMP-only), end exclusive.
Written by hand BEFORE the extractor was run on these articles. Run: python3 src/test/devset/gold.py"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
C = lambda n, a=None: {"kind": "COUNT", "amount": str(n), **({"approx": a} if a else {})}
D = lambda n, u, a=None: {"kind": "DURATION", "amount": str(n), "unit": u, **({"approx": a} if a else {})}
DATE = lambda d: {"kind": "DATE", "date": d}
AT = lambda t, tol=None: {"kind": "INSTANT", "at": t, **({"tolerance": tol} if tol else {})}
P = lambda n: {"kind": "PLACE", "name": n}
A = lambda n: {"kind": "ACTOR", "name": n}
T = lambda t: {"kind": "TEXT", "text": t}
L = lambda n, u, a=None: {"kind": "LENGTH", "amount": str(n), "unit": u, **({"approx": a} if a else {})}
AS = lambda h: {"kind": "ASSERTION", "holds": h}

# (file, facet, quote, occurrence (1-based), value, attributedTo)
GOLD = {
 "doha-2020": [
  ("01_voa.txt", "signing-place", "Doha", 1, P("Doha"), None),          # "DOHA, QATAR -" dateline is not a claim
  ("01_voa.txt", "troops-after-first-phase", "8,600", 1, C(8600), None),
  ("01_voa.txt", "troops-before", "13,000", 1, C(13000), None),
  ("01_voa.txt", "first-phase-length", "first 135 days", 1, D(135, "day"), None),
  ("01_voa.txt", "taliban-prisoners-released", "Up to 5,000", 1, C(5000, "UP_TO"), None),
  ("01_voa.txt", "other-prisoners-released", "up to 1,000", 1, C(1000, "UP_TO"), None),
  ("01_voa.txt", "prisoner-release-deadline", "March 10", 1, DATE("2020-03-10"), None),
  ("01_voa.txt", "talks-start", "March 10", 1, DATE("2020-03-10"), None),
  ("01_voa.txt", "taliban-signatory", "Mullah Abdul Ghani Baradar", 1, A("Abdul Ghani Baradar"), None),
  ("01_voa.txt", "us-signatory", "Zalmay Khalilzad", 1, A("Zalmay Khalilzad"), None),
  ("02_irishtimes_reuters.txt", "troops-after-first-phase", "8,600", 1, C(8600), "joint statement"),
  ("02_irishtimes_reuters.txt", "first-phase-length", "within 135 days", 1, D(135, "day", "UP_TO"), "joint statement"),
  ("02_irishtimes_reuters.txt", "signing-place", "Qatari capital of Doha", 1, P("Doha"), None),
  ("03_anadolu.txt", "troops-after-first-phase", "8,600", 1, C(8600), None),      # headline
  ("03_anadolu.txt", "troops-after-first-phase", "8,600", 2, C(8600), "joint declaration"),
  ("03_anadolu.txt", "first-phase-length", "within 135 days", 1, D(135, "day", "UP_TO"), "joint declaration"),
  ("03_anadolu.txt", "signing-place", "Doha", 1, P("Doha"), None),
  ("04_tribune_afp.txt", "troops-after-first-phase", "8,600", 1, C(8600), "declaration"),
  ("04_tribune_afp.txt", "first-phase-length", "within 135 days", 1, D(135, "day", "UP_TO"), "declaration"),
  # "Under the Doha accord": the accord's name, not a statement of where it was signed
  ("05_messofmedia.txt", "signing-place", "Doha", 1, P("Doha"), None),
  # "chief U.S. negotiator Zalmay Khalilzad": named as negotiator, not as signatory
  ("05_messofmedia.txt", "troops-before", "approximately 13,000", 1, C(13000, "ABOUT"), "officials"),
  ("05_messofmedia.txt", "troops-after-first-phase", "8,600", 1, C(8600), "officials"),
  ("05_messofmedia.txt", "bases-vacated", "five military bases", 1, C(5), "officials"),
  ("05_messofmedia.txt", "first-phase-length", "within 135 days", 1, D(135, "day", "UP_TO"), "officials"),
  ("05_messofmedia.txt", "taliban-prisoners-released", "as many as 5,000", 1, C(5000, "UP_TO"), None),
  ("05_messofmedia.txt", "other-prisoners-released", "up to 1,000", 1, C(1000, "UP_TO"), None),
  ("05_messofmedia.txt", "prisoner-release-deadline", "before March 10", 1, DATE("2020-03-10"), None),
 ],
 "black-sea-grain-2022": [
  ("01_dailysabah.txt", "coordination-centre-place", "Istanbul", 1, P("Istanbul"), None),   # headline
  ("01_dailysabah.txt", "coordination-centre-place", "Istanbul", 2, P("Istanbul"), None),
  ("01_dailysabah.txt", "signed-on", "last Friday", 1, DATE("2022-07-22"), None),
  ("01_dailysabah.txt", "signing-place", "Istanbul", 3, P("Istanbul"), None),
  ("01_dailysabah.txt", "port-count", "three Ukrainian Black Sea ports", 1, C(3), None),
  ("01_dailysabah.txt", "port-odesa", "Odessa", 1, P("Odesa"), None),
  ("01_dailysabah.txt", "port-chornomorsk", "Chernomorsk", 1, P("Chornomorsk"), None),
  ("01_dailysabah.txt", "port-yuzhny", "Yuzhny", 1, P("Yuzhny"), None),
  ("01_dailysabah.txt", "port-count", "all three ports", 1, C(3), "officials"),
  ("02_kyivindependent.txt", "coordination-centre-place", "Istanbul", 1, P("Istanbul"), None),  # headline
  # headline "Russian attacks on Odesa port": the port attacked, not a statement of the deal's ports
  ("02_kyivindependent.txt", "coordination-centre-place", "Istanbul", 2, P("Istanbul"), None),
  ("02_kyivindependent.txt", "initiative-length", "120 days", 1, D(120, "day"), "Hulusi Akar"),
  ("02_kyivindependent.txt", "signed-on", "July 22", 1, DATE("2022-07-22"), None),
  ("02_kyivindependent.txt", "signing-place", "Istanbul", 3, P("Istanbul"), None),
  ("02_kyivindependent.txt", "port-count", "three southwestern ports", 1, C(3), None),
  ("02_kyivindependent.txt", "port-odesa", "the one in Odesa", 1, P("Odesa"), None),   # "Odesa Oblast" is the region
  ("03_trtworld.txt", "coordination-centre-place", "Istanbul", 1, P("Istanbul"), None),   # headline
  ("03_trtworld.txt", "port-count", "three Ukrainian Black Sea ports", 1, C(3), None),
  ("03_trtworld.txt", "port-odesa", "Odessa", 1, P("Odesa"), None),
  ("03_trtworld.txt", "port-chornomorsk", "Chernomorsky", 1, P("Chornomorsk"), None),
  ("03_trtworld.txt", "port-yuzhny", "Yuzhny", 1, P("Yuzhny"), None),
  ("03_trtworld.txt", "coordination-centre-place", "Istanbul", 2, P("Istanbul"), None),
  # "signed the agreement on Friday": no publication date in the text, so no date can be read
  ("03_trtworld.txt", "coordination-centre-place", "Istanbul", 3, P("Istanbul"), None),
  ("03_trtworld.txt", "coordination-centre-place", "Istanbul", 4, P("Istanbul"), None),
  ("03_trtworld.txt", "port-count", "three key Ukrainian ports", 1, C(3), "UN"),
  ("03_trtworld.txt", "port-odesa", "Odessa", 2, P("Odesa"), "UN"),
  ("03_trtworld.txt", "port-chornomorsk", "Chornomorsk", 1, P("Chornomorsk"), "UN"),
  ("03_trtworld.txt", "port-yuzhny", "Yuzhny", 2, P("Yuzhny"), "UN"),
  ("04_tradewinds.txt", "signing-place", "Istanbul", 1, P("Istanbul"), None),   # headline
  ("04_tradewinds.txt", "signing-place", "Istanbul", 2, P("Istanbul"), "Erdogan's office"),
  ("04_tradewinds.txt", "signed-on", "Friday", 1, DATE("2022-07-22"), "Erdogan's office"),
  # "fly to Istanbul": not the signing place statement; "possibly, in Odessa": a hedged second centre, not a port
  ("04_tradewinds.txt", "coordination-centre-place", "Istanbul", 4, P("Istanbul"), "the Economist"),
  # headline "Istanbul:" is a dateline
  ("05_tellerreport.txt", "signing-place", "Istanbul", 2, P("Istanbul"), None),
  ("05_tellerreport.txt", "signed-on", "Friday", 1, DATE("2022-07-22"), None),
  ("05_tellerreport.txt", "port-count", "three ports", 1, C(3), None),
  ("05_tellerreport.txt", "port-odesa", "Odessa", 2, P("Odesa"), None),      # "Odessa region" is the region
  ("05_tellerreport.txt", "port-chornomorsk", "Chornomoresk", 1, P("Chornomorsk"), None),
  ("05_tellerreport.txt", "port-yuzhny", "Yuzhny", 1, P("Yuzhny"), None),
  ("05_tellerreport.txt", "coordination-centre-place", "Istanbul", 3, P("Istanbul"), None),
 ],
 "jcpoa-2015": [
  # caption "in Vienna, Austria, on July 14": when the ministers met, not when the plan was concluded
  ("01_globeandmail_ap.txt", "centrifuges-before", "almost 20,000", 1, C(20000, "NEARLY"), None),
  ("01_globeandmail_ap.txt", "centrifuges-installed", "6,104", 1, C(6104), None),
  ("01_globeandmail_ap.txt", "centrifuges-enriching", "to half that", 1, T("to half that"), None),
  ("01_globeandmail_ap.txt", "fordow-conversion", "Fordo", 1, P("Fordow"), None),
  ("01_globeandmail_ap.txt", "access-process-length", "within 24 days", 1, D(24, "day", "UP_TO"), None),
  ("01_globeandmail_ap.txt", "reactor-redesign", "Arak", 1, P("Arak"), None),
  ("02_israelnationalnews.txt", "fordow-conversion", "Fordow", 1, P("Fordow"), None),
  ("02_israelnationalnews.txt", "reactor-redesign", "Arak", 1, P("Arak"), None),
  ("02_israelnationalnews.txt", "access-compliance-time", "three days", 1, D(3, "day"), None),
  ("03_azertag.txt", "fordow-conversion", "Fordow", 1, P("Fordow"), None),
  ("03_azertag.txt", "reactor-redesign", "Arak", 1, P("Arak"), None),
  ("04_enca_afp.txt", "concluded-on", "July 14 that year", 1, DATE("2015-07-14"), None),
  ("04_enca_afp.txt", "security-council-endorsement", "July 20, 2015", 1, DATE("2015-07-20"), None),
  ("04_enca_afp.txt", "implementation-day", "January 16, 2016", 1, DATE("2016-01-16"), None),
  ("04_enca_afp.txt", "centrifuges-before", "more than 19,000", 1, C(19000, "OVER"), None),
  # "slash the number of uranium centrifuges ... to 5,060": the outlet's figure is the enriching cap
  ("04_enca_afp.txt", "centrifuges-enriching", "5,060", 1, C(5060), None),
  ("04_enca_afp.txt", "enrichment-site", "Natanz facility", 1, P("Natanz"), None),
 ],
 "gaza-truce-2023": [
  ("01_thestar.txt", "pause-start", "7am on Friday", 1, AT("2023-11-24T07:00+02:00"), "Qatar"),
  ("01_thestar.txt", "first-group-size", "13 women and children", 1, C(13), "Qatar"),
  ("01_thestar.txt", "hostages-released", "50 Israeli women and child hostages", 1, C(50), None),
  ("01_thestar.txt", "prisoners-released", "150 Palestinian women and children", 1, C(150), None),
  ("01_thestar.txt", "pause-length", "initial four days", 1, D(4, "day"), "Israel"),
  ("01_thestar.txt", "hostages-per-extra-day", "at least 10 hostages per day", 1, C(10, "AT_LEAST"), "Israel"),
  # "first scheduled to start at 10am local time on Thursday": the superseded start, not a claim
  ("02_ariananews_reuters.txt", "pause-length", "four-day", 1, D(4, "day"), None),            # headline
  ("02_ariananews_reuters.txt", "pause-length", "four-day", 2, D(4, "day"), "mediators in Qatar"),
  ("02_ariananews_reuters.txt", "pause-start", "7 a.m. local time", 1, AT("2023-11-24T07:00+02:00"), "Qatar's foreign ministry"),
  ("02_ariananews_reuters.txt", "first-release-time", "4 p.m.", 1, AT("2023-11-24T16:00+02:00"), "Majed Al-Ansari"),
  ("02_ariananews_reuters.txt", "pause-length", "initial four days", 1, D(4, "day"), "Israel"),
  ("02_ariananews_reuters.txt", "hostages-per-extra-day", "at least 10 hostages per day", 1, C(10, "AT_LEAST"), "Israel"),
  ("03_dailysabah.txt", "pause-start", "7 a.m. (05:00 GMT) on Friday", 1, AT("2023-11-24T07:00+02:00"), "Qatar's foreign ministry"),
  ("03_dailysabah.txt", "first-release-time", "4 p.m.", 1, AT("2023-11-24T16:00+02:00"), "Qatar's foreign ministry"),
  ("03_dailysabah.txt", "hostages-released", "50 women and children hostages", 1, C(50), None),
  ("03_dailysabah.txt", "prisoners-released", "150 Palestinian detainees", 1, C(150), None),
  ("03_dailysabah.txt", "pause-length", "initial four days", 1, D(4, "day"), "Israel"),
  ("03_dailysabah.txt", "hostages-per-extra-day", "at least 10 hostages per day", 1, C(10, "AT_LEAST"), "Israel"),
  ("04_radiohc.txt", "pause-length", "four-day", 1, D(4, "day"), "Qatar"),                # headline
  ("04_radiohc.txt", "pause-length", "four-day", 2, D(4, "day"), "Qatar"),
  ("04_radiohc.txt", "pause-start", "7 a.m. local time on Friday", 1, AT("2023-11-24T07:00+02:00"), "Qatar"),
  ("04_radiohc.txt", "pause-start", "7:00 a.m. (0500 GMT) on Friday", 1, AT("2023-11-24T07:00+02:00"), "Majed Al-Ansari"),
  ("04_radiohc.txt", "first-release-time", "approximately 4:00 p.m. (1400 GMT)", 1, AT("2023-11-24T16:00+02:00", "PT15M"), "Majed Al-Ansari"),
  ("04_radiohc.txt", "hostages-released", "total 50", 1, C(50), "Ansari"),
  ("04_radiohc.txt", "pause-length", "four days", 1, D(4, "day"), "Ansari"),
  ("04_radiohc.txt", "prisoners-per-hostage", "three Palestinian prisoners", 1, C(3), None),
  ("04_radiohc.txt", "pause-start", "05:00 GMT on Friday", 1, AT("2023-11-24T07:00+02:00"), "Hamas"),
  ("04_radiohc.txt", "aid-trucks-per-day", "Two-hundred aid trucks", 1, C(200), None),
  ("05_reviewjournal_ap.txt", "pause-length", "four-day", 1, D(4, "day"), "Qatar"),
  ("05_reviewjournal_ap.txt", "hostages-released", "dozens of hostages", 1, T("dozens of hostages"), None),
  # "Friday morning" (date without a time) is followed by the exact time; "originally due to begin Thursday" is superseded
  ("05_reviewjournal_ap.txt", "pause-start", "7 a.m. local time Friday (9 p.m. PST Thursday.)", 1, AT("2023-11-24T07:00+02:00"), "Majed al-Ansari"),
  ("05_reviewjournal_ap.txt", "first-group-size", "13 women and children", 1, C(13), "Majed al-Ansari"),
 ],
 "karabakh-ceasefire-2020": [
  # "signed a deal on Tuesday": no signing-date facet (dated 9 November, signed after midnight local time)
  ("01_kashmirobserver.txt", "war-length", "six weeks", 1, D(6, "week"), None),
  # 1am local (UTC+4) on Tuesday 10 Nov = 21:00 GMT Monday = 00:00 Moscow: the agreed moment
  ("01_kashmirobserver.txt", "ceasefire-start", "1am on Tuesday (21:00 GMT on Monday)", 1, AT("2020-11-10T01:00+04:00"), "Pashinyan"),
  # "closing in on Stepanakert, the region's main city": the front, not the peacekeepers' headquarters
  ("02_sputnik.txt", "kalbajar-return", "November 15", 1, DATE("2020-11-15"), "Aliyev"),
  ("02_sputnik.txt", "lachin-return", "December 1", 1, DATE("2020-12-01"), "Aliyev"),
  ("02_sputnik.txt", "aghdam-return", "November 20", 1, DATE("2020-11-20"), "Aliyev"),   # spelled "Agdam"
  ("02_sputnik.txt", "prisoner-exchange", "exchange prisoners as well as the deceased", 1, AS(True), "Aliyev"),
  # "for five years, with automatic extension by five-year terms": years, left out of the value model
  ("02_sputnik.txt", "peacekeepers-personnel", "1,960 servicemen", 1, C(1960), "Russian Defense Ministry"),
  ("02_sputnik.txt", "peacekeepers-apcs", "90 armored personnel carriers", 1, C(90), "Russian Defense Ministry"),
  ("02_sputnik.txt", "peacekeepers-vehicles", "380 items of equipment", 1, C(380), "Russian Defense Ministry"),
  # no claim on peacekeepers-equipment-total: the engine derives it from the two parts (90 + 380)
  ("03_hyetert_tass.txt", "peacekeepers-personnel", "nearly 2,000 peacekeepers", 1, C(2000, "NEARLY"), None),   # headline
  ("03_hyetert_tass.txt", "peacekeepers-personnel", "1,960 peacekeepers", 1, C(1960), "Russian Defense Ministry"),
  # "470 units of equipment" = the 90 armoured vehicles plus the 380 other units the ministry lists below
  ("03_hyetert_tass.txt", "peacekeepers-equipment-total", "470 units of equipment", 1, C(470), "Russian Defense Ministry"),
  ("03_hyetert_tass.txt", "peacekeepers-personnel", "1,960 servicemen", 1, C(1960), "Russian Defense Ministry"),
  # "armored vehicles" next to "units of vehicles and special equipment": the armoured personnel carriers
  ("03_hyetert_tass.txt", "peacekeepers-apcs", "90 armored vehicles", 1, C(90), "Russian Defense Ministry"),
  ("03_hyetert_tass.txt", "peacekeepers-vehicles", "380 units of vehicles and special equipment", 1, C(380), "Russian Defense Ministry"),
  # the day is the Tuesday of "TASS reported on Tuesday" (published 10 Nov); 7am local (UTC+4) = 6am Moscow
  ("03_hyetert_tass.txt", "deployment-start", "7am local time (6am Moscow time)", 1, AT("2020-11-10T07:00+04:00"), None),
  # "On November 9 ... signed": no signing-date facet; the exchange sentence continues what "the Russian leader said"
  ("03_hyetert_tass.txt", "prisoner-exchange", "exchange prisoners of war and the bodies of those killed", 1, AS(True), "Putin"),
  # "Nearly 800 Russian troops", "more than 780 troops", "more than 120 pieces of equipment", "Since November 10":
  # what had been flown in so far, not the contingent's size or the ceasefire's start
  ("04_uawire.txt", "peacekeepers-commander", "Lieutenant General Rustam Muradov", 1, A("Rustam Muradov"), "Armenian Defense Ministry"),
  # the headquarters sentence follows the ministry's report but is not attributed to it: the outlet's voice
  ("04_uawire.txt", "peacekeepers-headquarters", "Stepanakert", 1, P("Stepanakert"), None),
  ("04_uawire.txt", "fighting-began", "since September 27", 1, DATE("2020-09-27"), None),
  # "01.00 (00.00 GMT) on November 10": the GMT gloss is the only reading with a stated zone, and it is wrong:
  # 00:00 GMT on 10 Nov is three hours after the agreed 21:00 GMT on 9 Nov (01.00 is right only in local time,
  # which the text does not say). One claim, read as the outlet glossed it: CONFLICTS.
  ("04_uawire.txt", "ceasefire-start", "01.00 (00.00 GMT) on November 10", 1, AT("2020-11-10T00:00+00:00"), None),
  ("04_uawire.txt", "prisoner-exchange", "an exchange of prisoners of war and of the bodies of the dead", 1, AS(True), None),
  # headline "end weeks of fighting": how long the war lasted, in words that cannot be checked
  ("05_dailydhaka.txt", "war-length", "weeks of fighting", 1, T("weeks of fighting"), None),
  # "late Monday": when Pashinyan's statement came out, no facet
  ("05_dailydhaka.txt", "ceasefire-start", "00:00 Moscow time on November 10, 2020", 1, AT("2020-11-10T00:00+03:00"), "the ceasefire deal"),
  # "until November 20, 2020": the deal's own words (with Gazakh, as the Azerbaijani president's version has it)
  ("05_dailydhaka.txt", "aghdam-return", "until November 20, 2020", 1, DATE("2020-11-20"), "the ceasefire agreement"),
  ("05_dailydhaka.txt", "kalbajar-return", "November 15, 2020", 1, DATE("2020-11-15"), None),
  ("05_dailydhaka.txt", "lachin-return", "December 1, 2020", 1, DATE("2020-12-01"), None),
  ("05_dailydhaka.txt", "corridor-width", "5 km wide", 1, {"kind": "LENGTH", "amount": "5", "unit": "km"}, None),
  # "01 December 2020" under the headline is the page's date; "entered the Lachin region on December 1" is the
  # army's entry (the event); the term is stated in the last sentence ("on 1 December ... is going to hand over")
  ("06_azvision.txt", "war-length", "six weeks", 1, D(6, "week"), None),
  # "under a five-year mandate": years, left out of the value model
  ("06_azvision.txt", "peacekeepers-personnel", "1,960 Russian peacekeepers", 1, C(1960), None),
  # handovers told "according to the agreement": the day Aghdam was handed over agrees with "by 20 November"
  ("06_azvision.txt", "aghdam-return", "on 20 November", 1, DATE("2020-11-20"), None),
  # Kalbajar was handed over on 25 November after Azerbaijan agreed on 15 November to a ten-day delay (outside
  # the signed text); the article gives 25 November as the agreement's date, the statement says by 15 November
  ("06_azvision.txt", "kalbajar-return", "on 25 November", 1, DATE("2020-11-25"), None),
  ("06_azvision.txt", "lachin-return", "on 1 December", 1, DATE("2020-12-01"), None),
 ],
 "lebanon-ceasefire-2024": [
  # Actor values are the facet's canonical names, whatever the article's wording.
  # "brokered by the US and France" (every article): the mediators, not the monitoring mechanism's members.
  ("01_lbc.txt", "ceasefire-start", "4:00 a.m. local time on Wednesday", 1, AT("2024-11-27T04:00+02:00"), None),  # published Tue 26 Nov
  ("01_lbc.txt", "implementation-period", "over the next 60 days", 1, D(60, "day"), None),
  ("01_lbc.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), None),
  # "the agreement gives Israel the right to defend itself": the outlet reports what Biden stressed
  ("01_lbc.txt", "self-defence", "the right to defend itself", 1, AS(True), "Biden"),
  ("01_lbc.txt", "self-defence", "Israel retains the right to self-defense", 1, AS(True), "Biden"),
  ("02_dw.txt", "deploying-force", "Lebanon's army", 1, A("Lebanese Armed Forces"), None),      # headline
  # "Lebanon's regular army" is not among the facet's aliases (a journalist would not list it); the value is canonical
  ("02_dw.txt", "deploying-force", "Lebanon's regular army", 1, A("Lebanese Armed Forces"), None),
  # the army's own statement that it deploys in the south counts as its claim (same in 05 and 06)
  ("02_dw.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), "Lebanese army"),
  # published 27 Nov, "hours after" the deal took effect: the day is the publication day; GMT in brackets is the same moment
  ("02_dw.txt", "ceasefire-start", "4 a.m. local time (0200 GMT)", 1, AT("2024-11-27T04:00+02:00"), None),
  ("03_pravda_reuters.txt", "ceasefire-start", "27 November at 04:00 local time", 1, AT("2024-11-27T04:00+02:00"), "Biden"),
  ("03_pravda_reuters.txt", "implementation-period", "over a 60-day period", 1, D(60, "day"), "Biden"),
  # "the US, together with France and other nations, will provide the necessary support": not the mechanism
  ("03_pravda_reuters.txt", "us-troops-in-lebanon", "no U.S. troops deployed in southern Lebanon", 1, AS(False), "Biden"),
  # "IST" here is India Standard Time (UTC+05:30; an Indian outlet): 07:30 IST = 02:00 UTC = 04:00 in Beirut, the
  # same moment (the agreement's own "IST" is Israel Standard Time). One claim: the bracket restates the time.
  ("04_indiandefensenews.txt", "ceasefire-start", "4 AM local time on November 27 (7:30 AM IST)", 1, AT("2024-11-27T04:00+02:00"), None),
  ("04_indiandefensenews.txt", "implementation-period", "over a period of 60 days", 1, D(60, "day"), None),
  ("04_indiandefensenews.txt", "deploying-force", "Lebanese forces", 1, A("Lebanese Armed Forces"), None),
  # "pull its fighters back approximately 25 miles from the Israeli border": the pull-back distance
  ("04_indiandefensenews.txt", "litani-distance", "approximately 25 miles", 1, L(25, "mi", "ABOUT"), None),
  ("04_indiandefensenews.txt", "deploying-force", "Lebanese forces", 2, A("Lebanese Armed Forces"), None),
  # "committee involving the U.S. and France": names France as a member; "involving" does not say the U.S. chairs it
  ("04_indiandefensenews.txt", "mechanism-new-member", "France", 1, A("France"), None),
  # "Netanyahu ... repeated Israel's right to respond decisively to any violations": his stance, not the deal's terms
  ("04_indiandefensenews.txt", "deploying-force", "Lebanese troops", 1, A("Lebanese Armed Forces"), "Najib Mikati"),
  # "the army will redeploy" (Sleem): a bare "the army" in a text that also says "the Israeli army"; no claim.
  # "took effect early Wednesday": no publication date in the text, so no date can be read
  ("05_yenisafak.txt", "withdrawal-line", "Blue Line", 1, P("Blue Line"), None),
  ("05_yenisafak.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), None),
  ("05_yenisafak.txt", "implementation-period", "within a period that doesn't exceed 60 days", 1, D(60, "day", "UP_TO"), None),
  ("05_yenisafak.txt", "self-defence", "the right of both sides to self-defense", 1, AS(True), "Sleem"),
  ("05_yenisafak.txt", "deploying-force", "Lebanese army", 2, A("Lebanese Armed Forces"), "Lebanese army"),
  # the US official's 60-day period of Lebanese deployment is the same period as the withdrawal (clause 11: in parallel)
  ("06_nzherald_afp.txt", "implementation-period", "a 60-day period", 1, D(60, "day"), "US official"),
  ("06_nzherald_afp.txt", "deploying-force", "Lebanese military", 1, A("Lebanese Armed Forces"), "US official"),
  ("06_nzherald_afp.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), None),
  # "conducting patrols ... south of the Litani River": where the army patrols, not a statement of the zone's limit
  ("06_nzherald_afp.txt", "deploying-force", "Lebanese army", 2, A("Lebanese Armed Forces"), "Lebanese army source"),
  # "areas south of the river, some 30km (20 miles) from the border": one claim, the bracket is the conversion
  ("06_nzherald_afp.txt", "litani-distance", "some 30km (20 miles)", 1, L(30, "km", "ABOUT"), None),
  ("07_tbnisrael.txt", "deploying-force", "Lebanese Army", 1, A("Lebanese Armed Forces"), None),   # headline
  # "November 27, 2024" under the headline is the publication date, not a claim
  ("07_tbnisrael.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), "Maurice Sleem"),
  ("07_tbnisrael.txt", "lebanese-troops", "10,000 troops", 1, C(10000), "Maurice Sleem"),
  # "took effect earlier that morning": the morning of the Wednesday of the sentence before, 27 November (dateline)
  ("07_tbnisrael.txt", "ceasefire-start-day", "took effect earlier that morning", 1, DATE("2024-11-27"), None),
  ("07_tbnisrael.txt", "deploying-force", "Lebanese army", 2, A("Lebanese Armed Forces"), "Maurice Sleem"),
  ("07_tbnisrael.txt", "deploying-force", "Lebanese Armed Forces", 1, A("Lebanese Armed Forces"), None),
  # "The 60-day ceasefire agreement includes the withdrawal": the deal is not limited to 60 days; its only 60 days
  # are the withdrawal period, so the outlet's "60-day" is read as that period
  ("07_tbnisrael.txt", "implementation-period", "60-day", 1, D(60, "day"), None),
  ("07_tbnisrael.txt", "southern-area-limit", "Litani River", 1, P("Litani River"), None),
  # "27 Nov. 9:30 (UTC+3 MSK)": the page's own time stamp, not a claim
  ("08_vestnikkavkaza.txt", "ceasefire-start-day", "entered into force this morning", 1, DATE("2024-11-27"), None),
  ("08_vestnikkavkaza.txt", "ceasefire-start", "4:00 a.m. local time (2:00 a.m. GMT) on November 27", 1, AT("2024-11-27T04:00+02:00"), None),
  ("08_vestnikkavkaza.txt", "implementation-period", "60-day transition period", 1, D(60, "day"), None),
  ("08_vestnikkavkaza.txt", "deploying-force", "Lebanese army", 1, A("Lebanese Armed Forces"), None),
  ("08_vestnikkavkaza.txt", "southern-area-limit", "Litani River", 1, P("Litani River"), None),
  # "U.S.-brokered": the mediator; "U.S.-led oversight committee": the chair
  ("08_vestnikkavkaza.txt", "mechanism-chair", "U.S.-led", 1, A("United States"), None),
 ],
}

def find(text, quote, n, where):
    i = -1
    for _ in range(n):
        i = text.find(quote, i + 1)
        if i < 0:
            sys.exit(f"{where}: occurrence {n} of {quote!r} not found")
    return i

for slug, rows in GOLD.items():
    out = [f"# Gold claims for {slug}, written by hand before the extractor was run on these articles.",
           "# Generated by src/test/devset/gold.py from its readable table (judgement calls are commented there).",
           "claims:"]
    for file, facet, quote, n, value, who in rows:
        text = open(os.path.join(HERE, slug, "articles", file), encoding="utf-8").read()
        start = find(text, quote, n, f"{slug}/{file}")
        end = start + len(quote)
        out += [f"  - source: {file}", f"    facet: {facet}",
                f"    quote: {{exact: {json.dumps(quote)}, start: {start}, end: {end}}}",
                f"    value: {json.dumps(value)}", f"    attributedTo: {json.dumps(who)}"]
    open(os.path.join(HERE, slug, "claims.yaml"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(slug, len(rows), "claims")
