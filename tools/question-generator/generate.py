#!/usr/bin/env python3
"""An independent question generator for BeritaBot's generated knowledge.

Reads a knowledge folder written by `generate-knowledge`, samples cards and writes an
eval TSV (`category<TAB>expected<TAB>question`) with questions written the way chat users
type them: `chat` (shorthand, dropped vowels), `typo` (a formal question with one or two
slips of the fingers), `english`, and `none` (look-alikes that no card answers).

Questions are built from each card's title and body (the facts), never from its
`questions:` phrasings; a question too close to one of them is thrown away and written
again. Standard library only; the same folder and seed always give the same file.

    python3 generate.py --knowledge DIR [--seed 7] [--cards 150] [--out FILE]
"""

import argparse
import glob
import os
import random
import re
import sys

# ---------------------------------------------------------------------------
# Reading the knowledge folder (a small subset of YAML: what cards use)
# ---------------------------------------------------------------------------


def _unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), inner)
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _flow_list(value):
    inner = value.strip()[1:-1]
    items, cur, quote = [], '', None
    for ch in inner:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
        elif ch in '"\'':
            quote = ch
            cur += ch
        elif ch == ',':
            items.append(_unquote(cur))
            cur = ''
        else:
            cur += ch
    if cur.strip():
        items.append(_unquote(cur))
    return [i for i in items if i]


def parse_front_matter(text):
    """Returns (fields, body). Scalars, flow lists, block lists and block scalars (>, |)."""
    text = text.lstrip('\ufeff')
    if not text.startswith('---'):
        return {}, text
    parts = re.split(r'^---[ \t]*$', text, maxsplit=2, flags=re.M)
    if len(parts) < 3:
        return {}, text
    lines = parts[1].split('\n')
    body = parts[2].strip()
    fields = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^([A-Za-z_][\w-]*):(.*)$', line)
        if not m:
            i += 1
            continue
        key, rest = m.group(1), re.sub(r'\s+#.*$', '', m.group(2)).strip() if not m.group(2).strip().startswith(('"', "'")) else m.group(2).strip()
        i += 1
        if rest in ('', '|', '>', '|-', '>-', '|+', '>+'):
            block = []
            while i < len(lines) and (lines[i].startswith((' ', '\t')) or lines[i].strip() == ''):
                block.append(lines[i])
                i += 1
            items = [b.strip() for b in block if b.strip()]
            if rest == '' and items and all(it.startswith('- ') or it == '-' for it in items):
                fields[key] = [_unquote(re.sub(r'\s+#.*$', '', it[1:].strip()) if not it[1:].strip().startswith(('"', "'")) else it[1:].strip()) for it in items]
            elif rest.startswith('|'):
                fields[key] = '\n'.join(items)
            else:
                fields[key] = ' '.join(items)
        elif rest.startswith('['):
            fields[key] = _flow_list(rest)
        else:
            fields[key] = _unquote(rest)
    return fields, body


# ---------------------------------------------------------------------------
# The facts: one pattern per kind of generated card (Indonesian body, English answer)
# ---------------------------------------------------------------------------

ID_PATTERNS = {
    'bencana': r'^(?P<type>.+?) melanda (?P<city>.+?) pada (?P<date>\d+ \w+ (?P<year>\d{4}))\. Sebanyak (?P<dead>[\d.]+) orang meninggal dunia dan (?P<disp>[\d.]+) warga mengungsi\b',
    'kesepakatan': r'^(?P<co>PT .+?) dan mitra dari (?P<country>.+?) menandatangani kesepakatan (?P<sector>.+?) senilai (?P<usd>[\d.]+) juta dolar AS \(sekitar Rp (?P<idr>[\d,]+) triliun\) pada (?P<date>\d+ \w+ (?P<year>\d{4}))\.',
    'kunjungan': r'^(?P<person>.+?), (?P<role>.+?), berkunjung ke (?P<country>.+?) pada (?P<date>\d+ \w+ (?P<year>\d{4})) untuk memperkuat kerja sama (?P<sector>.+?) dan bertemu\b',
    'laba': r'^(?P<co>PT .+?) membukukan laba bersih Rp (?P<profit>[\d.]+) miliar sepanjang (?P<year>\d{4}), (?P<dir>naik|turun) (?P<pct>\d+) persen dari tahun sebelumnya, dengan pendapatan Rp (?P<rev>[\d.]+) miliar\.',
    'penunjukan': r'^(?P<person>.+?) ditunjuk sebagai (?P<position>.+?) pada (?P<date>\d+ \w+ (?P<year>\d{4}))\. Sebelumnya ia dikenal sebagai (?P<prev>.+?)\.',
    'pertemuan': r'^(?P<a>.+?), (?P<arole>.+?), bertemu dengan (?P<b>.+?), (?P<brole>.+?), di (?P<city>.+?) pada (?P<date>\d+ \w+ (?P<year>\d{4})) untuk membahas kerja sama (?P<sector>.+?)\.',
    'proyek': r'^Pembangunan (?P<proj>.+?) ditargetkan selesai pada (?P<target>\w+ \d{4}) dengan biaya sekitar Rp (?P<cost>[\d,]+) triliun\. Menurut (?P<src>.+?), (?P<srcrole>.+?), progresnya telah mencapai (?P<pct>\d+) persen\.',
    'unjuk-rasa': r'^Sekitar (?P<n>[\d.]+) (?P<group>.+?) berunjuk rasa di (?P<city>.+?) pada (?P<date>\d+ \w+ (?P<year>\d{4})) untuk menuntut (?P<demand>.+?)\.',
}

EN_PATTERNS = {
    'bencana': r'^The (?P<type>.+?) hit ',
    'kesepakatan': r' and partners from (?P<country>.+?) signed an? (?:the )?(?P<sector>.+?) agreement worth ',
    'kunjungan': r'^.+?, (?:an? |the )?(?P<role>.+?), visited (?P<country>.+?) on .+? to strengthen cooperation on (?:the )?(?P<sector>.+?) and meet',
    'laba': r'^.',
    'penunjukan': r'^.+? was appointed (?P<position>.+?) on .+?\. Before that, .+? was known as (?:an? |the )?(?P<prev>.+?)\.',
    'pertemuan': r'^.+?, (?:an? |the )?(?P<arole>.+?), met .+?, (?:an? |the )?(?P<brole>.+?), in .+? on .+? to discuss cooperation on (?:the )?(?P<sector>.+?)\.',
    'proyek': r'^The (?P<proj>.+?) is due to be completed in ',
    'unjuk-rasa': r'^About [\d,]+ (?P<group>.+?) protested in ',
}

ROUTE_TYPES = ['jalan tol', 'jalur kereta api', 'jalur bus listrik']
DINAS = {
    'Dinas Kesehatan': ['kadinkes', 'kepala dinkes', 'kadis kesehatan', 'kepala dinas kesehatan'],
    'Dinas Pendidikan': ['kadisdik', 'kepala disdik', 'kadis pendidikan', 'kepala dinas pendidikan'],
    'Dinas Perhubungan': ['kadishub', 'kepala dishub', 'kadis perhubungan'],
    'Dinas Pekerjaan Umum': ['kadis PU', 'kepala dinas PU', 'kepala dinas pekerjaan umum'],
    'Dinas Pariwisata': ['kadispar', 'kepala dispar', 'kadis pariwisata', 'kepala dinas pariwisata'],
    'Badan Penanggulangan Bencana Daerah': ['kepala BPBD', 'kepala bpbd', 'ketua BPBD'],
}
FORMAL_DINAS = {
    'Dinas Kesehatan': ['Kepala Dinas Kesehatan'],
    'Dinas Pendidikan': ['Kepala Dinas Pendidikan'],
    'Dinas Perhubungan': ['Kepala Dinas Perhubungan'],
    'Dinas Pekerjaan Umum': ['Kepala Dinas Pekerjaan Umum', 'Kepala Dinas PU'],
    'Dinas Pariwisata': ['Kepala Dinas Pariwisata'],
    'Badan Penanggulangan Bencana Daerah': ['Kepala Badan Penanggulangan Bencana Daerah', 'Kepala BPBD'],
}
PT_ROLES = {
    'direktur utama': ['dirut', 'dirut', 'direktur utama'],
    'komisaris utama': ['komut', 'komisaris utama'],
    'direktur keuangan': ['dirkeu', 'direktur keuangan', 'CFO'],
}


class Card:
    def __init__(self, cid, path, fields, body, kind, f, en):
        self.id, self.path, self.fields, self.body, self.kind, self.f, self.en = cid, path, fields, body, kind, f, en
        self.phrasings = [q for q in fields.get('questions', []) if isinstance(q, str)]
        self.answer_en = fields.get('answer_en') if isinstance(fields.get('answer_en'), str) else None


