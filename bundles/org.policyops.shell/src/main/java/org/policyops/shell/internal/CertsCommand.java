package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.training.CertificationInfo;
import org.policyops.api.training.TrainingQuery;

/** {@code policyops:certs}: a learner's certifications with their status today. */
@Service
@Command(scope = "policyops", name = "certs", description = "Shows a learner's certifications, newest first, with their status "
        + "(VALID, EXPIRING, EXPIRED, RECERTIFICATION_REQUIRED, SUPERSEDED).")
public class CertsCommand implements Action {

    @Argument(index = 0, name = "learner", description = "The learner's id", required = true)
    @Completion(LearnerIdCompleter.class)
    String learner;

    @Reference(optional = true)
    TrainingQuery training;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (training == null) {
            out.println(TrainingTables.TRAINING_NOT_INSTALLED);
            return;
        }
        Optional<List<CertificationInfo>> certs = training.certifications(learner.trim());
        if (certs.isEmpty()) {
            out.println("No learner '" + learner.trim() + "' exists.");
            return;
        }
        TrainingTables.certifications(learner.trim(), certs.get()).print(out);
    }
}
