import json,sys,csv,re,unicodedata
t=json.load(open(sys.argv[1])); s=json.load(open(sys.argv[2]))
rows=list(csv.DictReader(open(sys.argv[3]+'/subjects.csv',encoding='utf-8-sig')))
P={p['id']:p for p in t['people']}
def np(x): return re.sub(r'[^\d+]','',unicodedata.normalize('NFKC',x))
for pid in s['subjects']['missed_people']:
    p=P[pid]; em=set(e.lower() for e in p['emails']); ph=set(p['phones'])
    cand=[r for r in rows if em & set(x.strip().lower() for x in r['emails'].split(';')) or ph & set(np(x) for x in r['phones'].split(';') if x)]
    if not em and not ph: cand=[r for r in rows if r['name'] and sorted(unicodedata.normalize('NFKC',r['name']).casefold().split())==sorted(unicodedata.normalize('NFKC',p['name']).casefold().split())]
    print(pid,p['name'],p['data_elements'],'|', [ (r['name'],r['data_elements']) for r in cand] or 'NO ROW')
