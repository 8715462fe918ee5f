package org.policyops.planning.internal.sample;

import static org.policyops.api.LifecycleStage.TRAINING;
import static org.policyops.planning.internal.domain.InitiativeStatus.CANCELLED;
import static org.policyops.planning.internal.domain.InitiativeStatus.DONE;
import static org.policyops.planning.internal.domain.InitiativeStatus.IN_PROGRESS;
import static org.policyops.planning.internal.domain.InitiativeStatus.PLANNED;
import static org.policyops.planning.internal.domain.InitiativeStatus.PROPOSED;
import static org.policyops.planning.internal.domain.InitiativeType.ENFORCEMENT_CHANGE;
import static org.policyops.planning.internal.domain.InitiativeType.NEW_POLICY;
import static org.policyops.planning.internal.domain.InitiativeType.POLICY_UPDATE;
import static org.policyops.planning.internal.domain.InitiativeType.TOOLING;
import static org.policyops.planning.internal.domain.InitiativeType.TRAINING_PROGRAM;
import static org.policyops.planning.internal.domain.MilestoneKind.KICKOFF;
import static org.policyops.planning.internal.domain.MilestoneKind.LAUNCH;
import static org.policyops.planning.internal.domain.MilestoneKind.POLICY_DRAFT;
import static org.policyops.planning.internal.domain.MilestoneKind.REVIEW;
import static org.policyops.planning.internal.domain.MilestoneKind.TRAINING_READY;
import static org.policyops.planning.internal.domain.RiskLevel.CRITICAL;
import static org.policyops.planning.internal.domain.RiskLevel.HIGH;
import static org.policyops.planning.internal.domain.RiskLevel.LOW;
import static org.policyops.planning.internal.domain.RiskLevel.MEDIUM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.HolidayRequest;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.LeaveRequest;
import org.policyops.planning.internal.dto.MilestoneRequest;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.HolidayEntity;
import org.policyops.planning.internal.entity.LeaveEntity;
import org.policyops.planning.internal.entity.MilestoneEntity;
import org.policyops.planning.internal.entity.TeamEntity;
import org.policyops.planning.internal.entity.PolicyEntity;
import org.policyops.planning.internal.entity.PolicyVersionEntity;
import org.policyops.planning.internal.service.PolicyService;

/**
 * Example content for a new installation: real policy areas, versions at every lifecycle stage with history
 * spread over 2026, and a portfolio of initiatives across regions and quarters, some with dated milestones. All people are fictitious.
 * Everything goes through the same entity methods and validation as the API, so the samples obey the same rules.
 */
final class SampleData {

    /** How much was loaded, for the log. */
    record Counts(int policies, int versions, int transitions, int initiatives, int milestones, int teams, int holidays,
            int leave) {

        @Override
        public String toString() {
            return policies + " policies, " + versions + " policy versions, " + transitions + " stage transitions, "
                    + initiatives + " initiatives, " + milestones + " milestones, " + teams + " teams, " + holidays
                    + " holiday and " + leave + " leave records";
        }
    }

    /**
     * A version and the dates it entered each stage it reached, first {@code DEVELOPMENT}. It is approved on the
     * day it enters training; {@code owner} started it and {@code mover} moved it on.
     */
    private record VersionSample(String number, String summary, String owner, String mover, String... stageDates) {
    }

    private record PolicySample(String key, String name, String area, String team, String description,
            VersionSample... versions) {
    }

