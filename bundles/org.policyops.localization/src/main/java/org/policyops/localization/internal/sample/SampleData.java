package org.policyops.localization.internal.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.policyops.api.localization.ContentKeys;
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.TimelineEntity;
import org.policyops.localization.internal.entity.TranslationEntity;

/**
 * Example contents for planning's sample policies (same keys and latest versions as planning's SampleData): the
 * statement-of-reasons templates and policy texts, with a realistic mix of translations: hate speech complete and
 * reviewed in all EU languages, child safety partly reviewed, misinformation with stale translations after its
 * 1.1.0 text change, and policy texts mostly untranslated. Plus regional timelines, some overdue. All translators
 * are fictitious.
 */
final class SampleData {

    static final String SOR_SOURCE = "We restricted your content under our {policy} policy. You can appeal: {appealLink}";
    static final String SOR_OLD_SOURCE = "We removed your content under our {policy} policy.";

    /** The statement-of-reasons template in the EU languages and those of the other sample regions. */
    static final Map<String, String> SOR = new LinkedHashMap<>();
    static {
        SOR.put("bg", "Ограничихме вашето съдържание съгласно нашата политика {policy}. Можете да обжалвате: {appealLink}");
        SOR.put("cs", "Omezili jsme váš obsah podle našich zásad {policy}. Můžete se odvolat: {appealLink}");
        SOR.put("da", "Vi har begrænset dit indhold i henhold til vores politik for {policy}. Du kan klage: {appealLink}");
        SOR.put("de", "Wir haben Ihren Inhalt nach unserer Richtlinie {policy} eingeschränkt. Sie können Einspruch einlegen: {appealLink}");
        SOR.put("el", "Περιορίσαμε το περιεχόμενό σας βάσει της πολιτικής μας {policy}. Μπορείτε να υποβάλετε ένσταση: {appealLink}");
        SOR.put("es", "Hemos restringido tu contenido según nuestra política de {policy}. Puedes apelar: {appealLink}");
        SOR.put("et", "Piirasime teie sisu meie reegli {policy} alusel. Saate edasi kaevata: {appealLink}");
        SOR.put("fi", "Rajoitimme sisältöäsi {policy}-käytäntömme perusteella. Voit hakea muutosta: {appealLink}");
        SOR.put("fr", "Nous avons restreint votre contenu en vertu de notre règlement {policy}. Vous pouvez faire appel : {appealLink}");
        SOR.put("ga", "Chuireamar srian ar d'ábhar faoinár mbeartas {policy}. Is féidir leat achomharc a dhéanamh: {appealLink}");
        SOR.put("hr", "Ograničili smo vaš sadržaj prema našim pravilima {policy}. Možete se žaliti: {appealLink}");
        SOR.put("hu", "Korlátoztuk a tartalmadat a(z) {policy} irányelvünk alapján. Fellebbezhetsz: {appealLink}");
        SOR.put("it", "Abbiamo limitato i tuoi contenuti in base alla nostra normativa {policy}. Puoi presentare ricorso: {appealLink}");
        SOR.put("lt", "Apribojome jūsų turinį pagal mūsų {policy} politiką. Galite pateikti skundą: {appealLink}");
        SOR.put("lv", "Mēs ierobežojām jūsu saturu saskaņā ar mūsu politiku {policy}. Jūs varat iesniegt apelāciju: {appealLink}");
        SOR.put("mt", "Irrestrinġejna l-kontenut tiegħek taħt il-politika tagħna dwar {policy}. Tista' tappella: {appealLink}");
        SOR.put("nl", "We hebben je content beperkt op grond van ons beleid inzake {policy}. Je kunt bezwaar maken: {appealLink}");
        SOR.put("pl", "Ograniczyliśmy Twoje treści na podstawie naszych zasad {policy}. Możesz się odwołać: {appealLink}");
        SOR.put("pt", "Restringimos o seu conteúdo ao abrigo da nossa política de {policy}. Pode recorrer: {appealLink}");
        SOR.put("ro", "Am restricționat conținutul dvs. în baza politicii noastre privind {policy}. Puteți contesta: {appealLink}");
        SOR.put("sk", "Obmedzili sme váš obsah podľa našich pravidiel {policy}. Môžete sa odvolať: {appealLink}");
        SOR.put("sl", "Vašo vsebino smo omejili v skladu z našim pravilnikom {policy}. Lahko se pritožite: {appealLink}");
        SOR.put("sv", "Vi har begränsat ditt innehåll enligt vår policy för {policy}. Du kan överklaga: {appealLink}");
        SOR.put("pt-BR", "Restringimos seu conteúdo com base na nossa política de {policy}. Você pode recorrer: {appealLink}");
        SOR.put("ja", "{policy}に関するポリシーに基づき、お客様のコンテンツを制限しました。異議申し立てはこちら: {appealLink}");
        SOR.put("hi", "हमने अपनी {policy} नीति के तहत आपकी सामग्री को प्रतिबंधित किया है। आप अपील कर सकते हैं: {appealLink}");
        SOR.put("id", "Kami membatasi konten Anda berdasarkan kebijakan {policy} kami. Anda dapat mengajukan banding: {appealLink}");
    }

