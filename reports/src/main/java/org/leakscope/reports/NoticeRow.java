package org.leakscope.reports;

import java.util.SortedSet;

/**
 * One row of notices.csv: one person under one notification regime, holding what a mail-merge of the notification
 * letter needs.
 *
 * @param subjectId      subject_id as in subjects.csv
 * @param name           best full name seen, as written
 * @param postalAddress  best postal address seen, or null
 * @param emails         normalised e-mail addresses (lower case)
 * @param phones         phone numbers in E.164 form
 * @param dataElements   PII type codes exposed for this person under this regime
 * @param obligationCode the obligation code (JP_APPI_PPC, US_STATE_CA, ...)
 * @param deadline       the deadline of the notice to the person, {@code YYYY-MM-DD}, or null when not computed
 * @param recipient      who is to be notified under the regime (e.g. "each person")
 */
public record NoticeRow(String subjectId, String name, String postalAddress, SortedSet<String> emails,
                        SortedSet<String> phones, SortedSet<String> dataElements, String obligationCode,
                        String deadline, String recipient) {
}
