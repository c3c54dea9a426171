package org.decompress.problem;

/** The paths clinical systems call ({@code /fhir}, {@code /cds-services}): their errors are OperationOutcomes, not problem+json. */
public final class ClinicalPaths {

    private ClinicalPaths() {
    }

    public static boolean covers(String path) {
        return under(path, "/fhir") || under(path, "/cds-services");
    }

    public static boolean isFhir(String path) {
        return under(path, "/fhir");
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }
}