def extract(cid, path, fields, body):
    for kind, pat in ID_PATTERNS.items():
        m = re.match(pat, body)
        if not m:
            continue
        f = {k: v for k, v in m.groupdict().items() if v is not None}
        if kind == 'bencana':
            f['type'] = f['type'].lower()
        if kind == 'pertemuan':
            f['pair'] = tuple(sorted([f['a'], f['b']]))
        if kind == 'proyek':
            p = f['proj']
            if ' di ' in p:
                f['ptype'], f['place'] = p.split(' di ', 1)
            else:
                for rt in ROUTE_TYPES:
                    if p.startswith(rt + ' '):
                        f['ptype'], f['place'] = rt, p[len(rt) + 1:]
                if 'ptype' not in f:
                    return None
                if '\u2013' in f['place']:
                    f['from'], f['to'] = f['place'].split('\u2013', 1)
        if kind == 'penunjukan':
            pos = f['position']
            if ' PT ' in ' ' + pos:
                idx = pos.index('PT ')
                f['role'], f['org'] = pos[:idx].strip().lower(), pos[idx:]
            else:
                m2 = re.match(r'^Kepala (Dinas [A-Z][a-z]+(?: Umum)?|Badan Penanggulangan Bencana Daerah) (.+)$', pos)
                if not m2:
                    return None
                f['role'], f['agency'], f['pcity'] = 'kepala', m2.group(1), m2.group(2)
        en = None  # None: no English answer we can read the facts from
        answer_en = fields.get('answer_en')
        if isinstance(answer_en, str) and kind in EN_PATTERNS:
            m3 = re.search(EN_PATTERNS[kind], answer_en)
            if m3:
                en = {k: v for k, v in m3.groupdict().items() if v is not None}
                if kind in ('kesepakatan', 'kunjungan'):
                    en['country_bare'] = re.sub(r'^the ', '', en['country'])
        return Card(cid, path, fields, body, kind, f, en)
    return None


def load(knowledge):
    paths = sorted(glob.glob(os.path.join(knowledge, 'cards', '**', '*.md'), recursive=True))
    if not paths:
        sys.exit('no cards under %s/cards' % knowledge)
    raw, texts = [], []
    for p in paths:
        with open(p, encoding='utf-8') as fh:
            t = fh.read()
        texts.append(t)
        fields, body = parse_front_matter(t)
        raw.append((os.path.splitext(os.path.basename(p))[0], p, fields, body))
    for extra in ('sources.yaml', 'aliases.yaml', 'entities.yaml'):
        p = os.path.join(knowledge, extra)
        if os.path.exists(p):
            with open(p, encoding='utf-8') as fh:
                texts.append(fh.read())
    cards, skipped = [], 0
    for cid, p, fields, body in raw:
        c = extract(cid, p, fields, body)
        if c is None:
            skipped += 1
        else:
            cards.append(c)
    return cards, '\n'.join(texts), skipped


# ---------------------------------------------------------------------------
# Helpers: words, typos, chat shorthand
# ---------------------------------------------------------------------------

def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def too_close(q, phrasings, names=()):
    """True when the question is (nearly) one of the card's own phrasings: the same words, or,
    names and numbers left aside, mostly the same wording."""
    skip = set(names)
    a = set(words(q))
    a2 = {w for w in a if w not in skip and not w.isdigit()}
    for p in phrasings:
        b = set(words(p))
        if not a or not b:
            continue
        if len(a & b) / len(a | b) >= 0.7:
            return True
        b2 = {w for w in b if w not in skip and not w.isdigit()}
        if a2 and b2 and len(a2 & b2) / len(a2 | b2) >= 0.6:
            return True
    return False


KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
# keys touching each key on a staggered keyboard: the row below is shifted half a key to the right
_TOUCH = {(0, 1): (-1, 0), (1, 0): (0, 1), (1, 2): (-1, 0), (2, 1): (0, 1)}
NEIGHBOURS = {}
for r, row in enumerate(KEYBOARD):
    for c, ch in enumerate(row):
        n = set()
        for cc in (c - 1, c + 1):
            if 0 <= cc < len(row):
                n.add(row[cc])
        for rr in (r - 1, r + 1):
            if (r, rr) in _TOUCH:
                for dc in _TOUCH[(r, rr)]:
                    if 0 <= c + dc < len(KEYBOARD[rr]):
                        n.add(KEYBOARD[rr][c + dc])
        NEIGHBOURS[ch] = sorted(n)

FUNCTION_WORDS = set('''apa apakah siapa kapan berapa mana di ke dari dan yang dengan dalam pada untuk oleh
tahun itu ini ada para atau saat sebagai bersama antara tentang tepatnya sudah telah harus menurut akibat karena
bagaimana mengapa kenapa jadi yg sama berapakah dimana pt'''.split())


def make_typo(word, rng):
    """One slip of the fingers in a word: swapped, dropped or doubled letter, or a neighbour key."""
    letters = word
    n = len(letters)
    kinds = ['swap', 'swap', 'drop', 'drop', 'double', 'double', 'neighbour']
    kind = rng.choice(kinds)
    if kind == 'swap':
        i = rng.randrange(1, n - 2) if n > 3 else 1
        if letters[i] == letters[i + 1]:
            return None
        return letters[:i] + letters[i + 1] + letters[i] + letters[i + 2:]
    if kind == 'drop':
        i = rng.randrange(1, n - 1)
        if letters[i] == letters[i - 1]:
            return None
        return letters[:i] + letters[i + 1:]
    if kind == 'double':
        i = rng.randrange(1, n)
        if not letters[i].isalpha():
            return None
        return letters[:i] + letters[i] + letters[i:]
    i = rng.randrange(1, n)
    ch = letters[i]
    if ch not in NEIGHBOURS:
        return None
    return letters[:i] + rng.choice(NEIGHBOURS[ch]) + letters[i + 1:]


def add_typos(question, protected, vocab, rng, count):
    tokens = re.split(r'(\s+)', question)
    candidates = []
    for i, tok in enumerate(tokens):
        core = re.sub(r'[^\w-]', '', tok)
        low = core.lower()
        if (len(core) >= 5 and core.isalpha() and core == core.lower() and low not in FUNCTION_WORDS
                and low not in protected):
            candidates.append(i)
    rng.shuffle(candidates)
    done = []
    for i in candidates:
        if len(done) == count:
            break
        tok = tokens[i]
        m = re.match(r'^(\W*)(\w+)(\W*)$', tok)
        if not m:
            continue
        for _ in range(8):
            t = make_typo(m.group(2), rng)
            if t and t != m.group(2) and t.lower() not in vocab:
                tokens[i] = m.group(1) + t + m.group(3)
                done.append((m.group(2), t))
                break
    if not done:
        return None, []
    return ''.join(tokens), done


# word -> shorthand the way it is texted (applied to chat questions)
SHORTHAND = {
    'yang': ['yg', 'yg', 'yang'],
    'kapan': ['kpn', 'kpn', 'kapan'],
    'berapa': ['brp', 'brp', 'brapa', 'berapa'],
    'siapa': ['sp', 'sapa', 'siapa', 'sp'],
    'dengan': ['dgn', 'sm', 'ama', 'dg'],
    'sama': ['sm', 'sama'],
    'tanggal': ['tgl', 'tgl', 'tanggal'],
    'tahun': ['thn', 'th', 'tahun'],
    'orang': ['org', 'org', 'orang'],
    'untuk': ['utk', 'buat', 'untuk'],
    'sudah': ['udh', 'udah', 'sdh'],
    'belum': ['blm', 'belom'],
    'tidak': ['gak', 'ga', 'nggak', 'tdk'],
    'apa': ['ap', 'apa', 'apa'],
    'mana': ['mn', 'mana', 'mana'],
    'dimana': ['dmn', 'dimana'],
    'kenapa': ['knp', 'kenapa'],
    'bagaimana': ['gimana', 'gmn'],
    'pertemuan': ['ktemuan', 'pertmuan', 'pertemuan'],
    'bertemu': ['ketemu', 'ktemu', 'ketemuan'],
    'ketemu': ['ketemu', 'ktemu'],
    'kesepakatan': ['kesepakatan', 'ksepakatan', 'kesepakatn', 'deal'],
    'kerja': ['kerja', 'krja'],
    'kunjungan': ['kunjungan', 'knjungan', 'kunjungn'],
    'banyak': ['byk', 'bnyk', 'banyak'],
    'saja': ['aja', 'aj'],
    'sekarang': ['skrg', 'skrng'],
    'juga': ['jg', 'juga'],
    'persen': ['persen', '%', 'prsen'],
    'selesai': ['selesai', 'slesai', 'kelar', 'rampung'],
    'pembangunan': ['pembangunan', 'pmbangunan', 'pembangunannya'],
    'pendapatan': ['pendapatan', 'pndapatan', 'pendapatannya'],
    'negara': ['negara', 'ngr', 'negara'],
    'dari': ['dr', 'dari'],
    'jadi': ['jd', 'jadi'],
    'sebelum': ['sblm', 'sebelum'],
    'sebelumnya': ['sblmnya', 'sebelumnya'],
    'dulu': ['dl', 'dulu'],
    'meninggal': ['meninggal', 'mninggal', 'tewas'],
    'mengungsi': ['ngungsi', 'mengungsi'],
    'warga': ['warga', 'wrg'],
    'korban': ['korban', 'krban'],
    'bisa': ['bs', 'bisa'],
    'atau': ['ato', 'atau', 'atw'],
    'gara-gara': ['gara2', 'gara-gara', 'grgr'],
    'laba': ['laba', 'untung'],
}


