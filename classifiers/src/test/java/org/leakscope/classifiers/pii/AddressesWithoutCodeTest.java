package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/** The address rules that need no ZIP code or postcode (words of pii/addresses.yml), edge by edge. */
class AddressesWithoutCodeTest {

    private static final PostalAddressDetector D = new PostalAddressDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a text table's row: the birth date in the next column is not the address's
        "山田 太郎 090-1234-5678 東京都千代田区丸の内1-1-1 1980年1月2日|東京都千代田区丸の内1-1-1",
        "佐藤 花子 大阪府大阪市北区梅田2-2-2 1985/03/04 営業部|大阪府大阪市北区梅田2-2-2",
        "住所：東京都港区芝公園4-2-8 昭和55年入居|東京都港区芝公園4-2-8",
        // the sentence goes on after the address
        "新しい住所は東京都世田谷区玉川2-21-1です。|東京都世田谷区玉川2-21-1",
        "現在は大阪府大阪市北区梅田2-2-2に住んでいます。|大阪府大阪市北区梅田2-2-2",
        // a building name after the block stays
        "東京都江東区豊洲4-24-15 ライオンズマンション豊洲 1104号室|東京都江東区豊洲4-24-15 ライオンズマンション豊洲 1104号室",
    })
    void aDateAfterAJapaneseAddressEndsIt(String text, String expected) {
        assertEquals(List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a state after the town: no cue needed
        "742 Evergreen Terrace, Springfield, Oregon|742 Evergreen Terrace, Springfield, Oregon",
        "Her new address is 55 Harbor View Road, Portland, ME.|55 Harbor View Road, Portland, ME",
        "18 Chestnut Court, Ann Arbor, Michigan|18 Chestnut Court, Ann Arbor, Michigan",
        // a suffix of the yml list, a unit after the street, a two-word town
        "9234 Kuhn Springs, Suite 204, North Lorenzo, Texas is confirmed|9234 Kuhn Springs, Suite 204, North Lorenzo, Texas",
        // the ZIP rule keeps a ZIP: the state rule does not stop short of it
        "2217 Birch Lane, Madison, WI 53705|2217 Birch Lane, Madison, WI 53705",
        // a state abbreviation must end there: "ORegon" or "CAT" is none
        "55 Harbor View Road, Portland, MEN|",
        // the word before the number makes it a year, a rank or a chapter
        "In 2019 Market Street, San Francisco, California became car-free.|",
        "Chapter 4 Wall Street, New York, New York|",
        "Top 10 Oxford Street, London, Kentucky|",
    })
    void streetTownAndState(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a town alone needs a cue word right before the number, or a unit
        "She moved to 12 Rosewood Avenue, Springfield last year.|12 Rosewood Avenue, Springfield",
        "lives at 4 Elm Street, Dayton.|4 Elm Street, Dayton",
        "Address: 9 Pine Road, Salem|9 Pine Road, Salem",
        "5678 Oak Street, Apt. 910, West Marybury.|5678 Oak Street, Apt. 910, West Marybury",
        "Our client resides at Apt 4B, 77 Lexington Avenue, Boston.|Apt 4B, 77 Lexington Avenue, Boston",
        "Unit 3, 908 Willow Creek Rd, Austin, TX is leased|Unit 3, 908 Willow Creek Rd, Austin, TX",
        // no cue: a heading, a product, a count
        "12 Rosewood Avenue, Springfield last year.|",
        "Top 10 Oxford Street, London shops for Christmas|",
        "Model 12 Oxford Road, Grey, 3-seater sofa|",
        // a cue, but a year-word right before the number
        "He went to the 3 Park Avenue, Boston office|",
        // a fourth capitalised word goes on after the town: no end of an address there
        "moved to 12 Rosewood Avenue, Springfield Gardens Shopping Mall|",
        // "Apartment 4B" alone, a cue word inside a longer word ("plateau at")
        "Apartment 4B was renovated.|",
        "the plato 12 Rosewood Avenue, Springfield.|",
    })
    void streetAndTownOnly(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045|1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045",
        "Head office: 2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-7005, Japan|2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-7005, Japan",
        "Ship to: 5-3-1 Chuo, Aoba-ku, Sendai-shi, Miyagi 980-0021|5-3-1 Chuo, Aoba-ku, Sendai-shi, Miyagi 980-0021",
        "Oshiage 1-1-2, Sumida-ku, Tokyo|Oshiage 1-1-2, Sumida-ku, Tokyo",
        "Address: Chiyoda-ku, Tokyo 100-0001|Chiyoda-ku, Tokyo 100-0001",
        "2-chome-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo|2-chome-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo",
        // a ward and a prefecture alone name a place; a year is no postal code
        "Sumida-ku, Tokyo is home to the Tokyo Skytree.|",
        "Our Japan office is in Chiyoda-ku, Tokyo.|",
        "Chiyoda-ku, Tokyo 2020 venue|",
        // no ward word (-ku, -shi ...)
        "1-1-2 Oshiage, Tokyo 131-0045|",
    })
    void romanisedJapanese(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "彼は京都府京都市左京区下鴨泉川町59に住んでいる。|京都府京都市左京区下鴨泉川町59",
        "実家は長野県上田市真田町長7へ送ってください|長野県上田市真田町長7",
        // a count, a year, a word in hiragana between town and number
        "大阪府大阪市北区の人口は13万人を超えた。|",
        "東京都港区で2024年に開かれた。|",
        "東京都千代田区のビル3に集合|",
    })
    void japaneseProseLotNumber(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Return to 27 High St, Oxford OX1 4AH if undelivered.|27 High St, Oxford OX1 4AH",
        "'12 Park Road\nMANCHESTER\nM14 5RT'|'12 Park Road\nMANCHESTER\nM14 5RT'",
        // capitals without a postcode stay no address
        "'12 Park Road\nMANCHESTER'|",
        // a street named without a street word: the comma, a post town and a whole postcode make it one
        "Home address: 220 Deansgate, Manchester M3 4LQ|220 Deansgate, Manchester M3 4LQ",
        "'14 Kingsway,\nLondon WC2B 6AA'|'14 Kingsway,\nLondon WC2B 6AA'",
        "Top 10 Deansgate bars, Manchester|",                       // no postcode
        "220 Deansgate Manchester M3 4LQ|",                         // no comma: no street to end
    })
    void ukAbbreviationsAndPostTownInCapitals(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text.split("\n")));
    }

    /** An address under an organisation's label is the employer's or payer's, not where the person lives. */
    @Test
    void anAddressUnderAnOrganisationsLabelIsNotThePersons() {
        // a W-2: the employer's box, then the employee's box
        String w2 = "c Employer's name, address, and ZIP code\n   Cascade Avionics LLC, 400 Industrial Pkwy, Everett, WA 98203\n"
                + "d Control number   404145\ne Employee's first name and initial   Caleb   Nakamura\n"
                + "f Employee's address and ZIP code\n   5851 N Main St, Everett, WA 98230\n";
        assertEquals(List.of("5851 N Main St, Everett, WA 98230"), TestTexts.values(D, w2.split("\n")));
        assertEquals(List.of(), TestTexts.values(D,
                "Employer's full name and address: Harbour Components Ltd, 4 Quay Street, Bristol BS1 4DB"));
        assertEquals(List.of("4 Quay Street, Bristol BS1 4DB"), TestTexts.values(D,
                "Employee's name and address: Isla Fenwick, 4 Quay Street, Bristol BS1 4DB"));
        assertEquals(List.of(), TestTexts.values(D, "勤務先住所：東京都千代田区丸の内1-1-1"));
        assertEquals(List.of(), TestTexts.values(D, "支払者 住所(居所)又は所在地 東京都港区芝公園4-2-8"));
        assertEquals(List.of("大阪府大阪市北区梅田2-2-2"), TestTexts.values(D, "支払を受ける者 住所 大阪府大阪市北区梅田2-2-2"));
        assertEquals(List.of("東京都港区芝公園4-2-8"), TestTexts.values(D, "現住所：東京都港区芝公園4-2-8"));
        // no label at all: the letterhead's address stays (the resolver decides whose it is)
        assertEquals(List.of("400 Industrial Pkwy, Everett, WA 98203"), TestTexts.values(D,
                "Cascade Avionics LLC, 400 Industrial Pkwy, Everett, WA 98203"));
    }

    @Test
    void wordListsComeFromTheRulePack() {
        PostalAddressDetector.Words w = new PostalAddressDetector.Words(List.of("Bend"), List.of("Home at"),
                List.of("Lot"), List.of("Berth"), List.of("Tokyo"));
        PostalAddressDetector d = new PostalAddressDetector(w);
        assertEquals(List.of("4 Otter Bend, Springfield, Oregon"), TestTexts.values(d, "4 Otter Bend, Springfield, Oregon"));
        assertEquals(List.of("4 Otter Bend, Springfield"), TestTexts.values(d, "home at 4 Otter Bend, Springfield."));
        assertEquals(List.of("Berth 9, 4 Otter Bend, Springfield"), TestTexts.values(d, "Berth 9, 4 Otter Bend, Springfield."));
        assertEquals(List.of(), TestTexts.values(d, "Lot 4 Otter Bend, Springfield, Oregon"));
        assertEquals(List.of(), TestTexts.values(d, "at 4 Otter Bend, Springfield.")); // "at" is not a cue of this pack
    }

    @Test
    void aMissingListIsEmptyAndABadOneFails() {
        assertEquals("a\\-b\\.c", PostalAddressDetector.literal("a-b.c"));
        assertThrows(IllegalArgumentException.class, () -> org.leakscope.classifiers.ClassifierConfig.stringList("x", "k"));
        assertEquals("lives", PostalAddressDetector.wordBefore("she lives 12", 10));
        assertEquals(null, PostalAddressDetector.wordBefore("12", 0));
    }

    @Test
    void aTabEndsAJapaneseAddressInATabDelimitedLine() {
        // Excel's "Unicode text" export: name, postal code, address, phone set apart by tabs (probe set 8)
        assertEquals(List.of("香川県高松市寿町5-24-3"),
                TestTexts.values(D, "前田 勇気\t760-0023\t香川県高松市寿町5-24-3\t080-7451-6911"));
    }

    @Test
    void aFormRowOfStreetCityStateAndZipBoxesIsOneAddress() {
        // Form I-9 Section 1: the boxes typed on one line under their labels, set apart by wide gaps
        assertEquals(List.of("9435 Old Mill Ln                          Tacoma          WA      98412"),
                TestTexts.values(D, "9435 Old Mill Ln                          Tacoma          WA      98412"));
        assertEquals(List.of(), TestTexts.values(D, "2024 Annual Report          Boston          MA          02110"));
    }
}
