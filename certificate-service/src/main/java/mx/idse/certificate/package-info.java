/**
 * certificate-service: the CA. One package per feature ({@code issuance}, {@code install},
 * {@code authentication}, {@code revocation}, {@code crl}, {@code ocsp}, {@code expiring}) over the
 * CA's keys ({@code ca}, {@code signer}); names follow docs/glossary.md.
 *
 * <p>Persistence: a store class per feature. Entities are data without finder methods; every query
 * and write goes through its feature's store, never through a resource or an orchestrating service:
 * {@code CertificadoStore} (certificates and accounts by serial or NPIE), {@code IssuanceStore}
 * (serials, NPIEs, principals during issuance) and {@code CertificadosEmitidos} (step 5 of
 * issuance), {@code Revocations}, {@code CrlStore} with {@code CrlBuilder}'s streaming read,
 * {@code CertificateStates} (OCSP), {@code LoginChallenges} and {@code ExpiringNotices}. Much of it
 * is native SQL ({@code ON CONFLICT}, {@code SKIP LOCKED}, cursors over a million rows), which is
 * why this service keeps it in stores.
 */
package mx.idse.certificate;
