/**
 * Issuance: RequestConcluded from {@code idse.issuance} to a signed certificate, its account and
 * NPIE, and the CertificateIssued event, in numbered steps with the CA's
 * {@link mx.idse.certificate.signer.CertificateSigner}.
 */
package mx.idse.certificate.issuance;
