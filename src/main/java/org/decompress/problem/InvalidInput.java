package org.decompress.problem;

import java.util.List;

/** Input that cannot be used, before it is said in a language: the key of the detail's words and each bad field. */
public record InvalidInput(String detail, List<FieldIssue> issues) {
}
