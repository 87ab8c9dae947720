package org.leakscope.pipeline.job;

import java.util.List;

import org.leakscope.classifiers.obligations.IncidentFacts;
import org.leakscope.classifiers.obligations.ObligationEngine;
import org.leakscope.classifiers.obligations.ObligationTotal;
import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * assessStep: the notification obligations each person triggers (rules in config/obligations.yml, as of
 * the incident date), then the number of people and the risk of every item. The people are read from the
 * work tables pass by pass and each person's codes stored as they are decided: the step's memory does not grow
 * with the number of people.
 */
final class AssessTasklet implements Tasklet {

    private final WorkStore store;
    private final ObligationEngine obligations;
    private final RunSettings settings;

    AssessTasklet(WorkStore store, ObligationEngine obligations, RunSettings settings) {
        this.store = store;
        this.obligations = obligations;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        IncidentFacts facts = new IncidentFacts(settings.incidentDate(), settings.malicious(), store.markingsPresent());
        List<ObligationTotal> totals;
        try (WorkStore.ObligationRows rows = store.replaceSubjectObligations()) {
            totals = obligations.assess(store::subjectsForRules, facts,
                    (person, codes) -> rows.add(person.subjectId(), codes));
        }
        store.replaceObligationTotals(totals);
        store.assessItems();
        return RepeatStatus.FINISHED;
    }
}
