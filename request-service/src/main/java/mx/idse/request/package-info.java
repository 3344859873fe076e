/**
 * request-service: solicitudes from intake to their outcome, one package per flow ({@code intake},
 * {@code adicional}, {@code conclusion}, {@code withdrawal}, {@code expiry}, {@code certificado})
 * over small rule packages; names follow docs/glossary.md.
 *
 * <p>Persistence: Panache entities with finder methods. Every query is a static method of its
 * entity ({@code SolicitudEntity.findByFolio}, {@code usuarioIsHeld}, {@code claimDue},
 * {@code IdempotencyKeyEntity.findByKey}...); there are no store classes. Services decide the
 * transactions ({@code QuarkusTransaction} or {@code @Transactional}) and call the finders.
 */
package mx.idse.request;