    /** The old misinformation template, translated before 1.1.0 changed it: these translations are now stale. */
    private static final Map<String, String> SOR_OLD = Map.of(
            "de", "Wir haben Ihren Inhalt nach unserer Richtlinie {policy} entfernt.",
            "fr", "Nous avons supprimé votre contenu en vertu de notre règlement {policy}.",
            "it", "Abbiamo rimosso i tuoi contenuti in base alla nostra normativa {policy}.");

    private static final String[] TRANSLATORS = { "e.novak", "c.dubois", "h.schmidt", "a.rossi", "m.kowalski", "s.ito" };

    private SampleData() {
    }

    static String load(EntityManager em, Instant now) {
        int[] translations = { 0 };
        // Hate speech 3.1.0: every EU language reviewed, plus the other sample regions' languages.
        ContentEntity hate = content(em, ContentKeys.statementOfReasons("hate-speech"), "hate-speech", "3.1.0", SOR_SOURCE, now);
        SOR.forEach((locale, text) -> translations[0] += translate(em, hate, locale, text, TranslationState.REVIEWED, now));

        // Child safety 4.1.0: most reviewed, Irish and Maltese awaiting review, Latvian and Lithuanian in progress,
        // Croatian not started.
        ContentEntity child = content(em, ContentKeys.statementOfReasons("child-safety"), "child-safety", "4.1.0", SOR_SOURCE, now);
        SOR.forEach((locale, text) -> {
            TranslationState state = switch (locale) {
                case "ga", "mt" -> TranslationState.TRANSLATED;
                case "lv", "lt" -> TranslationState.IN_PROGRESS;
                case "hr", "hi", "id" -> null;
                default -> TranslationState.REVIEWED;
            };
            if (state != null) {
                translations[0] += translate(em, child, locale, state == TranslationState.IN_PROGRESS ? null : text, state, now);
            }
        });

        // Misinformation: translated for 1.0.0, then 1.1.0 reworded the template; German, French and Italian still
        // carry the 1.0.0 text and are stale.
        ContentEntity misinfo = content(em, ContentKeys.statementOfReasons("misinformation"), "misinformation", "1.0.0",
                SOR_OLD_SOURCE, now);
        SOR_OLD.forEach((locale, text) -> translations[0] += translate(em, misinfo, locale, text, TranslationState.REVIEWED, now));
        misinfo.changeSource("en", SOR_SOURCE, "misinformation", "1.1.0", "sample: the 1.1.0 template asks for the appeal link", now);
        em.flush();
        SOR.forEach((locale, text) -> {
            if (!SOR_OLD.containsKey(locale)) {
                translations[0] += translate(em, misinfo, locale, text, TranslationState.REVIEWED, now);
            }
        });

        // Policy texts (community guidelines): German and French translations under way for hate speech, the rest
        // untranslated so far.
        ContentEntity hateText = content(em, ContentKeys.policyText("hate-speech"), "hate-speech", "3.1.0",
                "Attacks on people based on protected attributes such as ethnicity, religion, disability, gender or sexual orientation.", now);
        translations[0] += translate(em, hateText, "de", "Angriffe auf Menschen aufgrund geschützter Merkmale wie ethnischer "
                + "Herkunft, Religion, Behinderung, Geschlecht oder sexueller Orientierung.", TranslationState.TRANSLATED, now);
        translations[0] += translate(em, hateText, "fr", null, TranslationState.IN_PROGRESS, now);
        content(em, ContentKeys.policyText("child-safety"), "child-safety", "4.1.0",
                "Sexual exploitation of minors, grooming, and content that endangers the physical or emotional safety of children.", now);
        content(em, ContentKeys.policyText("misinformation"), "misinformation", "1.1.0",
                "False or misleading claims that can cause real-world harm, including health and crisis misinformation.", now);
        content(em, ContentKeys.policyText("election-integrity"), "election-integrity", "2.0.0",
                "Voter interference, false claims about voting procedures and undisclosed political advertising.", now);

        List<TimelineEntity.Content> timelines = List.of(
                timeline("hate-speech", "3.1.0", "EU", "2026-11-16", null, "2026-11-30", null, "2026-12-07", "Coded slurs lexicon review first"),
                timeline("hate-speech", "3.1.0", "UK", "2026-11-16", "2026-11-10", "2026-11-30", null, "2026-12-07", null),
                timeline("hate-speech", "3.1.0", "US", "2026-11-16", "2026-11-09", "2026-11-23", null, "2026-12-07", null),
                timeline("child-safety", "4.1.0", "UK", "2026-10-19", "2026-10-16", "2026-11-02", "2026-10-30", "2026-11-09", "OSA children's risk assessment"),
                timeline("child-safety", "4.1.0", "EU", "2026-10-26", null, "2026-11-09", null, "2026-11-23", "Croatian translation not started"),
                timeline("misinformation", "1.1.0", "EU", "2026-10-30", null, "2026-11-20", null, "2026-12-14", "German, French, Italian stale after 1.1.0"),
                timeline("election-integrity", "2.0.0", "IN", "2027-01-11", null, "2027-01-25", null, "2027-02-01", "State elections 2027"),
                timeline("election-integrity", "2.0.0", "BR", "2028-06-01", null, "2028-07-01", null, "2028-08-15", "2028 municipal elections"));
        timelines.forEach(t -> em.persist(new TimelineEntity(t)));
        return "7 contents, " + translations[0] + " translations, " + timelines.size() + " regional timelines";
    }

    private static ContentEntity content(EntityManager em, String key, String policyKey, String version, String text, Instant now) {
        ContentEntity c = new ContentEntity(key, "sample-data");
        c.changeSource("en", text, policyKey, version, "registered by the sample data", now);
        em.persist(c);
        em.flush();
        return c;
    }

    private static int translate(EntityManager em, ContentEntity c, String locale, String text, TranslationState state, Instant now) {
        TranslationEntity t = new TranslationEntity(c.getId(), locale);
        String translator = TRANSLATORS[Math.floorMod(locale.hashCode(), TRANSLATORS.length)];
        t.apply(text, state, translator, c.getSourceRevision(), translator, now);
        em.persist(t);
        return 1;
    }

    private static TimelineEntity.Content timeline(String key, String version, String region, String translationDue,
            String translationDone, String trainingDue, String trainingDone, String enforcementStart, String note) {
        return new TimelineEntity.Content(key, version, region, date(translationDue), date(translationDone), date(trainingDue),
                date(trainingDone), date(enforcementStart), null, note);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
