package org.leakscope.classifiers.model;

/** The two kinds of finding the contract knows: personal data and document markings. */
public enum Category {
    PII,
    MARKING
}
