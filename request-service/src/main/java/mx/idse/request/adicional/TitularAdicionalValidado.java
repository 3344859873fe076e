package mx.idse.request.adicional;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The additional holder's fields after validation, exactly as they are stored.
 *
 * @param csr null when the service must generate the key pair
 */
public record TitularAdicionalValidado(String nombre, String curp, String correo, String usuario, String contrasena,
        PKCS10CertificationRequest csr) {

    @Override
    public String toString() {
        return "TitularAdicionalValidado[usuario=" + usuario + "]";
    }
}
