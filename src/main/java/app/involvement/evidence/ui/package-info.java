/**
 * The reviewer-access pages (assignments for the platform admin, the record of reviewers' looks for the lead) and
 * the reviewer's home card, which the shell shows (a named interface for that).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.evidence.ui;