def chatify(q, rng, keep):
    """Texting style: shorthand words, a few dropped vowels, lower case (names kept), a casual ending."""
    q = q.strip().rstrip('?').strip()
    # protect names (whole words only): replace them by placeholders while the rest is rewritten
    holders = {}
    for i, k in enumerate(sorted(set(k for k in keep if k), key=len, reverse=True)):
        h = '\x00%d\x00' % i
        pattern = r'(?<![\w\x00])%s(?![\w\x00])' % re.escape(k)
        if re.search(pattern, q):
            q = re.sub(pattern, lambda m: h, q)
            holders[h] = k
    out = []
    for tok in q.split(' '):
        low = tok.lower()
        if '\x00' in tok:
            out.append(tok)
            continue
        if low in SHORTHAND and rng.random() < 0.8:
            out.append(rng.choice(SHORTHAND[low]))
        else:
            out.append(low if not re.match(r'^[A-Z]{2,}$', tok) or rng.random() < 0.5 else tok)
    q = ' '.join(out)
    lower_names = rng.random() < 0.3
    for h, k in holders.items():
        q = q.replace(h, k.lower() if lower_names else k)
    q = re.sub(r'\s+', ' ', q).strip()
    if rng.random() < 0.1:
        q = rng.choice(['min ', 'kak ', 'gan ', 'min ']) + q
    q += rng.choice(['?', '?', '?', '', '', ' sih', ' ya', ' ya?', ' sih?', '??'])
    return q


# ---------------------------------------------------------------------------
# Surface forms (what a user calls a thing) and the index that keeps questions unambiguous
# ---------------------------------------------------------------------------

CHAT_TYPE = {
    'gempa bumi': ['gempa', 'gempa bumi', 'gempa'],
    'tanah longsor': ['longsor', 'tanah longsor'],
    'angin puting beliung': ['puting beliung', 'angin puting beliung', 'angin puting beliung'],
    'kebakaran permukiman': ['kebakaran permukiman', 'kebakaran pemukiman'],
    'kebakaran hutan': ['kebakaran hutan', 'karhutla', 'kebakaran hutan'],
    'gelombang pasang': ['gelombang pasang'],
    'banjir bandang': ['banjir bandang'],
    'banjir': ['banjir'],
}
CHAT_COUNTRY = {
    'Amerika Serikat': ['AS', 'Amerika', 'Amerika Serikat'],
    'Tiongkok': ['China', 'Tiongkok', 'Cina'],
    'Korea Selatan': ['Korsel', 'Korea Selatan'],
    'Uni Emirat Arab': ['UEA', 'Uni Emirat Arab'],
    'Arab Saudi': ['Saudi', 'Arab Saudi'],
    'Afrika Selatan': ['Afsel', 'Afrika Selatan'],
    'Selandia Baru': ['Selandia Baru', 'New Zealand'],
}
CHAT_SECTOR = {
    'pendidikan vokasi': ['pendidikan vokasi', 'vokasi'],
    'keamanan siber': ['keamanan siber', 'cyber security'],
    'energi terbarukan': ['energi terbarukan', 'EBT', 'energi hijau'],
    'kendaraan listrik': ['kendaraan listrik', 'mobil listrik'],
    'hilirisasi nikel': ['hilirisasi nikel', 'nikel'],
    'layanan kesehatan': ['layanan kesehatan', 'kesehatan'],
    'transportasi publik': ['transportasi publik', 'transportasi umum'],
    'ketahanan pangan': ['ketahanan pangan', 'pangan'],
    'pembangunan infrastruktur': ['infrastruktur', 'pembangunan infrastruktur'],
    'lingkungan hidup': ['lingkungan hidup', 'lingkungan'],
    'perubahan iklim': ['perubahan iklim', 'iklim'],
}
CHAT_GROUP = {
    'pengemudi ojek daring': ['ojol', 'driver ojol', 'pengemudi ojol', 'ojek online'],
    'buruh pabrik': ['buruh', 'buruh pabrik'],
    'guru honorer': ['guru honorer', 'honorer', 'guru honor'],
    'tenaga kesehatan': ['nakes', 'tenaga kesehatan', 'nakes'],
    'pedagang pasar': ['pedagang pasar', 'pedagang'],
    'mahasiswa': ['mahasiswa', 'mhs', 'mahasiswa'],
}
CHAT_PROJ = {
    'jalan tol': ['tol {R}', 'jalan tol {R}', 'tol {R}'],
    'jalur kereta api': ['jalur KA {R}', 'rel kereta {R}', 'jalur kereta {R}', 'kereta api {R}'],
    'jalur bus listrik': ['bus listrik {R}', 'jalur bus listrik {R}'],
    'bandara baru': ['bandara baru {P}', 'bandara {P}', 'bandara baru di {P}'],
    'pasar induk': ['pasar induk {P}', 'pasar induk di {P}'],
    'stadion utama': ['stadion {P}', 'stadion utama {P}'],
    'rumah sakit daerah': ['RSUD {P}', 'rs daerah {P}', 'rumah sakit daerah {P}'],
    'pelabuhan peti kemas': ['pelabuhan peti kemas {P}', 'pelabuhan kontainer {P}'],
    'instalasi pengolahan air': ['instalasi pengolahan air {P}', 'IPA {P}', 'pengolahan air {P}'],
    'terminal bus terpadu': ['terminal bus terpadu {P}', 'terminal terpadu {P}', 'terminal bus {P}'],
    'bendungan': ['bendungan {P}', 'waduk {P}', 'bendungan di {P}'],
}
FORMAL_PROJ = {
    'jalan tol': ['jalan tol {R}', 'Tol {R}'],
    'jalur kereta api': ['jalur kereta api {R}', 'rel kereta api {R}'],
    'jalur bus listrik': ['jalur bus listrik {R}'],
}
CHAT_POS_WORDS = {'direktur utama': 'dirut', 'komisaris utama': 'komut'}


def route(place, rng, chat):
    if '\u2013' not in place:
        return place
    a, b = place.split('\u2013', 1)
    if chat:
        return rng.choice(['%s-%s' % (a, b), '%s-%s' % (a, b), '%s %s' % (a, b), '%s\u2013%s' % (a, b)])
    return rng.choice(['%s\u2013%s' % (a, b), '%s-%s' % (a, b)])


def proj_surface(c, rng, chat):
    f = c.f
    if chat:
        forms = CHAT_PROJ.get(f['ptype'], [f['proj']])
    elif f['ptype'] in FORMAL_PROJ:
        forms = FORMAL_PROJ[f['ptype']]
    else:
        forms = ['%s di {P}' % f['ptype']]
    form = rng.choice(forms)
    return form.replace('{R}', route(f['place'], rng, chat)).replace('{P}', f['place'])


def position_surface(c, rng, chat):
    f = c.f
    if f['role'] == 'kepala':
        names = DINAS[f['agency']] if chat else FORMAL_DINAS[f['agency']]
        return '%s %s' % (rng.choice(names), f['pcity'])
    role = rng.choice(PT_ROLES[f['role']]) if chat else f['role']
    org = f['org']
    if chat and rng.random() < 0.35:
        org = org[3:]
    return '%s %s' % (role, org)


def company_surface(co, rng, chat):
    if chat and rng.random() < 0.4:
        return co[3:]
    return co


def pick(rng, mapping, value):
    return rng.choice(mapping[value]) if value in mapping else value


class Index:
    """Which cards of a kind a question's mentions fit (the question must fit only its card)."""

    def __init__(self, cards):
        self.by_kind = {}
        for c in cards:
            self.by_kind.setdefault(c.kind, []).append(c)

    def fits(self, kind, mention):
        out = []
        for c in self.by_kind.get(kind, []):
            if all(c.f.get(k) == v for k, v in mention.items()):
                out.append(c)
        return out


# ---------------------------------------------------------------------------
# Templates: per kind, per fact. Each fact says which fields it names (the key that must be
# unique) and has chat, formal (for typos) and English templates.
# ---------------------------------------------------------------------------

def facts_for(c):
    """(fact name, fields named by the question) for what the card's body states."""
    k = c.kind
    if k == 'bencana':
        key = ('type', 'city', 'year')
        return [('dead', key), ('disp', key), ('date', key)]
    if k == 'kesepakatan':
        return [('value', ('co', 'country')), ('date', ('co', 'country')), ('country', ('co', 'sector')),
                ('sector', ('co', 'country'))]
    if k == 'kunjungan':
        return [('date', ('person', 'country')), ('country', ('person',)), ('purpose', ('person', 'country')),
                ('role', ('person', 'country'))]
    if k == 'laba':
        key = ('co', 'year')
        return [('profit', key), ('revenue', key), ('change', key)]
    if k == 'penunjukan':
        return [('who', ('position', 'year')), ('when', ('person', 'position')), ('prev', ('person', 'position'))]
    if k == 'pertemuan':
        return [('when', ('pair',)), ('where', ('pair',)), ('topic', ('pair',))]
    if k == 'proyek':
        return [('target', ('proj',)), ('cost', ('proj',)), ('progress', ('proj',)), ('source', ('proj',))]
    if k == 'unjuk-rasa':
        key = ('group', 'city', 'year')
        return [('count', key), ('demand', key), ('date', key)]
    return []


