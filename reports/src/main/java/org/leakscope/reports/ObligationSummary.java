package org.leakscope.reports;

/**
 * One entry of summary.json {@code obligations}: a notification obligation and how many subjects trigger it.
 *
 * @param deadline  ISO date (YYYY-MM-DD) by which to notify, or null when no incident date is known
 * @param recipient who is to be notified (authority, persons); an extra key after the contract's
 * @param basis     the legal basis as cited by the rule set
 */
public record ObligationSummary(String code, int subjects, String deadline, String recipient, String basis) {
}
