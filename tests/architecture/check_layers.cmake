# The house drawn from the includes: the libraries depend one way (app → canvas → catalog,
# app → exporters → catalog) and so do the catalog's folders (model ← schema ← changes ←
# governance; store on changes; catalog.cpp on top). Every #include of a project header
# that goes against those arrows is named with its file and line, and fails the test.
# Inside app, the commands that draw nothing (app/cli, and the files at app's root) stay
# apart from the window and the drawing (app/studio, app/drawing, canvas): they make the
# lean meshstudio program, which links neither Qt Gui nor Graphviz.
# Run as: cmake -DSOURCE_DIR=<project> -P check_layers.cmake

cmake_minimum_required(VERSION 3.20)

set(allowed_app app canvas exporters catalog)
set(allowed_canvas canvas catalog)
set(allowed_exporters exporters catalog)
set(allowed_catalog catalog)

set(allowed_catalog_model model)
set(allowed_catalog_schema schema model)
set(allowed_catalog_changes changes schema model)
set(allowed_catalog_governance governance changes schema model)
set(allowed_catalog_store store changes schema model)
# The catalog's own root: basics every folder may use, and the Catalog on top of them all.
set(catalog_basics result.h jsontext.h orderedjson.h logging.h writeall.h)

set(violations "")
set(files_read 0)
foreach(library app canvas exporters catalog)
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${library}/*.h" "${SOURCE_DIR}/${library}/*.cpp")
    foreach(source IN LISTS sources)
        math(EXPR files_read "${files_read} + 1")
        string(REPLACE "/" ";" parts "${source}")
        list(LENGTH parts depth)
        set(folder "")
        if(library STREQUAL "catalog" AND depth GREATER 2)
            list(GET parts 1 folder)
        endif()
        file(STRINGS "${SOURCE_DIR}/${source}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(NOT line MATCHES "^#include \"(app|canvas|exporters|catalog)/([^\"]+)\"")
                continue()
            endif()
            set(target "${CMAKE_MATCH_1}")
            set(rest "${CMAKE_MATCH_2}")
            if(NOT target IN_LIST allowed_${library})
                list(APPEND violations "${source}:${number}: ${library} includes ${target}/${rest}")
                continue()
            endif()
            if(source MATCHES "^app/(cli/|[^/]+$)" AND NOT source MATCHES "^app/studiomain.cpp$"
               AND (target STREQUAL "canvas" OR rest MATCHES "^(studio|drawing)/"))
                list(APPEND violations "${source}:${number}: the lean program's ${source} includes ${target}/${rest}")
                continue()
            endif()
            if(NOT folder STREQUAL "" AND target STREQUAL "catalog")
                if(rest MATCHES "^([a-z]+)/")
                    if(NOT CMAKE_MATCH_1 IN_LIST allowed_catalog_${folder})
                        list(APPEND violations "${source}:${number}: catalog/${folder} includes catalog/${rest}")
                    endif()
                elseif(NOT rest IN_LIST catalog_basics)
                    list(APPEND violations "${source}:${number}: catalog/${folder} includes catalog/${rest}, which is above it")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

if(files_read LESS 100)
    message(FATAL_ERROR "only ${files_read} source files found under ${SOURCE_DIR}: not the project")
endif()
if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "includes against the layers:\n${text}")
endif()
message(STATUS "${files_read} files: every include goes the way of the layers")
