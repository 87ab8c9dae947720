package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.text.TextUnit;

class WireCodecTest {

    @Test
    void anItemCrossesThePipeAsItWas() throws IOException {
        ExtractedItem item = new ExtractedItem("d1", null, "backup/clinic.sql", 0, "ab", "text/x-sql", 12,
                ExtractionStatus.OK, null, false, List.of(
                        TextUnit.pageLine(2, 3, "SECRET", true),
                        TextUnit.cell("patients", 2, "full_name", "full name", "Ann Lee"),
                        TextUnit.linkedCell("visits", 2, "diagnosis", "diagnosis", "Asthma", "visit:7|patient:1")),
                false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireCodec.writeItem(new DataOutputStream(bytes), item);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        in.readByte(); // the message kind
        assertEquals(WireCodec.weight(item), WireCodec.readWeight(in));
        ExtractedItem back = WireCodec.readItem(in);
        assertEquals(item, back);
        assertEquals("visit:7|patient:1", back.units().get(2).rowLinks());
    }
}
