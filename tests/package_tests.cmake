# The package as a consumer sees it: find_package after an install, and add_subdirectory.
set(_pkg ${CMAKE_CURRENT_BINARY_DIR}/package)
add_test(NAME package.install
  COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${_pkg}/prefix)
add_test(NAME package.find_package
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/package/consumer
          -DBUILD=${_pkg}/consumer-build -DPREFIX=${_pkg}/prefix
          -DBUILD_TYPE=${CMAKE_BUILD_TYPE}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/package/run_consumer.cmake)
set_tests_properties(package.find_package PROPERTIES DEPENDS package.install
  PASS_REGULAR_EXPRESSION "dbslabel [0-9.]+ profile dystonia-hde min age 7 findings [1-9]")
add_test(NAME package.pkg_config
  COMMAND sh -c "PKG_CONFIG_PATH=${_pkg}/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig pkg-config --cflags --libs dbslabel && PKG_CONFIG_PATH=${_pkg}/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig pkg-config --modversion dbslabel")
set_tests_properties(package.pkg_config PROPERTIES DEPENDS package.install
  PASS_REGULAR_EXPRESSION "-ldbslabel.*${PROJECT_VERSION}")
add_test(NAME package.add_subdirectory
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/package/subdir
          -DBUILD=${_pkg}/subdir-build -DDBSLABEL_SOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DBUILD_TYPE=${CMAKE_BUILD_TYPE}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/package/run_consumer.cmake)
set_tests_properties(package.add_subdirectory PROPERTIES
  PASS_REGULAR_EXPRESSION "dbslabel [0-9.]+ profile dystonia-hde min age 7 findings [1-9]")
set_tests_properties(package.find_package package.add_subdirectory PROPERTIES
  LABELS slow TIMEOUT 900)
