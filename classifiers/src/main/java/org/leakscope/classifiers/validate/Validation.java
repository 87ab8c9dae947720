package org.leakscope.classifiers.validate;

/** Outcome of a validator (Presidio's three-way result): VALID raises the score, INVALID drops the hit. */
public enum Validation { VALID, INVALID, UNKNOWN }
