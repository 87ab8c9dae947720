package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/** Tables for the smaller detectors: valid, invalid and look-alike rows each. */
class OtherPiiDetectorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IBAN: DE64 1001 0010 0962 0569 43|DE64100100100962056943",
        "GB91 HBUK 5050 8878 2722 05,HBUKGB4B|GB91HBUK50508878272205",
        "FR7630003688688854038042946|FR7630003688688854038042946",
        "DE64 1001 0010 0962 0569 44|",          // mod 97 fails
        "PO-2023-250 DE12|"
    })
    void iban(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new IbanDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NI Number: WT946875C|WT946875C",
        "AB 12 34 56 C|AB123456C",
        "GB123456A|",             // GB prefix is never issued
        "QQ123456E|"              // suffix must be A-D
    })
    void ukNino(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new UkNinoDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tax_id 912-70-1234|912701234",
        "ITIN 900501234|900501234",
        "926-37-4046 Gasket|",    // group 37 is not an ITIN group
        "900501234|"              // undashed needs a label
    })
    void usItin(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new UsItinDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "198.51.100.54 - julien@example.org|198.51.100.54",
        "client 2001:db8:85a3:0:0:8a2e:370:7334 connected|2001:db8:85a3:0:0:8a2e:370:7334",
        "src=fe80::1ff:fe23:4567:890a|fe80::1ff:fe23:4567:890a",
        "version 1.2.3.4|",
        // release, build and firmware numbers and netmasks are dotted quads that address nobody
        "Agenda: release 10.2.0.1 review|",
        "Design review - build 4.12.0.3|",
        "Official launch: firmware 2.10.3.4 ships in May.|",
        "parser crash with 255.255.255.0 netmask strings|",
        "login from 73.41.8.19 after the 10.4 release|73.41.8.19",
        "256.1.1.1|",
        "1.2.3.4.5|",
        // shaped like a version (one digit, then parts of 30 or less): an address only with an IP label near
        "Upgraded the agent 3.14.1.2; rollback to 3.13.0.9 if needed|",
        "ssh login from 3.14.1.2 failed|3.14.1.2",
        // "from" alone lifts no version-shaped quad: an upgrade path names versions
        "Upgrade path from 1.9.0.4 is supported|",
        "connection from 3.1.2.4 refused|3.1.2.4",
        "Source: 2.1.0.7|2.1.0.7",
        "IP: 8.8.4.4|8.8.4.4",
        "peer 3.14.1.200 dropped|3.14.1.200",
        "resolver 10.1.2.3 answered|10.1.2.3",
        // a sentence's full stop after the address (probe set 15); a dot before a word goes on a longer name
        "I'm writing from 45.127.39.228.|45.127.39.228",
        "Login from 185.111.229.37. Was it you?|185.111.229.37",
        "host 45.127.39.228.example.net|"
    })
    void ipAddress(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new IpAddressDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Temporary password: Kestrel540@tmp|Kestrel540@tmp",
        "DB_PASSWORD=zxrGpQAgSiHLEjRtdH|zxrGpQAgSiHLEjRtdH",
        "AWS_ACCESS_KEY_ID=AKIAJMSM5PFVUCAOXW6B|AKIAJMSM5PFVUCAOXW6B",
        "key AKIAJMSM5PFVUCAOXW6B in the log|AKIAJMSM5PFVUCAOXW6B",
        "-----BEGIN RSA PRIVATE KEY-----|-----BEGIN RSA PRIVATE KEY-----",
        "社内ポータル ID: k.fujii PW: Sakura26*Q|Sakura26*Q",
        "Password reset; temporary password Tmp-4983!z|Tmp-4983!z",
        "AWS_SECRET_ACCESS_KEY=|",                     // a variable name alone
        "AWS_SECRET_ACCESS_KEY=${AWS_SECRET}|",        // a reference, not a value
        "password: ********|",
        "Passwords must be at least 12 characters|"
    })
    void credential(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new CredentialDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "生年月日：1984年8月1日|1984年8月1日",
        "DOB: 09/24/1953|09/24/1953",
        "Date of Birth 1995-09-07|1995-09-07",
        "born on March 3, 1970|March 3, 1970",
        "生年月日 昭和59年8月1日|昭和59年8月1日",
        "入社日：2015/04/02|",                      // a date, not a birth date
        "Hire Date 2019-07-13|",
        "生年月日 1984/08/01 入社日 2015/04/02|1984/08/01"
    })
    void dateOfBirth(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new DateOfBirthDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "住所：〒135-0061 東京都江東区豊洲4丁目24番15号|〒135-0061 東京都江東区豊洲4丁目24番15号",
        "〒170-0013 東京都豊島区東池袋2-11-2  TEL 03-1234-5678|〒170-0013 東京都豊島区東池袋2-11-2",
        "6747 Oak Ave, Austin, TX 78722|6747 Oak Ave, Austin, TX 78722",
        "Billing address:   2716 SE Belmont St, Portland, OR 97214|2716 SE Belmont St, Portland, OR 97214",
        "1200 N.W. Lovejoy St, Portland, OR 97209|1200 N.W. Lovejoy St, Portland, OR 97209",
        "88 Northeast Alberta St, Portland, OR 97211|88 Northeast Alberta St, Portland, OR 97211",
        "5 W Madison St, Chicago, IL 60602|5 W Madison St, Chicago, IL 60602",
        "24 Park Road, Leeds LS6 7FU|24 Park Road, Leeds LS6 7FU",
        "Hauptstraße 5, 10115 Berlin|Hauptstraße 5, 10115 Berlin",
        "東京都の人口は多い|",                      // a prefecture alone is not an address
        "Room 5 on Main floor|"
    })
    void postalAddress(String line, String value) {
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(new PostalAddressDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "秘書室の山下　健一さんまでお願いします。|山下 健一",
        "中島 恵子  技術開発部|中島 恵子",
        "推進装置 燃焼試験|",                      // spaced words that are not a name
        "山下 健一郎太|"                          // given name too long to be one
    })
    void japaneseNames(String line, String value) {
        JapaneseNameDetector d = new JapaneseNameDetector(List.of("山下", "中島", "長谷川"));
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kevin Robinson|Kevin Robinson",
        "Satoshi Hasegawa - s.hasegawa2@example.co.jp|Satoshi Hasegawa",
        "MATSUDA Taro,Taro MATSUDA|Taro MATSUDA",
        "Pricing Strategy 2024|",
        "kevin robinson|",
        // a name of no list before a clinical or record verb, where a sentence begins (probe set 15)
        "Keira Castellano presented with HIV; we discussed Biktarvy.|Keira Castellano",
        "Rowan Llewellyn was born on Sep 28, 1957|Rowan Llewellyn",
        "Noted. Gareth Kowalczyk asked us to use another address.|Gareth Kowalczyk",
        "The Pricing Committee was born of a merger.|",
        "Acme Holdings was admitted to the index.|",
        "Customer Service was born in 2010.|"
    })
    void latinNames(String line, String value) {
        LatinNameDetector d = new LatinNameDetector(List.of("Kevin", "Satoshi", "Taro"));
        assertEquals(value == null ? List.of() : List.of(value), TestTexts.values(d, line));
    }
}