    private static final List<PolicySample> POLICIES = List.of(
            new PolicySample("hate-speech", "Hate Speech", "Hate speech", "Policy Global",
                    "Attacks on people based on protected attributes such as ethnicity, religion, disability, gender or sexual orientation.",
                    new VersionSample("2.0.0", "Consolidated regional hate-speech rules into one global standard.",
                            "a.okafor", "m.lindqvist", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16", "2026-02-23"),
                    new VersionSample("3.0.0", "Added dehumanising comparisons and harmful stereotypes as tier-1 violations.",
                            "a.okafor", "m.lindqvist", "2026-04-06", "2026-04-27", "2026-05-18", "2026-06-01", "2026-06-08"),
                    new VersionSample("3.1.0", "Coded slurs and dog whistles: examples in 14 languages and a lexicon review cycle.",
                            "s.haddad", "a.okafor", "2026-09-07", "2026-10-12")),
            new PolicySample("harassment-bullying", "Harassment & Bullying", "Harassment", "Policy EMEA",
                    "Targeted abuse, degrading content and coordinated pile-ons against private and public individuals.",
                    new VersionSample("1.4.0", "Clarified protections for public figures versus private individuals.",
                            "j.moreau", "k.weber", "2026-01-12", "2026-02-02", "2026-02-23", "2026-03-09", "2026-03-16"),
                    new VersionSample("2.0.0", "Brigading and coordinated harassment across accounts.",
                            "j.moreau", "k.weber", "2026-07-06", "2026-08-03", "2026-09-21")),
            new PolicySample("child-safety", "Child Safety", "Child safety", "Policy Global",
                    "Sexual exploitation of minors, grooming, and content that endangers the physical or emotional safety of children.",
                    new VersionSample("4.0.0", "Grooming indicators and age-assurance escalation paths.",
                            "p.nair", "r.tanaka", "2026-02-02", "2026-02-16", "2026-03-02", "2026-03-16", "2026-03-23"),
                    new VersionSample("4.1.0", "UK Online Safety Act children's risk assessment findings incorporated.",
                            "p.nair", "r.tanaka", "2026-07-13", "2026-08-03", "2026-08-31", "2026-10-05")),
            new PolicySample("violent-extremism", "Violent Extremism", "Violent extremism", "Policy EMEA",
                    "Praise, support and representation of violent extremist acts, propaganda and recruitment.",
                    new VersionSample("2.2.0", "Crisis protocol for livestreamed attacks; hash-sharing escalation.",
                            "k.weber", "s.haddad", "2026-02-09", "2026-03-02", "2026-03-23", "2026-04-13", "2026-04-20")),
            new PolicySample("misinformation", "Harmful Misinformation", "Misinformation", "Policy Global",
                    "False or misleading claims that can cause real-world harm, including health and crisis misinformation.",
                    new VersionSample("1.0.0", "First global standard with a fact-checker referral flow.",
                            "l.souza", "m.lindqvist", "2026-01-19", "2026-02-09", "2026-03-09", "2026-03-30", "2026-04-06"),
                    new VersionSample("1.1.0", "Synthetic and manipulated media: labelling before removal.",
                            "l.souza", "m.lindqvist", "2026-10-19")),
            new PolicySample("suicide-self-harm", "Suicide & Self-Harm", "Suicide and self-harm", "Policy Americas",
                    "Promotion, instruction or glorification of suicide and self-harm, with support resources for people at risk.",
                    new VersionSample("2.0.0", "Eating-disorder content and support-resource interstitials.",
                            "l.souza", "j.moreau", "2026-01-26", "2026-02-16", "2026-03-09", "2026-03-23", "2026-03-30"),
                    new VersionSample("2.1.0", "Exception for recovery stories with safe-messaging guidelines.",
                            "l.souza", "j.moreau", "2026-08-17", "2026-09-28")),
            new PolicySample("regulated-goods", "Regulated Goods & Services", "Regulated goods", "Policy Americas",
                    "Sale and promotion of drugs, weapons, alcohol, tobacco, gambling and other regulated goods and services.",
                    new VersionSample("3.2.0", "Firearm parts and 3D-printed weapon files.",
                            "r.tanaka", "l.souza", "2026-03-02", "2026-03-16", "2026-04-06", "2026-04-27", "2026-05-04")),
            new PolicySample("adult-nudity", "Adult Nudity & Sexual Activity", "Adult content", "Integrity Policy APAC",
                    "Nudity and sexual content, with exceptions for art, education, health and breastfeeding.",
                    new VersionSample("1.3.0", "Art and education exceptions with reviewer examples.",
                            "r.tanaka", "p.nair", "2026-02-16", "2026-03-09", "2026-03-30", "2026-04-20", "2026-04-27"),
                    new VersionSample("1.4.0", "Sexual solicitation in live-stream comments.",
                            "r.tanaka", "p.nair", "2026-08-10", "2026-08-31", "2026-09-21", "2026-10-19")),
            new PolicySample("spam-scams", "Spam, Scams & Fraud", "Spam and scams", "Integrity Policy APAC",
                    "Deceptive practices, fake engagement, phishing and financial scams.",
                    new VersionSample("2.0.0", "Investment and romance scams; impersonation of brands.",
                            "p.nair", "r.tanaka", "2026-03-09", "2026-03-23", "2026-04-13", "2026-05-04", "2026-05-11"),
                    new VersionSample("2.1.0", "Marketplace payment-diversion scams.",
                            "p.nair", "r.tanaka", "2026-10-26")),
            new PolicySample("dangerous-organizations", "Dangerous Organizations & Individuals", "Dangerous organizations",
                    "Policy EMEA",
                    "Organizations and individuals that proclaim a violent mission or engage in violence, and support for them.",
                    new VersionSample("1.0.0", "Tiered designation framework.",
                            "s.haddad", "k.weber", "2026-01-12", "2026-02-09", "2026-03-09", "2026-03-30", "2026-04-13"),
                    new VersionSample("1.1.0", "Designation list refresh and appeals for mistaken designations.",
                            "s.haddad", "k.weber", "2026-07-20", "2026-08-24", "2026-10-05")),
            new PolicySample("privacy-doxxing", "Privacy & Doxxing", "Privacy", "Policy EMEA",
                    "Sharing private information that identifies or locates a person without consent.",
                    new VersionSample("1.0.0", "Home addresses, workplaces and identity documents.",
                            "k.weber", "j.moreau", "2026-08-24", "2026-10-26")),
            new PolicySample("election-integrity", "Election Integrity", "Civic integrity", "Policy Global",
                    "Voter interference, false claims about voting procedures and undisclosed political advertising.",
                    new VersionSample("1.0.0", "Voting-procedure misinformation and voter suppression.",
                            "m.lindqvist", "a.okafor", "2026-01-05", "2026-01-26", "2026-02-16", "2026-03-09", "2026-03-16"),
                    new VersionSample("2.0.0", "Political-ad verification and AI-generated candidate content.",
                            "m.lindqvist", "a.okafor", "2026-06-15", "2026-07-13", "2026-09-14")));

    private record InitiativeSample(String title, String policyKey, InitiativeType type, List<String> lobs,
            List<String> regions, RiskLevel risk, long reach, double impact, double confidence, double effortWeeks,
            String quarter, InitiativeStatus status, String team, String createdBy) {
    }

    /** WSJF inputs (business value, time criticality, risk reduction) and regulatory deadlines of some samples. */
    private record Priority(int businessValue, int timeCriticality, int riskReduction, String regulatoryDeadline) {
    }

    /** By title; the other samples have no WSJF estimate yet, as in a real portfolio. */
    private static final Map<String, Priority> PRIORITIES = Map.of(
            "Update hate-speech policy for coded slurs (v3.1)", new Priority(8, 6, 7, null),
            "DSA statement-of-reasons templates in all EU languages", new Priority(9, 10, 9, "2026-09-30"),
            "Train-the-trainer program for child safety, APAC", new Priority(7, 5, 8, null),
            "UK Online Safety Act children's risk assessment refresh", new Priority(8, 9, 9, "2027-03-31"),
            "Election integrity playbook for 2027 state elections, India", new Priority(7, 9, 8, "2027-02-01"),
            "Australia Basic Online Safety Expectations reporting", new Priority(6, 8, 7, "2027-06-30"),
            "Grievance-officer response deadlines under India's IT Rules", new Priority(5, 8, 6, "2027-01-31"),
            "Political-ad verification for Brazil's 2028 municipal elections", new Priority(6, 7, 7, "2028-08-15"),
            "Prescription-drug sales in marketplace listings", new Priority(6, 4, 7, null),
            "Labelling policy for AI-generated media", new Priority(8, 6, 6, null));

    private static final List<InitiativeSample> INITIATIVES = List.of(
            new InitiativeSample("Update hate-speech policy for coded slurs (v3.1)", "hate-speech", POLICY_UPDATE,
                    List.of("short-video", "live", "messaging"), List.of("EU", "UK", "US"), HIGH, 120_000_000, 2, 0.8, 14,
                    "2026-Q4", IN_PROGRESS, "Policy Global", "s.haddad"),
            new InitiativeSample("DSA statement-of-reasons templates in all EU languages", null, ENFORCEMENT_CHANGE,
                    List.of("short-video", "live", "ads", "marketplace"), List.of("EU"), CRITICAL, 45_000_000, 3, 0.9, 20,
                    "2026-Q3", DONE, "Policy EMEA", "j.moreau"),
            new InitiativeSample("Train-the-trainer program for child safety, APAC", "child-safety", TRAINING_PROGRAM,
                    List.of("short-video", "live"), List.of("IN", "ID", "JP", "AU"), CRITICAL, 6_000, 3, 0.8, 26,
                    "2027-Q1", PLANNED, "Policy Training APAC", "p.nair"),
            new InitiativeSample("UK Online Safety Act children's risk assessment refresh", "child-safety", ENFORCEMENT_CHANGE,
                    List.of("short-video", "live", "messaging"), List.of("UK"), CRITICAL, 20_000_000, 2, 0.7, 12,
                    "2026-Q4", IN_PROGRESS, "Policy EMEA", "k.weber"),
            new InitiativeSample("Harassment & bullying v2.0 moderator training, Brazil", "harassment-bullying", TRAINING_PROGRAM,
                    List.of("short-video", "live"), List.of("BR"), HIGH, 3_500, 2, 0.8, 8,
                    "2027-Q1", PLANNED, "Policy Training Americas", "l.souza"),
            new InitiativeSample("LLM-assisted review for violent-extremism queues", "violent-extremism", TOOLING,
                    List.of("short-video", "live"), List.of("EU", "US", "MENA"), HIGH, 2_000_000, 2, 0.5, 40,
                    "2027-Q2", PROPOSED, "Integrity Tooling", "k.weber"),
            new InitiativeSample("Election integrity playbook for 2027 state elections, India", "election-integrity", POLICY_UPDATE,
                    List.of("short-video", "live", "ads"), List.of("IN"), CRITICAL, 80_000_000, 3, 0.6, 18,
                    "2027-Q1", PLANNED, "Integrity Policy APAC", "m.lindqvist"),
            new InitiativeSample("Scam-ad classifier threshold review for marketplace", "spam-scams", ENFORCEMENT_CHANGE,
                    List.of("ads", "marketplace"), List.of("ID", "BR", "IN"), MEDIUM, 15_000_000, 1, 0.8, 6,
                    "2026-Q4", IN_PROGRESS, "Integrity Tooling", "r.tanaka"),
            new InitiativeSample("Prescription-drug sales in marketplace listings", "regulated-goods", POLICY_UPDATE,
                    List.of("marketplace", "ads"), List.of("US", "DE", "FR"), HIGH, 4_000_000, 1, 0.7, 10,
                    "2027-Q1", PROPOSED, "Policy Americas", "r.tanaka"),
            new InitiativeSample("Recovery-story exception for suicide & self-harm (v2.1)", "suicide-self-harm", POLICY_UPDATE,
                    List.of("short-video", "live"), List.of("US", "UK", "AU"), HIGH, 8_000_000, 2, 0.6, 9,
                    "2026-Q4", IN_PROGRESS, "Policy Americas", "l.souza"),
            new InitiativeSample("Australia Basic Online Safety Expectations reporting", null, ENFORCEMENT_CHANGE,
                    List.of("short-video", "messaging"), List.of("AU"), MEDIUM, 2_500_000, 1, 0.9, 5,
                    "2027-Q1", PLANNED, "Integrity Policy APAC", "p.nair"),
            new InitiativeSample("Doxxing rules for home addresses and workplaces", "privacy-doxxing", POLICY_UPDATE,
                    List.of("short-video", "live", "messaging"), List.of("EU", "DE", "FR"), HIGH, 1_200_000, 2, 0.7, 10,
                    "2027-Q2", PLANNED, "Policy EMEA", "k.weber"),
            new InitiativeSample("Policy authoring tool: structured examples library", null, TOOLING,
                    List.of(), List.of("EU", "US", "IN"), LOW, 400, 1, 0.8, 16,
                    "2027-Q3", PROPOSED, "Integrity Tooling", "a.okafor"),
            new InitiativeSample("Arabic dialect glossary for hate-speech reviewers", "hate-speech", TRAINING_PROGRAM,
                    List.of("short-video", "live"), List.of("MENA"), HIGH, 1_800, 2, 0.8, 6,
                    "2027-Q1", PLANNED, "Policy Training EMEA", "s.haddad"),
            new InitiativeSample("Retire the legacy NetzDG reporting flow after the DSA transition", null, ENFORCEMENT_CHANGE,
                    List.of("short-video"), List.of("DE"), LOW, 300_000, 0.5, 0.9, 4,
                    "2026-Q3", DONE, "Policy EMEA", "k.weber"),
            new InitiativeSample("Live-stream nudity detection for Japan", "adult-nudity", TOOLING,
                    List.of("live"), List.of("JP"), MEDIUM, 900_000, 1, 0.5, 18,
                    "2027-Q3", PROPOSED, "Integrity Tooling", "r.tanaka"),
            new InitiativeSample("Designation list refresh for dangerous organizations (v1.1)", "dangerous-organizations", POLICY_UPDATE,
                    List.of("short-video", "live", "ads"), List.of("EU", "US", "MENA"), CRITICAL, 30_000_000, 2, 0.8, 12,
                    "2026-Q4", IN_PROGRESS, "Policy EMEA", "s.haddad"),
            new InitiativeSample("Labelling policy for AI-generated media", "misinformation", NEW_POLICY,
                    List.of("short-video", "ads"), List.of("EU", "US", "IN", "BR"), HIGH, 60_000_000, 2, 0.5, 20,
                    "2027-Q2", PROPOSED, "Policy Global", "l.souza"),
            new InitiativeSample("Grievance-officer response deadlines under India's IT Rules", null, TOOLING,
                    List.of("short-video", "messaging"), List.of("IN"), HIGH, 5_000_000, 1, 0.8, 10,
                    "2026-Q4", IN_PROGRESS, "Integrity Tooling", "p.nair"),
            new InitiativeSample("Moderator recertification on child safety v4.1", "child-safety", TRAINING_PROGRAM,
                    List.of("short-video", "live", "messaging"), List.of("EU", "US", "UK", "BR", "IN"), CRITICAL, 12_000, 2, 0.9, 10,
                    "2027-Q1", PLANNED, "Policy Training EMEA", "m.lindqvist"),
            new InitiativeSample("Enforcement tiers for harassment of creators in live comments", "harassment-bullying", ENFORCEMENT_CHANGE,
                    List.of("live"), List.of("US", "UK", "BR"), MEDIUM, 9_000_000, 1, 0.6, 8,
                    "2027-Q3", PROPOSED, "Policy Americas", "j.moreau"),
            new InitiativeSample("Spam & scams e-learning module in Bahasa Indonesia", "spam-scams", TRAINING_PROGRAM,
                    List.of("marketplace", "messaging"), List.of("ID"), MEDIUM, 1_500, 1, 0.9, 4,
                    "2026-Q3", DONE, "Policy Training APAC", "r.tanaka"),
            new InitiativeSample("QA sampling for over-enforcement on adult content", "adult-nudity", ENFORCEMENT_CHANGE,
                    List.of("short-video"), List.of("EU", "US"), MEDIUM, 10_000_000, 1, 0.7, 6,
                    "2027-Q4", PROPOSED, "Policy Global", "a.okafor"),
            new InitiativeSample("Political-ad verification for Brazil's 2028 municipal elections", "election-integrity", ENFORCEMENT_CHANGE,
                    List.of("ads"), List.of("BR"), HIGH, 7_000_000, 2, 0.7, 14,
                    "2027-Q4", PROPOSED, "Policy Americas", "l.souza"),
            new InitiativeSample("Client-side nudity filter for messaging (superseded by on-device safety)", "adult-nudity", TOOLING,
                    List.of("messaging"), List.of("EU"), MEDIUM, 3_000_000, 1, 0.4, 24,
                    "2027-Q2", CANCELLED, "Integrity Tooling", "m.lindqvist"),
            new InitiativeSample("Crisis-protocol drills for violent extremism, MENA", "violent-extremism", TRAINING_PROGRAM,
                    List.of("live", "short-video"), List.of("MENA"), HIGH, 800, 2, 0.8, 5,
                    "2027-Q2", PLANNED, "Policy Training EMEA", "s.haddad"));

    private record MilestoneSample(String initiative, String title, String date, MilestoneKind kind, String note) {
    }

    /** Milestones of some initiatives, so that a new installation shows a populated roadmap. */
    private static final List<MilestoneSample> MILESTONES = List.of(
            new MilestoneSample("Update hate-speech policy for coded slurs (v3.1)", "Coded-slur lexicon review with regional teams",
                    "2026-10-12", KICKOFF, null),
            new MilestoneSample("Update hate-speech policy for coded slurs (v3.1)", "Draft v3.1 with examples in 14 languages",
                    "2026-11-16", POLICY_DRAFT, "Examples reviewed by native speakers in each language."),
            new MilestoneSample("Update hate-speech policy for coded slurs (v3.1)", "Policy council review", "2026-12-07", REVIEW, null),
            new MilestoneSample("Update hate-speech policy for coded slurs (v3.1)", "Launch in EU, UK and US", "2027-01-18", LAUNCH, null),
            new MilestoneSample("Train-the-trainer program for child safety, APAC", "Trainer cohort kickoff, Singapore hub",
                    "2027-01-11", KICKOFF, null),
            new MilestoneSample("Train-the-trainer program for child safety, APAC", "Trainers certified; courses ready in Hindi, Bahasa Indonesia and Japanese",
                    "2027-03-01", TRAINING_READY, null),
            new MilestoneSample("Train-the-trainer program for child safety, APAC", "Moderator training starts in IN, ID, JP, AU",
                    "2027-03-22", LAUNCH, null),
            new MilestoneSample("UK Online Safety Act children's risk assessment refresh", "Risk assessment findings reviewed by legal",
                    "2026-11-30", REVIEW, null),
            new MilestoneSample("UK Online Safety Act children's risk assessment refresh", "Updated assessment filed",
                    "2026-12-18", LAUNCH, "Record kept for the regulator; enforcement notes updated."),
            new MilestoneSample("Election integrity playbook for 2027 state elections, India", "Playbook draft with election-commission guidance",
                    "2027-01-25", POLICY_DRAFT, null),
            new MilestoneSample("Election integrity playbook for 2027 state elections, India", "War-room training for reviewers",
                    "2027-02-22", TRAINING_READY, null),
            new MilestoneSample("Moderator recertification on child safety v4.1", "Assessment bank ready in all five regions",
                    "2027-01-29", TRAINING_READY, null),
            new MilestoneSample("Moderator recertification on child safety v4.1", "Recertification window opens",
                    "2027-02-08", LAUNCH, null),
            new MilestoneSample("Doxxing rules for home addresses and workplaces", "Kickoff with privacy counsel", "2027-04-06", KICKOFF, null),
            new MilestoneSample("Doxxing rules for home addresses and workplaces", "Draft for review in DE and FR", "2027-05-10", POLICY_DRAFT, null));

    private record TeamSample(String name, String region, List<TeamRequest.Member> members) {
    }

    private static TeamRequest.Member member(String name, String role, double fte) {
        return new TeamRequest.Member(name, role, fte);
    }

    /** One team for every owning team of the sample initiatives; sized so that some quarters are tight. */
    private static final List<TeamSample> TEAMS = List.of(
            new TeamSample("Policy Global", null, List.of(member("Selin Haddad", "Policy lead", 1),
                    member("Lucas Ferrand", "Policy manager", 0.5))),
            new TeamSample("Policy EMEA", "EU", List.of(member("Katrin Wendt", "Regional policy lead", 1),
                    member("Joelle Marchetti", "Policy manager", 1), member("Tomasz Rybak", "Policy analyst", 0.8))),
            new TeamSample("Policy Americas", "US", List.of(member("Renata Albuquerque", "Policy lead", 1),
                    member("Devon Whitfield", "Policy analyst", 1))),
            new TeamSample("Integrity Policy APAC", "IN", List.of(member("Priya Ramaswamy", "Policy lead", 1),
                    member("Hiroshi Tanabe", "Policy manager", 1))),
            new TeamSample("Policy Training APAC", "IN", List.of(member("Meera Kulkarni", "Training development lead", 1),
                    member("Arif Santoso", "Instructional designer", 1))),
            new TeamSample("Policy Training EMEA", "EU", List.of(member("Ines Valcourt", "Training specialist", 1),
                    member("Nadia Farouk", "E-learning developer", 0.6))),
            new TeamSample("Policy Training Americas", "BR", List.of(member("Luana Teixeira", "Trainer", 1))),
            new TeamSample("Integrity Tooling", null, List.of(member("Rei Tamura", "Tooling owner", 1),
                    member("Ada Okonkwo", "ML engineer", 1), member("Mikael Lindholm", "Software engineer", 1))));

    private record HolidaySample(String region, String quarter, double days) {
    }

    /** Public holidays in working days (EU: the common ones of most member states). */
    private static final List<HolidaySample> HOLIDAYS = List.of(
            new HolidaySample("EU", "2027-Q1", 1), new HolidaySample("EU", "2027-Q2", 4),
            new HolidaySample("EU", "2027-Q4", 3), new HolidaySample("IN", "2027-Q1", 3),
            new HolidaySample("IN", "2027-Q4", 4), new HolidaySample("US", "2027-Q1", 2),
            new HolidaySample("BR", "2027-Q1", 3));

    private record LeaveSample(String team, String member, String quarter, double days) {
    }

    private static final List<LeaveSample> LEAVE = List.of(
            new LeaveSample("Policy Training APAC", "Arif Santoso", "2027-Q1", 10),
            new LeaveSample("Policy EMEA", "Joelle Marchetti", "2027-Q3", 15),
            new LeaveSample("Integrity Tooling", "Ada Okonkwo", "2027-Q3", 10));

    private SampleData() {
    }

    /**
     * Loads everything into the caller's transaction. A sample policy whose key is already taken is left out, so
     * that samples switched on after someone created, say, hate-speech do not fail the load on every start.
     */
    static Counts load(EntityManager em, Instant now) {
        int policies = 0;
        int versions = 0;
        int transitions = 0;
        for (PolicySample p : POLICIES) {
            if (PolicyService.findOptional(em, p.key()) != null) {
                continue;
            }
            policies++;
            PolicyEntity policy = new PolicyEntity(p.key(), p.name(), p.area(), p.team(), p.description(), now);
            em.persist(policy);
            for (VersionSample vs : p.versions()) {
                PolicyVersionEntity v = policy.addVersion(SemanticVersion.parse(vs.number()), vs.summary(),
                        day(vs.stageDates()[0], now), vs.owner(), now);
                versions++;
                transitions++;
                for (int i = 1; i < vs.stageDates().length; i++) {
                    LifecycleStage stage = LifecycleStage.values()[i];
                    Instant at = day(vs.stageDates()[i], now);
                    if (stage == TRAINING) {
                        v.approveAsOf(at, now);
                    }
                    v.enterStage(stage, "at", at, vs.mover(), null, now);
                    transitions++;
                }
            }
        }
        Map<String, InitiativeEntity> byTitle = new HashMap<>();
        for (InitiativeSample s : INITIATIVES) {
            // Through the request type, so the samples pass the same validation and normalisation as the API.
            Priority p = PRIORITIES.get(s.title());
            InitiativeRequest request = new InitiativeRequest(s.title(), s.policyKey(), s.type(), s.lobs(), s.regions(),
                    s.risk(), s.reach(), s.impact(), s.confidence(), s.effortWeeks(), s.quarter(), s.status(), s.team(),
                    p == null ? null : p.businessValue(), p == null ? null : p.timeCriticality(),
                    p == null ? null : p.riskReduction(), p == null ? null : p.regulatoryDeadline());
            InitiativeEntity initiative = new InitiativeEntity(s.createdBy(), now);
            initiative.apply(request.validate(), now);
            em.persist(initiative);
            byTitle.put(s.title(), initiative);
        }
        for (MilestoneSample s : MILESTONES) {
            InitiativeEntity initiative = byTitle.get(s.initiative());
            if (initiative == null) {
                throw new IllegalStateException("sample milestone '" + s.title() + "' names no sample initiative");
            }
            MilestoneEntity milestone = new MilestoneEntity(initiative, initiative.getCreatedBy(), now);
            milestone.apply(new MilestoneRequest(s.title(), s.date(), s.kind(), s.note()).validate(), now);
            em.persist(milestone);
        }
        // Teams whose name is taken (created before the samples were switched on) are left out, as policies are.
        Map<String, TeamEntity> teamsByName = new HashMap<>();
        for (TeamSample t : TEAMS) {
            if (!em.createQuery("select t.id from TeamEntity t where t.name = :name", Long.class)
                    .setParameter("name", t.name()).getResultList().isEmpty()) {
                continue;
            }
            TeamEntity team = new TeamEntity("sample-data", now);
            team.apply(new TeamRequest(t.name(), t.region(), t.members()).validate(), now);
            em.persist(team);
            teamsByName.put(t.name(), team);
        }
        int holidays = 0;
        for (HolidaySample h : HOLIDAYS) {
            HolidayRequest.Content c = new HolidayRequest(h.region(), h.quarter(), h.days()).validate();
            if (em.createQuery("select h.id from HolidayEntity h where h.region = :r and h.quarter = :q", Long.class)
                    .setParameter("r", c.region()).setParameter("q", c.quarter().toString()).getResultList().isEmpty()) {
                em.persist(new HolidayEntity(c.region(), c.quarter(), c.days(), "sample-data", now));
                holidays++;
            }
        }
        em.flush();
        int leave = 0;
        for (LeaveSample l : LEAVE) {
            TeamEntity team = teamsByName.get(l.team());
            if (team != null) {
                LeaveRequest.Content c = new LeaveRequest(l.team(), l.member(), l.quarter(), l.days()).validate();
                em.persist(new LeaveEntity(team.getId(), c.member(), c.quarter(), c.days(), "sample-data", now));
                leave++;
            }
        }
        return new Counts(policies, versions, transitions, INITIATIVES.size(), MILESTONES.size(), teamsByName.size(),
                holidays, leave);
    }

    /**
     * Half past nine UTC on the given day; never later than now, so that the samples also load on a machine whose
     * clock is set before the sample dates.
     */
    private static Instant day(String isoDate, Instant now) {
        Instant at = LocalDate.parse(isoDate).atTime(LocalTime.of(9, 30)).toInstant(ZoneOffset.UTC);
        return at.isAfter(now) ? now : at;
    }
}
