package mx.idse.events.payload;

/**
 * Fiscal address.
 *
 * @param entidadFederativa two-digit INEGI key, e.g. {@code 09}
 */
public record DomicilioFiscal(
        String calle,
        String numeroExterior,
        String numeroInterior,
        String colonia,
        String codigoPostal,
        String municipio,
        String entidadFederativa) {
}
