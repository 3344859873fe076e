package mx.idse.request.adicional;

import jakarta.inject.Singleton;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.keys.KeyPolicy;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.submission.Findings;
import mx.idse.request.submission.TitularFields;

/** The additional holder's fields, by the same rules as a principal request's holder; every bad field at once. */
@Singleton
public class TitularAdicionalValidator {

    private final KeyPolicy keyPolicy;

    public TitularAdicionalValidator(KeyPolicy keyPolicy) {
        this.keyPolicy = keyPolicy;
    }

    public TitularAdicionalValidado validate(TitularAdicionalInput input) {
        if (input == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe los datos del titular del certificado adicional.");
        }
        Findings findings = Findings.whole();
        String nombre = TitularFields.holderName(input.nombre(), "nombre",
                "El nombre del titular del certificado adicional es obligatorio.", findings);
        String curp = TitularFields.curp(input.curp(), "curp",
                "La CURP del titular del certificado adicional es obligatoria.", findings);
        String correo = TitularFields.correo(input.correo(), "correo", findings);
        TitularFields.credentials(input.usuarioAdicional(), "usuarioAdicional", input.contrasenaAdicional(),
                "contrasenaAdicional", findings);
        PKCS10CertificationRequest csr = TitularFields.csr(input.csr(), keyPolicy, findings);
        findings.throwIfAnyError();
        return new TitularAdicionalValidado(nombre, curp, correo, input.usuarioAdicional(), input.contrasenaAdicional(), csr);
    }
}
