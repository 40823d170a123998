/**
 * The provider's evidence for SET 3.7 as plain tables each module contributes ({@link
 * app.involvement.shared.evidence.EvidenceSource}) and the evidence module gathers for reviewers.
 */
package app.involvement.shared.evidence;
