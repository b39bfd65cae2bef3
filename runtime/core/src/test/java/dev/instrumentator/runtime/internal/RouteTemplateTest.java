package dev.instrumentator.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTemplateTest {

  @ParameterizedTest(name = "\"{0}\" + \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''              | ''                       | /",
        "/               | /                        | /",
        "//books/        | ''                       | /books",
        "books           | {isbn}                   | /books/{isbn}",
        "/books          | /{isbn}/                 | /books/{isbn}",
        "/a              | b//c/                    | /a/b/c",
        "/books          | '{isbn: [0-9]{3}-[0-9]+}'| /books/{isbn}",
        "/files          | '{path: .+/.+}'          | /files/{path}",
        "/a              | '{ id : \\d+ }/x'        | /a/{id}/x",
        "/a              | '{id}-{rev: [0-9]+}'     | /a/{id}-{rev}",
        "/broken         | '{id'                    | /broken/{id",
      })
  void joinsAndNormalises(String classPath, String methodPath, String template) {
    assertEquals(template, RouteTemplate.join(classPath, methodPath));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                          | /",
        "/                           | /",
        "//books/                    | /books",
        "books//{isbn}/              | /books/{isbn}",
        "'/books/{isbn: [0-9]{3}-[0-9]+}' | '/books/{isbn: [0-9]{3}-[0-9]+}'",
        "'/files//{path: .+//.+}/'   | '/files/{path: .+//.+}'",
        "'/a/{id:\\d+}'            | '/a/{id:\\d+}'",
        "'/a}//b/'                   | '/a}/b'",
      })
  void tidiesKeepingRegularExpressions(String path, String tidied) {
    assertEquals(tidied, RouteTemplate.tidy(path));
  }
}
