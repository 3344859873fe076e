package mx.idse.request.additional;

import jakarta.inject.Singleton;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.keys.KeyPolicy;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.submission.Findings;
import mx.idse.request.submission.HolderFields;

/** The additional holder's fields, by the same rules as a principal request's holder; every bad field at once. */
@Singleton
public class AdditionalHolderValidator {

    private final KeyPolicy keyPolicy;

    public AdditionalHolderValidator(KeyPolicy keyPolicy) {
        this.keyPolicy = keyPolicy;
    }

    ValidatedAdditional validate(AdditionalHolderInput input) {
        if (input == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe los datos del titular del certificado adicional.");
        }
        Findings findings = new Findings();
        String nombre = HolderFields.holderName(input.nombre(), "nombre",
                "El nombre del titular del certificado adicional es obligatorio.", findings);
        String curp = null;
        if (input.curp() == null || input.curp().isBlank()) {
            findings.error("curp", "La CURP del titular del certificado adicional es obligatoria.");
        } else {
            curp = HolderFields.curp(input.curp(), "curp", findings);
        }
        String correo = HolderFields.correo(input.correo(), "correo", findings);
        HolderFields.credentials(input.usuarioAdicional(), "usuarioAdicional", input.contrasenaAdicional(),
                "contrasenaAdicional", findings);
        PKCS10CertificationRequest csr = HolderFields.csr(input.csr(), keyPolicy, findings);
        findings.throwIfAnyError();
        return new ValidatedAdditional(nombre, curp, correo, input.usuarioAdicional(), input.contrasenaAdicional(), csr);
    }
}
