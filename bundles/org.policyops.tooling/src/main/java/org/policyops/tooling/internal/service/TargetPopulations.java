package org.policyops.tooling.internal.service;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.training.LearnerDirectory;
import org.policyops.tooling.internal.domain.TargetPopulation;
import org.policyops.tooling.internal.entity.PopulationEntity;

/**
 * Resolves target populations: a population with a role counts training's learners of that role in the region, through
 * the {@link LearnerDirectory} service while the training feature is installed; without it, the number set in the
 * registry stands in (see {@link TargetPopulation}). Tooling installs and works without training.
 */
@Component(service = TargetPopulations.class)
public class TargetPopulations {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LearnerDirectory learners;

    /** For Declarative Services, which sets the directory when training registers it. */
    public TargetPopulations() {
    }

    /** With a directory, or {@code null} for "training is not installed". */
    public TargetPopulations(LearnerDirectory learners) {
        this.learners = learners;
    }

    /** A resolver for one request: it asks training once per role, whatever the number of tools and regions. */
    public Resolver resolver() {
        return new Resolver(learners);
    }

    /** Resolves the populations of one request. */
    public static final class Resolver {
        private final LearnerDirectory directory;
        private final Map<String, Map<String, Long>> byRole = new HashMap<>();

        Resolver(LearnerDirectory directory) {
            this.directory = directory;
        }

        public TargetPopulation of(PopulationEntity p) {
            if (p == null) {
                return TargetPopulation.NONE;
            }
            Map<String, Long> counted = p.getRole() == null || directory == null ? null
                    : byRole.computeIfAbsent(p.getRole(), directory::learnersByRegion);
            return TargetPopulation.of(p.getRole(), p.getPeople(), p.getRegion(), counted);
        }

        /** Whether roles are counted from training's learners (the training feature is installed). */
        public boolean countsLearners() {
            return directory != null;
        }
    }
}
