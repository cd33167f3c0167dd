using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Indonesian chat shorthand and informal spellings, expanded to the standard word before anything else looks at
/// the text. Language knowledge, not coverage knowledge: names and topic words belong in aliases.yaml.
/// </summary>
internal static class ChatAbbreviations
{
    public static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["yg"] = "yang", ["yng"] = "yang", ["kpn"] = "kapan", ["kapn"] = "kapan", ["kpan"] = "kapan",
        ["brp"] = "berapa", ["brapa"] = "berapa", ["brpa"] = "berapa", ["berapakah"] = "berapa",
        ["gmn"] = "bagaimana", ["gimana"] = "bagaimana", ["gmana"] = "bagaimana", ["bgmn"] = "bagaimana", ["gmna"] = "bagaimana",
        ["knp"] = "kenapa", ["napa"] = "kenapa", ["ngapa"] = "kenapa", ["knapa"] = "kenapa",
        ["dmn"] = "dimana", ["dmana"] = "dimana", ["dimn"] = "dimana",
        ["sp"] = "siapa", ["sapa"] = "siapa", ["syp"] = "siapa", ["siapakah"] = "siapa", ["spa"] = "siapa",
        ["tdk"] = "tidak", ["gak"] = "tidak", ["ga"] = "tidak", ["gk"] = "tidak", ["nggak"] = "tidak", ["ngga"] = "tidak",
        ["enggak"] = "tidak", ["engga"] = "tidak", ["kagak"] = "tidak", ["ndak"] = "tidak", ["tak"] = "tidak", ["g"] = "tidak",
        ["blm"] = "belum", ["blom"] = "belum", ["udh"] = "sudah", ["sdh"] = "sudah", ["udah"] = "sudah", ["dah"] = "sudah",
        ["jd"] = "jadi", ["jdi"] = "jadi", ["dgn"] = "dengan", ["dg"] = "dengan", ["sm"] = "sama", ["ama"] = "sama",
        ["utk"] = "untuk", ["untk"] = "untuk", ["buat"] = "untuk", ["krn"] = "karena", ["krna"] = "karena", ["karna"] = "karena",
        ["tgl"] = "tanggal", ["tggl"] = "tanggal", ["thn"] = "tahun", ["th"] = "tahun", ["org"] = "orang", ["orng"] = "orang",
        ["bgt"] = "banget", ["aja"] = "saja", ["aj"] = "saja", ["tp"] = "tapi", ["tpi"] = "tapi", ["sbg"] = "sebagai",
        ["skrg"] = "sekarang", ["skrng"] = "sekarang", ["ktemu"] = "bertemu", ["ketemu"] = "bertemu", ["ketemuan"] = "bertemu", ["dr"] = "dari", ["dri"] = "dari",
        ["kyk"] = "kayak", ["emg"] = "memang", ["emang"] = "memang", ["bkn"] = "bukan",
        ["sblm"] = "sebelum", ["stlh"] = "setelah", ["abis"] = "setelah", ["habis"] = "setelah", ["trs"] = "terus", ["lg"] = "lagi", ["lgi"] = "lagi",
        ["jg"] = "juga", ["jga"] = "juga", ["klo"] = "kalau", ["kalo"] = "kalau", ["klu"] = "kalau", ["pd"] = "pada",
        ["sj"] = "saja", ["dpt"] = "dapat", ["bs"] = "bisa", ["bsa"] = "bisa", ["hrs"] = "harus", ["sy"] = "saya",
        ["gw"] = "saya", ["gue"] = "saya", ["aku"] = "saya", ["ak"] = "saya", ["km"] = "kamu", ["lu"] = "kamu", ["lo"] = "kamu",
        ["kmrn"] = "kemarin", ["mulu"] = "melulu", ["mlulu"] = "melulu", ["kemaren"] = "kemarin", ["kmaren"] = "kemarin", ["tsb"] = "tersebut", ["dll"] = "lainnya", ["spt"] = "seperti", ["sprti"] = "seperti",
        ["ttg"] = "tentang", ["tntg"] = "tentang", ["bbrp"] = "beberapa", ["byk"] = "banyak", ["bnyk"] = "banyak",
        ["msh"] = "masih", ["mslh"] = "masalah", ["pemerintahnya"] = "pemerintah", ["negri"] = "negeri",
        ["gimanakah"] = "bagaimana", ["mengapakah"] = "mengapa", ["apakah"] = "apa", ["apaan"] = "apa", ["ap"] = "apa",
        ["dmna"] = "dimana", ["kmana"] = "kemana", ["knapa2"] = "kenapa", ["siapa2"] = "siapa", ["pas"] = "saat",
        ["wkt"] = "waktu", ["wktu"] = "waktu", ["ato"] = "atau", ["atw"] = "atau", ["n"] = "dan", ["&"] = "dan",
        ["bln"] = "bulan", ["hr"] = "hari", ["mnrt"] = "menurut", ["menurutnya"] = "menurut", ["kenapakah"] = "kenapa",
        ["bareng"] = "bersama", ["barengan"] = "bersama", ["bikin"] = "membuat", ["ngapain"] = "apa", ["gede"] = "besar",
        ["doang"] = "saja", ["cuma"] = "hanya", ["cuman"] = "hanya", ["nyampe"] = "sampai", ["sampe"] = "sampai",
        ["gara"] = "karena", ["garagara"] = "karena", ["dapet"] = "dapat", ["liat"] = "lihat", ["ngeliat"] = "melihat",
        ["tau"] = "tahu", ["ngerti"] = "mengerti", ["pengen"] = "ingin", ["pingin"] = "ingin", ["trus"] = "terus",
        ["belom"] = "belum", ["pake"] = "pakai", ["kasi"] = "kasih", ["ntar"] = "nanti",
        ["brapakah"] = "berapa", ["kpnkah"] = "kapan", ["dmnkah"] = "dimana", ["napain"] = "apa", ["kek"] = "seperti",
        ["jt"] = "juta", ["jta"] = "juta", ["rb"] = "ribu", ["rbu"] = "ribu", ["milyar"] = "miliar",
        ["pres"] = "presiden", ["presdien"] = "presiden", ["pm"] = "perdana menteri", ["menlu"] = "menteri luar negeri",
        ["menhan"] = "menteri pertahanan", ["jubir"] = "juru bicara",
        ["py"] = "punya", ["pny"] = "punya", ["duit"] = "uang", ["tu"] = "itu", ["taun"] = "tahun", ["thun"] = "tahun", ["bakal"] = "akan", ["keberapa"] = "berapa",

