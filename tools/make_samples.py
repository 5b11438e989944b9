"""Writes the three fictional sample reports in samples/.

The States, people and figures are invented (ISO user-assigned codes XAA, XAB,
XAC). Run from the repository root: python3 tools/make_samples.py
"""
import json, re

QUESTIONS = json.load(open('/tmp/sections.json')) if False else None

def bi(en, ar):
    return {"en": en, "ar": ar}

PLAIN = re.compile(r"^[A-Za-z_\u0621-\u064A][\w .()/+@\u060C\u0600-\u06FF-]*$")
RESERVED = {"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "~"}

def scalar(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if PLAIN.match(v) and v not in RESERVED and not v.endswith(":") and ": " not in v:
        return v
    return json.dumps(v, ensure_ascii=False)

def emit(value, indent=0, out=None):
    pad = " " * indent
    for k, v in value.items():
        if isinstance(v, dict) and v:
            out.append(f"{pad}{k}:")
            emit(v, indent + 2, out)
        elif isinstance(v, list) and v and all(isinstance(x, str) and PLAIN.match(x) and " " not in x for x in v):
            out.append(f"{pad}{k}: [{', '.join(v)}]")
        elif isinstance(v, list) and v:
            out.append(f"{pad}{k}:")
            for item in v:
                if isinstance(item, dict):
                    sub = []
                    emit(item, indent + 4, sub)
                    sub[0] = pad + "  - " + sub[0][indent + 4:]
                    out.extend(sub)
                else:
                    out.append(f"{pad}  - {scalar(item)}")
        elif isinstance(v, list):
            out.append(f"{pad}{k}: []")
        elif isinstance(v, dict):
            out.append(f"{pad}{k}: {{}}")
        else:
            s = scalar(v)
            out.append(f"{pad}{k}:" + (f" {s}" if s != "" else ""))
    return out

def q(answer, details=None, **fields):
    d = {"answer": answer}
    d.update(fields)
    if details is not None:
        d["details"] = details
    return d

def write(path, header, report):
    lines = header + emit(report, 0, [])
    open(path, "w").write("\n".join(lines) + "\n")

HEADER = lambda name: [
    "# yaml-language-server: $schema=../schemas/poa-report.schema.json",
    f"# FICTIONAL STATE ({name}): a sample for training and tests. Every name, person,",
    "# figure and law in this file is invented. — دولة خيالية: نموذج للتدريب والاختبار.",
]

# ---------------------------------------------------------------- Aurelia (XAA)
aurelia = {
    "format": "poa-report/1",
    "state": {"iso3": "XAA", "name": bi("Republic of Aurelia", "جمهورية أوريليا")},
    "cycle": 2026,
    "period": {"from": "2024-01-01", "to": "2025-12-31"},
    "submitted": "2026-03-31",
    "languages": ["en", "ar"],
    "contacts": [
        {"id": "mfa-disarmament", "salutation": "Ms.", "name": "Lina Haddad",
         "title": bi("Director, Disarmament Division", "مديرة شعبة نزع السلاح"),
         "organisation": bi("Ministry of Foreign Affairs", "وزارة الخارجية"),
         "email": "disarmament@mfa.aurelia.example", "phone": "+999 1 000 1000",
         "address": bi("1 Harbour Road, Aurelia City", "1 طريق الميناء، مدينة أوريليا")},
        {"id": "police-armoury", "salutation": "Mr.", "name": "Omar Saleh",
         "title": bi("Head, National Firearms Registry", "رئيس السجل الوطني للأسلحة النارية"),
         "organisation": bi("National Police", "الشرطة الوطنية"),
         "email": "registry@police.aurelia.example", "phone": "+999 1 000 2000"},
        {"id": "customs-risk", "name": "Maya Noor",
         "organisation": bi("Customs Authority", "هيئة الجمارك"),
         "email": "risk@customs.aurelia.example"},
    ],
    "points_of_contact": {"poa": "mfa-disarmament", "iti": "police-armoury", "firearms_protocol": "police-armoury"},
    "sections": {
        "national_coordination": {
            "coordination_body": q("yes", bi("The National Small Arms Commission meets every quarter, chaired by the Ministry of Foreign Affairs.",
                                              "تجتمع اللجنة الوطنية للأسلحة الصغيرة كل ثلاثة أشهر برئاسة وزارة الخارجية."),
                                   agencies=["foreign_affairs", "defence", "interior", "police", "customs", "justice", "civil_society"],
                                   name=bi("National Small Arms Commission", "اللجنة الوطنية للأسلحة الصغيرة"),
                                   address=bi("1 Harbour Road, Aurelia City", "1 طريق الميناء، مدينة أوريليا"),
                                   contact="mfa-disarmament",
                                   composition={"women": 5, "men": 7}),
            "civil_society_involved": q("yes", bi("Two national NGOs sit on the Commission as observers.", "تشارك منظمتان وطنيتان غير حكوميتين في اللجنة بصفة مراقب.")),
            "national_action_plan": q("yes", bi("National Action Plan 2023–2027.", "خطة العمل الوطنية للفترة 2023-2027."), adopted=2023, valid_until=2027, document="https://mfa.aurelia.example/nap-2023-2027.pdf"),
            "national_targets": q("yes", bi("Twelve targets, among them marking all police weapons by 2027.", "اثنا عشر هدفا، منها وسم جميع أسلحة الشرطة بحلول عام 2027.")),
            "implementation_assessment": q("partially", bi("A mid-term review is under way.", "يجري استعراض منتصف المدة.")),
            "women_participation": q("yes", bi("Women make up 40 per cent of the Commission.", "تشكل النساء 40 في المائة من أعضاء اللجنة.")),
        },
        "legislation_and_offences": {
            "instruments": q("yes", instruments=[
                {"area": "manufacture", "title": "Arms and Ammunition Act 2019", "title_en": "Arms and Ammunition Act 2019", "date": "2019-05-14",
                 "description": bi("Licensing of manufacturers and marking at manufacture.", "ترخيص الصانعين والوسم عند الصنع."),
                 "link": "https://laws.aurelia.example/arms-2019"},
                {"area": "export", "title": "Strategic Goods (Export) Regulation 2021", "date": "2021-02-01",
                 "description": bi("Export licences assessed against national criteria.", "تقييم تراخيص التصدير وفق معايير وطنية.")},
                {"area": "brokering", "title": "Arms Brokering Order 2022", "date": "2022-09-30"},
            ]),
            "control_manufacture": q("yes"), "control_export": q("yes"), "control_import": q("yes"),
            "control_transit": q("yes"), "control_retransfer": q("yes"),
            "criminal_offences": q("yes", bi("Up to 15 years' imprisonment for illicit trafficking.", "السجن مدة تصل إلى 15 سنة على الاتجار غير المشروع.")),
            "illicit_actors_identified": q("yes"), "illicit_financing_addressed": q("partially"),
            "embargo_measures": q("yes"), "laws_public": q("yes"),
        },
        "manufacture": {
            "domestic_manufacture": q("yes", bi("Three licensed manufacturers of pistols and rifles.", "ثلاثة صانعين مرخص لهم للمسدسات والبنادق."), count=3),
            "licensing_required": q("yes"), "craft_production": q("partially"), "privately_made_firearms": q("yes"),
            "three_d_printing": q("yes", bi("Possessing files to print firearms is an offence since 2024.", "تُعد حيازة ملفات طباعة الأسلحة النارية جريمة منذ عام 2024.")),
            "polymer_weapons": q("yes"), "modular_designs": q("partially"), "deactivation_standards": q("yes"),
        },
        "marking": {
            "at_manufacture": q("yes", bi("Serial number, manufacturer and country on frame and barrel.", "الرقم التسلسلي واسم الصانع وبلد الصنع على الهيكل والماسورة."),
                                methods=["stamping", "laser_engraving"]),
            "unique_marking_elements": q("yes"),
            "on_import": q("yes", bi("Country code XAA and the year of import.", "رمز البلد XAA وسنة الاستيراد."), methods=["laser_engraving"]),
            "transfer_to_civilian_use": q("yes"), "state_held_weapons": q("yes"), "tamper_resistance": q("partially"),
            "illicit_weapons_found": q("yes"), "marking_characteristics": q("yes"), "unmarked_weapons_prevented": q("yes"),
        },
        "record_keeping": {
            "records_kept": q("yes"),
            "manufacture_retention": q("yes", years=50), "other_retention": q("yes", years=30),
            "central_register": q("yes", bi("An electronic register run by the National Police.", "سجل إلكتروني تديره الشرطة الوطنية.")),
            "closed_business_records": q("yes"), "state_holdings_records": q("yes"),
        },
        "tracing": {
            "procedures": q("yes"),
            "requests": q("yes", bi("Most requests concerned pistols seized at the border.", "تعلقت معظم الطلبات بمسدسات ضُبطت على الحدود."),
                          sent=42, received=17, answered=15, answered_in_time=12),
            "obstacles": q("partially", bi("Some requests lacked the serial number.", "افتقرت بعض الطلبات إلى الرقم التسلسلي.")),
            "state_holdings_traceable": q("yes"), "interpol_iarms": q("yes"), "interpol_notices": q("yes"),
            "seized_and_traced": q("yes", seized=1240, traced=310),
        },
        "stockpile_management": {
            "standards_and_procedures": q("yes"), "physical_security": q("yes"), "inventory_management": q("yes"),
            "personnel_training": q("yes"), "regular_review": q("yes"),
            "diversion_from_stockpiles": q("yes", bi("One theft from a police station, recovered.", "سرقة واحدة من مركز للشرطة، واسترُدت الأسلحة."),
                                           incidents=1, lessons=bi("Double locks in all police armouries.", "أقفال مزدوجة في جميع مستودعات أسلحة الشرطة.")),
        },
        "surplus_and_destruction": {
            "surplus_identified": q("yes"), "surplus_secured": q("yes"),
            "surplus_destroyed": q("yes", weapons=5300, ammunition_rounds=120000, methods=["cutting", "smelting"]),
            "seized_destroyed": q("yes", weapons=1870, methods=["crushing"]),
            "other_disposal_marked": q("yes"), "weapons_collected": q("yes", count=2150),
        },
        "transfers": {
            "export_criteria": q("yes"), "export_controls": q("yes"), "end_user_certificates": q("yes"),
            "end_user_verification": q("partially"), "retransfer_notification": q("yes"), "import_controls": q("yes"),
            "transit_controls": q("yes"), "export_denials": q("yes", count=4),
            "diversion_in_transfers": q("no"),
        },
        "brokering": {"regulated": q("yes"), "registration": q("yes"), "licensing": q("yes"), "penalties": q("yes"), "international_cooperation": q("partially")},
        "border_controls": {"measures": q("yes"), "customs_cooperation": q("yes"), "risk_analysis": q("yes"), "seizures_at_borders": q("yes", count=96)},
        "regional_and_global": {
            "regional_point_of_contact": q("yes", contact="customs-risk"),
            "regional_instruments": q("yes"), "regional_mechanisms": q("yes"), "embargo_cooperation": q("yes"), "interpol_cooperation": q("yes"),
        },
        "ammunition": {
            "covered_by_law": q("yes"), "marking": q("partially"), "records": q("partially"),
            "stockpile_safety": q("partially", bi("Two depots are being brought up to international guidelines.", "يجري تحديث مستودعين وفق المبادئ التوجيهية الدولية.")),
            "destroyed": q("yes", count=120000), "global_framework": q("partially"),
        },
        "gender_and_disaggregated_data": {
            "gender_mainstreamed": q("yes"), "data_collection": q("yes"),
            "victims": q("yes", total=212, by_sex={"female": 31, "male": 181}, by_age={"under_18": 14, "from_18_to_29": 96, "from_30_to_59": 90, "from_60": 12}, with_disability=6),
            "personnel_trained": q("yes", total=540, by_sex={"female": 160, "male": 380}),
            "persons_prosecuted": q("yes", total=88, by_sex={"female": 5, "male": 83}),
        },
        "international_cooperation": {
            "assistance_needed": q("yes", needs=[
                {"area": "ammunition", "priority": "medium", "description": bi("Training of depot staff in ammunition safety.", "تدريب موظفي المستودعات على سلامة الذخيرة.")},
            ]),
            "assistance_offered": q("yes", offers=[
                {"area": "marking", "description": bi("Loan of a laser marking machine and trainers.", "إعارة آلة وسم بالليزر ومدربين.")},
                {"area": "tracing", "description": bi("Tracing workshops for the region.", "حلقات عمل إقليمية بشأن التعقب.")},
            ]),
            "assistance_received": q("no"),
            "assistance_provided": q("yes", records=[
                {"partner": "XAB", "area": "marking", "description": bi("Marking machine and training.", "آلة وسم وتدريب."), "amount_usd": 85000},
            ]),
            "tracing_cooperation": q("yes"), "information_exchange": q("yes"),
        },
        "awareness_and_ddr": {"public_awareness": q("yes"), "ddr_programmes": q("not_applicable"), "children_affected": q("not_applicable")},
        "additional_information": {
            "executive_summary": {"text": bi("Aurelia completed the marking of police weapons and destroyed 7,170 weapons in 2024–2025.",
                                            "أنجزت أوريليا وسم أسلحة الشرطة ودمرت 7170 سلاحا في الفترة 2024-2025.")},
            "sdg_16_4": q("yes"), "darknet": q("partially"),
            "other": {"text": bi("None.", "لا شيء.")},
        },
    },
}

# ---------------------------------------------------------------- Borealis (XAB)
borealis = json.loads(json.dumps(aurelia))
borealis.update({
    "state": {"iso3": "XAB", "name": bi("Kingdom of Borealis", "مملكة بورياليس")},
    "submitted": "2026-04-20",
    "languages": ["ar", "en"],
    "contacts": [
        {"id": "mission-ny", "name": "Karim Al-Tahir",
         "title": bi("Counsellor", "مستشار"), "organisation": bi("Permanent Mission in New York", "البعثة الدائمة في نيويورك"),
         "email": "mission@borealis.example"},
        {"id": "interior-arms", "name": "Salma Yusuf",
         "organisation": bi("Ministry of Interior, Arms Licensing Department", "وزارة الداخلية، إدارة تراخيص الأسلحة"),
         "phone": "+999 2 555 0101"},
    ],
    "points_of_contact": {"poa": "mission-ny", "iti": "interior-arms", "firearms_protocol": "interior-arms"},
})
s = borealis["sections"]
s["national_coordination"]["coordination_body"] = q("partially", bi("An inter-ministerial committee meets twice a year.", "تجتمع لجنة مشتركة بين الوزارات مرتين في السنة."), agencies=["interior", "defence", "customs", "police"])
s["national_coordination"]["civil_society_involved"] = q("no")
s["national_coordination"]["national_action_plan"] = q("no")
s["national_coordination"]["national_targets"] = q("no")
s["national_coordination"]["implementation_assessment"] = q("no")
s["manufacture"] = {k: q("not_applicable") for k in aurelia["sections"]["manufacture"]}
s["manufacture"]["domestic_manufacture"] = q("no", bi("There is no manufacture of small arms in Borealis.", "لا يوجد تصنيع للأسلحة الصغيرة في بورياليس."))
s["manufacture"]["licensing_required"] = q("yes")
s["manufacture"]["craft_production"] = q("unknown")
s["marking"]["at_manufacture"] = q("not_applicable")
s["marking"]["unique_marking_elements"] = q("not_applicable")
s["marking"]["tamper_resistance"] = q("not_applicable")
s["marking"]["on_import"] = q("partially", bi("Imported weapons are marked on arrival when the exporter has not done so.", "توسم الأسلحة المستوردة عند وصولها إذا لم يسمها المصدر."), methods=["stamping"])
s["marking"]["state_held_weapons"] = q("partially")
s["record_keeping"]["manufacture_retention"] = q("not_applicable")
s["record_keeping"]["other_retention"] = q("yes", years=20)
s["record_keeping"]["central_register"] = q("no")
s["tracing"]["requests"] = q("yes", sent=3, received=5, answered=5, answered_in_time=3)
s["tracing"]["obstacles"] = q("yes", bi("Records kept on paper slow down answers.", "يؤدي حفظ السجلات ورقيا إلى إبطاء الردود."))
s["tracing"]["interpol_iarms"] = q("no")
s["tracing"]["seized_and_traced"] = q("yes", seized=75, traced=9)
s["stockpile_management"]["inventory_management"] = q("partially")
s["stockpile_management"]["personnel_training"] = q("partially")
s["stockpile_management"]["diversion_from_stockpiles"] = q("no")
s["surplus_and_destruction"]["surplus_destroyed"] = q("no")
s["surplus_and_destruction"]["seized_destroyed"] = q("yes", weapons=140, methods=["cutting"])
s["surplus_and_destruction"]["weapons_collected"] = q("yes", count=60)
s["transfers"]["export_criteria"] = q("not_applicable")
s["transfers"]["export_denials"] = q("not_applicable")
s["transfers"]["end_user_verification"] = q("no")
s["legislation_and_offences"]["instruments"] = q("yes", instruments=[
    {"area": "import", "title": "قانون الأسلحة والذخائر لعام 2015", "title_en": "Arms and Ammunition Law 2015", "date": "2015-11-02",
     "description": bi("Import licences and possession permits.", "تراخيص الاستيراد وتصاريح الحيازة.")},
])
s["legislation_and_offences"]["illicit_financing_addressed"] = q("no")
s["brokering"] = {"regulated": q("no"), "registration": q("no"), "licensing": q("no"), "penalties": q("no"), "international_cooperation": q("no")}
s["border_controls"]["risk_analysis"] = q("partially")
s["border_controls"]["seizures_at_borders"] = q("yes", count=12)
s["regional_and_global"]["regional_point_of_contact"] = q("yes", contact="interior-arms")
s["ammunition"] = {"covered_by_law": q("yes"), "marking": q("no"), "records": q("partially"), "stockpile_safety": q("partially"), "destroyed": q("no"), "global_framework": q("unknown")}
s["gender_and_disaggregated_data"] = {
    "gender_mainstreamed": q("partially"), "data_collection": q("partially"),
    "victims": q("yes", total=40, by_sex={"female": 6, "male": 30, "other": 4}),
    "personnel_trained": q("yes", total=35, by_sex={"female": 8, "male": 27}),
    "persons_prosecuted": q("unknown"),
}
s["international_cooperation"] = {
    "assistance_needed": q("yes", bi("Priority is an electronic register.", "الأولوية لإنشاء سجل إلكتروني."), needs=[
        {"area": "record_keeping", "priority": "high", "description": bi("An electronic register of firearms and training of staff.", "سجل إلكتروني للأسلحة النارية وتدريب الموظفين.")},
        {"area": "stockpile_management", "priority": "medium", "description": bi("Secure storage for two regional police depots.", "تخزين آمن لمستودعين إقليميين للشرطة.")},
        {"area": "brokering", "priority": "low", "description": bi("Drafting brokering legislation.", "صياغة تشريعات بشأن السمسرة.")} if False else
        {"area": "legislation", "priority": "low", "description": bi("Drafting brokering legislation.", "صياغة تشريعات بشأن السمسرة.")},
    ]),
    "assistance_offered": q("no"),
    "assistance_received": q("yes", records=[
        {"partner": "XAA", "area": "marking", "description": bi("Marking machine and training.", "آلة وسم وتدريب."), "amount_usd": 85000},
    ]),
    "assistance_provided": q("no"),
    "tracing_cooperation": q("yes"), "information_exchange": q("partially"),
}
s["awareness_and_ddr"] = {"public_awareness": q("partially"), "ddr_programmes": q("not_applicable"), "children_affected": q("not_applicable")}
s["additional_information"] = {
    "executive_summary": {"text": bi("Borealis imports all its small arms and asks for help to computerise its records.",
                                     "تستورد بورياليس جميع أسلحتها الصغيرة وتطلب المساعدة في حوسبة سجلاتها.")},
    "sdg_16_4": q("partially"), "darknet": q("unknown"), "other": {"text": bi("Borealis welcomes offers of assistance for its register.", "ترحب بورياليس بعروض المساعدة لإنشاء سجلها.")},
}

# ---------------------------------------------------------------- Caldera (XAC)
caldera = json.loads(json.dumps(aurelia))
caldera.update({
    "state": {"iso3": "XAC", "name": bi("Federal Republic of Caldera", "جمهورية كالديرا الاتحادية")},
    "submitted": "2026-05-02",
    "contacts": [
        {"id": "nat-commission", "name": "Dr. Amal Rahman",
         "title": bi("Executive Secretary", "الأمينة التنفيذية"),
         "organisation": bi("National Commission on Small Arms and DDR", "اللجنة الوطنية المعنية بالأسلحة الصغيرة ونزع السلاح والتسريح وإعادة الإدماج"),
         "email": "secretariat@ncsa.caldera.example", "phone": "+999 3 222 0000",
         "address": bi("12 Unity Avenue, Port Caldera", "12 شارع الوحدة، بورت كالديرا")},
        {"id": "police-tracing", "name": "Insp. Hassan Idris",
         "organisation": bi("Federal Police, Tracing Unit", "الشرطة الاتحادية، وحدة التعقب"),
         "email": "tracing@police.caldera.example"},
    ],
    "points_of_contact": {"poa": "nat-commission", "iti": "nat-commission", "firearms_protocol": None},
})
s = caldera["sections"]
s["national_coordination"]["coordination_body"]["contact"] = "nat-commission"
s["national_coordination"]["coordination_body"]["name"] = bi("National Commission on Small Arms and DDR", "اللجنة الوطنية المعنية بالأسلحة الصغيرة ونزع السلاح والتسريح وإعادة الإدماج")
s["national_coordination"]["coordination_body"]["address"] = bi("12 Unity Avenue, Port Caldera", "12 شارع الوحدة، بورت كالديرا")
s["national_coordination"]["coordination_body"]["composition"] = {"women": 3, "men": 9}
s["manufacture"]["domestic_manufacture"] = q("no")
s["manufacture"]["craft_production"] = q("partially", bi("Craft workshops in the north make shotguns; a registration drive started in 2025.", "تصنع ورش حرفية في الشمال بنادق صيد؛ وبدأت حملة لتسجيلها في عام 2025."))
s["manufacture"]["three_d_printing"] = q("no")
s["manufacture"]["polymer_weapons"] = q("no")
s["manufacture"]["modular_designs"] = q("no")
s["manufacture"]["privately_made_firearms"] = q("partially")
s["manufacture"]["deactivation_standards"] = q("no")
s["marking"]["at_manufacture"] = q("not_applicable")
s["marking"]["unique_marking_elements"] = q("not_applicable")
s["marking"]["tamper_resistance"] = q("not_applicable")
s["marking"]["state_held_weapons"] = q("partially", bi("About 60 per cent of army weapons carry a national mark.", "يحمل نحو 60 في المائة من أسلحة الجيش علامة وسم وطنية."))
s["marking"]["on_import"] = q("partially", methods=["dot_peen"])
s["record_keeping"]["manufacture_retention"] = q("not_applicable")
s["record_keeping"]["other_retention"] = q("yes", years=25)
s["record_keeping"]["central_register"] = q("partially")
s["tracing"]["requests"] = q("yes", sent=11, received=2, answered=1, answered_in_time=1)
s["tracing"]["seized_and_traced"] = q("yes", seized=3400, traced=120)
s["stockpile_management"]["physical_security"] = q("partially")
s["stockpile_management"]["inventory_management"] = q("partially")
s["stockpile_management"]["diversion_from_stockpiles"] = q("yes", bi("Three depots were looted during unrest in 2024.", "نُهبت ثلاثة مستودعات أثناء الاضطرابات في عام 2024."),
    incidents=3, lessons=bi("Depots moved inside army bases.", "نُقلت المستودعات إلى داخل القواعد العسكرية."))
s["surplus_and_destruction"]["surplus_destroyed"] = q("yes", weapons=9000, methods=["burning", "cutting"])
s["surplus_and_destruction"]["seized_destroyed"] = q("yes", weapons=2600, methods=["cutting"])
s["surplus_and_destruction"]["weapons_collected"] = q("yes", count=14500)
s["transfers"]["export_criteria"] = q("not_applicable")
s["transfers"]["export_denials"] = q("not_applicable")
s["transfers"]["diversion_in_transfers"] = q("unknown")
s["border_controls"]["risk_analysis"] = q("no")
s["border_controls"]["seizures_at_borders"] = q("yes", count=410)
s["regional_and_global"]["regional_point_of_contact"] = q("yes", contact="nat-commission")
s["ammunition"] = {"covered_by_law": q("partially"), "marking": q("no"), "records": q("no"), "stockpile_safety": q("no"), "destroyed": q("yes", count=350000), "global_framework": q("partially")}
s["gender_and_disaggregated_data"]["victims"] = q("yes", total=1310, by_sex={"female": 290, "male": 1020}, by_age={"under_18": 240, "from_18_to_29": 610, "from_30_to_59": 400, "from_60": 60})
s["international_cooperation"] = {
    "assistance_needed": q("yes", needs=[
        {"area": "stockpile_management", "priority": "high", "description": bi("Rebuilding three armouries to international standards.", "إعادة بناء ثلاثة مستودعات أسلحة وفق المعايير الدولية.")},
        {"area": "ammunition", "priority": "high", "description": bi("Disposal of unstable ammunition near towns.", "التخلص من الذخيرة غير المستقرة القريبة من المدن.")},
        {"area": "ddr", "priority": "medium", "description": bi("Reintegration support for 4,000 former combatants.", "دعم إعادة إدماج 4000 مقاتل سابق.")},
        {"area": "marking", "priority": "medium", "description": bi("Marking equipment for army weapons.", "معدات وسم لأسلحة الجيش.")},
    ]),
    "assistance_offered": q("no"),
    "assistance_received": q("yes", records=[
        {"partner": "UNDP", "area": "ddr", "description": bi("Community weapons collection.", "جمع الأسلحة على مستوى المجتمعات المحلية."), "amount_usd": 1200000},
        {"partner": "XAA", "area": "tracing", "description": bi("Tracing workshop.", "حلقة عمل بشأن التعقب.")},
    ]),
    "assistance_provided": q("no"),
    "tracing_cooperation": q("partially"), "information_exchange": q("partially"),
}
s["awareness_and_ddr"] = {
    "public_awareness": q("yes", bi("Radio campaign in four languages.", "حملة إذاعية بأربع لغات.")),
    "ddr_programmes": q("yes", bi("Weapons for development programme in three provinces.", "برنامج الأسلحة مقابل التنمية في ثلاث مقاطعات."), count=14500),
    "children_affected": q("partially"),
}
s["additional_information"]["executive_summary"] = {"text": bi("Caldera is rebuilding its stockpile security after the 2024 unrest and collected 14,500 weapons.",
                                                              "تعيد كالديرا بناء أمن مخزوناتها بعد اضطرابات عام 2024 وجمعت 14500 سلاح.")}
s["additional_information"]["darknet"] = q("no")

write("samples/xaa-aurelia-2026.yaml", HEADER("Aurelia"), aurelia)
write("samples/xab-borealis-2026.yaml", HEADER("Borealis"), borealis)
write("samples/xac-caldera-2026.yaml", HEADER("Caldera"), caldera)
