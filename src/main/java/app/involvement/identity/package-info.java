/**
 * People and their access: accounts, memberships (person × provider × role), login and its
 * throttling, the provider picker, invitations, password reset and staff roles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"tenancy", "shared"})
package app.involvement.identity;
