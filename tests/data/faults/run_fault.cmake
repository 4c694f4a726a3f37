# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
#
# Runs BIN with ARGS (a ;-list) in WORKDIR and checks: the exit status is STATUS; stderr matches
# ERR (the path and, where there is one, the line); stdout matches OUT and OUT2 (the results of
# the other inputs); stdout does not match NOT_OUT. An argument @UNREADABLE@ stands for a file
# that cannot be read: a chmod 000 copy of good.md, or, when running as root (which reads
# anything), /proc/self/mem, whose first page is never mapped, so reading it fails with EIO.
set(args)
foreach(a IN LISTS ARGS)
  if(a STREQUAL "@UNREADABLE@")
    set(f ${WORKDIR}/unreadable.md)
    file(COPY_FILE ${DATA}/good.md ${f})
    file(CHMOD ${f} PERMISSIONS OWNER_WRITE)
    execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(uid STREQUAL "0")
      if(NOT EXISTS /proc/self/mem)
        message("SKIPPED: running as root and /proc/self/mem is missing: no unreadable path")
        return()
      endif()
      set(f /proc/self/mem)
    endif()
    list(APPEND args ${f})
  else()
    list(APPEND args ${a})
  endif()
endforeach()
execute_process(COMMAND ${BIN} ${args} WORKING_DIRECTORY ${WORKDIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(report "command: ${BIN} ${args}\nstdout: ${out}\nstderr: ${err}")
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "exit status ${rc}, expected ${STATUS}\n${report}")
endif()
if(DEFINED ERR AND NOT err MATCHES "${ERR}")
  message(FATAL_ERROR "stderr does not match '${ERR}'\n${report}")
endif()
foreach(v OUT OUT2)
  if(DEFINED ${v} AND NOT out MATCHES "${${v}}")
    message(FATAL_ERROR "stdout does not match '${${v}}'\n${report}")
  endif()
endforeach()
if(DEFINED NOT_OUT AND out MATCHES "${NOT_OUT}")
  message(FATAL_ERROR "stdout matches '${NOT_OUT}' but should not\n${report}")
endif()
