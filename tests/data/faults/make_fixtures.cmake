# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
#
# Fixtures git cannot hold portably, made in WORKDIR before the fault tests run: a directory
# whose symlinks loop (a link to itself, to its parent, and a pair that point at each other)
# and a named path that is such a loop.
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR}/loopdir/sub)
file(COPY_FILE ${DATA}/good.md ${WORKDIR}/loopdir/sub/good.md)
file(CREATE_LINK . ${WORKDIR}/loopdir/self SYMBOLIC)
file(CREATE_LINK .. ${WORKDIR}/loopdir/sub/up SYMBOLIC)
file(CREATE_LINK loop-b.md ${WORKDIR}/loopdir/loop-a.md SYMBOLIC)
file(CREATE_LINK loop-a.md ${WORKDIR}/loopdir/loop-b.md SYMBOLIC)
file(CREATE_LINK loop2.md ${WORKDIR}/loop1.md SYMBOLIC)
file(CREATE_LINK loop1.md ${WORKDIR}/loop2.md SYMBOLIC)

# HTML nested 100k elements deep (gumbo's cost grows with the square of the depth; the reader
# flattens what lies deeper than 512 elements): a claim on the line after the last start tag,
# and one in the title of an element nested past that depth.
string(REPEAT "<blockquote>\n" 100000 deep_open)
string(REPEAT "</blockquote>" 100000 deep_close)
file(WRITE ${WORKDIR}/deep.html "<!doctype html>\n${deep_open}DBS is safe for toddlers.\n"
  "<span title=\"Toddlers do well with DBS.\">x</span>\n${deep_close}\n")
