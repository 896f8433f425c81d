package dev.answereval.scoring;

import dev.answereval.rubric.StarComponent;
import dev.answereval.rubric.StarExpectations;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds Situation, Task, Action and Result sentences in a behavioral answer from linguistic
 * features: temporal and scene-setting markers and the writer's background ("I was the nurse on
 * call"), statements of duty or goal, first-person agency with past-tense action verbs (not
 * negated, not after a modal, not in a conditional or leading time clause, not passive, not a
 * present perfect, not a thought, not inside a habit), and outcome, change and measurement words or
 * a third party's change of state, with a mild position prior (situations come early, results
 * late). A lesson alone ("It taught me that ...") is no result. Measured on labelled sentences by
 * {@code StarLabelledSentencesTest}. Stateless and thread-safe.
 */
final class StarDetector {
  /** A sentence states a component when its evidence reaches this strength. */
  static final double FOUND = 0.5;

  /** The people a story can open with: "a client who ...", "a young man I saw ...". */
  private static final String PERSON =
      "(client|patient|resident|service user|family|teenager|veteran|man|woman)";

  private static final Pattern SITUATION =
      Pattern.compile(
          "\\b(when i (was|worked|started|joined|arrived|took over|first met)|while (i was )?(working|employed|placed|on placement)"
              + "|at my (previous|last|former|current|old) (job|role|position|workplace|placement|clinic|agency)"
              + "|in my (previous|last|former|current|first) (job|role|position|post|placement)"
              + "|(last|this past|one) (year|month|winter|summer|spring|autumn|fall|week)|(a|two|three|few|several) (years|months|weeks) ago"
              + "|(?<!later )that (year|winter|summer|spring|autumn)"
              + "|one of (my|our) (clients|patients|residents|students|pupils|customers|guests|service users|volunteers)"
              + "|once,|one time|one day|there was (a|an|one)|i was (working|assigned|covering|on shift|supporting)"
              + "|i worked (as|at|in|with)|we had (a|an) (client|patient|resident|young|new|family)"
              + "|during (my|a|an|the)|at the time|early in my|i remember|i once|i was (caring|responsible) for a"
              + "|i was (seeing|working with|treating|counseling|counselling|running|leading|coordinating)"
              + "|i had (a|an) (client|patient|caseload|situation)"
              + "|(a|one) "
              + PERSON
              + " (who|whose|with|came|was|had))(?!\\w)");

  /**
   * A person introduced with an adjective or as someone the writer saw ("a young man I saw had
   * ..."): a situation only in a sentence told in the past tense, since "an anxious client with
   * panic attacks needs ..." is a general statement.
   */
  private static final Pattern PAST_SITUATION =
      Pattern.compile(
          "\\b(a|an|one) ([a-z-]+ ){0,2}"
              + PERSON
              + " (who|whose|with|came|was|had|i (saw|was seeing|worked with|supported|treated))(?!\\w)");

  private static final Pattern TASK =
      Pattern.compile(
          "\\b(my (role|job|task|responsibility|goal|aim|priority|objective|challenge) (was|there was|became|in this)"
              + "|i (was|were) (responsible|tasked|asked|expected|required) (for|to)|i needed to|i had to|we needed to|we had to"
              + "|the (goal|aim|task|challenge|priority|objective|problem) was|it was (my|up to me|on me)"
              + "|i wanted to (make sure|ensure|help|find|understand|keep|get)|i knew i (had|needed) to"
              + "|needed (someone|me) to|(my|our) (first )?priority|i was in charge|put me in charge|in charge of"
              + "|(asked|told|tasked|assigned|wanted|expected|trusted) me to|(fell|was left) to me"
              + "|made it my (job|goal|priority|mission|responsibility))\\b");
  private static final Pattern ACTION_PHRASE =
      Pattern.compile(
          "\\b(i (first|then|also|immediately|quickly|calmly|gently|carefully|personally|next)? ?"
              + "(contacted|called|arranged|organized|organised|met|spoke|talked|listened|asked|set up|created|developed"
              + "|used|started|began|scheduled|referred|coordinated|explained|reached out|made sure|decided|suggested"
              + "|introduced|implemented|helped|guided|documented|consulted|collaborated|escalated|stayed|sat|encouraged"
              + "|validated|involved|proposed|designed|led|ran|trained|wrote|reviewed|checked|called|brought|took|gave"
              + "|offered|worked|focused|focussed|invited|connected|negotiated|mediated|acknowledged|de-escalated|assessed"
              + "|completed|built|drafted|put together|followed up|prioritized|prioritised|adjusted|adapted|met with"
              + "|partnered|advocated|informed|notified|alerted|recommended|researched|presented|tracked|monitored|kept)(?! from| away from| it from))"
              + "|\\b(we (then )?(set up|created|developed|agreed|arranged|worked out|put together|held|ran|designed|met))");

