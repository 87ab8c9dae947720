package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowLinksTest {

    @Test
    void entitiesAreTablesNamedSingularWithoutPrefix() {
        assertEquals("patient", RowLinks.entity("patients"));
        assertEquals("customer", RowLinks.entity("dtb_customer"));
        assertEquals("user", RowLinks.entity("wp_users"));
        assertEquals("category", RowLinks.entity("categories"));
        assertEquals("address", RowLinks.entity("addresses"));
        assertEquals("address", RowLinks.entity("address"));
    }

    @Test
    void aRowHasItsOwnKeyAndTheOneRowItRefersTo() {
        assertEquals("patient:1|", RowLinks.of("patients", List.of("id", "full_name"), List.of("1", "Ann Lee")));
        assertEquals("visit:101|patient:1", RowLinks.of("visits", List.of("id", "patient_id", "diagnosis"),
                List.of("101", "1", "Type 2 diabetes")));
        // the key a dump names the entity by: customer_id in dtb_customer itself
        assertEquals("dtb_customer:7,customer:7|", RowLinks.of("dtb_customer", List.of("customer_id", "name01"),
                List.of("7", "山田")));
        assertEquals("user_account:3,account:3|", RowLinks.of("user_accounts", List.of("id", "email"),
                List.of("3", "a@example.com")));
        assertEquals("|customer:9", RowLinks.of("payments", List.of("customer_id", "iban"),
                List.of("9", "DE89370400440532013000")));
    }

    @Test
    void severalReferencesOrNoneGiveNoReference() {
        assertEquals("message:5|", RowLinks.of("messages", List.of("id", "sender_id", "recipient_id", "body"),
                List.of("5", "1", "2", "hello")));
        assertNull(RowLinks.of("notes", List.of("body"), List.of("hello")));
        // a NULL or empty reference is none
        assertEquals("visit:3|", RowLinks.of("visits", List.of("id", "patient_id"), Arrays.asList("3", null)));
    }
}
