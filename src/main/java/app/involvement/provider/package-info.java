/**
 * What a provider teaches and how it organises involvement: programmes and their HCPC professions
 * (definitions, policies and strategy come with their issues).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "tenancy", "shared"})
package app.involvement.provider;
