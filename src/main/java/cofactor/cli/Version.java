package cofactor.cli;

/** The release this jar was built as, read from its manifest: one place for the banner, --version and the kernel's info. */
public final class Version {
    private Version() {}

    /** The version, or "(development build)" when the classes do not come from a built jar. */
    public static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