def fill(c, style, rng):
    """Values for the placeholders, in the style's surface forms."""
    f, en = c.f, c.en or {}
    chat = style == 'chat'
    v = {}
    v['Y'] = f.get('year', '')
    if c.kind == 'bencana':
        v['t'] = pick(rng, CHAT_TYPE, f['type']) if chat else f['type']
        v['C'] = f['city']
        v['t_en'] = en.get('type', '')
    if c.kind in ('kesepakatan', 'laba'):
        v['co'] = company_surface(f['co'], rng, chat)
    if c.kind in ('kesepakatan', 'kunjungan'):
        v['country'] = pick(rng, CHAT_COUNTRY, f['country']) if chat else f['country']
        v['sector'] = pick(rng, CHAT_SECTOR, f['sector']) if chat else f['sector']
        v['country_en'] = en.get('country', '')
        v['country_en_bare'] = en.get('country_bare', '')
        v['sector_en'] = en.get('sector', '')
    if c.kind == 'kunjungan':
        v['P'] = f['person']
    if c.kind == 'laba':
        v['dir'] = f['dir']
        v['dir_en'] = 'rise' if f['dir'] == 'naik' else 'fall'
        v['dir_past_en'] = 'rise' if f['dir'] == 'naik' else 'drop'
    if c.kind == 'penunjukan':
        v['P'] = f['person']
        v['pos'] = position_surface(c, rng, chat)
        v['pos_en'] = en.get('position', '')
    if c.kind == 'pertemuan':
        a, b = (f['a'], f['b']) if rng.random() < 0.75 else (f['b'], f['a'])
        v['A'], v['B'], v['C'] = a, b, f['city']
    if c.kind == 'proyek':
        v['proj'] = proj_surface(c, rng, chat)
        v['proj_en'] = en.get('proj', '')
        v['pct'] = f['pct']
    if c.kind == 'unjuk-rasa':
        v['g'] = pick(rng, CHAT_GROUP, f['group']) if chat else f['group']
        v['C'] = f['city']
        v['g_en'] = en.get('group', '')
    return v


T = {}  # (kind, fact, style) -> templates

def _t(kind, fact, style, *templates):
    T[(kind, fact, style)] = list(templates)


# --- disasters
_t('bencana', 'dead', 'chat',
   'brp org meninggal pas {t} di {C} {Y}', '{t} {C} thn {Y} brp yg tewas', 'korban meninggal {t} di {C} {Y} brp',
   'yg mninggal krn {t} {C} {Y} ada brp org', '{t} di {C} {Y} makan korban brp org', 'korban jiwa {t} {C} {Y} brp org',
   '{t} {C} {Y} yg meninggal brp')
_t('bencana', 'dead', 'formal',
   'Berapa jumlah korban meninggal dalam {t} di {C} tahun {Y}?', 'Berapa orang tewas akibat {t} yang terjadi di {C} pada {Y}?',
   'Ada berapa korban jiwa dari {t} di {C} tahun {Y}?', 'Berapa banyak warga yang meninggal saat {t} melanda {C} tahun {Y}?')
_t('bencana', 'dead', 'english',
   'What was the death toll of the {t_en} in {C} in {Y}?', 'How many people were killed when the {t_en} struck {C} in {Y}?',
   'How many lives did the {Y} {t_en} in {C} claim?', 'How many deaths were there in the {C} {t_en} of {Y}?')
_t('bencana', 'disp', 'chat',
   'brp warga yg ngungsi gara2 {t} di {C} {Y}', 'pengungsi {t} {C} {Y} ada brp', '{t} {C} {Y} yg ngungsi brp org',
   'brp byk org ngungsi pas {t} {C} thn {Y}', 'jumlah pengungsi {t} di {C} {Y} brp')
_t('bencana', 'disp', 'formal',
   'Berapa banyak warga {C} yang harus mengungsi akibat {t} tahun {Y}?', 'Ada berapa pengungsi akibat {t} di {C} tahun {Y}?',
   'Berapa jumlah penduduk yang mengungsi karena {t} di {C} pada {Y}?')
_t('bencana', 'disp', 'english',
   'How many residents fled their homes after the {Y} {t_en} in {C}?', 'How many people were displaced by the {t_en} in {C} in {Y}?',
   'How many people had to evacuate because of the {t_en} in {C} in {Y}?')
_t('bencana', 'date', 'chat',
   '{t} di {C} thn {Y} tgl brp', 'tgl brp {t} {C} {Y} terjadi', 'kpn persisnya {t} di {C} {Y}', '{t} {C} {Y} kejadiannya kpn',
   'kpn {t} nerjang {C} thn {Y}')
_t('bencana', 'date', 'formal',
   'Pada tanggal berapa {t} terjadi di {C} tahun {Y}?', 'Kapan tepatnya {t} menerjang {C} pada tahun {Y}?',
   'Tanggal berapa {t} melanda wilayah {C} pada {Y}?')
_t('bencana', 'date', 'english',
   'On what date did the {t_en} strike {C} in {Y}?', 'When exactly did the {Y} {t_en} in {C} happen?',
   'What day did the {t_en} hit {C} in {Y}?')

# --- agreements
_t('kesepakatan', 'value', 'chat',
   '{co} deal sm {country} nilainya brp', 'brp nilai kesepakatan {co} dgn {country}', 'kesepakatan {co} sm {country} brp duitnya',
   '{co} teken kerjasama sm {country} brp nilainya', 'nilai kontrak {co} ama mitra {country} brp')
_t('kesepakatan', 'value', 'formal',
   'Berapa nilai kesepakatan yang diteken {co} dengan mitra dari {country}?', 'Berapa nilai kerja sama {sector} antara {co} dan {country}?',
   'Berapa besar nilai perjanjian {co} bersama mitra asal {country}?')
_t('kesepakatan', 'value', 'english',
   'How much is the agreement between {co} and its partners from {country_en} worth?', "What is the value of {co}'s {sector_en} deal with {country_en}?",
   "How big is {co}'s agreement with partners in {country_en}?")
_t('kesepakatan', 'date', 'chat',
   'kpn {co} teken kesepakatan sm {country}', '{co} sm {country} tandatangan kesepakatan tgl brp', 'kesepakatan {co} dgn {country} diteken kpn',
   'tgl brp {co} deal sm {country}')
_t('kesepakatan', 'date', 'formal',
   'Kapan {co} menandatangani kesepakatan dengan mitra {country}?', 'Pada tanggal berapa kesepakatan {sector} antara {co} dan {country} diteken?',
   'Kapan perjanjian kerja sama {co} dengan mitra dari {country} ditandatangani?')
_t('kesepakatan', 'date', 'english',
   'When did {co} sign its agreement with partners from {country_en}?', 'On what date was the {sector_en} deal between {co} and {country_en} signed?')
_t('kesepakatan', 'country', 'chat',
   '{co} kerjasama {sector} sm negara mana', 'kesepakatan {sector} {co} dgn negara ap', 'mitra {co} buat kesepakatan {sector} dr negara mana',
   '{co} deal {sector} ama negara mn')
_t('kesepakatan', 'country', 'formal',
   'Dengan negara mana {co} menjalin kesepakatan {sector}?', 'Dari negara mana mitra {co} dalam kesepakatan {sector}?',
   'Negara mana yang menjadi mitra {co} dalam kerja sama {sector}?')
_t('kesepakatan', 'country', 'english',
   "Which country are {co}'s partners in the {sector_en} agreement from?", 'Where do the partners in the {sector_en} deal signed by {co} come from?',
   'With which country did {co} sign a {sector_en} agreement?')
_t('kesepakatan', 'sector', 'chat',
   '{co} sm {country} sepakat soal ap', 'kesepakatan {co} dgn {country} di bidang ap', '{co} kerjasama ap sm {country}',
   'deal {co} ama {country} ttg apa')
_t('kesepakatan', 'sector', 'formal',
   'Kesepakatan di bidang apa yang ditandatangani {co} bersama mitra dari {country}?', 'Apa isi kerja sama antara {co} dan mitra {country}?',
   'Bidang apa yang dicakup kesepakatan {co} dengan {country}?')
_t('kesepakatan', 'sector', 'english',
   'What sector does the agreement between {co} and {country_en} cover?', "What is {co}'s deal with partners from {country_en} about?")

# --- visits
_t('kunjungan', 'date', 'chat',
   'kpn {P} ke {country}', '{P} brgkt ke {country} tgl brp', '{P} kunjungan ke {country} kpn', 'tgl brp {P} berkunjung ke {country}',
   '{P} ke {country} kapan sih')