  /** Sequencing markers; they support a stated past action but are no action by themselves. */
  private static final Pattern SEQUENCE =
      Pattern.compile("\\b(first,|next,|then,|after that,|finally,)");

  /**
   * A conditional or hypothetical clause, from its opening word to the next punctuation: what it
   * describes did not happen ("If a client was in crisis, I would...").
   */
  private static final Pattern CONDITIONAL =
      Pattern.compile("\\b(if|suppose|supposing|imagine|assuming|in case)\\b[^,;:.!?]*");

  /**
   * A clause that opens a sentence with "when", "while", "once", "as soon as" or "by the time", up
   * to its comma: it sets the time of the main clause ("When I joined the team, the group met in a
   * clinic room"), so a verb of the writer's in it is no action.
   */
  private static final Pattern TIME_CLAUSE =
      Pattern.compile("^(when|while|as soon as|once|by the time) [^,;:.!?]*");

  /**
   * A measured change ("from about half to one in five", "from 30 minutes to under 10") or an exam
   * passed: a result wherever it stands, even when a story opens with it.
   */
  private static final Pattern MEASURED_RESULT =
      Pattern.compile(
          "\\b(from (about |around |roughly |nearly |almost |over |under )?(\\d+|one|two|three|four|five|six"
              + "|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|half|a third|a quarter)"
              + "( [a-z]+){0,6} to (about |around |roughly |nearly |almost |under |over |just |only |less than )?"
              + "(\\d+|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
              + "|thirty|forty|fifty|half|a third|a quarter)"
              + "|passed (his|her|their|my|the) ([a-z]+ ){0,2}(exam|test|course|assessment|probation))\\b");

  /**
   * Words that turn from a habit to the event of the story: "I usually wait a week, but this time I
   * called her the next day".
   */
  private static final Pattern STORY_TURN =
      Pattern.compile(
          "\\b(but|this time|that (day|night|morning|afternoon|evening)|in this case)\\b");

  /** Outcome markers that state a result wherever they stand. */
  private static final Pattern RESULT =
      Pattern.compile(
          "\\b(as a result|in the end|eventually|ultimately|the (outcome|result)|resulted in|by the end"
              + "|(after|within|over) (a few|several|two|three|four|six|the next|the following) (days|weeks|months|sessions|visits)"
              + "|after that|from then on|(has|have) been back|later that (year|month|week)|without a single"
              + "|since(?=\\s*[.!]\\s*$)"
              + "|successfully|succeeded|since then|it worked|which meant|to this day|turned around"
              + "|over the (next|following) (year|month|months|weeks|few|six|two|three)"
              + "|without (a|any) (fall|readmission|relapse|crisis|incident|hospitali[sz]ation)"
              + "|(had|with|there were) no (further )?(rehospitali[sz]ations?|readmissions?|relapses?|hospitali[sz]ations?|incidents?|crises|complaints|falls)"
              + "|(he|she|they) went (home|back)"
              + "|((\\d+|[a-z]+ty) ?(%|percent|per cent))|(was|were) discharged|no longer"
              + "|ever since(?=\\s*([.,;:!?)]|$))"
              + "|by (the end|the time|that point|the next|(the|a|one|two|three|four|six|[a-z]+) (weeks?|months?|sessions?|days?) later)"
              + "|[a-z0-9]+ (weeks?|months?|days?|years?) later"
              + "|by (two|three|four|five|six|[0-9]+) (weeks|months|sessions)"
              + "|(his|her|their) ([a-z0-9-]+ ){0,2}(mood|sleep|symptoms|scores?|attendance|engagement|anxiety|drinking|use)"
              + " (had )?(improved|lifted|dropped|fell|rose|settled|stabili[sz]ed|went))"
              // Not \\b: after "%" a word boundary would need a letter to follow.
              + "(?!\\w)");

