package app.involvement.dataexport;

/** Addresses of the copy pages and of the download, for links from other modules. */
public final class DataExportNavigation {

    /** The partner's own page: make my copy. */
    public static final String MY_DATA = "my-data";

    /** The lead's page for one partner, under the partner's details ({@code partners/<id>/copy}). */
    public static final String PARTNER_COPY = "partners/:partnerId([0-9]{1,18})/copy";

    /** Where a copy is downloaded, followed by the link's token (served outside Vaadin). */
    public static final String DOWNLOAD = "/my-data/download/";

    private DataExportNavigation() {
    }

    public static String partnerCopy(Long partnerId) {
        return "partners/" + partnerId + "/copy";
    }
}
