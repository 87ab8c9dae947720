package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * A date is a birth date only by its label (生年月日, DOB, born …) or its column header. Other date labels
 * (入社日, issued, expires) nearer than a birth label keep a date on the same line from counting.
 */
public final class DateOfBirthDetector extends PatternDetector {

    private static final String MON = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    // month names of German, French, Spanish, Italian, Dutch, Polish (genitive, as dates write them) and Swedish that
    // MON does not begin: 12. März 1985, 4 août 1979, 5 de junio de 1980, 5 giugno 1980, 28 maart 1985, 3 maja 1990
    private static final String MON_EU = "(?:j[äa]nner|m[äa]rz|mars|mai|juni|juli|dezember|janvier|f[ée]vrier|avril|juin|juillet"
            + "|ao[ûu]t|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
            + "|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|maart|mei|oktober|stycznia"
            + "|lutego|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|maj|augusti)";

    public DateOfBirthDetector() {
        super("date_of_birth", "DATE_OF_BIRTH", List.of(
                        Rule.of("iso", "(?<![\\d/.-])(?<v>(?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01]))(?![\\d/.-])", 0.1),
                        Rule.of("kanji", "(?<v>(?:19|20)\\d{2} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日)", 0.1),
                        Rule.of("wareki", "(?<v>(?:昭和|平成|令和|[SHR])\\s?(?:\\d{1,2}|元) ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日)", 0.1),
                        // the short 和暦 of rosters and forms (S47.9.17, H7.2.13): a birth date under its column or label
                        Rule.of("wareki-short", "(?<![\\p{L}\\d./-])(?<v>[MTSHR]\\s?\\d{1,2}[./]\\d{1,2}[./]\\d{1,2})(?![\\d./])", 0.1),
                        // yyyymmdd as fixed-width and mainframe exports write it (a 住基 異動者一覧's 19590925): a birth date
                        // only by its label or a text table's header ({@link TextTableDates})
                        Rule.of("compact", "(?<![\\d/.-])(?<v>(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(?![\\d/.-])", 0.1),
                        Rule.of("us", "(?<![\\d/.-])(?<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)\\d{2})(?![\\d/])", 0.1),
                        Rule.of("eu", "(?<![\\d/.-])(?<v>(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2})(?![\\d.])", 0.1),
                        // day first with a slash, the day above 12 (the US rule reads 04/03/1979 already), and with
                        // hyphens as Dutch writes it: 25/11/1982, 25-01-1990
                        Rule.of("eu-slash", "(?<![\\d/.-])(?<v>(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\\d{2})(?![\\d/])", 0.1),
                        Rule.of("eu-dash", "(?<![\\d/.-])(?<v>(?:0?[1-9]|[12]\\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\\d{2})(?![\\d-])", 0.1),
                        Rule.of("words-eu", "(?i)(?<![\\p{L}\\d])(?<v>(?:\\d{1,2}|1er)\\.? (?:de )?" + MON_EU + " (?:de )?(?:19|20)\\d{2})", 0.1)
                                .onLinesWith(" 19", " 20"),
                        Rule.of("words", "(?i)(?<v>\\d{1,2} " + MON + ",? (?:19|20)\\d{2}|" + MON + " \\d{1,2},? (?:19|20)\\d{2})", 0.1)
                                // month names start a match almost anywhere in English; the year after a space is rare
                                .onLinesWith(" 19", " 20"),
                        // 1978年6月3日生 / 昭和60年1月15日生まれ: the date says it is a birth date itself
                        Rule.of("kanji-born", "(?<v>(?:(?:19|20)\\d{2}|(?:明治|大正|昭和|平成|令和)\\s?(?:\\d{1,2}|元)) ?年 ?\\d{1,2} ?月"
                                + " ?\\d{1,2} ?日)[ \\t]?生(?:まれ)?(?![\\p{IsHan}])", 0.8),
                        // "born" with no subject (a label, "Mr. Evans, born 4 July 1976") or a person's (pronoun or
                        // capitalised name, a comma may follow: "The applicant, Daniel Osei, was born") born on a date;
                        // "the idea was born on ..." is not a birth date
                        Rule.of("born", "(?<![\\p{L}])(?:(?<![\\p{L}] )|(?!(?:The|This|That|Our|Its|It|Their|A|An) )"
                                + "(?:I|[Hh]e|[Ss]he|[A-Z][a-z]+(?: [A-Z][a-z]+)?),? (?:was|is) )[Bb]orn"
                                + "(?: on| in)?,? (?<v>" + MON + " \\d{1,2},? (?:19|20)\\d{2}|\\d{1,2} " + MON + ",? (?:19|20)\\d{2}"
                                + "|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})", 0.8)
                                .onLinesWith("orn ")),
                ContextWords.of("生年月日", "誕生日", "生まれ", "dob", "d.o.b", "date of birth", "birth date", "birthdate",
                        "birthday", "geburtsdatum", "date de naissance", "fecha de nacimiento",
                        // German, French, Spanish, Italian, Dutch, Polish and Swedish: the label and the verb ("geboren
                        // am", "née le", "nato a Napoli il"); Italian "nato" only with its particle (NATO is a word)
                        "geboren", "geb", "geburtstag", "né", "née", "naissance", "naiss", "nac", "nacido", "nacida", "nacimiento",
                        "nato il", "nata il", "nato a", "nata a", "nascita", "geboortedatum", "urodzony", "urodzona",
                        "urodzonym", "urodzoną", "urodzenia", "född", "födelsedatum", "födelsedag"),
                ContextWords.of("入社", "退職", "発行", "有効期限", "作成", "出発", "帰国", "提出", "申請", "交付",
                        // a clinic's, a town office's and a care record's other dates (受診日, 資格取得年月日)
                        "受診", "資格取得", "調剤", "来店", "転入", "転居", "婚姻", "編製",
                        // a 住民票's and a 戸籍's event dates under the birth date, a death, a care decision, a lease, a
                        // stay in hospital: each as a label of its own ("入居者：藤田　千秋（妻・1993年1月2日生）" is a
                        // birth date, and so is the date under a table's 生年月日 beside a 住民となった年月日 column)
                        "住民となった日", "住所を定めた日", "届出日", "死亡日", "認定日", "入居日", "入院日", "入院期間",
                        "退院日", "hire",
                        "hired", "issued", "issue date", "expires", "expiry", "expiration", "date:", "日付", "signed",
                        "start", "effective", "received", "updated",
                        // the other dates of European records ("Lugar de nacimiento: Toledo / Fecha de alta: 03/06/2024"):
                        // issue, validity, hiring, leaving, invoice, order and registration dates
                        "ausgestellt", "gültig", "eintritt", "austritt", "beginn", "rechnungsdatum", "bestelldatum",
                        "lieferdatum", "gründung", "gründungsdatum", "délivré", "délivrance", "échéance", "embauche",
                        "début", "date de facture", "alta", "vencimiento", "expedición", "emisión", "assunzione",
                        "scadenza", "rilascio", "emissione", "in dienst", "ingangsdatum", "uitgifte", "wystawienia",
                        "zatrudnienia", "utfärdad", "giltig", "anställningsdatum", "registreringsdatum"));
    }

    /** ... and the birth-date column of a table written as lines ({@link TextTableDates}). */
    @Override
    public List<org.leakscope.classifiers.model.Finding> detect(org.leakscope.classifiers.text.ScanText t) {
        return TextTableDates.rescore(t, super.detect(t));
    }

    @Override
    protected double contextBoost() {
        return 0.6;
    }

    @Override
    protected int windowBefore() {
        return 40;
    }

    @Override
    protected int windowAfter() {
        return 3;
    }

    @Override
    protected String mask(String value) {
        return Masks.digits(value);
    }
}
