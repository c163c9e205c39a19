# Doxygen INPUT_FILTER for include/evgraph/*.hpp. The headers are commented in plain `//` prose,
# which Doxygen ignores; this turns, on the fly and without touching the headers:
#   - the comment that opens a file (up to `#pragma once`) into the file's description;
#   - a comment on the lines before a declaration into that declaration's documentation;
#   - a comment after a declaration on the same line (`int x;  // ...`) into a member comment.
# `<` in comments is escaped ("data/time/<lang>.yaml" is not an HTML tag). Every line stays on its
# line, so Doxygen's messages point at the real header lines. POSIX awk (Debian's mawk).
function text(comment) { gsub(/</, "\\<", comment); return comment }
BEGIN { header = 1 }
header && /^\/\// { print "///" text(substr($0, 3)); next }
header && /^#pragma once/ { print "/// \\file"; header = 0; next }
{ header = 0 }
/^[ \t]*\/\/( |$)/ {
  at = index($0, "//")
  print substr($0, 1, at - 1) "///" text(substr($0, at + 2)); next
}
/[;,][ \t]+\/\/ / && !/^[ \t]*}/ {
  at = index($0, "// ")
  code = substr($0, 1, at - 1); sub(/[ \t]+$/, "", code)
  print code "  ///<" text(substr($0, at + 2)); next
}
{ print }
