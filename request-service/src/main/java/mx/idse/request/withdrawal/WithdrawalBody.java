package mx.idse.request.withdrawal;

/** The applicant proves it is their request with the usuario and contraseña they chose. */
public record WithdrawalBody(String usuario, String contrasena) {

    @Override
    public String toString() {
        return "WithdrawalBody[usuario=" + usuario + "]";
    }
}
