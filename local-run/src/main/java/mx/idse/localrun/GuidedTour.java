package mx.idse.localrun;

import java.util.List;

/**
 * The short tour the local run prints once everything is ready: story 1 of the system (request,
 * in-person conclusion, certificate, email) as curl commands to paste, with this run's ports and
 * operator token filled in. The README's longer tour goes further.
 */
final class GuidedTour {

    private GuidedTour() {
    }

    /** Bash lines, ready to paste into a second terminal at the repository root. */
    static List<String> lines(String host, int requestPort, int certificatePort, int mailApiPort, String operatorToken) {
        String api = "http://" + host + ":" + requestPort + "/api/v1";
        String ca = "http://" + host + ":" + certificatePort;
        String mail = "http://" + host + ":" + mailApiPort;
        return List.of(
                "API=" + api + "; CA=" + ca + "; U=tour$RANDOM$RANDOM",
                "TOKEN='" + operatorToken + "'",
                "# 1. Request a certificate (the service makes the key pair and returns the .key once):",
                "curl -s -X POST $API/solicitudes -H 'Content-Type: application/json' -d '{\"patron\":{\"tipoPersona\":\"MORAL\","
                        + "\"rfc\":\"CFE370814QI0\",\"nombre\":\"Comisión Federal de Electricidad\",\"registroPatronal\":\"Y54-12345-10-8\"},"
                        + "\"representanteLegal\":{\"nombre\":\"Beatriz Sánchez Cruz\",\"curp\":\"SABC560626MDFLRN01\"},"
                        + "\"domicilioFiscal\":{\"calle\":\"Paseo de la Reforma\",\"numeroExterior\":\"164\",\"colonia\":\"Juárez\","
                        + "\"codigoPostal\":\"06600\",\"municipio\":\"Cuauhtémoc\",\"entidadFederativa\":\"Ciudad de México\"},"
                        + "\"correo\":\"'$U'@example.mx\",\"usuario\":\"'$U'\",\"contrasena\":\"Secreto2026x\"}' > /tmp/tour.json",
                "FOLIO=$(sed -n 's/.*\"folio\":\"\\([^\"]*\\)\".*/\\1/p' /tmp/tour.json); echo $FOLIO",
                "# 2. The applicant's email (Spanish) is in the local mailbox:",
                "sleep 2; curl -s " + mail + "/api/user/$U@example.mx/messages/ | grep -o '\"subject\" *: *\"[^\"]*\"'",
                "# 3. The operator concludes it after checking the documents in person:",
                "curl -s -X POST $API/solicitudes/$FOLIO/conclusion -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                        + "-d '{\"documentosVerificados\":[\"IDENTIFICACION_OFICIAL\",\"TARJETA_IDENTIFICACION_PATRONAL\","
                        + "\"CARTA_TERMINOS_CONDICIONES\",\"PODER_NOTARIAL\"]}'; echo",
                "# 4. A few seconds later the certificate is issued: serial and NPIE on the request, a second email:",
                "sleep 5; curl -s $API/solicitudes/$FOLIO; echo",
                "curl -s " + mail + "/api/user/$U@example.mx/messages/ | grep -o '\"subject\" *: *\"[^\"]*\"'");
    }
}