_t('kunjungan', 'date', 'formal',
   'Kapan {P} melakukan kunjungan ke {country}?', 'Pada tanggal berapa {P} berkunjung ke {country}?', 'Kapan kunjungan kerja {P} ke {country} berlangsung?')
_t('kunjungan', 'date', 'english',
   'When did {P} visit {country_en}?', 'What date was the trip {P} made to {country_en}?', 'When was {P} in {country_en}?')
_t('kunjungan', 'country', 'chat',
   '{P} kunjungan ke negara mana', '{P} prgi ke mn buat kerjasama {sector}', '{P} ke negara ap', '{P} brkunjung ke negara mn')
_t('kunjungan', 'country', 'formal',
   'Ke negara mana {P} berkunjung untuk memperkuat kerja sama {sector}?', 'Negara apa yang dikunjungi {P}?',
   '{P} melakukan lawatan ke negara mana?')
_t('kunjungan', 'country', 'english',
   'Which country did {P} visit to strengthen cooperation on {sector_en}?', 'Where did {P} travel to?', 'What country did {P} go to?')
_t('kunjungan', 'purpose', 'chat',
   '{P} ke {country} ngapain', 'ngapain {P} ke {country}', '{P} ke {country} buat kerjasama ap', 'tujuan {P} ke {country} ap',
   '{P} ke {country} ngurusin ap')
_t('kunjungan', 'purpose', 'formal',
   'Apa tujuan kunjungan {P} ke {country}?', 'Kerja sama di bidang apa yang ingin diperkuat {P} dalam kunjungannya ke {country}?',
   'Untuk apa {P} berkunjung ke {country}?')
_t('kunjungan', 'purpose', 'english',
   'Why did {P} travel to {country_en}?', "What was the purpose of {P}'s trip to {country_en}?",
   'What cooperation did {P} want to strengthen in {country_en}?')
_t('kunjungan', 'role', 'chat',
   '{P} yg ke {country} itu sp', 'sp sih {P} yg kunjungan ke {country}', '{P} yg ke {country} jabatannya ap')
_t('kunjungan', 'role', 'formal',
   'Apa jabatan {P} yang berkunjung ke {country}?', 'Siapa {P} yang melakukan kunjungan ke {country}?')
_t('kunjungan', 'role', 'english',
   'What is the job of {P}, who visited {country_en}?', 'Who is {P}, the person who went to {country_en}?')

# --- profits
_t('laba', 'profit', 'chat',
   'laba {co} {Y} brp', 'untung bersih {co} thn {Y} brp', '{co} {Y} cuan brp', 'brp laba bersih {co} thn {Y}', '{co} untung brp di {Y}')
_t('laba', 'profit', 'formal',
   'Berapa laba bersih yang dibukukan {co} sepanjang tahun {Y}?', 'Berapa keuntungan bersih {co} pada {Y}?',
   'Berapa besar laba {co} di tahun {Y}?')
_t('laba', 'profit', 'english',
   'What net profit did {co} report for {Y}?', 'How much did {co} earn in net profit in {Y}?', "What was {co}'s {Y} net profit?")
_t('laba', 'revenue', 'chat',
   'pendapatan {co} {Y} brp', 'omzet {co} thn {Y} brp', 'revenue {co} {Y} brp', '{co} {Y} pendapatannya brp')
_t('laba', 'revenue', 'formal',
   'Berapa pendapatan {co} pada tahun {Y}?', 'Berapa total pendapatan yang diraih {co} sepanjang {Y}?')
_t('laba', 'revenue', 'english',
   'How much revenue did {co} make in {Y}?', "What were {co}'s revenues in {Y}?")
_t('laba', 'change', 'chat',
   'laba {co} {Y} naik ato turun', '{co} {Y} labanya {dir} brp persen', 'laba {co} thn {Y} {dir} brp %', 'untung {co} {Y} {dir} brp persen dr thn sblmnya')
_t('laba', 'change', 'formal',
   'Berapa persen laba bersih {co} {dir} pada {Y} dibanding tahun sebelumnya?', 'Apakah laba {co} tahun {Y} naik atau turun?',
   'Seberapa besar perubahan laba {co} pada tahun {Y}?')
_t('laba', 'change', 'english',
   "By how much did {co}'s net profit change in {Y}?", "Did {co}'s profit rise or fall in {Y}?", "By what percentage did {co}'s profit {dir_past_en} in {Y}?")

# --- appointments
_t('penunjukan', 'who', 'chat',
   'sp {pos} thn {Y}', '{Y} yg jd {pos} sp', '{pos} {Y} sp', 'sapa yg ditunjuk jd {pos} {Y}', 'yg diangkat jd {pos} thn {Y} sp')
_t('penunjukan', 'who', 'formal',
   'Siapa yang ditunjuk sebagai {pos} pada tahun {Y}?', 'Siapa {pos} yang diangkat tahun {Y}?', 'Siapakah yang menjabat {pos} sejak {Y}?')
_t('penunjukan', 'who', 'english',
   'Who was appointed {pos_en} in {Y}?', 'Who became {pos_en} in {Y}?', 'Who got the job of {pos_en} in {Y}?')
_t('penunjukan', 'when', 'chat',
   'kpn {P} jd {pos}', '{P} ditunjuk jd {pos} tgl brp', '{P} dilantik jd {pos} kpn', 'sejak kpn {P} jd {pos}')
_t('penunjukan', 'when', 'formal',
   'Kapan {P} ditunjuk menjadi {pos}?', 'Sejak kapan {P} menjabat sebagai {pos}?', 'Tanggal berapa {P} diangkat sebagai {pos}?')
_t('penunjukan', 'when', 'english',
   'When was {P} appointed {pos_en}?', 'When did {P} become {pos_en}?', 'Since when has {P} been {pos_en}?')
_t('penunjukan', 'prev', 'chat',
   '{P} sblm jd {pos} kerja ap', '{P} dulunya sp sblm jd {pos}', 'latar belakang {P} {pos} ap', '{P} yg jd {pos} dulu ngapain')
_t('penunjukan', 'prev', 'formal',
   'Apa latar belakang {P} sebelum menjabat {pos}?', 'Sebelum ditunjuk sebagai {pos}, {P} dikenal sebagai apa?',
   'Apa pekerjaan {P} sebelum menjadi {pos}?')
_t('penunjukan', 'prev', 'english',
   'What did {P} do before becoming {pos_en}?', 'What was the background of {P} before the appointment as {pos_en}?')

# --- meetings
_t('pertemuan', 'when', 'chat',
   'kpn {A} ktemuan sm {B}', '{A} ketemu {B} tgl brp', '{A} sm {B} ktemu kpn', 'pertemuan {A} dgn {B} kpn', 'tgl brp {A} ketemuan ama {B}')
_t('pertemuan', 'when', 'formal',
   'Kapan {A} bertemu dengan {B}?', 'Pada tanggal berapa pertemuan {A} dan {B} berlangsung?', 'Kapan pertemuan antara {A} dengan {B} digelar?')
_t('pertemuan', 'when', 'english',
   'When did {A} meet {B}?', 'On what date did {A} and {B} hold their meeting?', 'When did {A} and {B} get together?')
_t('pertemuan', 'where', 'chat',
   '{A} ketemu {B} dmn', 'dmn {A} sm {B} ktemuan', '{A} ktemuan sm {B} di kota mn', 'pertemuan {A} {B} dimana', '{A} ama {B} ketemu di mn')
_t('pertemuan', 'where', 'formal',
   'Di mana pertemuan antara {A} dan {B} berlangsung?', 'Di kota mana {A} bertemu dengan {B}?', 'Di mana {A} dan {B} mengadakan pertemuan?')
_t('pertemuan', 'where', 'english',
   'Where did {A} and {B} meet?', 'In which city did {A} meet {B}?', 'Where was the meeting between {A} and {B} held?')
_t('pertemuan', 'topic', 'chat',
   '{A} sm {B} bahas ap', 'ktemuan {A} dgn {B} di {C} ngomongin ap', '{A} ktemu {B} bahas apa aja', 'ap yg dibahas {A} sm {B} di {C}',
   '{A} ama {B} ketemuan ngobrolin ap')
_t('pertemuan', 'topic', 'formal',
   'Apa yang dibahas {A} dan {B} dalam pertemuan di {C}?', 'Kerja sama apa yang dibicarakan dalam pertemuan {A} dengan {B}?',
   'Topik apa yang dibahas saat {A} bertemu {B}?')
_t('pertemuan', 'topic', 'english',
   'What did {A} and {B} talk about when they met in {C}?', 'What was discussed at the meeting between {A} and {B}?',
   'What topic did {A} and {B} discuss?')

# --- projects
_t('proyek', 'target', 'chat',
   '{proj} kpn kelar', 'kpn {proj} selesai', 'target rampung {proj} kpn', '{proj} jadinya kpn', '{proj} ditargetin selesai kpn')
_t('proyek', 'target', 'formal',
   'Kapan pembangunan {proj} ditargetkan rampung?', 'Kapan {proj} diperkirakan selesai dibangun?', 'Kapan target penyelesaian proyek {proj}?')
