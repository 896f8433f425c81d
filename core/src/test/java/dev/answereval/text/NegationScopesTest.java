package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NegationScopesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  static Stream<Arguments> sentences() {
    return Stream.of(
        // never ... without: share records negated, consent not (the two cancel out)
        Arguments.of(
            "I would never share records without consent.",
            List.of("never", "without"),
            List.of("share", "records", "without")),
        Arguments.of("I share records freely.", List.of(), List.of()),
        Arguments.of(
            "I did not share the records.", List.of("not"), List.of("share", "the", "records")),
        Arguments.of(
            "I didn't tell my manager, but I fixed the bug.",
            List.of("didn't"),
            List.of("tell", "my", "manager")),
        Arguments.of(
            "Nobody blamed the intern.", List.of("Nobody"), List.of("blamed", "the", "intern")),
        Arguments.of(
            "No records were shared with the press.",
            List.of("No"),
            List.of("records", "were", "shared", "with", "the", "press")),
        Arguments.of(
            "We can't ship without tests.",
            List.of("can't", "without"),
            List.of("ship", "without")),
        Arguments.of(
            "I refused to delete the audit logs.",
            List.of("refused", "to"),
            List.of("delete", "the", "audit", "logs")),
        Arguments.of(
            "She failed to inform the client because she was busy.",
            List.of("failed", "to"),
            List.of("inform", "the", "client")),
        Arguments.of("I avoid making promises.", List.of("avoid"), List.of("making", "promises")),
        Arguments.of(
            "I asked the team instead of guessing.", List.of("instead", "of"), List.of("guessing")),
        Arguments.of(
            "I neither confirmed nor denied the rumor.",
            List.of("neither", "nor"),
            List.of("confirmed", "nor", "denied", "the", "rumor")),
        Arguments.of("The plan was not only cheap but also fast.", List.of(), List.of()),
        // "skip" is a cue of its own: never skipping code reviews is doing them.
        Arguments.of(
            "I never skip code reviews and I always write tests.",
            List.of("never", "skip"),
            List.of("skip")),
        Arguments.of(
            "We did not leave without telling anyone.",
            List.of("not", "without"),
            List.of("leave", "without")),
        Arguments.of(
            "Nothing was lost although the server crashed.",
            List.of("Nothing"),
            List.of("was", "lost")),
        Arguments.of(
            "I won\u2019t compromise on safety; it matters.",
            List.of("won\u2019t"),
            List.of("compromise", "on", "safety")),
        Arguments.of("No matter what happens, I stay calm.", List.of(), List.of()),
        Arguments.of(
            "There was no budget and no time.",
            List.of("no", "no"),
            List.of("budget", "and", "no", "time")),
        Arguments.of(
            "I had not yet decided when the call came.", List.of("not"), List.of("yet", "decided")),
        Arguments.of("No, I told him the truth.", List.of(), List.of()),
        // A comma that continues a list of the negated clause keeps the scope open.
        Arguments.of(
            "I never share records, notes or test results.",
            List.of("never"),
            List.of("share", "records", ",", "notes", "or", "test", "results")),
        Arguments.of(
            "I avoid dual relationships, social media connections, and gifts.",
            List.of("avoid"),
            List.of(
                "dual",
                "relationships",
                ",",
                "social",
                "media",
                "connections",
                ",",
                "and",
                "gifts")),
        // After "such as", "including" or "like", items of any form continue the scope, up to a
        // new clause.
        Arguments.of(
            "I don't listen for signs such as hopelessness, feeling like a burden or talk about"
                + " death.",
            List.of("don't"),
            List.of(
                "listen",
                "for",
                "signs",
                "such",
                "as",
                "hopelessness",
                ",",
                "feeling",
                "like",
                "a",
                "burden",
                "or",
                "talk",
                "about",
                "death")),
        Arguments.of(
            "I never share records, including notes.",
            List.of("never"),
            List.of("share", "records", ",", "including", "notes")),
        // Verb-phrase items continue a negated list that closes with "or" ...
        Arguments.of(
            "I don't listen for hopelessness, feeling like a burden or talk about death, people"
                + " say that.",
            List.of("don't"),
            List.of(
                "listen",
                "for",
                "hopelessness",
                ",",
                "feeling",
                "like",
                "a",
                "burden",
                "or",
                "talk",
                "about",
                "death")),
        Arguments.of(
            "I never ask about suicidal thoughts, plans or use a screening tool.",
            List.of("never"),
            List.of(
                "ask",
                "about",
                "suicidal",
                "thoughts",
                ",",
                "plans",
                "or",
                "use",
                "a",
                "screening",
                "tool")),
        Arguments.of(
            "I don't check for cuts, scars or long sleeves.",
            List.of("don't"),
            List.of("check", "for", "cuts", ",", "scars", "or", "long", "sleeves")),
        // ... not a clause after a comma that closes with "and", nor an outer list's ", or".
        Arguments.of(
            "I don't rush, taking time to listen and reflect.", List.of("don't"), List.of("rush")),
        Arguments.of(
            "They say they can't go on, or talk about death.",
            List.of("can't"),
            List.of("go", "on")),
        Arguments.of(
            "I don't use tools such as checklists, so I ask directly.",
            List.of("don't"),
            List.of("use", "tools", "such", "as", "checklists")),
        // A comma between adjectives keeps the scope open; one between gerunds does not.
        Arguments.of(
            "I never give specific, constructive feedback.",
            List.of("never"),
            List.of("give", "specific", ",", "constructive", "feedback")),
        Arguments.of(
            "I never build an open, trusting relationship.",
            List.of("never"),
            List.of("build", "an", "open", ",", "trusting", "relationship")),
        Arguments.of(
            "I work with ambivalence rather than arguing, listening for change talk.",
            List.of("rather", "than"),
            List.of("arguing")),
        // A "without" phrase ends before the clause's subject, or a coordinated verb.
        Arguments.of(
            "I can listen to relatives without consent and give general information.",
            List.of("without"),
            List.of("consent")),
        Arguments.of(
            "It is false that even without consent I can talk to the family.",
            List.of("false", "that", "without"),
            List.of("even", "without", "I", "can", "talk", "to", "the", "family")),
        // A comma before a new clause, or before a list of verbs, still ends it.
        Arguments.of(
            "I did not call her, which upset her.", List.of("not"), List.of("call", "her")),
        Arguments.of("I did not call her, so she left.", List.of("not"), List.of("call", "her")),
        Arguments.of("I did not panic, and I called for help.", List.of("not"), List.of("panic")),
        // "don't hesitate to" affirms what follows, down the whole list.
        Arguments.of(
            "I don't hesitate to call the crisis team, the police, or an ambulance.",
            List.of("don't", "hesitate", "to"),
            List.of("hesitate", "to")),
        // Contractions typed without the apostrophe, frequency adverbs, "stopped -ing", "false
        // that".
        Arguments.of(
            "I dont ask about suicide.", List.of("dont"), List.of("ask", "about", "suicide")),
        Arguments.of(
            "She didnt call and I wont guess.", List.of("didnt", "wont"), List.of("call", "guess")),
        Arguments.of("I rarely take breaks.", List.of("rarely"), List.of("take", "breaks")),
        Arguments.of(
            "I hardly ever use my vacation.",
            List.of("hardly"),
            List.of("ever", "use", "my", "vacation")),
        Arguments.of(
            "I stopped going to supervision.",
            List.of("stopped"),
            List.of("going", "to", "supervision")),
        Arguments.of("I stopped the session early.", List.of(), List.of()),
        Arguments.of(
            "It is false that I consult my supervisor.",
            List.of("false", "that"),
            List.of("I", "consult", "my", "supervisor")),
        // A denied proposition runs through its commas, up to a contrast.
        Arguments.of(
            "It is not true that I hold regular, protected meetings, but I try.",
            List.of("not", "true", "that"),
            List.of("I", "hold", "regular", ",", "protected", "meetings", ",")),
        Arguments.of(
            "It isn't the case that my first concern is safety, for me and for others.",
            List.of("isn't", "the", "case", "that"),
            List.of(
                "my", "first", "concern", "is", "safety", ",", "for", "me", "and", "for",
                "others")),
        // No punctuation at all (a transcript): a scope ends after 20 tokens.
        Arguments.of(
            "i do not lecture clients about drinking rules or relapse statistics or abstinence plans or meeting schedules or medication lists or anything like that during sessions",
            List.of("not"),
            List.of(
                "lecture",
                "clients",
                "about",
                "drinking",
                "rules",
                "or",
                "relapse",
                "statistics",
                "or",
                "abstinence",
                "plans",
                "or",
                "meeting",
                "schedules",
                "or",
                "medication",
                "lists",
                "or",
                "anything",
                "like")),
        // A hyphen inside a word joins it and ends no scope; a spaced dash still does.
        Arguments.of(
            "I don't have a regular self-care routine outside work.",
            List.of("don't"),
            List.of("have", "a", "regular", "self", "-", "care", "routine", "outside", "work")),
        Arguments.of(
            "I don't think my well-being affects my care.",
            List.of("don't"),
            List.of("think", "my", "well", "-", "being", "affects", "my", "care")),
        Arguments.of("I never rest - work comes first.", List.of("never"), List.of("rest")),
        // An infinitive after a closed list belongs to the negated clause.
        Arguments.of(
            "I don't use supervision, peer support or my own therapy to process the work.",
            List.of("don't"),
            List.of(
                "use",
                "supervision",
                ",",
                "peer",
                "support",
                "or",
                "my",
                "own",
                "therapy",
                "to",
                "process",
                "the",
                "work")),
        // Ignoring or overlooking something is not heeding it; never overlooking it is. What such
        // a verb negates is its object, not a verb coordinated after it.
        Arguments.of(
            "I never overlook unexplained injuries.",
            List.of("never", "overlook"),
            List.of("overlook")),
        Arguments.of(
            "In practice I ignore all of that and just yell back.",
            List.of("ignore"),
            List.of("all", "of", "that")),
        // What is quit, abandoned or given up is no longer done; never abandoning it is doing it.
        Arguments.of(
            "I quit my own therapy and went back to work.",
            List.of("quit"),
            List.of("my", "own", "therapy")),
        Arguments.of(
            "Last year I gave up supervision and peer support.",
            List.of("gave", "up"),
            List.of("supervision", "and", "peer", "support")),
        Arguments.of(
            "I would never abandon a client in crisis.",
            List.of("never", "abandon"),
            List.of("abandon")),
        Arguments.of("I gave her a leaflet.", List.of(), List.of()),
        // "not to X and to Y" negates X only; with "or", or without the second "to", both.
        Arguments.of(
            "The key is not to take it personally and to be patient.",
            List.of("not"),
            List.of("to", "take", "it", "personally")),
        Arguments.of(
            "I chose not to speak calmly to him and to the others.",
            List.of("not"),
            List.of("to", "speak", "calmly", "to", "him", "and", "to", "the", "others")),
        Arguments.of(
            "I try not to shout or to argue.",
            List.of("not"),
            List.of("to", "shout", "or", "to", "argue")),
        Arguments.of(
            "I don't want to shout and to argue.",
            List.of("don't"),
            List.of("want", "to", "shout", "and", "to", "argue")),
        // Overriding or opposing a choice does not respect it; no reason to oppose it does.
        Arguments.of(
            "I override the client's choice when I know better.",
            List.of("override"),
            List.of("the", "client's", "choice")),
        Arguments.of(
            "That is no reason to oppose a client's choice.",
            List.of("no", "oppose"),
            List.of("reason", "to", "oppose")),
        Arguments.of(
            "I avoid dual relationships and keep clear boundaries.",
            List.of("avoid"),
            List.of("dual", "relationships")),
        // A habit given up is not done; being used to something, or a tool used to screen, is no
        // negation.
        Arguments.of(
            "I used to ask about suicide directly.",
            List.of("used", "to"),
            List.of("ask", "about", "suicide", "directly")),
        Arguments.of("I'm used to working nights.", List.of(), List.of()),
        Arguments.of("The scale is used to screen for risk.", List.of(), List.of()),
        // Skipping something is not doing it.
        Arguments.of(
            "I skip explaining the limits of confidentiality because it scares clients.",
            List.of("skip"),
            List.of("explaining", "the", "limits", "of", "confidentiality")),
        // Denied propositions in a row, run together without a full stop, do not cancel out.
        Arguments.of(
            "It is false that privacy is central it is false that clients give consent.",
            List.of("false", "that", "false", "that"),
            List.of("privacy", "is", "central", "clients", "give", "consent")),
        // A list closed before a clause word is still negated; a clause after ", and" is not.
        Arguments.of(
            "I don't consult colleagues, interpreters and community groups when I need to.",
            List.of("don't"),
            List.of("consult", "colleagues", ",", "interpreters", "and", "community", "groups")),
        Arguments.of(
            "I didn't rush him, and once he'd settled we worked it out together.",
            List.of("didn't"),
            List.of("rush", "him")),
        // A gerund that is a whole list item reads as a noun.
        Arguments.of(
            "I don't learn through training, workshops, reading and cultural humility.",
            List.of("don't"),
            List.of(
                "learn",
                "through",
                "training",
                ",",
                "workshops",
                ",",
                "reading",
                "and",
                "cultural",
                "humility")),
        // In a sentence without punctuation a scope stops after 20 tokens, but a negator inside it
        // carries it on to its own end.
        Arguments.of(
            "i never call clients after hours or meet them outside the office or connect on social"
                + " media or accept gifts and nobody gets my cell phone number or home address",
            List.of("never", "nobody"),
            List.of(
                "call", "clients", "after", "hours", "or", "meet", "them", "outside", "the",
                "office", "or", "connect", "on", "social", "media", "or", "accept", "gifts", "and",
                "nobody", "gets", "my", "cell", "phone", "number", "or", "home", "address")),
        Arguments.of(
            "I forgot to document the call.",
            List.of("forgot", "to"),
            List.of("document", "the", "call")),
        // A negative object denies its verb: the agency offered nothing, I spoke to no one.
        Arguments.of(
            "The agency offered no interpreter or transport.",
            List.of("no"),
            List.of("offered", "interpreter", "or", "transport")),
        Arguments.of(
            "I spoke to nobody about it.", List.of("nobody"), List.of("spoke", "about", "it")),
        // Not a negative subject after the verb, not "with no", not "there was no".
        Arguments.of("She said nobody had called.", List.of("nobody"), List.of("had", "called")),
        Arguments.of(
            "He was discharged with no follow-up.", List.of("no"), List.of("follow", "-", "up")),
        // Colloquial "didn't do nothing" stays a denial of the doing.
        Arguments.of(
            "He didn't do nothing about it.",
            List.of("didn't", "nothing"),
            List.of("do", "nothing", "about", "it")),
        // "no longer" is one cue.
        Arguments.of(
            "She no longer attends the group.",
            List.of("no", "longer"),
            List.of("attends", "the", "group")));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void cuesAndScopes(String sentence, List<String> cues, List<String> negated) {
    AnalyzedText text = ANALYZER.analyze(sentence);

    assertThat(text.tokens().stream().filter(Token::negationCue).map(Token::text))
        .containsExactlyElementsOf(cues);
    assertThat(text.tokens().stream().filter(Token::negated).map(Token::text))
        .containsExactlyElementsOf(negated);
  }
}
