#!/usr/bin/env python3
"""Writes the text fixtures of tests/fixtures/import/ byte for byte (GBK, BOM, UTF-16 …).

Excel and WPS write these encodings; Node has no GBK encoder, so Python makes the bytes.
Run: python3 scripts/make_import_fixtures.py   (the XLSX fixtures: npx tsx scripts/makeImportXlsxFixtures.ts)
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'import'
OUT.mkdir(parents=True, exist_ok=True)


def write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)


# Excel "CSV (逗号分隔)" on Chinese Windows: GBK, no BOM, a title row, a blank row, names as headers,
# a unit in a header, units and full-width digits in cells, an unknown column, ambiguous cells.
write('wide-gbk-messy.csv', (
    '2023年一季度功能区擂台赛数据,,,,\r\n'
    ',,,,\r\n'
    '功能区,引进落地项目,重点推进项目总投资（亿元）,上合经贸综服平台上线企业,园区面积\r\n'
    '上合示范区,２３,"1,700亿元",1.5万家,12\r\n'
    '自贸片区,—,5452,10000家,3\r\n'
    '\r\n'
    '经开区,约30,3-5,900,\r\n'
).encode('gbk'))

# The same kind of GBK file without errors: importable once its conversions and notes are read.
write('wide-gbk-clean.csv', (
    '2023年一季度功能区数据,,,\r\n'
    '功能区,引进落地项目,上合经贸综服平台上线企业,园区面积\r\n'
    '上合示范区,２３,1.5万家,12\r\n'
    '自贸片区,—,"10,000家",3\r\n'
).encode('gbk'))

# Excel "CSV UTF-8": BOM, semicolons, indicator ids as headers, a unit row, U+2212 minus, percent.
write('wide-bom-semicolon.csv', ('\ufeff'
    'zone;key-project-investment;rd-institution-coverage;bank-loan-balance\r\n'
    '单位;万元;%;亿元\r\n'
    'hitech;５００,０００;10.19%;\u221212.5\r\n'
    'Jinjialing;1,234,567.5;８５％;4.5亿美元\r\n'
).encode('utf-8'))

# Excel "Unicode 文本": UTF-16LE with BOM, tab-separated, short names.
write('wide-utf16le.txt', b'\xff\xfe' + (
    '功能区\t引进落地项目\t产业基金总规模\r\n'
    '蓝谷\t15\t120亿元\r\n'
    '董家口\t8\t0.5万亿元\r\n'
).encode('utf-16-le'))

# Every kind of cell that must be refused, each with its reason.
write('wide-ambiguous.csv', (
    'zone,projects-introduced,key-project-investment,high-tech-enterprises,funds-in-place\n'
    'shanghe,230个以上,"1,7000",5 6,见附件\n'
    'ftz,3~5,4.5亿美元,"1,70",N/A,多出的一格\n'
    'nowhere,1,2,3,4\n'
    'shanghe,1,2,3,4\n'
).encode('utf-8'))

# An unknown column the user accepts as a new indicator (options in the expectation), a "序号"
# column that is ignored, accounting negatives and a (万元) header converted into 亿元.
write('wide-new-indicator.csv', (
    '序号,功能区,园区面积,引进项目总投资（万元）\n'
    '1,青岛高新区,"1,200",(35000)\n'
    '2,Rail Transit,８００,\n'
).encode('utf-8'))

# A long sheet with Chinese headers, a unit column, a new period, a duplicate and unknowns.
write('long-zh.csv', (
    '功能区,指标,期间,数值,单位,来源\n'
    '上合示范区,引进落地项目,2023Q1,41,个,一季度通报\n'
    '高新区,重点推进项目总投资,2023Q2,350000,万元,二季度通报\n'
    '上合示范区,引进落地项目,2023Q1,42,个,\n'
    '高新区,不存在的指标,2023Q1,1,,\n'
    '蓝谷,funds-in-place,明年,1,,\n'
).encode('gbk'))

# A long sheet with English headers, no period column (the chosen period applies), blank rows.
write('long-en-blank-rows.csv', (
    'zone,indicator,value\n'
    '\n'
    'etdz,projects-introduced,－7\n'
    '\n'
    'ETDZ,bank-loan-balance,"2,345.6"\n'
).encode('utf-8'))

# A quote that never closes.
write('wide-unterminated-quote.csv', (
    'zone,projects-introduced\n'
    'shanghe,"12\n'
    'ftz,3\n'
).encode('utf-8'))

write('bundle-broken.json', b'{\n  "format": "leitai-arena-bundle",\n  "version": 1,\n  "zones": [1, 2,]\n}\n')

write('bundle-wrong-format.json', json.dumps({'format': 'something-else', 'version': 1}).encode())

write('bundle-newer-version.json', json.dumps({'format': 'leitai-arena-bundle', 'version': 2}).encode())

TABLES = ['categories', 'zones', 'periods', 'indicators', 'facts', 'targets', 'texts', 'shortfalls',
          'judges', 'juryScores', 'pointEvents', 'scorecards']


def bundle(**tables):
    value = {'format': 'leitai-arena-bundle', 'version': 1,
             'meta': {'title': {'zh': '测试', 'en': 'Test'}, 'asOf': '2023-06-30', 'sources': []}}
    for table in TABLES:
        value[table] = tables.get(table, [])
    return value


ZONE = {'id': 'z1', 'name': {'zh': '一区', 'en': 'Zone one'}, 'shortName': {'zh': '一区', 'en': 'One'},
        'categoryId': 'c', 'color': '#123456'}
INDICATOR = {'id': 'i1', 'name': {'zh': '指标一', 'en': 'Indicator one'}, 'unit': '亿元',
             'direction': 'higher', 'kind': 'quantitative'}
PERIOD = {'id': '2023Q2', 'label': {'zh': '2023年二季度', 'en': '2023 Q2'}, 'start': '2023-04-01',
          'end': '2023-06-30'}
FACT = {'id': 'f1', 'zoneId': 'z1', 'indicatorId': 'i1', 'periodId': '2023Q2', 'value': 5,
        'source': {'sourceId': 's', 'text': 't'}}

# Prototype keys at two depths: dropped and reported, the rest imports.
proto = json.dumps(bundle(zones=[ZONE], indicators=[INDICATOR], periods=[PERIOD], facts=[FACT]), ensure_ascii=False, indent=1)
proto = proto.replace('"format"', '"__proto__": {"polluted": true},\n "format"', 1)
proto = proto.replace('"value": 5,', '"value": 5,\n   "constructor": {"prototype": {"x": 1}},', 1)
write('bundle-prototype-keys.json', proto.encode('utf-8'))

# References that point nowhere, a duplicate id and a non-number value.
bad_fact = dict(FACT, id='f2', zoneId='nowhere', value='5')
write('bundle-bad-rows.json', json.dumps(
    bundle(zones=[ZONE, ZONE], indicators=[INDICATOR], periods=[PERIOD], facts=[FACT, bad_fact]),
    ensure_ascii=False, indent=1).encode('utf-8'))