_t('proyek', 'target', 'english',
   'When is the {proj_en} expected to be finished?', 'When will construction of the {proj_en} be completed?', 'What is the completion date for the {proj_en}?')
_t('proyek', 'cost', 'chat',
   'brp biaya bangun {proj}', '{proj} ngabisin duit brp', 'anggaran {proj} brp', 'biaya pembangunan {proj} brp triliun', '{proj} biayanya brp')
_t('proyek', 'cost', 'formal',
   'Berapa biaya yang dibutuhkan untuk membangun {proj}?', 'Berapa anggaran pembangunan {proj}?', 'Berapa total nilai proyek {proj}?')
_t('proyek', 'cost', 'english',
   'How much will the {proj_en} cost?', 'What is the budget for building the {proj_en}?', 'What does the {proj_en} cost to build?')
_t('proyek', 'progress', 'chat',
   'progres {proj} udh brp persen', '{proj} udh sampe mana', '{proj} udh brp % jadinya', 'progress {proj} skrg brp persen', 'pembangunan {proj} udh brp persen')
_t('proyek', 'progress', 'formal',
   'Sudah berapa persen progres pembangunan {proj}?', 'Sejauh mana kemajuan pembangunan {proj}?', 'Berapa persen pengerjaan {proj} yang sudah selesai?')
_t('proyek', 'progress', 'english',
   'How far along is construction of the {proj_en}?', 'What percentage of the {proj_en} has been built?', 'How much progress has been made on the {proj_en}?')
_t('proyek', 'source', 'chat',
   'sp yg blg progres {proj} udh {pct} persen', 'kata sp {proj} udh {pct} persen', 'progres {proj} {pct}% itu kata sp')
_t('proyek', 'source', 'formal',
   'Siapa yang menyebut progres {proj} telah mencapai {pct} persen?', 'Menurut siapa pembangunan {proj} sudah {pct} persen?')
_t('proyek', 'source', 'english',
   'Who said work on the {proj_en} is {pct} percent done?', 'According to whom is the {proj_en} {pct} percent complete?')

# --- protests
_t('unjuk-rasa', 'count', 'chat',
   'brp org yg demo {g} di {C} {Y}', 'demo {g} {C} thn {Y} brp org', '{g} demo di {C} {Y} ada brp org', 'demo {g} {C} {Y} rame gak brp org yg ikut',
   'brp byk {g} yg turun ke jalan di {C} {Y}')
_t('unjuk-rasa', 'count', 'formal',
   'Berapa jumlah {g} yang berunjuk rasa di {C} pada tahun {Y}?', 'Ada berapa orang dalam aksi unjuk rasa {g} di {C} tahun {Y}?',
   'Berapa banyak peserta demonstrasi {g} di {C} pada {Y}?')
_t('unjuk-rasa', 'count', 'english',
   'How many {g_en} took part in the protest in {C} in {Y}?', 'How big was the {Y} protest by {g_en} in {C}?',
   'How many {g_en} demonstrated in {C} in {Y}?')
_t('unjuk-rasa', 'demand', 'chat',
   '{g} demo di {C} {Y} nuntut ap', 'demo {g} {C} {Y} knp', 'tuntutan demo {g} di {C} thn {Y} ap aja', '{g} {C} demo {Y} minta ap',
   'knp {g} di {C} demo thn {Y}')
_t('unjuk-rasa', 'demand', 'formal',
   'Apa tuntutan para {g} dalam aksi unjuk rasa di {C} tahun {Y}?', 'Mengapa {g} menggelar demonstrasi di {C} pada {Y}?',
   'Apa yang dituntut {g} saat berdemo di {C} tahun {Y}?')
_t('unjuk-rasa', 'demand', 'english',
   'What were the {g_en} protesting for in {C} in {Y}?', 'What did the {g_en} in {C} demand in their {Y} protest?',
   'Why did {g_en} protest in {C} in {Y}?')
_t('unjuk-rasa', 'date', 'chat',
   'demo {g} di {C} {Y} tgl brp', 'kpn {g} {C} demo thn {Y}', 'tgl brp {g} unjuk rasa di {C} {Y}', 'demo {g} {C} {Y} kpn persisnya')
_t('unjuk-rasa', 'date', 'formal',
   'Tanggal berapa unjuk rasa {g} di {C} tahun {Y} berlangsung?', 'Kapan para {g} berunjuk rasa di {C} pada {Y}?')
_t('unjuk-rasa', 'date', 'english',
   'When did {g_en} stage a protest in {C} in {Y}?', 'On what date did the {Y} protest by {g_en} in {C} take place?')


def names_in(c):
    """Proper names in the card (kept as typed in chat, never given typos)."""
    f = c.f
    out = []
    for k in ('city', 'co', 'country', 'person', 'a', 'b', 'src', 'org', 'pcity', 'place', 'from', 'to'):
        if k in f:
            out.append(f[k])
    out.extend(CHAT_COUNTRY.get(f.get('country'), []))
    return out


def render(template, values):
    try:
        q = template.format(**values)
    except KeyError:
        return None
    if re.search(r'\{\w+\}', q) or '  ' in q or q.strip() == '':
        return None
    return q


def protected_words(c):
    out = set()
    for n in names_in(c):
        out.update(words(n))
    return out


def make_question(c, fact, keyfields, style, rng, index, vocab):
    templates = T.get((c.kind, fact, 'formal' if style == 'typo' else style))
    if not templates:
        return None
    if style == 'english' and (not c.answer_en or c.en is None):
        return None
    mention = {k: c.f[k] for k in keyfields}
    fits = index.fits(c.kind, mention)
    if len(fits) != 1:
        return None
    order = list(templates)
    rng.shuffle(order)
    for tpl in order:
        values = fill(c, 'chat' if style == 'chat' else 'formal', rng)
        q = render(tpl, values)
        if q is None:
            continue
        if too_close(q, c.phrasings, protected_words(c)):
            continue
        if style == 'chat':
            q = chatify(q, rng, names_in(c) + [values.get('co', ''), values.get('proj', ''), values.get('pos', ''), values.get('country', '')])
            if too_close(q, c.phrasings, protected_words(c)):
                continue
        elif style == 'typo':
            q, done = add_typos(q, protected_words(c), vocab, rng, 1 if rng.random() < 0.6 else 2)
            if q is None:
                continue
        return q
    return None


# ---------------------------------------------------------------------------
# Out of scope look-alikes
# ---------------------------------------------------------------------------

NEW_FIRST = '''Agus Bayu Cahyadi Danang Fikri Galih Hendro Ikhsan Joni Krisna Lukman Mahmud Nanda Oki Pandu Rudi Sandi
Teguh Umar Vina Wawan Yanti Zaki Bagas Rosa Tika Dewanto Gusti Iwan Jaka Ratna Kurnia Santi Yusuf Anton Herlina Taufan
Rosita Benny Fransiska Darmawan Eliza Jamal Kiki Sekar Tomi Wening Yudha Arum Bonifasius Cornelia'''.split()
NEW_LAST = '''Saragih Nainggolan Simanjuntak Damanik Kurniawan Pangaribuan Wenas Rumagit Koswara Suparman Hasibuan Siahaan
Tambayong Pelupessy Rahardjo Gunawan Kusnadi Prawira Sitompul Wonda Manuhutu Tampubolon Surbakti Kaligis Lasut Daulay
Nasution Mangunsong Sihotang Tanamal'''.split()
NEW_CITIES = '''Bantul Sleman Kebumen Cilacap Purworejo Brebes Kuningan Majalengka Pandeglang Rangkasbitung Sukoharjo Wonogiri
Rembang Demak Kendal Blora Grobogan Bondowoso Trenggalek Pacitan Nganjuk Jombang Bangkalan Sampang Kolaka Sinjai Bulukumba
Watampone Polewali Luwuk Poso Tolitoli Kotamobagu Tondano Sanana Tobelo Fakfak Kaimana Biak Serui Sentani Atambua Waingapu
Ruteng Bajawa Larantuka Dompu Selong Praya Nunukan Sangatta Tenggarong Ketapang Sintang Putussibau Martapura Barabai
Metro Pringsewu Baturaja Lahat Curup Muko-Muko Sungailiat Tanjung Pandan Bukittinggi Solok Pariaman Sawahlunto Padang Panjang
Sibolga Tebing Tinggi Langsa Meulaboh Takengon Bireuen'''.split()
NEW_COUNTRIES = {
    'Kenya': 'Kenya', 'Peru': 'Peru', 'Chili': 'Chile', 'Argentina': 'Argentina', 'Kolombia': 'Colombia', 'Nigeria': 'Nigeria',
    'Maroko': 'Morocco', 'Yordania': 'Jordan', 'Polandia': 'Poland', 'Swedia': 'Sweden', 'Finlandia': 'Finland',
    'Denmark': 'Denmark', 'Portugal': 'Portugal', 'Yunani': 'Greece', 'Austria': 'Austria', 'Kamboja': 'Cambodia',
    'Myanmar': 'Myanmar', 'Sri Lanka': 'Sri Lanka', 'Nepal': 'Nepal', 'Kazakhstan': 'Kazakhstan', 'Uzbekistan': 'Uzbekistan',
    'Oman': 'Oman', 'Kuwait': 'Kuwait', 'Ethiopia': 'Ethiopia', 'Tanzania': 'Tanzania', 'Ghana': 'Ghana', 'Ekuador': 'Ecuador',
}
NEW_CO_A = 'Sumber Anugerah Bahtera Puncak Delta Mega Trijaya Inti Bina Cemerlang Adhi Sakti Pilar Arta Wijaya'.split()
NEW_CO_B = 'Kargo Pertiwi Agrindo Sarana Perkasa Kreasi Sentral Mulia Andalan Lestari Jasa Optima Kencana Prima'.split()
NEW_CO_C = ['Abadi', 'Sejati', 'Persada', 'Tbk', 'Mandiri', 'Raya', '']


