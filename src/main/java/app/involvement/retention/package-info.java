/**
 * Retention of personal data (DD049): the provider's periods per kind of data, kept by the involvement lead; the
 * daily job that erases partners inactive past their period and removes finance records of erased partners, audit
 * entries and sent mail past theirs, each through the owning module's task; the report of each run; and the preview
 * of what the next month's runs will do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "tenancy", "shared"})
package app.involvement.retention;
