# CTest: the French translation covers every user-visible string of the sources as they
# are now. Runs lupdate on a copy (the committed .ts stays as it is) and looks for
# messages without a translation.
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_complete.cmake
file(COPY "${SOURCE_DIR}/translations/meshstudio_fr.ts" DESTINATION "${WORK_DIR}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/catalog" "${SOURCE_DIR}/exporters" "${SOURCE_DIR}/canvas" -ts "${WORK_DIR}/meshstudio_fr.ts"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(READ "${WORK_DIR}/meshstudio_fr.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" untranslated "${ts}")
list(LENGTH untranslated count)
if(count GREATER 0)
    string(REPLACE ";" "\n" list "${untranslated}")
    message(FATAL_ERROR "${count} string(s) lack a French translation (run translations/tools/fill_fr.py):\n${list}")
endif()
message(STATUS "French translation complete")