class Unknowns:
    """Names, places, companies and countries that appear nowhere in the knowledge folder."""

    def __init__(self, text):
        self.low = text.lower()

    def absent(self, s):
        return re.search(r'(?<![a-z])%s(?![a-z])' % re.escape(s.lower()), self.low) is None

    def person(self, rng):
        for _ in range(200):
            n = '%s %s' % (rng.choice(NEW_FIRST), rng.choice(NEW_LAST))
            if self.absent(n):
                return n
        return None

    def city(self, rng):
        cands = [c for c in NEW_CITIES if self.absent(c)]
        return rng.choice(cands) if cands else None

    def country(self, rng):
        cands = sorted(k for k, v in NEW_COUNTRIES.items() if self.absent(k) and self.absent(v))
        if not cands:
            return None
        k = rng.choice(cands)
        return k, NEW_COUNTRIES[k]

    def company(self, rng):
        for _ in range(200):
            n = ('PT %s %s %s' % (rng.choice(NEW_CO_A), rng.choice(NEW_CO_B), rng.choice(NEW_CO_C))).strip()
            if self.absent(n[3:]):
                return n
        return None


# missing details: (kind, chat templates, formal templates, english templates, words that would give the detail away)
DETAILS = [
    ('bencana', ['brp org luka2 krn {t} {C} {Y}', '{t} di {C} {Y} yg luka brp', 'korban luka {t} {C} thn {Y} ada brp'],
     ['Berapa korban luka-luka akibat {t} di {C} tahun {Y}?'], ['How many people were injured in the {t_en} in {C} in {Y}?'],
     ['luka', 'injured', 'injuries']),
    ('bencana', ['brp rumah rusak gara2 {t} di {C} {Y}', 'rumah yg rusak krn {t} {C} {Y} brp'],
     ['Berapa rumah yang rusak akibat {t} di {C} pada {Y}?'], ['How many houses were damaged by the {t_en} in {C} in {Y}?'],
     ['rumah', 'rusak', 'houses', 'damaged']),
    ('bencana', ['kerugian {t} {C} {Y} brp', 'brp total kerugian akibat {t} di {C} thn {Y}'],
     ['Berapa nilai kerugian materiil akibat {t} di {C} tahun {Y}?'], ['What was the financial loss from the {t_en} in {C} in {Y}?'],
     ['kerugian', 'loss', 'losses']),
    ('bencana', ['ada yg hilang gak pas {t} {C} {Y}', 'brp org hilang krn {t} di {C} {Y}'],
     ['Berapa orang yang dinyatakan hilang dalam {t} di {C} tahun {Y}?'], ['How many people went missing in the {t_en} in {C} in {Y}?'],
     ['hilang', 'missing']),
    ('kesepakatan', ['kesepakatan {co} sm {country} berlaku brp thn', 'kontrak {co} dgn {country} sampe kpn berlakunya'],
     ['Berapa lama masa berlaku kesepakatan {co} dengan mitra {country}?'], ['How long does the agreement between {co} and {country_en} run?'],
     ['berlaku', 'run', 'until', 'expires']),
    ('kesepakatan', ['{co} teken deal sm {country} di kota mn', 'kesepakatan {co} {country} ditandatangani dmn'],
     ['Di kota mana kesepakatan {co} dengan mitra {country} ditandatangani?'], ['In which city did {co} sign its deal with partners from {country_en}?'],
     ['kota', 'city']),
    ('kesepakatan', ['kesepakatan {co} sm {country} nyerap brp tenaga kerja', 'deal {co} {country} buka lapangan kerja brp'],
     ['Berapa lapangan kerja yang tercipta dari kesepakatan {co} dengan {country}?'], ['How many jobs will the deal between {co} and {country_en} create?'],
     ['lapangan', 'tenaga', 'jobs']),
    ('kunjungan', ['{P} di {country} brp hari', 'brp lama {P} kunjungan ke {country}'],
     ['Berapa hari {P} berada di {country}?'], ['How many days did {P} spend in {country_en}?'],
     ['hari', 'days', 'lama']),
    ('kunjungan', ['{P} ke {country} mampir kota mn aja', '{P} di {country} ke kota apa'],
     ['Kota mana saja yang disinggahi {P} selama kunjungan ke {country}?'], ['Which cities did {P} go to in {country_en}?'],
     ['kota', 'cities', 'city']),
    ('laba', ['dividen {co} {Y} brp', 'brp dividen yg dibagi {co} thn {Y}'],
     ['Berapa dividen yang dibagikan {co} untuk tahun buku {Y}?'], ['What dividend did {co} pay for {Y}?'],
     ['dividen', 'dividend']),
    ('laba', ['karyawan {co} {Y} ada brp org', 'brp jumlah pegawai {co} thn {Y}'],
     ['Berapa jumlah karyawan {co} pada tahun {Y}?'], ['How many employees did {co} have in {Y}?'],
     ['karyawan', 'pegawai', 'employees']),
    ('laba', ['harga saham {co} akhir {Y} brp', 'saham {co} thn {Y} naik gak'],
     ['Berapa harga saham {co} pada akhir {Y}?'], ["What was {co}'s share price at the end of {Y}?"],
     ['saham', 'share']),
    ('penunjukan', ['{P} umurnya brp', 'brp usia {P} pas jd {pos}'],
     ['Berapa usia {P} saat ditunjuk sebagai {pos}?'], ['How old was {P} when appointed {pos_en}?'],
     ['usia', 'umur', 'old', 'tahun']),
    ('penunjukan', ['{P} lulusan mn', '{P} yg jd {pos} kuliah dmn'],
     ['{P} merupakan lulusan universitas mana?'], ['Which university did {P} graduate from?'],
     ['lulusan', 'kuliah', 'graduate']),
    ('penunjukan', ['gaji {P} sbg {pos} brp', 'brp gaji {pos} {Y}'],
     ['Berapa gaji {P} sebagai {pos}?'], ['How much is {P} paid as {pos_en}?'],
     ['gaji', 'paid', 'salary']),
    ('pertemuan', ['jam brp {A} ketemu {B}', '{A} sm {B} ktemuan jam brp'],
     ['Pukul berapa pertemuan {A} dengan {B} dimulai?'], ['What time did {A} and {B} meet?'],
     ['jam', 'pukul', 'time']),
    ('pertemuan', ['hasil ktemuan {A} sm {B} ap', '{A} sm {B} akhirnya sepakat ap'],
     ['Apa hasil pertemuan antara {A} dan {B}?'], ['What was the outcome of the meeting between {A} and {B}?'],
     ['hasil', 'sepakat', 'outcome', 'agreed']),
    ('pertemuan', ['{A} ktemu {B} brp lama', 'ktemuan {A} dgn {B} brp jam'],
     ['Berapa lama pertemuan {A} dan {B} berlangsung?'], ['How long did the meeting between {A} and {B} last?'],
     ['lama', 'jam', 'last', 'hours']),
    ('proyek', ['sp kontraktor {proj}', 'kontraktornya {proj} siapa'],
     ['Siapa kontraktor yang mengerjakan {proj}?'], ['Which contractor is building the {proj_en}?'],
     ['kontraktor', 'contractor']),
    ('proyek', ['{proj} mulai dibangun kpn', 'kpn groundbreaking {proj}'],
     ['Kapan pembangunan {proj} dimulai?'], ['When did construction of the {proj_en} start?'],
     ['dimulai', 'mulai', 'groundbreaking', 'start', 'began']),
    ('proyek', ['dana {proj} dr mana', '{proj} dibiayai sp'],
     ['Dari mana sumber pendanaan pembangunan {proj}?'], ['Who is paying for the {proj_en}?'],
     ['sumber', 'apbn', 'apbd', 'dibiayai', 'funded', 'paying']),
    ('unjuk-rasa', ['demo {g} {C} {Y} ada yg ditangkap gak', 'brp org ditangkap pas demo {g} di {C} {Y}'],
     ['Berapa orang yang ditangkap dalam unjuk rasa {g} di {C} tahun {Y}?'], ['How many people were arrested at the {g_en} protest in {C} in {Y}?'],
     ['ditangkap', 'diamankan', 'arrested']),
    ('unjuk-rasa', ['sp koordinator demo {g} di {C} {Y}', 'demo {g} {C} {Y} dipimpin sp'],
     ['Siapa koordinator aksi unjuk rasa {g} di {C} tahun {Y}?'], ['Who led the {g_en} protest in {C} in {Y}?'],
     ['koordinator', 'dipimpin', 'led']),
    ('unjuk-rasa', ['demo {g} di {C} {Y} ricuh gak', 'ada bentrok gak pas demo {g} {C} {Y}'],
     ['Apakah unjuk rasa {g} di {C} tahun {Y} berakhir ricuh?'], ['Did the {g_en} protest in {C} in {Y} turn violent?'],
     ['ricuh', 'bentrok', 'violent', 'clash']),
]