        ["sjk"] = "sejak", ["sjak"] = "sejak", ["dn"] = "dan", ["pgn"] = "ingin", ["pngen"] = "ingin", ["pngn"] = "ingin",
        ["hri"] = "hari", ["knpa"] = "kenapa", ["kl"] = "kalau", ["sma"] = "sama", ["bnyak"] = "banyak", ["spy"] = "supaya",
        ["thd"] = "terhadap", ["trhdp"] = "terhadap", ["msih"] = "masih", ["pda"] = "pada", ["kpd"] = "kepada",
        ["blum"] = "belum", ["gimn"] = "bagaimana", ["kmn"] = "kemana", ["smua"] = "semua", ["smw"] = "semua",
        ["sdikit"] = "sedikit", ["bnr"] = "benar", ["ppl"] = "people",

        // English contractions, with or without the apostrophe (which splits "didn't" into "didn" and "t").
        ["didn"] = "did not", ["didnt"] = "did not", ["doesn"] = "does not", ["doesnt"] = "does not",
        ["dont"] = "do not", ["isn"] = "is not", ["isnt"] = "is not", ["wasn"] = "was not", ["wasnt"] = "was not",
        ["aren"] = "are not", ["arent"] = "are not", ["weren"] = "were not", ["werent"] = "were not", ["hasn"] = "has not",
        ["hasnt"] = "has not", ["haven"] = "have not", ["havent"] = "have not", ["couldn"] = "could not",
        ["couldnt"] = "could not", ["wouldn"] = "would not", ["wouldnt"] = "would not",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
