package org.leakscope.classifiers.resolve;

import org.leakscope.classifiers.model.Finding;

/** A finding with the item it was found in. */
public record DocFinding(String docId, Finding finding) {
}
