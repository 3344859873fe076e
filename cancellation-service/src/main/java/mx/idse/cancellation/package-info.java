/**
 * cancellation-service: cancellations online ({@code enlinea}) and in person ({@code presencial}),
 * the cascade ({@code cancelacion}) and its read model of issued certificates ({@code certificado});
 * names follow docs/glossary.md.
 *
 * <p>Persistence: Panache entities with finder methods ({@code CertificadoEntity.find},
 * {@code lock}, {@code lockActiveAdicionalesOf}, {@code CancelacionEntity.ofSerial}...); there are
 * no store classes.
 */
package mx.idse.cancellation;
