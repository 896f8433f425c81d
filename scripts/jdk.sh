# Sourced by ./answer-eval and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME if it is new enough, then the newest JDK directly under /usr/lib/jvm, /usr/java,
# /opt or /opt/java, or in macOS's /Library/Java/JavaVirtualMachines.

answer_eval_java_major() {
  # Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing.
  local home=$1 release
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$release" ]; then
    release=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  printf '%s' "$release"
}

answer_eval_find_jdk() {
  local min=21 v best="" best_v=0 dir
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(answer_eval_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] || continue
    v=$(answer_eval_java_major "$dir")
    if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then
      best=$dir
      best_v=$v
    fi
  done
  if [ -z "$best" ]; then
    echo "answer-eval: no JDK >= $min found (JAVA_HOME=${JAVA_HOME:-unset}, searched /usr/lib/jvm, /usr/java, /opt, /opt/java and /Library/Java/JavaVirtualMachines); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
