package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonSentenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "石原慎太郎は、日本の政治家、作家。|true",
        "宮崎駿が監督を務めたアニメ映画が公開された。|true",
        "北条政子は源頼朝の妻である。|true",
        "タレントとして活動した|true",
        "先発の近藤は7回を無失点に抑えた。|true",
        "堀校長は9日の会見で述べた。|true",
        "陶芸家として知られる。|true",
        "林健一が来た|false",
        "トヨタ自動車は愛知県豊田市に本社を置く。|false",
        "大阪府堺市は政令指定都市である。|false",
        "出張の日程を調整した|false"                     // 出 starts 出身 and 出演, but not here
    })
    void aSentenceIsAboutPeopleByItsWords(String line, boolean about) {
        assertEquals(about, PersonSentence.aboutPeople(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山田錦は酒米の品種である。|3|true",
        "清水寺は京都市東山区にある寺院である。|3|true",
        "石原慎太郎は、日本の政治家、作家。|5|false",
        "山田錦を使った酒|3|false",                       // not the topic
        "羽生善治は将棋の棋士である。|4|false",
        "東京は日本の首都であり、都である。|2|true"
    })
    void aTopicThePredicateCallsAThingIsNoPerson(String line, int end, boolean thing) {
        assertEquals(thing, PersonSentence.subjectIsAThing(line, end));
    }
}