  /** Weaker outcome markers that count only in the second half of an answer. */
  private static final Pattern LATE_RESULT =
      Pattern.compile(
          "\\b(led to|leading to|(significant|real|steady|measurable|noticeable|marked|good) (progress|improvements?|gains)|improved|reduced|increased|decreased|dropped|fell|rose|went (down|up)|(was|were) able to"
              + "|(this|that|it) (helped|allowed|meant)|stabili[sz]ed|fewer|calmer|more engaged|returned to|turned out"
              + "|(he|she|they) (ended up|became|began|agreed|thanked|returned|re-engaged|reconnected|graduated|completed|moved"
              + "|accepted|engaged|handed|stopped|started|kept coming|showed up|called back|reached out|said (it|that) (helped|was))"
              + "|(the )?(team|staff|family|client|clients|patient|patients) (now|began|started|adopted|reported))\\b");

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "was",
          "were",
          "had",
          "did",
          "went",
          "made",
          "took",
          "gave",
          "felt",
          "told",
          "said",
          "found",
          "got",
          "saw",
          "came",
          "became",
          "began",
          "brought",
          "thought",
          "sat",
          "spoke",
          "met",
          "kept",
          "led",
          "left",
          "knew",
          "ran",
          "wrote",
          "held",
          "built",
          "taught",
          "heard",
          "understood",
          "chose",
          "put",
          "set",
          "sent",
          "spent",
          "stood",
          "paid",
          "meant",
          "lost",
          "cut",
          "rang",
          "sang",
          "sank",
          "drank",
          "shrank",
          "swam",
          "ate",
          "forgot",
          "shot",
          "lit",
          "laid",
          "bought",
          "caught",
          "fought",
          "sought",
          "stuck",
          "struck",
          "dug",
          "hung",
          "swung",
          "won",
          "spun",
          "drove",
          "rode",
          "rose",
          "arose",
          "woke",
          "broke",
          "stole",
          "froze",
          "wore",
          "tore",
          "swore",
          "threw",
          "drew",
          "grew",
          "flew",
          "blew",
          "withdrew",
          "shook",
          "mistook",
          "forgave",
          "hid",
          "bit",
          "fell",
          "fed",
          "fled",
          "sped",
          "dealt",
          "lent",
          "bent",
          "slept",
          "swept",
          "wept",
          "crept",
          "shone",
          "sold",
          "bound",
          "ground",
          "wound",
          "overcame",
          "burnt",
          "learnt",
          "dreamt");

  /** Prefixes that leave a verb's irregular past form intact: "rebuilt", "overtook". */
  private static final List<String> PAST_PREFIXES =
      List.of("re", "over", "under", "mis", "with", "out", "up");

  /**
   * Past forms that are also present forms: "I set clear goals" is a habit, "I set up a meeting" in
   * a story is an action. They count as past only in a sentence with no present-tense verb of the
   * writer's ("I listen, I show empathy and I set goals") and not after a habitual adverb ("I
   * always put the client first").
   */
  private static final Set<String> AMBIGUOUS_PAST = Set.of("put", "set", "cut");

  /** Adverbs that make a verb after them a habit: "I always put ...". */
  private static final Set<String> HABITUAL =
      Set.of(
          "always",
          "usually",
          "often",
          "generally",
          "typically",
          "normally",
          "routinely",
          "regularly",
          "sometimes");

  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "was",
          "were",
          "had",
          "felt",
          "seemed",
          "wanted",
          "learned",
          "learnt",
          "realized",
          "realised",
          "knew",
          "thought",
          "noticed",
          "needed",
          "hoped",
          "liked",
          "loved",
          "assumed",
          "believed",
          "wondered",
          "guessed",
          "supposed",
          "expected",
          "worried",
          "doubted",
          "understood",
          "remembered");

  /** Modal and future auxiliaries: a verb after one states what would or will happen. */
  private static final Set<String> MODALS =
      Set.of("would", "will", "could", "should", "might", "may", "shall", "can", "must", "gonna");

  /** Negated past auxiliaries, written as one token. */
  private static final Set<String> PAST_NEGATIVES =
      Set.of("didn't", "wasn't", "weren't", "hadn't", "didnt", "wasnt", "werent", "hadnt");

  /** Auxiliaries of the present perfect. */
  private static final Set<String> PERFECT_AUXILIARIES = Set.of("have", "has", "'ve");

  /** Words that negate the object of a verb: "I asked no one", "I called nobody". */
  private static final Set<String> NEGATIVE_OBJECTS =
      Set.of("no", "nobody", "nothing", "none", "neither", "nowhere", "noone");

  /** Verbs of change; with a measurement ("halved", "went from 18 to 7") they state a result. */
  private static final Set<String> CHANGE_VERBS =
      Set.of(
          "halve",
          "double",
          "triple",
          "quadruple",
          "drop",
          "fall",
          "rise",
          "improve",
          "decrease",
          "increase",
          "reduce",
          "decline",
          "lower",
          "ease",
          "lift",
          "settle",
          "calm",
          "stabilise",
          "stabilize",
          "shrink",
          "climb",
          "recover",
          "go",
          "come");

  /** Change verbs that carry their own measurement. */
  private static final Set<String> MEASURED_CHANGE_VERBS =
      Set.of("halve", "double", "triple", "quadruple");

  /** Words that measure a change: "by half", "40 percent", "twice". */
  private static final Set<String> MEASURES =
      Set.of("percent", "half", "third", "quarter", "twice", "times");

  /** Verbs of completion, attainment and persistence: a third party's outcome late in a story. */
  private static final Set<String> COMPLETION_VERBS =
      Set.of(
          "complete",
          "finish",
          "pass",
          "graduate",
          "achieve",
          "secure",
          "gain",
          "regain",
          "return",
          "resume",
          "find",
          "get",
          "reach",
          "earn",
          "obtain",
          "stay",
          "remain",
          "continue");

  /** Third-person pronouns that can be a subject. */
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

  /** Possessive determiners inside a noun phrase: "her PHQ-9 score". */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

  /** Words that open a relative clause before a noun phrase: "a client whose drinking...". */
  private static final Set<String> NOT_SUBJECT_BEFORE =
      Set.of("who", "whose", "whom", "which", "that");

  private StarDetector() {}

  /** Finds the expected components in an analyzed answer. */
  static StarResult detect(AnalyzedText text, StarExpectations expected) {
    if (!expected.isExpected()) {
      return StarResult.notApplicable();
    }
    List<Sentence> sentences = text.sentences();
    int n = sentences.size();
    Map<StarComponent, List<Span>> evidence = new EnumMap<>(StarComponent.class);
    Map<StarComponent, List<String>> cues = new EnumMap<>(StarComponent.class);
    Map<StarComponent, Double> best = new EnumMap<>(StarComponent.class);
    Map<StarComponent, Double> support = new EnumMap<>(StarComponent.class);
    for (StarComponent c : StarComponent.values()) {
      support.put(c, 0.0);
      evidence.put(c, new ArrayList<>());
      cues.put(c, new ArrayList<>());
      best.put(c, 0.0);
    }
    boolean[] negated = Polarity.effectiveNegation(text);
    for (Sentence s : sentences) {
      String lower = QualitySignals.lowerInPlace(text.text(s));
      double position = n == 1 ? 0.5 : (double) s.index() / (n - 1);
      List<Token> tokens = text.tokens(s);
      boolean[] conditional = conditionalChars(lower);
      boolean[] unreal = timeClauseChars(lower, conditional);
      boolean past = hasPastVerb(tokens);
      // "I repeat back what I heard": the writer's habit, not an event, whatever it embeds.
      boolean habitual = habitualSentence(tokens) && !STORY_TURN.matcher(lower).find();
      boolean firstPerson = hasFirstPersonAgent(tokens);
      EnumMap<StarComponent, Double> strength = new EnumMap<>(StarComponent.class);
      EnumMap<StarComponent, String> cue = new EnumMap<>(StarComponent.class);

      String sit = firstOutside(SITUATION, lower, conditional);
      if (sit == null && past) {
        sit = firstOutside(PAST_SITUATION, lower, conditional);
      }
      if (sit == null && past && !habitual) {
        sit = backgroundClause(tokens, position);
      }
      String measured = first(MEASURED_RESULT, lower);
      String result = first(RESULT, lower);
      if (result == null) {
        result = outcomeClause(tokens, position >= 0.5);
      }
      if (result == null) {
        result = measured;
      }
      if (result == null && position >= 0.5) {
        result = first(LATE_RESULT, lower);
      }
      if (result == null
          && position >= 0.6
          && n >= 3
          && !mentionsWriter(tokens)
          && toldInThePast(tokens, s.start(), conditional)) {
        // Late in a story, what others did or what became of them is the outcome, and so is what
        // did not happen ("No one was hurt", "She didn't need to go to hospital").
        result = "later past-tense sentence about others";
      }
      if (sit == null
          && measured == null
          && !habitual
          && !writerModal(tokens)
          && s.index() == 0
          && n >= 3
          && hasFactualPastVerb(tokens, s.start(), conditional, negated)) {
        sit = "opening past-tense sentence";
      }
      if (sit != null) {
        strength.put(StarComponent.SITUATION, (past ? 0.6 : 0.45) + (position <= 0.4 ? 0.2 : 0));
        cue.put(StarComponent.SITUATION, sit);
      }
      String task = first(TASK, lower);
      if (task != null) {
        strength.put(StarComponent.TASK, 0.65 + (position <= 0.6 ? 0.1 : 0));
        cue.put(StarComponent.TASK, task);
      }
      String action = habitual ? null : actionPhrase(lower, tokens, s.start(), unreal, negated);
      boolean pastAction =
          !habitual && hasFirstPersonPastAction(tokens, s.start(), unreal, negated);
      if (action == null && pastAction) {
        // A sequencing marker ("first,", "then,") adds weight only to a stated past action.
        action = first(SEQUENCE, lower);
      }
      if (action != null && firstPerson) {
        strength.put(StarComponent.ACTION, (past ? 0.7 : 0.5) + 0.1);
        cue.put(StarComponent.ACTION, action);
      } else if (pastAction) {
        strength.put(StarComponent.ACTION, 0.55);
        cue.put(StarComponent.ACTION, "I + past-tense verb");
      }
      if (result != null) {
        strength.put(StarComponent.RESULT, (past ? 0.6 : 0.45) + (position >= 0.5 ? 0.2 : 0));
        cue.put(StarComponent.RESULT, result);
      }
      for (Map.Entry<StarComponent, Double> e : strength.entrySet()) {
        StarComponent c = e.getKey();
        double v = Math.min(1, e.getValue());
        if (v >= FOUND) {
          evidence.get(c).add(Span.of(text.original(), s.start(), s.end()));
          String cueText = cue.get(c);
          if (!cues.get(c).contains(cueText)) {
            cues.get(c).add(cueText);
          }
        }
        best.put(c, Math.max(best.get(c), v));
        if (v >= FOUND) {
          // Each further sentence stating the component adds to the evidence.
          support.put(c, 1 - (1 - support.get(c)) * (1 - v));
        }
      }
    }
    Map<StarComponent, StarResult.Component> components = new EnumMap<>(StarComponent.class);
    double total = 0;
    double got = 0;
    for (StarComponent c : expected.components()) {
      boolean found = best.get(c) >= FOUND;
      components.put(
          c, new StarResult.Component(c, found, best.get(c), evidence.get(c), cues.get(c)));
      total += expected.weight(c);
      // Credit grows with the evidence's strength, so a weaker stand-in for a removed part counts
      // less.
      got += expected.weight(c) * (found ? support.get(c) : 0);
    }
    return new StarResult(true, components, total == 0 ? 0 : got / total);
  }

  /** Per char of the sentence: whether it lies in a conditional clause. */
  private static boolean[] conditionalChars(String lower) {
    boolean[] in = new boolean[lower.length()];
    Matcher m = CONDITIONAL.matcher(lower);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  /**
   * Per char: in a conditional clause, or in a {@linkplain #TIME_CLAUSE leading time clause}; what
   * the writer does there is no action of the story.
   */
  private static boolean[] timeClauseChars(String lower, boolean[] conditional) {
    boolean[] in = conditional.clone();
    Matcher m = TIME_CLAUSE.matcher(lower);
    if (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  /**
   * Background told by the writer, in the first half of a story: "I was the engineer on call", "I
   * was tutoring her in the autumn" (what the writer was, or was doing, when the story happened);
   * or null.
   */
  private static String backgroundClause(List<Token> tokens, double position) {
    if (position > 0.5) {
      return null;
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      String be = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (!(w.equals("i") && be.equals("was") || w.equals("we") && be.equals("were"))) {
        continue;
      }
      Token next = tokens.get(i + 2);
      String v = next.text().toLowerCase(Locale.ROOT);
      if (next.pos().equals("VERB") && v.endsWith("ing")) {
        return cue(tokens, i, i + 2);
      }
      if (next.pos().equals("DET") && !v.equals("no")) {
        for (int j = i + 3; j < tokens.size(); j++) {
          String p = tokens.get(j).pos();
          if (p.equals("NOUN")) {
            return cue(tokens, i, j);
          }
          if (!p.equals("ADJ") && !p.equals("PROPN")) {
            break;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the writer's first verb in the sentence is in the present tense ("I repeat back what I
   * heard", "we always meet"): a habit, so past verbs inside it are no events of a story.
   */
  private static boolean habitualSentence(List<Token> tokens) {
    Token verb = writerVerb(tokens);
    if (verb == null) {
      return false;
    }
    String v = verb.text().toLowerCase(Locale.ROOT);
    return verb.pos().equals("VERB")
        && v.equals(verb.lemma().toLowerCase(Locale.ROOT))
        && !isPast(verb)
        && !AMBIGUOUS_PAST.contains(v);
  }

  /**
   * Whether the writer's first verb group in the sentence is modal: "I would first ask ...", "I'll
   * call": what the writer would do, not what happened.
   */
  private static boolean writerModal(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("i") || w.equals("we")) {
        String next = word(tokens.get(i + 1));
        return MODALS.contains(next) || next.equals("'d") || next.equals("'ll");
      }
    }
    return false;
  }

  /** The first verb or auxiliary after the writer's first "I" or "we" (past adverbs), or null. */
  private static Token writerVerb(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("i") || w.equals("we")) {
        Token t = afterAdverbs(tokens, i);
        return t != null && (t.pos().equals("VERB") || t.pos().equals("AUX")) ? t : null;
      }
    }
    return null;
  }

  /** The token after the one at i and any adverbs that follow it, or null at the end. */
  private static Token afterAdverbs(List<Token> tokens, int i) {
    int j = i + 1;
    while (j < tokens.size() && tokens.get(j).pos().equals("ADV")) {
      j++;
    }
    return j < tokens.size() ? tokens.get(j) : null;
  }

  /** Whether the writer ("I", "we", "me", "our", "I'd" ...) appears in the sentence. */
  private static boolean mentionsWriter(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (FirstPerson.any(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inConditional(Token t, int sentenceStart, boolean[] conditional) {
    int i = t.start() - sentenceStart;
    return i >= 0 && i < conditional.length && conditional[i];
  }

  /** The first match that does not start in a conditional clause, or null. */
  private static String firstOutside(Pattern p, String lower, boolean[] conditional) {
    Matcher m = p.matcher(lower);
    while (m.find()) {
      if (!conditional[m.start()]) {
        return m.group().strip();
      }
    }
    return null;
  }

  /**
   * The first action phrase ("I contacted", "we set up") that is neither in a conditional clause
   * nor negated ("I never contacted" does not match the phrase; "I asked no one" is negated by its
   * object), or null.
   */
  private static String actionPhrase(
      String lower, List<Token> tokens, int sentenceStart, boolean[] conditional, boolean[] neg) {
    Matcher m = ACTION_PHRASE.matcher(lower);
    while (m.find()) {
      if (conditional[m.start()]) {
        continue;
      }
      int last = -1;
      boolean negatedVerb = false;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        int at = t.start() - sentenceStart;
        if (at >= m.start() && at < m.end()) {
          negatedVerb |= neg[t.index()] || t.negationCue();
          last = k;
        }
      }
      if (last >= 0 && !negatedVerb && !hasNegativeObject(tokens, last)) {
        return m.group().strip();
      }
    }
    return null;
  }

  /** Whether the object after the verb at k is a negative: "asked no one", "spoke to nobody". */
  private static boolean hasNegativeObject(List<Token> tokens, int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.negationCue() && NEGATIVE_OBJECTS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!t.pos().equals("ADP") && !t.pos().equals("PART") && !t.pos().equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb group before the verb at k (its auxiliaries, adverbs and particles, read
   * backwards) holds a token j that matches.
   */
  private static boolean inVerbGroup(List<Token> tokens, int k, IntPredicate match) {
    for (int j = k - 1; j >= 0; j--) {
      if (match.test(j)) {
        return true;
      }
      String p = tokens.get(j).pos();
      if (!p.equals("AUX") && !p.equals("ADV") && !p.equals("PART")) {
        return false;
      }
    }
    return false;
  }

  private static String word(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** Whether the verb at k follows a modal in its verb group: "would have contacted". */
  private static boolean afterModal(List<Token> tokens, int k) {
    return inVerbGroup(
        tokens,
        k,
        j -> {
          Token t = tokens.get(j);
          String w = word(t);
          // "I'd" is "I would" unless a past participle follows ("I'd called" is "I had called").
          boolean contractedModal =
              w.endsWith("'ll") || (w.endsWith("'d") && !isPastForm(tokens.get(j + 1)));
          return MODALS.contains(w) || MODALS.contains(t.lemma()) || contractedModal;
        });
  }

  /**
   * Whether the verb at k is a present perfect ("I have taught in three schools", "I've learned
   * that ..."): experience summed up, not an event of the story.
   */
  private static boolean presentPerfect(List<Token> tokens, int k) {
    return inVerbGroup(
        tokens,
        k,
        j ->
            tokens.get(j).pos().equals("AUX") && PERFECT_AUXILIARIES.contains(word(tokens.get(j))));
  }

  /** Whether the verb at k is a passive ("I was asked to ..."): done to the writer, not by them. */
  private static boolean passive(List<Token> tokens, int k) {
    return inVerbGroup(
        tokens, k, j -> tokens.get(j).pos().equals("AUX") && tokens.get(j).lemma().equals("be"));
  }

  private static boolean isPastForm(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return !w.equals("had") && isPast(t);
  }

  /**
   * Whether a past-tense verb states something that happened: not in a conditional clause, not
   * after a modal ("would have had") and not negated ("I have not had this situation").
   */
  private static boolean hasFactualPastVerb(
      List<Token> tokens, int sentenceStart, boolean[] conditional, boolean[] neg) {
    return pastVerb(tokens, sentenceStart, conditional, neg);
  }

  /**
   * Whether the sentence tells something in the past, done or not done ("No one was hurt", "She
   * didn't need to go to hospital"): a past verb or a negated past auxiliary, not in a conditional
   * clause, not after a modal, not a present perfect.
   */
  private static boolean toldInThePast(
      List<Token> tokens, int sentenceStart, boolean[] conditional) {
    return pastVerb(tokens, sentenceStart, conditional, null);
  }

  /**
   * A past verb of the sentence that is no habit, not in a conditional clause, not after a modal
   * and not a present perfect; with {@code neg}, also not negated, otherwise a negated past
   * auxiliary ("didn't") counts too.
   */
  private static boolean pastVerb(
      List<Token> tokens, int sentenceStart, boolean[] conditional, boolean @Nullable [] neg) {
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if ((t.pos().equals("VERB") || t.pos().equals("AUX"))
          && (isPast(t) || (neg == null && PAST_NEGATIVES.contains(word(t))))
          && (neg == null || !neg[t.index()])
          && !habit(tokens, k)
          && !inConditional(t, sentenceStart, conditional)
          && !afterModal(tokens, k)
          && !presentPerfect(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token has a past form: irregular ("went"), or ending in -ed but not a base form that
   * merely ends so ("need", "proceed"; "agreed" is past, its lemma is "agree").
   */
  private static boolean isPast(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return IRREGULAR_PAST.contains(w)
        || irregularWithPrefix(w)
        || w.endsWith("ed") && !(w.endsWith("eed") && w.equals(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /** An irregular past behind a prefix: "rebuilt", "remade", "overtook", "withheld". */
  private static boolean irregularWithPrefix(String w) {
    for (String prefix : PAST_PREFIXES) {
      if (w.length() > prefix.length() + 2
          && w.startsWith(prefix)
          && IRREGULAR_PAST.contains(w.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An outcome stated by a third party, or null. A subject other than the speaker ("he", "the
   * client", "her PHQ-9 score", not a relative clause's "who") followed, past any auxiliaries and
   * adverbs, by: a change verb with a measurement ("halved", "went from 18 to 7", "dropped by
   * half"), anywhere; "now" with a present-tense verb ("he now lives independently"), anywhere; a
   * change verb without a measurement or a completion verb ("completed his course", "stayed
   * sober"), only late in the answer. Not after a modal ("he would recover").
   */
  private static String outcomeClause(List<Token> tokens, boolean late) {
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean verb = t.pos().equals("VERB");
      if (w.equals("now") && t.pos().equals("ADV")) {
        int subject = subjectBefore(tokens, k);
        if (subject >= 0 && k + 1 < tokens.size() && presentVerbAt(tokens, k)) {
          return cue(tokens, subject, k);
        }
        continue;
      }
      if (!verb || afterModal(tokens, k)) {
        continue;
      }
      String lemma = t.lemma();
      boolean change = CHANGE_VERBS.contains(lemma);
      if ((lemma.equals("go") || lemma.equals("come"))
          && !followedBy(tokens, k, "up", "down", "from")) {
        change = false;
      }
      // Only a completion that happened: "completed", "has found", not "are getting".
      boolean completion = COMPLETION_VERBS.contains(lemma) && isPast(t);
      if (w.endsWith("ing")) {
        change = false;
      }
      if (!change && !completion) {
        continue;
      }
      int subject = subjectBefore(tokens, k);
      if (subject < 0) {
        continue;
      }
      if (change && (MEASURED_CHANGE_VERBS.contains(lemma) || measuredAfter(tokens, k))) {
        return cue(tokens, subject, k);
      }
      if (late) {
        return cue(tokens, subject, k);
      }
    }
    return null;
  }

  /** The subject of the verb at k if it is a third party, else -1. */
  private static int subjectBefore(List<Token> tokens, int k) {
    int j = k - 1;
    while (j >= 0
        && (tokens.get(j).pos().equals("AUX")
            || tokens.get(j).pos().equals("ADV")
            || tokens.get(j).pos().equals("PART"))) {
      if (tokens.get(j).text().equalsIgnoreCase("to")) {
        return -1; // an infinitive: "used that time to get her a flat"
      }
      j--;
    }
    if (j < 0) {
      return -1;
    }
    Token s = tokens.get(j);
    String w = s.text().toLowerCase(Locale.ROOT);
    // A second verb of the same subject ("she was upset at first but continued"): the subject is
    // that of the verb before the conjunction.
    if (s.pos().equals("CCONJ") && (w.equals("and") || w.equals("but"))) {
      for (int v = j - 1; v >= 0; v--) {
        String p = tokens.get(v).pos();
        if (p.equals("VERB") || p.equals("AUX")) {
          return subjectBefore(tokens, v);
        }
        if (p.equals("PUNCT")) {
          break;
        }
      }
      return -1;
    }
    boolean noun = s.pos().equals("NOUN") || s.pos().equals("PROPN");
    if (!noun && !(s.pos().equals("PRON") && THIRD_PERSON.contains(w))) {
      return -1;
    }
    // The start of the noun phrase, and what stands before it; a pronoun is a noun phrase of its
    // own ("after a while he calmed down").
    int start = j;
    while (noun && start > 0 && inNounPhrase(tokens.get(start - 1))) {
      start--;
    }
    if (start > 0) {
      Token before = tokens.get(start - 1);
      if (before.pos().equals("ADP")
          || NOT_SUBJECT_BEFORE.contains(before.text().toLowerCase(Locale.ROOT))) {
        return -1;
      }
    }
    return start;
  }

  private static boolean inNounPhrase(Token t) {
    String p = t.pos();
    return p.equals("NOUN")
        || p.equals("PROPN")
        || p.equals("ADJ")
        || p.equals("NUM")
        || p.equals("DET")
        || (p.equals("PRON") && POSSESSIVES.contains(t.lemma()))
        || t.text().equals("-")
        || t.text().equals("'s");
  }

  /** Whether the verb after "now" at k (or the auxiliary before it) is in the present tense. */
  private static boolean presentVerbAt(List<Token> tokens, int k) {
    Token before = tokens.get(k - 1);
    if (before.pos().equals("AUX")) {
      return !isPast(before);
    }
    Token after = tokens.get(k + 1);
    return (after.pos().equals("VERB") || after.pos().equals("AUX")) && !isPast(after);
  }

  private static boolean followedBy(List<Token> tokens, int k, String... words) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (w.equals(next)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause after the verb at k holds a number, a percentage or a measure word. */
  private static boolean measuredAfter(List<Token> tokens, int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().equals("PUNCT") && !w.equals("%")) {
        return false;
      }
      if (t.pos().equals("NUM") || w.contains("%") || MEASURES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case text from the subject's noun phrase to the verb. */
  private static String cue(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      if (j > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(j).text().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static String first(Pattern p, String lower) {
    Matcher m = p.matcher(lower);
    return m.find() ? m.group().strip() : null;
  }

  private static boolean hasPastVerb(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (isPast(t) && !habit(tokens, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb at k is an {@linkplain #AMBIGUOUS_PAST ambiguous form} used as a habit: after
   * a habitual adverb, or in a sentence with a present-tense verb of the writer's.
   */
  private static boolean habit(List<Token> tokens, int k) {
    if (!AMBIGUOUS_PAST.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int j = k - 1; j >= 0 && tokens.get(j).pos().equals("ADV"); j--) {
      if (HABITUAL.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return presentTense(tokens);
  }

  /**
   * Whether a sentence has a present-tense verb of the writer's: "I" or "we" followed directly, or
   * past adverbs, by a verb in its base form that is not itself ambiguous ("I listen", "we always
   * meet").
   */
  private static boolean presentTense(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!w.equals("i") && !w.equals("we")) {
        continue;
      }
      Token t = afterAdverbs(tokens, i);
      if (t != null) {
        String v = t.text().toLowerCase(Locale.ROOT);
        if (t.pos().equals("VERB")
            && v.equals(t.lemma().toLowerCase(Locale.ROOT))
            && !AMBIGUOUS_PAST.contains(v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasFirstPersonAgent(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("i") || w.equals("we")) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
          if (tokens.get(j).pos().equals("VERB")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "I" or "we" followed within three tokens by a past-tense verb other than be/have/feel that
   * states an action taken: not negated ("I never contacted", "I called nobody"), not after a modal
   * ("I would have contacted") and not in a conditional clause.
   */
  private static boolean hasFirstPersonPastAction(
      List<Token> tokens, int sentenceStart, boolean[] conditional, boolean[] neg) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!w.equals("i") && !w.equals("we")
          || inConditional(tokens.get(i), sentenceStart, conditional)) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
        Token t = tokens.get(j);
        if (!t.pos().equals("VERB")) {
          continue;
        }
        // Only the subject's own verb counts: in "I feel rushed" the participle is no action.
        String v = t.text().toLowerCase(Locale.ROOT);
        if (isPast(t)
            && !habit(tokens, j)
            && !NOT_ACTIONS.contains(v)
            && !neg[t.index()]
            && !afterModal(tokens, j)
            && !presentPerfect(tokens, j)
            && !passive(tokens, j)
            && !hasNegativeObject(tokens, j)) {
          return true;
        }
        break;
      }
    }
    return false;
  }
}
