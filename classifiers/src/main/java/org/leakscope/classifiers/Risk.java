package org.leakscope.classifiers;

/** Risk level of an item, lowest first (documents.csv {@code risk}). */
public enum Risk { NONE, LOW, MEDIUM, HIGH, CRITICAL }
