#!/usr/bin/env python3
"""Writes the illustrative subject files of Examples/programme/ from the example subjects in
Examples/halls/ and Examples/online/. Run from the repository root:

    python3 Examples/programme/generate.py

The files it writes are committed; rerun it only to change the scenario below, then READ the diff.
Every file says it is illustrative. The scenario: the nine divisions of programme QY2022 report at
08-28, 09-28 and 12-28; 阳山县 (yangshan) misses the 09-28 report; 佛冈县 (fogang) regresses at
12-28 (its green-channel window closed and a kiosk software update removed the voice and elder
modes); 连山 (lianshan) does not report its portal at 12-28."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Examples", "programme")

DIVISIONS = [
    # id, zh, en, hall id, stage at each report (None: not reported), assessment days
    ("city", "市政务服务中心", "Municipal Government Service Centre", "city-hall", [1, 2, 2]),
    ("qingcheng", "清城区", "Qingcheng District", "qingcheng-hall", [0, 1, 2]),
    ("qingxin", "清新区", "Qingxin District", "qingxin-hall", [0, 1, 1]),
    ("yingde", "英德市", "Yingde City", "yingde-hall", [1, 2, 2]),
    ("lianzhou", "连州市", "Lianzhou City", "lianzhou-hall", [0, 0, 1]),
    ("fogang", "佛冈县", "Fogang County", "fogang-hall", [0, 2, "regressed"]),
    ("yangshan", "阳山县", "Yangshan County", "yangshan-hall", [0, None, 2]),
    ("lianshan", "连山壮族瑶族自治县", "Lianshan Zhuang and Yao Autonomous County", "lianshan-hall", [0, 1, 2]),
    ("liannan", "连南瑶族自治县", "Liannan Yao Autonomous County", "liannan-hall", [0, 1, 2]),
]
REPORTS = ["2022-08-28", "2022-09-28", "2022-12-28"]
# Assessed dates inside each reporting period (08-21..08-28, 09-01..09-28, 11-01..12-20), per division.
DAYS = [["2022-08-%02d" % (18 + i % 8) for i in range(9)],
        ["2022-09-%02d" % (14 + i) for i in range(9)],
        ["2022-11-%02d" % (28 + i) if i < 3 else "2022-12-%02d" % (i - 2) for i in range(9)]]
MISSING_SUBJECTS = {("lianshan", 2, "portal")}

# Before the retrofit (stage 0) these hall facts are not yet in place; stage 1 has put the services
# and supplies in place; stage 2 also the kiosks, staff and signs.
HALL_SERVICES = {"has_green_channel_window": "false", "green_channel_escort": "false", "booking_large_font": "false",
                 "convenience_lane": "false", "home_visit_service": "false", "home_visit_ledger": "false",
                 "midday_service": "false", "saturday_service": "false", "volunteer_service": "false",
                 "trained_volunteers": "0", "volunteer_tasks": "false", "instant_approval": "false",
                 "instant_approval_items": "0"}
HALL_SUPPLIES = {"reading_glasses": "false", "magnifiers": "false", "hearing_aids": "false",
                 "sign_language_translation_device": "false", "braille_guide": "false", "audio_guide": "false",
                 "large_print_guide": "false", "wheelchairs": "0"}
HALL_KIOSKS = {"read_aloud": "false", "voice_assistance": "false", "large_font_mode": "false", "simple_mode": "false",
               "elder_mode": "false", "care_mode": "false", "authorised_proxy": "false", "voice_mode": "false"}
HALL_STAFF = {"sign_language_interpreter": "false", "one_to_one_escort": "false", "smart_device_help": "false"}
HALL_SIGNS = {"standard_symbol": "false", "signed": "false"}
ONLINE_ELDER = {"has_elder_mode": "false", "elder_mode_entry_on_home": "false", "voice_reading": "false",
                "elder_mode_first_launch_prompt": "false", "elder_mode_entry_in_settings": "false",
                "font_size_adjustable": "false", "voice_reading_switch": "false"}
ONLINE_CONTENT = {"ads_in_elder_mode": "true", "screen_reader_compatible": "false", "booking_large_font": "false"}
ONLINE_FIXED = {"ads_in_elder_mode": "false", "proxy_by_relatives": "true", "close_button_position": "top-right",
                "body_font_size": "18 px", "elder_body_font_size": "20 px", "direct_entry_shortcut": "true"}
# What the complete retrofit (stage 2) also puts right in the hall template's last shortcomings.
HALL_FIXED = {"warning_paving_distance": "300 mm", "direction_signs": "true", "voice_mode": "true",
              "braille_interpreter": "true", "braille_display": "true", "care_mode": "true", "authorised_proxy": "true"}


def hall_changes(stage):
    if stage == 0:
        return {**HALL_SERVICES, **HALL_SUPPLIES, **HALL_KIOSKS, **HALL_STAFF, **HALL_SIGNS}
    if stage == 1:
        return {**HALL_KIOSKS, **HALL_STAFF, **HALL_SIGNS}
    if stage == "regressed":
        return {**HALL_FIXED, "has_green_channel_window": "false", "green_channel_escort": "false",
                "voice_assistance": "false", "elder_mode": "false", "care_mode": "false"}
    return dict(HALL_FIXED)


def online_changes(stage):
    if stage == 0:
        return {**ONLINE_ELDER, **ONLINE_CONTENT}
    if stage == 1:
        return dict(ONLINE_CONTENT)
    if stage == "regressed":
        return {**ONLINE_FIXED, "screen_reader_compatible": "false", "close_button_position": "other"}
    return dict(ONLINE_FIXED)


STAGE_WORDS = {0: ("改造前（建设准备阶段）", "before the retrofit (preparation phase)"),
               1: ("改造中（服务与物资已到位，自助机、人员、标识尚在改造）", "retrofit under way (services and supplies in place; kiosks, staff and signs not yet)"),
               2: ("改造完成", "retrofit complete"),
               "regressed": ("改造完成后部分倒退（绿色通道专窗撤并，自助机软件升级后语音、长辈模式失效）",
                             "partly regressed after the retrofit (green-channel window merged away; a kiosk software update removed voice and elder modes)")}


def mutate(text, changes):
    for key, value in changes.items():
        text = re.sub(r"^(\s+%s:) [^\n#]*?(\s*#[^\n]*)?$" % re.escape(key), r"\1 " + value, text, flags=re.M)
    return text


def rewrite(template, division, subject_id, name_zh, name_en, assessed, stage, kind_words):
    zh, en = division[1], division[2]
    text = open(os.path.join(ROOT, template), encoding="utf-8").read()
    body = text[re.search(r"^subject:", text, flags=re.M).start():]
    body = body.replace("英德市", zh).replace("yingde", division[0])
    body = re.sub(r"^  id: .*$", "  id: " + subject_id, body, count=1, flags=re.M)
    body = re.sub(r"^  name: .*$", '  name: {zh: "%s", en: "%s"}' % (name_zh, name_en), body, count=1, flags=re.M)
    body = re.sub(r"^  region: .*$", "  region: [清远市%s]" % ("" if division[0] == "city" else ", " + zh), body, count=1, flags=re.M)
    body = re.sub(r"^  assessed: .*$", "  assessed: " + assessed, body, count=1, flags=re.M)
    stage_zh, stage_en = STAGE_WORDS[stage]
    note = ('  note:\n    zh: "示例数据（虚构），非真实测评记录：%s，%s，%s评估。"\n    en: "Illustrative data (invented), not a real assessment: %s, %s, assessed on %s."\n'
            % (name_zh, stage_zh, assessed, name_en, stage_en, assessed))
    body = re.sub(r"^  note:\n(    (zh|en): .*\n)+", note, body, count=1, flags=re.M)
    body = mutate(body, hall_changes(stage) if kind_words == "hall" else online_changes(stage))
    header = ("# ILLUSTRATIVE: invented data for the rollup example of programme QY2022, not a real assessment.\n"
              "# Written by Examples/programme/generate.py from %s; %s at %s.\n" % (template, stage_en, assessed))
    return header + body


def main():
    for index, division in enumerate(DIVISIONS):
        did, zh, en, hall_id, stages = division
        for r, report in enumerate(REPORTS):
            stage = stages[r]
            if stage is None:
                continue
            assessed = DAYS[r][index]
            folder = os.path.join(OUT, did, report)
            os.makedirs(folder, exist_ok=True)
            city = did == "city"
            subjects = [
                ("hall", "Examples/halls/yingde-passing.yaml", hall_id, zh if city else zh + "政务服务中心",
                 en if city else en + " Government Service Centre"),
                ("service-app", "Examples/online/yingde-booking-app.yaml", did + "-service-app",
                 ("清远市" if city else zh) + "政务服务类应用", ("Qingyuan municipal" if city else en) + " government service app"),
                ("service-site", "Examples/online/yingde-website.yaml", did + "-service-site",
                 ("清远市" if city else zh) + "政务服务网站", ("Qingyuan municipal" if city else en) + " government service website"),
                ("portal", "Examples/online/yingde-website.yaml", did + "-portal",
                 "清远市人民政府门户网站" if city else zh + "人民政府门户网站",
                 "Qingyuan municipal government portal" if city else en + " government portal"),
            ]
            for role, template, sid, name_zh, name_en in subjects:
                if (did, r, role) in MISSING_SUBJECTS:
                    continue
                text = rewrite(template, division, sid, name_zh, name_en, assessed, stage, "hall" if role == "hall" else "online")
                if role == "service-site":
                    text = re.sub(r"^(\s+service_role:) portal.*$", r"\1 service", text, count=1, flags=re.M)
                with open(os.path.join(folder, role + ".yaml"), "w", encoding="utf-8") as f:
                    f.write(text)


if __name__ == "__main__":
    main()