# questions about a thing no card mentions: (kind, what is replaced, chat, formal, english)
UNKNOWN = [
    ('bencana', 'city', ['dead', 'disp', 'date']),
    ('kesepakatan', 'co', ['value', 'date', 'country']),
    ('kesepakatan', 'country', ['value', 'date']),
    ('kunjungan', 'person', ['date', 'country', 'purpose']),
    ('laba', 'co', ['profit', 'revenue', 'change']),
    ('penunjukan', 'org', ['who']),
    ('penunjukan', 'person', ['when', 'prev']),
    ('pertemuan', 'person', ['when', 'where', 'topic']),
    ('proyek', 'place', ['target', 'cost', 'progress']),
    ('unjuk-rasa', 'city', ['count', 'demand', 'date']),
]


def body_mentions(card_texts, terms):
    text = ' '.join(card_texts).lower()
    return any(re.search(r'(?<![a-z])%s' % re.escape(t.lower()), text) for t in terms)


def clone_with(c, **changes):
    f = dict(c.f)
    f.update(changes)
    en = dict(c.en or {})
    return Card(c.id, c.path, c.fields, c.body, c.kind, f, en)


def make_unknown(c, rng, unknowns):
    """A question shaped like the card's, about a name, place or company no card mentions."""
    options = [u for u in UNKNOWN if u[0] == c.kind]
    if not options:
        return None
    kind, what, facts = rng.choice(options)
    f = c.f
    fake = None
    if what == 'city':
        city = unknowns.city(rng)
        if city:
            fake = clone_with(c, city=city)
    elif what == 'co':
        co = unknowns.company(rng)
        if co:
            fake = clone_with(c, co=co)
    elif what == 'country':
        ct = unknowns.country(rng)
        if ct:
            fake = clone_with(c, country=ct[0])
            fake.en['country'] = ct[1]
            fake.en['country_bare'] = ct[1]
    elif what == 'person':
        p = unknowns.person(rng)
        if p:
            if kind == 'pertemuan':
                if rng.random() < 0.5:
                    fake = clone_with(c, a=p) if rng.random() < 0.5 else clone_with(c, b=p)
                else:
                    fake = clone_with(c, a=p, b=unknowns.person(rng) or p)
            else:
                fake = clone_with(c, person=p)
    elif what == 'org':
        if f['role'] == 'kepala':
            city = unknowns.city(rng)
            if city:
                fake = clone_with(c, pcity=city)
                fake.en['position'] = re.sub(re.escape(f['pcity']), city, c.en.get('position', ''))
        else:
            co = unknowns.company(rng)
            if co:
                fake = clone_with(c, org=co)
                fake.en['position'] = c.en.get('position', '').replace(f['org'], co)
    elif what == 'place':
        city = unknowns.city(rng)
        if city:
            if 'from' in f:
                if rng.random() < 0.5:
                    place = '%s\u2013%s' % (f['from'], city)
                else:
                    place = '%s\u2013%s' % (city, f['to'])
            else:
                place = city
            fake = clone_with(c, place=place)
            fake.en['proj'] = c.en.get('proj', '').replace(f['place'], place)
    if fake is None:
        return None
    fake.phrasings = []
    fact = rng.choice(facts)
    style = rng.choice(['chat', 'chat', 'formal', 'english'])
    templates = T.get((c.kind, fact, style))
    if not templates:
        return None
    tpl = rng.choice(templates)
    values = fill(fake, 'chat' if style == 'chat' else 'formal', rng)
    q = render(tpl, values)
    if q is None:
        return None
    if style == 'chat':
        q = chatify(q, rng, names_in(fake) + [values.get('co', ''), values.get('proj', ''), values.get('pos', ''), values.get('country', '')])
    return q, 'unknown-%s' % what


def make_detail(c, rng):
    """A question about the card's own subject asking a detail its body does not give."""
    options = [d for d in DETAILS if d[0] == c.kind]
    rng.shuffle(options)
    for kind, chat_t, formal_t, en_t, giveaway in options:
        # the detail must be absent from the card's answers (its subject has no other card: keys are unique)
        if body_mentions([c.body, c.answer_en or ''], giveaway):
            continue
        style = rng.choice(['chat', 'chat', 'formal', 'english'])
        tpl = rng.choice({'chat': chat_t, 'formal': formal_t, 'english': en_t}[style])
        values = fill(c, 'chat' if style == 'chat' else 'formal', rng)
        q = render(tpl, values)
        if q is None:
            continue
        if style == 'chat':
            q = chatify(q, rng, names_in(c) + [values.get('co', ''), values.get('proj', ''), values.get('pos', ''), values.get('country', '')])
        return q, 'detail'
    return None


# ---------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--knowledge', required=True, help='the knowledge folder (with cards/ and sources.yaml)')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--cards', type=int, default=150, help='how many cards to sample (default 150)')
    ap.add_argument('--none-ratio', type=float, default=0.25, help='out-of-scope questions per sampled card (default 0.25)')
    ap.add_argument('--out', help='the TSV to write (default: standard output)')
    ap.add_argument('--provenance', help='text for a "# provenance:" line before the header')
    args = ap.parse_args(argv)

    cards, alltext, skipped = load(args.knowledge)
    if skipped:
        print('skipped %d cards of no known kind' % skipped, file=sys.stderr)
    if not cards:
        sys.exit('no cards of the kinds generate-knowledge writes (disasters, agreements, visits, profits, '
                 'appointments, meetings, projects, protests) in %s' % args.knowledge)
    index = Index(cards)
    vocab = set(words(alltext))
    unknowns = Unknowns(alltext)
    rng = random.Random(args.seed)

    # sample evenly across kinds, then in a shuffled order
    kinds = sorted(index.by_kind)
    pools = {k: sorted(index.by_kind[k], key=lambda c: c.id) for k in kinds}
    for k in kinds:
        rng.shuffle(pools[k])
    order = []
    while any(pools.values()):
        for k in kinds:
            if pools[k]:
                order.append(pools[k].pop())
    rows = {'chat': [], 'typo': [], 'english': [], 'none': []}
    sampled = []
    for c in order:
        if len(sampled) == args.cards:
            break
        crng = random.Random('%d:%s' % (args.seed, c.id))
        facts = facts_for(c)
        crng.shuffle(facts)
        got = {}
        for style in ('chat', 'typo', 'english'):
            if style == 'english' and not c.answer_en:
                continue
            # prefer a different fact per style
            tried = facts[len(got):] + facts[:len(got)]
            for fact, key in tried:
                q = make_question(c, fact, key, style, crng, index, vocab)
                if q:
                    got[style] = (fact, q)
                    break
        if 'chat' not in got or 'typo' not in got:
            continue
        sampled.append(c)
        for style, (fact, q) in got.items():
            rows[style].append((c.id, q))

    target_none = round(len(sampled) * args.none_ratio)
    nrng = random.Random('%d:none' % args.seed)
    pool = list(sampled)
    nrng.shuffle(pool)
    seen = set()
    for c in pool * 3:
        if len(rows['none']) >= target_none:
            break
        r = make_unknown(c, nrng, unknowns) if nrng.random() < 0.55 else make_detail(c, nrng)
        if not r:
            continue
        q, _why = r
        if q.lower() in seen:
            continue
        seen.add(q.lower())
        rows['none'].append(('none', q))

    out = open(args.out, 'w', encoding='utf-8', newline='\n') if args.out else sys.stdout
    try:
        prov = args.provenance or ('generated by tools/question-generator/generate.py --seed %d --cards %d from %s'
                                   % (args.seed, args.cards, os.path.basename(os.path.normpath(args.knowledge))))
        out.write('# provenance: %s\n' % prov)
        out.write('category\texpected\tquestion\n')
        for cat in ('chat', 'typo', 'english', 'none'):
            for expected, q in rows[cat]:
                q = re.sub(r'\s+', ' ', q).strip()
                out.write('%s\t%s\t%s\n' % (cat, expected, q))
    finally:
        if args.out:
            out.close()
    print('cards sampled %d: chat %d, typo %d, english %d, none %d' % (
        len(sampled), len(rows['chat']), len(rows['typo']), len(rows['english']), len(rows['none'])), file=sys.stderr)


if __name__ == '__main__':
    main()
